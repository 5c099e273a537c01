"""forced first password change (issue 15)

* ``organizations.force_password_change`` (default on; a school can turn it off for young
  pupils): a student whose password an admin set (initial password from a roster import, a
  reset) must change it at the first sign-in. Staff whose password an admin set always must.
* ``auth.credentials.must_change`` marks such a password; ``auth.login`` then issues a token
  marked ``password_change_only`` (and says so in ``login_result.must_change_password``).
  ``auth.me()`` gives such a token no identity, so row-level security shows it nothing and
  every function refuses it; only ``auth.change_password`` (and ``auth.my_login_salt``, which
  it needs) accept it, through ``auth.session_user_any()``. A successful change clears the
  mark and lets that token do everything; a wrong old password counts toward the lockout as
  before.
* Whole functions replaced: auth.login, auth.change_password, auth.admin_reset_password,
  auth.my_login_salt (from 0022) and auth.me (from 0023), each with only the lines above added.

Revision ID: 0026
Revises: 0025
"""
from __future__ import annotations

from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE public.organizations ADD COLUMN force_password_change boolean NOT NULL DEFAULT true;
GRANT UPDATE (force_password_change) ON TABLE public.organizations TO dreamseed_client;
ALTER TABLE auth.credentials ADD COLUMN must_change boolean NOT NULL DEFAULT false;
ALTER TABLE auth.sessions ADD COLUMN password_change_only boolean NOT NULL DEFAULT false;
ALTER TYPE auth.login_result ADD ATTRIBUTE must_change_password boolean;

-- The user of the transaction's token, also while the token may only change the password
-- (used by the password change and its salt; everything else goes through auth.me()).
CREATE FUNCTION auth.session_user_any() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_uid integer;
    v_role text;
BEGIN
    SELECT u.id, u.role::text INTO v_uid, v_role
    FROM auth.sessions s JOIN public.users u ON u.id = s.user_id
    WHERE s.token_hash = pg_catalog.sha256(pg_catalog.convert_to(
              COALESCE(pg_catalog.current_setting('dreamseed.token', true), ''), 'UTF8'))
      AND s.expires_at > pg_catalog.now() AND u.is_active;
    IF v_uid IS NOT NULL AND NOT auth.login_role_allows(v_role) THEN
        RETURN NULL;
    END IF;
    RETURN v_uid;
END $$;

CREATE OR REPLACE FUNCTION auth.login(p_email text, p_proof text) RETURNS auth.login_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_email text := auth.clean_key(p_email);
    u public.users;
    v_verifier text;
    v_token text;
    v_must boolean;
    res auth.login_result;
BEGIN
    PERFORM auth.reap_stuck_clients();
    u := auth.user_by_key(v_email);
    v_verifier := COALESCE((SELECT c.verifier FROM auth.credentials c WHERE c.user_id = u.id),
                           auth.fake_verifier(v_email));
    res := auth.failure_gate(v_email, u);
    IF res.error IS NOT NULL THEN
        RETURN res;
    END IF;
    IF NOT auth.proof_matches(p_proof, v_verifier) OR u.id IS NULL THEN
        RETURN auth.record_failure(v_email, u, CASE WHEN u.id IS NULL THEN 'unknown_email' ELSE 'bad_password' END);
    END IF;
    IF NOT u.is_active THEN
        PERFORM auth.audit(u.id, u.organization_id, 'auth.login_failed', 'user', u.id::text, ARRAY[u.id],
                           '{"reason": "inactive"}');
        res.ok := false; res.error := 'inactive';
        res.message := 'This account has been deactivated. Ask your school administrator.';
        RETURN res;
    END IF;
    DELETE FROM auth.sessions WHERE expires_at < pg_catalog.now() - interval '1 day';  -- housekeeping
    DELETE FROM auth.login_failures
    WHERE locked_until IS NULL AND window_start < pg_catalog.now() - interval '1 day';
    v_token := pg_catalog.encode(pg_catalog.uuid_send(pg_catalog.gen_random_uuid())
                                 || pg_catalog.uuid_send(pg_catalog.gen_random_uuid()), 'hex');
    v_must := COALESCE((SELECT c.must_change FROM auth.credentials c WHERE c.user_id = u.id), false);
    INSERT INTO auth.sessions (token_hash, user_id, expires_at, password_change_only)
    VALUES (pg_catalog.sha256(pg_catalog.convert_to(v_token, 'UTF8')), u.id,
            pg_catalog.now() + pg_catalog.make_interval(secs => auth.setting('session_hours') * 3600),
            v_must);
    PERFORM auth.audit(u.id, u.organization_id, 'auth.login', 'user', u.id::text, ARRAY[u.id], '{}');
    res.ok := true; res.token := v_token; res.user_id := u.id; res.role := u.role;
    res.organization_id := u.organization_id; res.name := u.name; res.email := u.email;
    res.must_change_password := v_must;
    RETURN res;
