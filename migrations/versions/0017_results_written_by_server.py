"""staff change results only through the audited correction: no client writes to sessions or attempts

Until now admins and teachers held a row-level write policy (``exam_sessions_write``,
``attempts_write``, last written by 0011) plus table-level INSERT and column UPDATE on
``exam_sessions`` and ``attempts`` (granted by 0008's loop because the write policy existed), so
a teacher with their own token could write θ, status or ``correct`` of their classes' sittings
with plain SQL, bypassing the audited ``exam.correct_answer``. Nothing in the app writes these
tables as a client: the exam API (students) and ``exam.correct_answer`` / the proctor functions
(staff) are SECURITY DEFINER and write as the owner; the demo seeder runs on the owner
connection. So the client roles keep SELECT (rows by the select policies, ``selected_choice``
still withheld by 0013) and lose every write: the two write policies are dropped and INSERT /
UPDATE are revoked (a table-level REVOKE also takes the column grants). Without UPDATE a client
can no longer take ``FOR UPDATE`` row locks on these tables either.

See docs/security.md ("Staff rules").

Revision ID: 0017
Revises: 0016
"""
from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

UPGRADE = r"""
DROP POLICY exam_sessions_write ON public.exam_sessions;
DROP POLICY attempts_write ON public.attempts;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE public.exam_sessions, public.attempts
    FROM dreamseed_client;
REVOKE USAGE, UPDATE ON SEQUENCE public.exam_sessions_id_seq, public.attempts_id_seq FROM dreamseed_client;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_policy p
               WHERE p.polrelid IN ('public.exam_sessions'::pg_catalog.regclass, 'public.attempts'::pg_catalog.regclass)
                 AND p.polcmd <> 'r' AND p.polname <> 'owner_all') THEN
        RAISE EXCEPTION 'a client write policy on exam_sessions or attempts remains';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
               CROSS JOIN (VALUES ('public.exam_sessions'), ('public.attempts')) t(tbl)
               CROSS JOIN (VALUES ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE')) p(priv)
               WHERE r.rolname IN ('dreamseed_client', 'dreamseed_student', 'dreamseed_staff')
                 AND (pg_catalog.has_table_privilege(r.oid, t.tbl, p.priv)
                      OR (p.priv IN ('INSERT', 'UPDATE')
                          AND pg_catalog.has_any_column_privilege(r.oid, t.tbl, p.priv)))) THEN
        RAISE EXCEPTION 'a client role can still write exam_sessions or attempts';
    END IF;
END $$;
"""

DOWNGRADE = r"""
GRANT INSERT ON TABLE public.exam_sessions, public.attempts TO dreamseed_client;
GRANT UPDATE (started_at, class_id, exam_type, deadline_at, duration_sec, ended_at, theta, standard_error,
              student_id, meta, status, version, exam_id) ON TABLE public.exam_sessions TO dreamseed_client;
GRANT UPDATE (exam_session_id, seq, se_after, server_response_ms, student_id, theta_after, correct,
              selected_choice, meta, item_id, created_at, client_uuid, response_time_ms)
    ON TABLE public.attempts TO dreamseed_client;
GRANT USAGE, SELECT ON SEQUENCE public.exam_sessions_id_seq, public.attempts_id_seq TO dreamseed_client;
CREATE POLICY exam_sessions_write ON public.exam_sessions FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (((SELECT auth.current_role()) = 'admin'
                 AND ((SELECT auth.is_sysadmin()) OR organization_id = (SELECT auth.current_org())))
                OR class_id = ANY ((SELECT pg_catalog.array_agg(c.id) FROM public.classes c)::integer[])))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (EXISTS (SELECT 1 FROM public.classes c WHERE c.id = exam_sessions.class_id)
                OR ((SELECT auth.current_role()) = 'admin' AND exam_sessions.class_id IS NULL
                    AND EXISTS (SELECT 1 FROM public.students s WHERE s.id = exam_sessions.student_id))));
CREATE POLICY attempts_write ON public.attempts FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (((SELECT auth.current_role()) = 'admin'
                 AND ((SELECT auth.is_sysadmin()) OR organization_id = (SELECT auth.current_org())))
                OR class_id = ANY ((SELECT pg_catalog.array_agg(c.id) FROM public.classes c)::integer[])))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND EXISTS (SELECT 1 FROM public.exam_sessions es WHERE es.id = attempts.exam_session_id));
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
