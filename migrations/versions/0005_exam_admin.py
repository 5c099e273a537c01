"""exam administration and proctoring additions

* ``exam_kiosk_settings``: per-exam proctor quit password (salted PBKDF2 hash) for the
  kiosk test window. RLS: teachers/admins who can see the exam (the ``exams`` policies decide)
  may read and write it; students never see the table.
* ``public.exam_kiosk_quit_hash(exam_id)``: SECURITY DEFINER; returns the hash to a student
  enrolled in the exam's class (the test window verifies the password offline, so a
  proctor can let a student out even while the server is unreachable) and to staff who can
  see the exam; NULL for anyone else.
* ``public.exam_heartbeat(session_id)``: SECURITY DEFINER; the signed-in student's test window
  calls it every 15 s so the proctor console can tell "reading a hard item" from
  "disconnected" (it only moves ``exam.session_state.last_activity_at`` of the caller's own
  running session).

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLE_SQL = """
CREATE TABLE public.exam_kiosk_settings (
    exam_id integer PRIMARY KEY
        CONSTRAINT fk_exam_kiosk_settings_exam_id_exams REFERENCES public.exams (id) ON DELETE CASCADE,
    quit_password_hash text,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_exam_kiosk_settings_hash_format
        CHECK (quit_password_hash IS NULL OR quit_password_hash LIKE 'pbkdf2_sha256$%')
);
ALTER TABLE public.exam_kiosk_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.exam_kiosk_settings FORCE ROW LEVEL SECURITY;
"""

# Policies need auth.current_role() from 0002; created only when it exists (it does once the
# security migration is in place, which runs before this one).
POLICY_SQL = """
DO $$
BEGIN
    IF pg_catalog.to_regprocedure('auth.current_role()') IS NOT NULL THEN
        EXECUTE $p$
            CREATE POLICY staff_all ON public.exam_kiosk_settings
            USING ((SELECT auth.current_role()) IN ('teacher', 'admin')
                   AND EXISTS (SELECT 1 FROM public.exams e WHERE e.id = exam_kiosk_settings.exam_id))
            WITH CHECK ((SELECT auth.current_role()) IN ('teacher', 'admin')
                   AND EXISTS (SELECT 1 FROM public.exams e WHERE e.id = exam_kiosk_settings.exam_id))
        $p$;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'dreamseed_client') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON public.exam_kiosk_settings TO dreamseed_client;
    END IF;
END $$;
"""

FUNCTION_SQL = """
CREATE FUNCTION public.exam_kiosk_quit_hash(p_exam_id integer) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_uid integer := auth.current_user_id();
    v_class integer;
    v_org integer;
    v_teacher_user integer;
    v_ok boolean := false;
BEGIN
    IF v_uid IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT e.class_id, c.organization_id, t.user_id INTO v_class, v_org, v_teacher_user
    FROM public.exams e
    JOIN public.classes c ON c.id = e.class_id
    LEFT JOIN public.teachers t ON t.id = c.teacher_id
    WHERE e.id = p_exam_id;
    IF v_class IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT EXISTS (
        SELECT 1 FROM public.students s
        JOIN public.student_classroom sc ON sc.student_id = s.id
        WHERE s.user_id = v_uid AND sc.class_id = v_class)
        OR v_teacher_user = v_uid
        OR EXISTS (SELECT 1 FROM public.users u WHERE u.id = v_uid AND u.role = 'admin'
                   AND u.organization_id = v_org AND u.is_active)
    INTO v_ok;
    IF NOT v_ok THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT k.quit_password_hash FROM public.exam_kiosk_settings k
            WHERE k.exam_id = p_exam_id);
END $$;

CREATE FUNCTION public.exam_heartbeat(p_session bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    st exam.session_state := exam.my_state(p_session);   -- the caller's own session, or DS404
BEGIN
    UPDATE exam.session_state s SET last_activity_at = pg_catalog.now()
    FROM public.exam_sessions es
    WHERE s.session_id = st.session_id AND es.id = s.session_id AND es.status = 'in_progress';
END $$;
"""

GRANT_SQL = """
REVOKE ALL ON FUNCTION public.exam_kiosk_quit_hash(integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.exam_heartbeat(bigint) FROM PUBLIC;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'dreamseed_client') THEN
        GRANT EXECUTE ON FUNCTION public.exam_kiosk_quit_hash(integer) TO dreamseed_client;
        GRANT EXECUTE ON FUNCTION public.exam_heartbeat(bigint) TO dreamseed_client;
    END IF;
END $$;
"""


def _harden() -> None:
    """Run the security engineer's re-runnable hardening pass (db/roles.py)."""
    from dreamseed_desktop.db.roles import harden_sql

    op.execute(harden_sql())


def upgrade() -> None:
    op.execute(TABLE_SQL)
    op.execute(FUNCTION_SQL)
    _harden()                      # ownership, FORCE RLS, owner policy, no PUBLIC grants
    op.execute(POLICY_SQL)         # then the client policy and grants of this migration
    op.execute(GRANT_SQL)


def downgrade() -> None:
    op.execute("DROP FUNCTION IF EXISTS public.exam_heartbeat(bigint)")
    op.execute("DROP FUNCTION IF EXISTS public.exam_kiosk_quit_hash(integer)")
    op.execute("DROP TABLE IF EXISTS public.exam_kiosk_settings")
