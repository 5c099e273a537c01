"""a teacher reads the accommodations of the students of their own classes only (issue 12 sweep)

The red-team pass over revisions 0026-0034 (tests/security/test_sweep_0026_0034.py) found that
``student_accommodations_select`` (0031) let every teacher of a school read every student's
accommodations (extended time, read aloud, answer masking ...: support needs a school keeps
between the student's teachers and the administration). A teacher now reads the rows of the
students enrolled in their own classes - what the proctor console needs for the exams of those
classes; admins of the school, the system administrator and the student themselves read as before.

Revision ID: 0035
Revises: 0034
"""
from __future__ import annotations

from alembic import op

revision = "0035"
down_revision = "0034"
branch_labels = None
depends_on = None

UPGRADE = r"""
DROP POLICY student_accommodations_select ON public.student_accommodations;
CREATE POLICY student_accommodations_select ON public.student_accommodations FOR SELECT TO dreamseed_client
    USING (student_id = (SELECT auth.current_student_id())
           OR (SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org()))
           OR ((SELECT auth.current_role()) = 'teacher'
               AND organization_id = (SELECT auth.current_org())
               AND student_id = ANY ((SELECT pg_catalog.array_agg(sc.student_id)
                                      FROM public.student_classroom sc
                                      JOIN public.classes c ON c.id = sc.class_id
                                      WHERE c.teacher_id = (SELECT auth.current_teacher_id()))::integer[])));
"""

# 0031's policy
DOWNGRADE = r"""
DROP POLICY student_accommodations_select ON public.student_accommodations;
CREATE POLICY student_accommodations_select ON public.student_accommodations FOR SELECT TO dreamseed_client
    USING (student_id = (SELECT auth.current_student_id())
           OR (SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) IN ('admin', 'teacher')
               AND organization_id = (SELECT auth.current_org())));
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
