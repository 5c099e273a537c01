"""exam type 'unit' (단원평가): the exam dialog's presets are 진단평가, 형성평가 and 단원평가 (issue 15)

Revision ID: 0029
Revises: 0028
"""
from __future__ import annotations

from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE public.exams DROP CONSTRAINT ck_exams_exam_type;
ALTER TABLE public.exams ADD CONSTRAINT ck_exams_exam_type
    CHECK (exam_type IN ('placement', 'practice', 'diagnostic', 'formative', 'unit', 'midterm', 'final'));
ALTER TABLE public.exam_sessions DROP CONSTRAINT ck_exam_sessions_exam_type;
ALTER TABLE public.exam_sessions ADD CONSTRAINT ck_exam_sessions_exam_type
    CHECK (exam_type IN ('placement', 'practice', 'diagnostic', 'formative', 'unit', 'midterm', 'final'));
"""

# unit exams become formative ones (the closest type the older schema knows); sittings of unit
# exams are results and are not rewritten: with any of them the downgrade refuses
DOWNGRADE = r"""
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM public.exam_sessions WHERE exam_type = 'unit') THEN
        RAISE EXCEPTION 'sittings of unit exams exist; revision 0029 cannot be undone';
    END IF;
END $$;
UPDATE public.exams SET exam_type = 'formative' WHERE exam_type = 'unit';
ALTER TABLE public.exams DROP CONSTRAINT ck_exams_exam_type;
ALTER TABLE public.exams ADD CONSTRAINT ck_exams_exam_type
    CHECK (exam_type IN ('placement', 'practice', 'diagnostic', 'formative', 'midterm', 'final'));
ALTER TABLE public.exam_sessions DROP CONSTRAINT ck_exam_sessions_exam_type;
ALTER TABLE public.exam_sessions ADD CONSTRAINT ck_exam_sessions_exam_type
    CHECK (exam_type IN ('placement', 'practice', 'diagnostic', 'formative', 'midterm', 'final'));
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
