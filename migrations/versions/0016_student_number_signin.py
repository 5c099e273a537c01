"""students sign in with their 학번 within their school (issue 15)

``auth.number_login_key(p_org, p_number)`` turns (school, 학번) into the key the email sign-in
uses: the student's email when an active or inactive student of that school has that 학번,
otherwise a key that no account has (``student-number:<school>:<학번>``). It is internal (no
client may call it, so nobody learns an email from a 학번). ``auth.login_salt_by_number`` and
``auth.login_by_number`` call ``auth.login_salt`` / ``auth.login`` with that key, so a 학번
sign-in keeps every guarantee of the email sign-in: an unknown 학번 gets a deterministic fake
salt and the same failure as a wrong password (no enumeration), failures are counted and locked
per key and address (a student's 학번 and email share one lockout), deactivated accounts are
refused. ``p_org`` NULL means the server's only school (a key nobody has when there are
several). ``auth.sign_in_schools()`` lists the schools' ids and names for the sign-in screen.

Revision ID: 0016
Revises: 0015
"""
from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

UPGRADE = r"""
CREATE FUNCTION auth.number_login_key(p_org integer, p_number text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_number text := pg_catalog.left(pg_catalog.btrim(COALESCE(p_number, '')), 30);
    v_org integer := p_org;
    v_email text;
BEGIN
    IF v_org IS NULL THEN
        SELECT CASE WHEN pg_catalog.count(*) = 1 THEN pg_catalog.min(o.id) END INTO v_org
        FROM public.organizations o;
    END IF;
    SELECT u.email INTO v_email
    FROM public.students s JOIN public.users u ON u.id = s.user_id
    WHERE s.organization_id = v_org AND s.student_number = v_number AND u.role = 'student';
    RETURN COALESCE(v_email, 'student-number:' || COALESCE(v_org::text, '-') || ':' || v_number);
END $$;

CREATE FUNCTION auth.login_salt_by_number(p_org integer, p_number text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT auth.login_salt(auth.number_login_key(p_org, p_number))
$$;

CREATE FUNCTION auth.login_by_number(p_org integer, p_number text, p_proof text) RETURNS auth.login_result
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT * FROM auth.login(auth.number_login_key(p_org, p_number), p_proof)
$$;

CREATE FUNCTION auth.sign_in_schools() RETURNS TABLE (id integer, name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT o.id, o.name::text FROM public.organizations o ORDER BY o.name, o.id
$$;

ALTER FUNCTION auth.number_login_key(integer, text) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.login_salt_by_number(integer, text) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.login_by_number(integer, text, text) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.sign_in_schools() OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION auth.number_login_key(integer, text), auth.login_salt_by_number(integer, text),
    auth.login_by_number(integer, text, text), auth.sign_in_schools() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.login_salt_by_number(integer, text), auth.login_by_number(integer, text, text),
    auth.sign_in_schools() TO dreamseed_client;
"""

DOWNGRADE = r"""
DROP FUNCTION auth.sign_in_schools();
DROP FUNCTION auth.login_by_number(integer, text, text);
DROP FUNCTION auth.login_salt_by_number(integer, text);
DROP FUNCTION auth.number_login_key(integer, text);
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