END $$;

CREATE OR REPLACE FUNCTION auth.change_password(p_old_proof text, p_new_password text, p_new_salt text, p_new_hash text)
RETURNS auth.login_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_uid integer := auth.session_user_any();
    u public.users;
    v_key text;
    v_verifier text;
    v_problem text;
    res auth.login_result;
BEGIN
    IF v_uid IS NULL THEN
        RAISE EXCEPTION 'Your sign-in has expired. Please sign in again.' USING ERRCODE = 'DS401';
    END IF;
    SELECT * INTO u FROM public.users WHERE id = v_uid;
    v_key := auth.login_key(u);
    res := auth.failure_gate(v_key, u);
    IF res.error IS NOT NULL THEN
        RETURN res;
    END IF;
    SELECT c.verifier INTO v_verifier FROM auth.credentials c WHERE c.user_id = u.id FOR UPDATE;
    IF NOT auth.proof_matches(p_old_proof, COALESCE(v_verifier, auth.fake_verifier(v_key))) THEN
        PERFORM auth.audit(u.id, u.organization_id, 'auth.password_change_failed', 'user', u.id::text,
                           ARRAY[u.id], '{}');
        res := auth.record_failure(v_key, u, 'bad_old_password');
        res.error := 'wrong_password'; res.message := 'The current password is wrong.';
        RETURN res;
    END IF;
    v_problem := auth.password_problem(p_new_password, u.email);
    IF v_problem IS NOT NULL THEN
        RAISE EXCEPTION USING MESSAGE = v_problem, ERRCODE = 'DS422';
    END IF;
    PERFORM auth.check_new_password(p_new_salt, p_new_hash);
    INSERT INTO auth.credentials AS c (user_id, salt, verifier, set_by, must_change)
    VALUES (u.id, p_new_salt, p_new_hash, u.id, false)
    ON CONFLICT (user_id) DO UPDATE SET salt = EXCLUDED.salt, verifier = EXCLUDED.verifier,
                                        set_at = pg_catalog.now(), set_by = EXCLUDED.set_by,
                                        must_change = false;
    -- the token that made the change may now do everything (it has proved the new password's
    -- owner knew the old one); every other sign-in of the user ends below
    UPDATE auth.sessions SET password_change_only = false
    WHERE user_id = u.id AND token_hash = pg_catalog.sha256(
        pg_catalog.convert_to(pg_catalog.current_setting('dreamseed.token', true), 'UTF8'));
    UPDATE public.users SET updated_at = pg_catalog.now(), version = version + 1 WHERE id = u.id;
    DELETE FROM auth.sessions WHERE user_id = u.id AND token_hash <> pg_catalog.sha256(
        pg_catalog.convert_to(pg_catalog.current_setting('dreamseed.token', true), 'UTF8'));
    PERFORM auth.audit(u.id, u.organization_id, 'auth.password_change', 'user', u.id::text, ARRAY[u.id], '{}');
    res.ok := true;
    RETURN res;
END $$;

