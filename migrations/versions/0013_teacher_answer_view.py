"""teachers see right/wrong, not the option chosen: attempts.selected_choice is readable only
through exam.attempt_choices (admins of the item's school, the student's own ended session)

See docs/security.md ("Staff rules").

Revision ID: 0013
Revises: 0012
"""
from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

UPGRADE = r"""
DO $$
DECLARE
    v_cols text;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO v_cols
    FROM pg_catalog.pg_attribute a
    WHERE a.attrelid = 'public.attempts'::pg_catalog.regclass AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attname <> 'selected_choice';
    REVOKE SELECT ON TABLE public.attempts FROM dreamseed_client;
    EXECUTE pg_catalog.format('GRANT SELECT (%s) ON TABLE public.attempts TO dreamseed_client', v_cols);
END $$;

-- seq -> chosen option of one session, for those who may see it: an admin of the student's school
-- for items their school owns (they read those keys anyway; the system administrator: all), and
-- the student for their own ended session. Teachers: right/wrong only (no rows).
CREATE FUNCTION exam.attempt_choices(p_session bigint) RETURNS TABLE (seq integer, selected_choice smallint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
    es public.exam_sessions;
BEGIN
    SELECT * INTO es FROM public.exam_sessions WHERE id = p_session;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF i.role = 'student' THEN
        IF es.student_id IS DISTINCT FROM i.student_id OR es.status NOT IN ('completed', 'terminated') THEN
            RETURN;
        END IF;
        RETURN QUERY SELECT a.seq, a.selected_choice FROM public.attempts a
                     WHERE a.exam_session_id = p_session ORDER BY a.seq;
    ELSIF i.role = 'admin' THEN
        IF NOT auth.is_admin_of((SELECT st.organization_id FROM public.students st WHERE st.id = es.student_id)) THEN
            RETURN;
        END IF;
        RETURN QUERY SELECT a.seq, CASE WHEN auth.is_sysadmin() OR it.organization_id = i.organization_id
                                        THEN a.selected_choice END
                     FROM public.attempts a JOIN public.items it ON it.id = a.item_id
                     WHERE a.exam_session_id = p_session ORDER BY a.seq;
    END IF;
END $$;
ALTER FUNCTION exam.attempt_choices(bigint) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.attempt_choices(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exam.attempt_choices(bigint) TO dreamseed_client;
"""

DOWNGRADE = r"""
DROP FUNCTION exam.attempt_choices(bigint);
REVOKE SELECT ON TABLE public.attempts FROM dreamseed_client;
GRANT SELECT ON TABLE public.attempts TO dreamseed_client;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
