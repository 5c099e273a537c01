"""a student reads their own sitting only once it has ended (issue 12 sweep)

The red-team pass over revisions 0026-0034 (tests/security/test_sweep_0026_0034.py) found that a
student with psql could read their own *running* ``exam_sessions`` row after every answer:
``n_correct`` told them at once whether the answer just given was right (the key of an item
that classmates sitting the same exam at the same time are about to be given: with k = 1 every
student starts on the same items), and ``n_answered``, θ and SE standing still after an answer
told them it was a pretest item (0030 counts and scores operational answers only). The app never
reads a running session this way (the test window uses the exam API: ``exam.status`` gives
progress and timing, never a score; "My results" reads ended sittings only), so the student
branch of ``exam_sessions_select`` now shows only sittings whose end (``completed`` /
``terminated``) is committed, like the student branch of ``attempts_select`` since the
baseline. Staff branches are 0011's, unchanged.

Revision ID: 0036
Revises: 0035
"""
from __future__ import annotations

from alembic import op

revision = "0036"
down_revision = "0035"
branch_labels = None
depends_on = None

UPGRADE = r"""
DROP POLICY exam_sessions_select ON public.exam_sessions;
CREATE POLICY exam_sessions_select ON public.exam_sessions FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                     AND status IN ('completed', 'terminated')
                ELSE ((SELECT auth.current_role()) = 'admin'
                      AND ((SELECT auth.is_sysadmin()) OR organization_id = (SELECT auth.current_org())))
                     OR class_id = ANY ((SELECT pg_catalog.array_agg(c.id) FROM public.classes c)::integer[])
           END);
"""

# 0011's policy
DOWNGRADE = r"""
DROP POLICY exam_sessions_select ON public.exam_sessions;
CREATE POLICY exam_sessions_select ON public.exam_sessions FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                ELSE ((SELECT auth.current_role()) = 'admin'
                      AND ((SELECT auth.is_sysadmin()) OR organization_id = (SELECT auth.current_org())))
                     OR class_id = ANY ((SELECT pg_catalog.array_agg(c.id) FROM public.classes c)::integer[])
           END);
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