CREATE OR REPLACE FUNCTION auth.admin_reset_password(p_user_id integer, p_new_password text, p_salt text, p_hash text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
    u public.users;
    v_problem text;
    v_must boolean;
BEGIN
    SELECT * INTO u FROM public.users WHERE id = p_user_id FOR UPDATE;
    IF NOT FOUND OR NOT auth.is_admin_of(u.organization_id) OR (u.organization_id IS NULL AND i.organization_id IS NOT NULL) THEN
        IF i.role <> 'admin' THEN
            RAISE EXCEPTION 'Only an administrator can reset passwords.' USING ERRCODE = 'DS403';
        END IF;
        RAISE EXCEPTION 'User not found.' USING ERRCODE = 'DS404';
    END IF;
    v_problem := auth.password_problem(p_new_password, u.email);
    IF v_problem IS NOT NULL THEN
        RAISE EXCEPTION USING MESSAGE = v_problem, ERRCODE = 'DS422';
    END IF;
    PERFORM auth.check_new_password(p_salt, p_hash);
    -- a password an admin set is known to the admin: staff always change it at their next
    -- sign-in, students when their school asks for it (on unless turned off for young pupils)
    v_must := u.id <> i.user_id AND (u.role <> 'student' OR COALESCE(
        (SELECT o.force_password_change FROM public.organizations o WHERE o.id = u.organization_id), true));
    INSERT INTO auth.credentials AS c (user_id, salt, verifier, set_by, must_change)
    VALUES (u.id, p_salt, p_hash, i.user_id, v_must)
    ON CONFLICT (user_id) DO UPDATE SET salt = EXCLUDED.salt, verifier = EXCLUDED.verifier,
                                        set_at = pg_catalog.now(), set_by = EXCLUDED.set_by,
                                        must_change = EXCLUDED.must_change;
    UPDATE public.users SET updated_at = pg_catalog.now(), version = version + 1 WHERE id = u.id;
    DELETE FROM auth.sessions WHERE user_id = u.id;
    DELETE FROM auth.login_failures WHERE email_key = auth.login_key(u);
    PERFORM auth.audit(i.user_id, u.organization_id, 'auth.password_reset', 'user', u.id::text, ARRAY[u.id],
                       pg_catalog.jsonb_build_object('reset_by', i.user_id));
END $$;

CREATE OR REPLACE FUNCTION auth.my_login_salt() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_uid integer := auth.session_user_any();
BEGIN
    IF v_uid IS NULL THEN
        RAISE EXCEPTION 'Your sign-in has expired. Please sign in again.' USING ERRCODE = 'DS401';
    END IF;
    RETURN (SELECT c.salt FROM auth.credentials c WHERE c.user_id = v_uid);
END $$;

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
      AND u.is_active
      AND NOT s.password_change_only;   -- a token before the forced password change: nobody
    IF i.role = 'student' AND NOT auth.login_role_allows(i.role) THEN
        RETURN nobody;   -- a student's token on the staff login role: no identity
    END IF;
    RETURN i;
END $$;

ALTER FUNCTION auth.session_user_any() OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION auth.session_user_any() FROM PUBLIC;
"""

DOWNGRADE = r"""
CREATE OR REPLACE FUNCTION auth.login(p_email text, p_proof text) RETURNS auth.login_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_email text := auth.clean_key(p_email);
    u public.users;
    v_verifier text;
    v_token text;
    res auth.login_result;
BEGIN
    PERFORM auth.reap_stuck_clients();
    u := auth.user_by_key(v_email);
    v_verifier := COALESCE((SELECT c.verifier FROM auth.credentials c WHERE c.user_id = u.id),
                           auth.fake_verifier(v_email));
    res := auth.failure_gate(v_email, u);
    IF res.error IS NOT NULL THEN
        RETURN res;
    END IF;
    IF NOT auth.proof_matches(p_proof, v_verifier) OR u.id IS NULL THEN
        RETURN auth.record_failure(v_email, u, CASE WHEN u.id IS NULL THEN 'unknown_email' ELSE 'bad_password' END);
    END IF;
    IF NOT u.is_active THEN
        PERFORM auth.audit(u.id, u.organization_id, 'auth.login_failed', 'user', u.id::text, ARRAY[u.id],
                           '{"reason": "inactive"}');
        res.ok := false; res.error := 'inactive';
        res.message := 'This account has been deactivated. Ask your school administrator.';
        RETURN res;
    END IF;
    DELETE FROM auth.sessions WHERE expires_at < pg_catalog.now() - interval '1 day';  -- housekeeping
    DELETE FROM auth.login_failures
    WHERE locked_until IS NULL AND window_start < pg_catalog.now() - interval '1 day';
    v_token := pg_catalog.encode(pg_catalog.uuid_send(pg_catalog.gen_random_uuid())
                                 || pg_catalog.uuid_send(pg_catalog.gen_random_uuid()), 'hex');
    INSERT INTO auth.sessions (token_hash, user_id, expires_at)
    VALUES (pg_catalog.sha256(pg_catalog.convert_to(v_token, 'UTF8')), u.id,
            pg_catalog.now() + pg_catalog.make_interval(secs => auth.setting('session_hours') * 3600));
    PERFORM auth.audit(u.id, u.organization_id, 'auth.login', 'user', u.id::text, ARRAY[u.id], '{}');
    res.ok := true; res.token := v_token; res.user_id := u.id; res.role := u.role;
    res.organization_id := u.organization_id; res.name := u.name; res.email := u.email;
    RETURN res;
END $$;

CREATE OR REPLACE FUNCTION auth.change_password(p_old_proof text, p_new_password text, p_new_salt text, p_new_hash text)
RETURNS auth.login_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
    u public.users;
    v_key text;
    v_verifier text;
    v_problem text;
    res auth.login_result;
BEGIN
    SELECT * INTO u FROM public.users WHERE id = i.user_id;
    v_key := auth.login_key(u);
    res := auth.failure_gate(v_key, u);
    IF res.error IS NOT NULL THEN
        RETURN res;
    END IF;
    SELECT c.verifier INTO v_verifier FROM auth.credentials c WHERE c.user_id = u.id FOR UPDATE;
    IF NOT auth.proof_matches(p_old_proof, COALESCE(v_verifier, auth.fake_verifier(v_key))) THEN
        PERFORM auth.audit(u.id, u.organization_id, 'auth.password_change_failed', 'user', u.id::text,
                           ARRAY[u.id], '{}');
        res := auth.record_failure(v_key, u, 'bad_old_password');
        res.error := 'wrong_password'; res.message := 'The current password is wrong.';
        RETURN res;
    END IF;
    v_problem := auth.password_problem(p_new_password, u.email);
    IF v_problem IS NOT NULL THEN
        RAISE EXCEPTION USING MESSAGE = v_problem, ERRCODE = 'DS422';
    END IF;
    PERFORM auth.check_new_password(p_new_salt, p_new_hash);
    INSERT INTO auth.credentials AS c (user_id, salt, verifier, set_by) VALUES (u.id, p_new_salt, p_new_hash, u.id)
    ON CONFLICT (user_id) DO UPDATE SET salt = EXCLUDED.salt, verifier = EXCLUDED.verifier,
                                        set_at = pg_catalog.now(), set_by = EXCLUDED.set_by;
    UPDATE public.users SET updated_at = pg_catalog.now(), version = version + 1 WHERE id = u.id;
    DELETE FROM auth.sessions WHERE user_id = u.id AND token_hash <> pg_catalog.sha256(
        pg_catalog.convert_to(pg_catalog.current_setting('dreamseed.token', true), 'UTF8'));
    PERFORM auth.audit(u.id, u.organization_id, 'auth.password_change', 'user', u.id::text, ARRAY[u.id], '{}');
    res.ok := true;
    RETURN res;
END $$;

CREATE OR REPLACE FUNCTION auth.admin_reset_password(p_user_id integer, p_new_password text, p_salt text, p_hash text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
    u public.users;
    v_problem text;
BEGIN
    SELECT * INTO u FROM public.users WHERE id = p_user_id FOR UPDATE;
    IF NOT FOUND OR NOT auth.is_admin_of(u.organization_id) OR (u.organization_id IS NULL AND i.organization_id IS NOT NULL) THEN
        IF i.role <> 'admin' THEN
            RAISE EXCEPTION 'Only an administrator can reset passwords.' USING ERRCODE = 'DS403';
        END IF;
        RAISE EXCEPTION 'User not found.' USING ERRCODE = 'DS404';
    END IF;
    v_problem := auth.password_problem(p_new_password, u.email);
    IF v_problem IS NOT NULL THEN
        RAISE EXCEPTION USING MESSAGE = v_problem, ERRCODE = 'DS422';
    END IF;
    PERFORM auth.check_new_password(p_salt, p_hash);
    INSERT INTO auth.credentials AS c (user_id, salt, verifier, set_by) VALUES (u.id, p_salt, p_hash, i.user_id)
    ON CONFLICT (user_id) DO UPDATE SET salt = EXCLUDED.salt, verifier = EXCLUDED.verifier,
                                        set_at = pg_catalog.now(), set_by = EXCLUDED.set_by;
    UPDATE public.users SET updated_at = pg_catalog.now(), version = version + 1 WHERE id = u.id;
    DELETE FROM auth.sessions WHERE user_id = u.id;
    DELETE FROM auth.login_failures WHERE email_key = auth.login_key(u);
    PERFORM auth.audit(i.user_id, u.organization_id, 'auth.password_reset', 'user', u.id::text, ARRAY[u.id],
                       pg_catalog.jsonb_build_object('reset_by', i.user_id));
END $$;

CREATE OR REPLACE FUNCTION auth.my_login_salt() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
BEGIN
    RETURN (SELECT c.salt FROM auth.credentials c WHERE c.user_id = i.user_id);
END $$;

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

DROP FUNCTION auth.session_user_any();
ALTER TYPE auth.login_result DROP ATTRIBUTE must_change_password;
ALTER TABLE auth.sessions DROP COLUMN password_change_only;
ALTER TABLE auth.credentials DROP COLUMN must_change;
ALTER TABLE public.organizations DROP COLUMN force_password_change;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
