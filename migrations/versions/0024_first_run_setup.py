"""first run: set up the school and its first administrator from the app (issue 15)

``auth.needs_setup()`` says whether the database has no administrator yet (a fresh install
without ``--demo``). ``auth.first_run_setup(...)`` creates the school (name, level, 학번
format) and its first admin with a password (verifier computed on the PC, rules checked here),
audited as ``setup.first_run``. It refuses once any administrator exists - checked on the
server under a lock, so two PCs racing through the wizard cannot both succeed and a set-up
database can never be taken over through it. ``dreamseed-admin create-admin`` stays for
scripted set-ups.

Revision ID: 0024
Revises: 0023
"""
from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

UPGRADE = r"""
CREATE FUNCTION auth.needs_setup() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT NOT EXISTS (SELECT 1 FROM public.users WHERE role = 'admin')
$$;

CREATE FUNCTION auth.first_run_setup(p_school text, p_level text, p_number_format text, p_email text,
                                     p_name text, p_password text, p_salt text, p_hash text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_email text := pg_catalog.lower(pg_catalog.btrim(COALESCE(p_email, '')));
    v_problem text;
    v_org integer;
    v_user integer;
BEGIN
    -- cheap refusal first (no lock for callers on a set-up database), then again under a lock
    -- that makes concurrent set-ups wait for each other
    IF EXISTS (SELECT 1 FROM public.users WHERE role = 'admin') THEN
        RAISE EXCEPTION 'This database is already set up. Sign in with an administrator account.' USING ERRCODE = 'DS409';
    END IF;
    LOCK TABLE public.users IN SHARE ROW EXCLUSIVE MODE;
    IF EXISTS (SELECT 1 FROM public.users WHERE role = 'admin') THEN
        RAISE EXCEPTION 'This database is already set up. Sign in with an administrator account.' USING ERRCODE = 'DS409';
    END IF;
    v_problem := auth.password_problem(p_password, v_email);
    IF v_problem IS NOT NULL THEN
        RAISE EXCEPTION USING MESSAGE = v_problem, ERRCODE = 'DS422';
    END IF;
    PERFORM auth.check_new_password(p_salt, p_hash);
    INSERT INTO public.organizations (name, type, school_level, student_number_format)
    VALUES (pg_catalog.btrim(p_school), 'school', p_level, pg_catalog.upper(pg_catalog.btrim(p_number_format)))
    RETURNING id INTO v_org;
    INSERT INTO public.users (organization_id, email, role, name)
    VALUES (v_org, v_email, 'admin', pg_catalog.btrim(p_name))
    RETURNING id INTO v_user;
    INSERT INTO auth.credentials (user_id, salt, verifier, set_by) VALUES (v_user, p_salt, p_hash, v_user);
    PERFORM auth.audit(v_user, v_org, 'setup.first_run', 'organization', v_org::text, ARRAY[v_user],
                       pg_catalog.jsonb_build_object('school', pg_catalog.btrim(p_school), 'admin', v_email));
    RETURN v_org;
END $$;

ALTER FUNCTION auth.needs_setup() OWNER TO dreamseed_owner;
ALTER FUNCTION auth.first_run_setup(text, text, text, text, text, text, text, text) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION auth.needs_setup(), auth.first_run_setup(text, text, text, text, text, text, text, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.needs_setup(), auth.first_run_setup(text, text, text, text, text, text, text, text)
    TO dreamseed_client;
"""

DOWNGRADE = r"""
DROP FUNCTION auth.first_run_setup(text, text, text, text, text, text, text, text);
DROP FUNCTION auth.needs_setup();
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
