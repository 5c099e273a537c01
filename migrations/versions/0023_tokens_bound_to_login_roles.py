"""tokens and login roles: a student's token does not work on the staff login role (issue 12)

Students and staff connect through their own login roles (``dreamseed_student`` on lab PCs,
``dreamseed_staff`` on staff PCs), each with a connection limit, so students cannot use up the
connections staff need. Until now a token was valid on either role, so a student who had the
staff password could bring their own token to staff connections. Now ``auth.me()`` and
``auth.whoami()`` give no identity to a **student** whose connection's login role
(``session_user``) is ``dreamseed_staff``: RLS shows nothing and every API function answers DS401.
Staff tokens keep working on the student role (a teacher may sign in at a lab PC; that costs
students no staff connection). ``auth.settings.students_on_staff_role`` (default 0) = 1 allows
students on the staff role: the one-PC (embedded) server sets it, where one login role serves the
whole install and there is no lab to protect. ``auth.login_role_allows(role)`` is the rule.

Revision ID: 0023
Revises: 0022
"""
from __future__ import annotations

from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

UPGRADE = r"""
INSERT INTO auth.settings (key, value) VALUES ('students_on_staff_role', 0);

CREATE FUNCTION auth.login_role_allows(p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT p_role IS DISTINCT FROM 'student' OR session_user <> 'dreamseed_staff'
           OR COALESCE((SELECT s.value FROM auth.settings s WHERE s.key = 'students_on_staff_role'), 0) = 1
$$;
ALTER FUNCTION auth.login_role_allows(text) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION auth.login_role_allows(text) FROM PUBLIC;

CREATE OR REPLACE FUNCTION auth.me() RETURNS auth.identity
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity;
    nobody auth.identity;
BEGIN
    SELECT u.id, u.role::text, u.organization_id,
           (SELECT t.id FROM public.teachers t WHERE t.user_id = u.id),
           (SELECT st.id FROM public.students st WHERE st.user_id = u.id)
    INTO i
    FROM auth.sessions s
    JOIN public.users u ON u.id = s.user_id
    WHERE s.token_hash = pg_catalog.sha256(pg_catalog.convert_to(
              COALESCE(pg_catalog.current_setting('dreamseed.token', true), ''), 'UTF8'))
      AND s.expires_at > pg_catalog.now()
      AND u.is_active;
    IF i.role = 'student' AND NOT auth.login_role_allows(i.role) THEN
        RETURN nobody;   -- a student's token on the staff login role: no identity
    END IF;
    RETURN i;
END $$;

CREATE OR REPLACE FUNCTION auth.whoami() RETURNS TABLE (user_id integer, role text, organization_id integer,
                                             name text, email text, expires_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT u.id, u.role::text, u.organization_id, u.name::text, u.email::text, s.expires_at
    FROM auth.sessions s JOIN public.users u ON u.id = s.user_id
    WHERE s.token_hash = pg_catalog.sha256(pg_catalog.convert_to(
              COALESCE(pg_catalog.current_setting('dreamseed.token', true), ''), 'UTF8'))
      AND s.expires_at > pg_catalog.now() AND u.is_active AND auth.login_role_allows(u.role::text)
$$;
-- ending a token one holds needs no identity on this login role (a student refused on a staff
-- PC ends the token it was just given)
CREATE OR REPLACE FUNCTION auth.logout() RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_user integer;
    v_org integer;
BEGIN
    DELETE FROM auth.sessions s WHERE s.token_hash = pg_catalog.sha256(pg_catalog.convert_to(
        COALESCE(pg_catalog.current_setting('dreamseed.token', true), ''), 'UTF8'))
    RETURNING s.user_id INTO v_user;
    IF v_user IS NOT NULL THEN
        SELECT u.organization_id INTO v_org FROM public.users u WHERE u.id = v_user;
        PERFORM auth.audit(v_user, v_org, 'auth.logout', 'user', v_user::text, ARRAY[v_user], '{}');
    END IF;
END $$;
"""

DOWNGRADE = r"""
CREATE OR REPLACE FUNCTION auth.logout() RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.me();
BEGIN
    IF i.user_id IS NOT NULL THEN
        DELETE FROM auth.sessions WHERE token_hash = pg_catalog.sha256(pg_catalog.convert_to(
            pg_catalog.current_setting('dreamseed.token', true), 'UTF8'));
        PERFORM auth.audit(i.user_id, i.organization_id, 'auth.logout', 'user', i.user_id::text, ARRAY[i.user_id], '{}');
    END IF;
END $$;
CREATE OR REPLACE FUNCTION auth.me() RETURNS auth.identity
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity;
BEGIN
    SELECT u.id, u.role::text, u.organization_id,
           (SELECT t.id FROM public.teachers t WHERE t.user_id = u.id),
           (SELECT st.id FROM public.students st WHERE st.user_id = u.id)
    INTO i
    FROM auth.sessions s
    JOIN public.users u ON u.id = s.user_id
    WHERE s.token_hash = pg_catalog.sha256(pg_catalog.convert_to(
              COALESCE(pg_catalog.current_setting('dreamseed.token', true), ''), 'UTF8'))
      AND s.expires_at > pg_catalog.now()
      AND u.is_active;
    RETURN i;
END $$;

CREATE OR REPLACE FUNCTION auth.whoami() RETURNS TABLE (user_id integer, role text, organization_id integer,
                                             name text, email text, expires_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT u.id, u.role::text, u.organization_id, u.name::text, u.email::text, s.expires_at
    FROM auth.sessions s JOIN public.users u ON u.id = s.user_id
    WHERE s.token_hash = pg_catalog.sha256(pg_catalog.convert_to(
              COALESCE(pg_catalog.current_setting('dreamseed.token', true), ''), 'UTF8'))
      AND s.expires_at > pg_catalog.now() AND u.is_active
$$;
DROP FUNCTION auth.login_role_allows(text);
DELETE FROM auth.settings WHERE key = 'students_on_staff_role';
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
