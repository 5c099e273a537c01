"""a teacher or student profile links only a user of the same school (issue 12)

Reviewing every client write policy for issue 12 (docs/security.md, "Staff rules") found that
``teachers_write`` / ``students_write`` pinned the profile's ``organization_id`` to the admin's
school but not the ``user_id`` it links: an admin of one school could attach a teacher or
student profile of their school to a user of another school (e.g. that school's admin), giving
that user a ``teacher_id`` / ``student_id`` of the first school in ``auth.me()``, or re-point a
student profile to a foreign user. The check now also requires the linked user to belong to the
profile's school (the users a caller can see: their own school's, all for the system
administrator).

Revision ID: 0025
Revises: 0024
"""
from __future__ import annotations

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

UPGRADE = r"""
DROP POLICY teachers_write ON public.teachers;
CREATE POLICY teachers_write ON public.teachers FOR ALL TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())))
    WITH CHECK (((SELECT auth.is_sysadmin())
                 OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())))
                AND EXISTS (SELECT 1 FROM public.users u
                            WHERE u.id = teachers.user_id AND u.organization_id = teachers.organization_id));
DROP POLICY students_write ON public.students;
CREATE POLICY students_write ON public.students FOR ALL TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())))
    WITH CHECK (((SELECT auth.is_sysadmin())
                 OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())))
                AND EXISTS (SELECT 1 FROM public.users u
                            WHERE u.id = students.user_id AND u.organization_id = students.organization_id));
"""

DOWNGRADE = r"""
DROP POLICY teachers_write ON public.teachers;
CREATE POLICY teachers_write ON public.teachers FOR ALL TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));
DROP POLICY students_write ON public.students;
CREATE POLICY students_write ON public.students FOR ALL TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
