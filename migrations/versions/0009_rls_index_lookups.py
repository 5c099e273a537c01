"""row-level security whose cost follows the rows returned (issue 14)

The policies on ``exam_sessions`` and ``attempts`` tested visibility with uncorrelated
``x IN (SELECT id FROM <visible rows>)`` sub-queries. PostgreSQL runs those as hashed sub-plans:
before returning the first row it builds a hash table of every visible row of the other table.
For ``attempts`` that is every session of the school, so one student's history as an admin cost
as much as reading the school's whole exam history (about 50x the owner's time at 250,000
sessions), and for ``exam_sessions`` as an admin every student of the school.

The policies below say the same thing as correlated ``EXISTS`` look-ups by primary key
(``classes.id``, ``students.id``, ``exam_sessions.id``), which still apply the looked-up
table's own policies. PostgreSQL plans such an ``EXISTS`` both ways (an index probe per row, or
one hash table for a big scan) and keeps the cheaper for the estimated number of rows, so a query
that returns a few rows pays a few index probes. Known cost: the planner cannot estimate how
selective a policy's ``EXISTS`` is, so a scan over every attempt of the school (item analysis,
calibration, the reference GROUP BY) may be planned with a probe per row and run 2-3x slower
than with the old hashed sub-plans (benchmarks/bench_foundation.py prints it); denormalised,
indexed organization/class columns on ``attempts`` tested directly by the policy would remove
the probe. Who sees which row is unchanged (tests/security, and the benchmark checks client
results equal to the owner's).

Revision ID: 0009
Revises: 0008
"""
from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

UPGRADE = r"""
DROP POLICY exam_sessions_select ON public.exam_sessions;
DROP POLICY exam_sessions_write ON public.exam_sessions;
DROP POLICY attempts_select ON public.attempts;
DROP POLICY attempts_write ON public.attempts;

-- sessions: students read their own; staff those of the classes they see, admins also those of
-- their organization's students (a session without a class, or a class since moved)
CREATE POLICY exam_sessions_select ON public.exam_sessions FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                ELSE EXISTS (SELECT 1 FROM public.classes c WHERE c.id = exam_sessions.class_id)
                     OR ((SELECT auth.current_role()) = 'admin'
                         AND EXISTS (SELECT 1 FROM public.students s WHERE s.id = exam_sessions.student_id))
           END);
CREATE POLICY exam_sessions_write ON public.exam_sessions FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (EXISTS (SELECT 1 FROM public.classes c WHERE c.id = exam_sessions.class_id)
                OR ((SELECT auth.current_role()) = 'admin'
                    AND EXISTS (SELECT 1 FROM public.students s WHERE s.id = exam_sessions.student_id))))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (EXISTS (SELECT 1 FROM public.classes c WHERE c.id = exam_sessions.class_id)
                OR ((SELECT auth.current_role()) = 'admin' AND exam_sessions.class_id IS NULL
                    AND EXISTS (SELECT 1 FROM public.students s WHERE s.id = exam_sessions.student_id))));

-- attempts: students their own, once the session ended; staff those of the sessions they see
CREATE POLICY attempts_select ON public.attempts FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                     AND EXISTS (SELECT 1 FROM public.exam_sessions es
                                 WHERE es.id = attempts.exam_session_id
                                   AND es.status IN ('completed', 'terminated'))
                ELSE EXISTS (SELECT 1 FROM public.exam_sessions es WHERE es.id = attempts.exam_session_id)
           END);
CREATE POLICY attempts_write ON public.attempts FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND EXISTS (SELECT 1 FROM public.exam_sessions es WHERE es.id = attempts.exam_session_id))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND EXISTS (SELECT 1 FROM public.exam_sessions es WHERE es.id = attempts.exam_session_id));
"""

DOWNGRADE = r"""
DROP POLICY exam_sessions_select ON public.exam_sessions;
DROP POLICY exam_sessions_write ON public.exam_sessions;
DROP POLICY attempts_select ON public.attempts;
DROP POLICY attempts_write ON public.attempts;

CREATE POLICY exam_sessions_select ON public.exam_sessions FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                ELSE class_id IN (SELECT c.id FROM public.classes c)
                     OR ((SELECT auth.current_role()) = 'admin' AND student_id IN (SELECT s.id FROM public.students s))
           END);
CREATE POLICY exam_sessions_write ON public.exam_sessions FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (class_id IN (SELECT c.id FROM public.classes c)
                OR ((SELECT auth.current_role()) = 'admin' AND student_id IN (SELECT s.id FROM public.students s))))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (class_id IN (SELECT c.id FROM public.classes c)
                OR ((SELECT auth.current_role()) = 'admin' AND class_id IS NULL
                    AND student_id IN (SELECT s.id FROM public.students s))));

CREATE POLICY attempts_select ON public.attempts FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                     AND exam_session_id IN (SELECT es.id FROM public.exam_sessions es
                                             WHERE es.status IN ('completed', 'terminated'))
                ELSE exam_session_id IN (SELECT es.id FROM public.exam_sessions es) END);
CREATE POLICY attempts_write ON public.attempts FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND exam_session_id IN (SELECT es.id FROM public.exam_sessions es))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND exam_session_id IN (SELECT es.id FROM public.exam_sessions es));
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
