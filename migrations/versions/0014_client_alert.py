"""student PC alerts for the proctor console: the exam window reports that this PC cannot store
answers (its journal is on a full or read-only disk), and the proctor console shows it

* ``exam.session_state.client_alert`` / ``client_alert_at``: the latest alert of a running session
  (only the kinds the client knows: ``journal_unwritable``), cleared by the client when it recovers;
* ``public.exam_client_alert(session, kind)``: the student sets or clears (kind NULL) the alert of
  their own running session (``exam.my_state`` refuses other sessions);
* ``exam.proctor_live`` adds ``client_alert`` and ``client_alert_at`` (running/paused sessions only).

Revision ID: 0014
Revises: 0013
"""
from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE exam.session_state
    ADD COLUMN client_alert text,
    ADD COLUMN client_alert_at timestamptz,
    ADD CONSTRAINT ck_session_state_client_alert
        CHECK (client_alert IS NULL OR client_alert IN ('journal_unwritable'));

CREATE FUNCTION public.exam_client_alert(p_session bigint, p_kind text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    st exam.session_state := exam.my_state(p_session);   -- the caller's own session, or DS404
BEGIN
    UPDATE exam.session_state s
    SET client_alert = p_kind,
        client_alert_at = CASE WHEN p_kind IS NULL THEN NULL ELSE pg_catalog.now() END
    FROM public.exam_sessions es
    WHERE s.session_id = st.session_id AND es.id = s.session_id
      AND es.status IN ('in_progress', 'suspended');
END $$;
ALTER FUNCTION public.exam_client_alert(bigint, text) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION public.exam_client_alert(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.exam_client_alert(bigint, text) TO dreamseed_client;

DROP FUNCTION exam.proctor_live(integer);
CREATE FUNCTION exam.proctor_live(p_exam integer)
RETURNS TABLE (session_id bigint, student_id integer, student_name text, student_number text, status text,
               answered integer, n_correct integer, theta double precision, se double precision, started_at timestamptz,
               last_activity_at timestamptz, time_used_sec double precision, deadline_at timestamptz,
               mean_response_ms_last5 double precision, paused_by_proctor boolean, stop_reason text,
               client_alert text, client_alert_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM exam.require_proctor_of_exam(p_exam);
    RETURN QUERY
    SELECT s.session_id, st.id, u.name::text, st.student_number,
           CASE es.status WHEN 'in_progress' THEN 'testing' WHEN 'suspended' THEN 'paused'
                          WHEN 'completed' THEN 'finished' WHEN 'terminated' THEN 'terminated'
                          ELSE 'not_started' END,
           COALESCE(s.answered, 0), COALESCE(es.n_correct, 0),
           CASE WHEN s.answered > 0 THEN s.theta END, CASE WHEN s.answered > 0 THEN s.se END,
           es.started_at, s.last_activity_at,
           CASE WHEN es.id IS NULL THEN NULL ELSE EXTRACT(EPOCH FROM
               COALESCE(es.ended_at, s.paused_at, pg_catalog.now()) - es.started_at - s.paused_total)::double precision END,
           s.deadline_at,
           (SELECT pg_catalog.avg(l.server_response_ms)::double precision FROM (
                SELECT a.server_response_ms FROM public.attempts a WHERE a.exam_session_id = s.session_id
                ORDER BY a.seq DESC LIMIT 5) l),
           COALESCE(s.paused_by_proctor, false), s.stop_reason,
           CASE WHEN es.status IN ('in_progress', 'suspended') THEN s.client_alert END,
           CASE WHEN es.status IN ('in_progress', 'suspended') THEN s.client_alert_at END
    FROM public.exams e
    JOIN public.student_classroom sc ON sc.class_id = e.class_id
    JOIN public.students st ON st.id = sc.student_id
    JOIN public.users u ON u.id = st.user_id
    LEFT JOIN exam.session_state s ON s.exam_id = e.id AND s.student_id = st.id
    LEFT JOIN public.exam_sessions es ON es.id = s.session_id
    WHERE e.id = p_exam
    ORDER BY u.name, st.id;
END $$;

ALTER FUNCTION exam.proctor_live(integer) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.proctor_live(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exam.proctor_live(integer) TO dreamseed_client;
"""

DOWNGRADE = r"""
DROP FUNCTION exam.proctor_live(integer);
CREATE FUNCTION exam.proctor_live(p_exam integer)
RETURNS TABLE (session_id bigint, student_id integer, student_name text, student_number text, status text,
               answered integer, n_correct integer, theta double precision, se double precision, started_at timestamptz,
               last_activity_at timestamptz, time_used_sec double precision, deadline_at timestamptz,
               mean_response_ms_last5 double precision, paused_by_proctor boolean, stop_reason text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM exam.require_proctor_of_exam(p_exam);
    RETURN QUERY
    SELECT s.session_id, st.id, u.name::text, st.student_number,
           CASE es.status WHEN 'in_progress' THEN 'testing' WHEN 'suspended' THEN 'paused'
                          WHEN 'completed' THEN 'finished' WHEN 'terminated' THEN 'terminated'
                          ELSE 'not_started' END,
           COALESCE(s.answered, 0), COALESCE(es.n_correct, 0),
           CASE WHEN s.answered > 0 THEN s.theta END, CASE WHEN s.answered > 0 THEN s.se END,
           es.started_at, s.last_activity_at,
           CASE WHEN es.id IS NULL THEN NULL ELSE EXTRACT(EPOCH FROM
               COALESCE(es.ended_at, s.paused_at, pg_catalog.now()) - es.started_at - s.paused_total)::double precision END,
           s.deadline_at,
           (SELECT pg_catalog.avg(l.server_response_ms)::double precision FROM (
                SELECT a.server_response_ms FROM public.attempts a WHERE a.exam_session_id = s.session_id
                ORDER BY a.seq DESC LIMIT 5) l),
           COALESCE(s.paused_by_proctor, false), s.stop_reason
    FROM public.exams e
    JOIN public.student_classroom sc ON sc.class_id = e.class_id
    JOIN public.students st ON st.id = sc.student_id
    JOIN public.users u ON u.id = st.user_id
    LEFT JOIN exam.session_state s ON s.exam_id = e.id AND s.student_id = st.id
    LEFT JOIN public.exam_sessions es ON es.id = s.session_id
    WHERE e.id = p_exam
    ORDER BY u.name, st.id;
END $$;

ALTER FUNCTION exam.proctor_live(integer) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.proctor_live(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exam.proctor_live(integer) TO dreamseed_client;

DROP FUNCTION public.exam_client_alert(bigint, text);
ALTER TABLE exam.session_state DROP CONSTRAINT ck_session_state_client_alert,
    DROP COLUMN client_alert, DROP COLUMN client_alert_at;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
