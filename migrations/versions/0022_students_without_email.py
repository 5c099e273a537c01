"""students without an email: they sign in with their 학번 (issue 15)

* ``users.email`` is optional for students (still unique where present, still required for
  staff: ``ck_users_email_required``).
* An account's sign-in and lockout key is its email, or for a student without one
  ``student-number:<school>:<학번>`` - exactly the key ``auth.number_login_key`` (0016) already
  gives an unknown 학번, so a 학번 sign-in keeps every guarantee (fake salt for unknown keys,
  shared lockout, deactivated accounts refused). ``auth.user_by_key`` resolves a key;
  ``auth.login_key(user)`` gives it; ``auth.login_salt``, ``auth.login``,
  ``auth.change_password`` and ``auth.admin_reset_password`` use them (whole functions
  replaced; texts from 0002/0008 with only those lines changed).
* ``auth.my_login_salt()`` gives the signed-in user their own salt for a password change.

Revision ID: 0022
Revises: 0021
"""
from __future__ import annotations

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE public.users ALTER COLUMN email DROP NOT NULL;
ALTER TABLE public.users ADD CONSTRAINT ck_users_email_required CHECK (email IS NOT NULL OR role = 'student');

-- The key an account signs in and is locked out by: its email, or for a student without one
-- 'student-number:<school>:<학번>' (the key auth.number_login_key gives for that 학번).
CREATE FUNCTION auth.login_key(p_user public.users) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT COALESCE(p_user.email, 'student-number:' || COALESCE(p_user.organization_id::text, '-') || ':'
                    || COALESCE((SELECT s.student_number FROM public.students s WHERE s.user_id = p_user.id), ''))
$$;

-- A sign-in key as typed: emails are compared lower-case, 학번 keys as they are.
CREATE FUNCTION auth.clean_key(p_key text) RETURNS text
LANGUAGE sql IMMUTABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.left(CASE WHEN pg_catalog.btrim(COALESCE(p_key, '')) LIKE 'student-number:%'
                                THEN pg_catalog.btrim(p_key)
                                ELSE pg_catalog.lower(pg_catalog.btrim(COALESCE(p_key, ''))) END, 254)
$$;

-- The account a (clean) key names, or a row of NULLs.
CREATE FUNCTION auth.user_by_key(p_key text) RETURNS public.users
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    u public.users;
    v_rest text;
BEGIN
    IF p_key LIKE 'student-number:%' THEN
        v_rest := pg_catalog.substr(p_key, 16);
        IF v_rest ~ '^[0-9]{1,9}:' THEN
            SELECT x.* INTO u FROM public.students s JOIN public.users x ON x.id = s.user_id
            WHERE s.organization_id = pg_catalog.split_part(v_rest, ':', 1)::integer
              AND s.student_number = pg_catalog.substr(v_rest, pg_catalog.strpos(v_rest, ':') + 1)
              AND x.email IS NULL AND x.role = 'student';
        END IF;
    ELSE
        SELECT * INTO u FROM public.users WHERE email = p_key;
    END IF;
    RETURN u;
END $$;

-- The signed-in user's own salt (a password change needs it; students without an email have
-- no other key the client knows).
CREATE FUNCTION auth.my_login_salt() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
BEGIN
    RETURN (SELECT c.salt FROM auth.credentials c WHERE c.user_id = i.user_id);
END $$;

CREATE OR REPLACE FUNCTION auth.login_salt(p_email text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT COALESCE(r.salt, f.salt)
    FROM (SELECT auth.fake_salt(p_email) AS salt) f
    LEFT JOIN (SELECT c.salt FROM auth.credentials c
               WHERE c.user_id = (auth.user_by_key(auth.clean_key(p_email))).id) r ON true
$$;

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

ALTER FUNCTION auth.login_key(public.users) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.clean_key(text) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.user_by_key(text) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.my_login_salt() OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION auth.login_key(public.users), auth.clean_key(text), auth.user_by_key(text),
    auth.my_login_salt() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.my_login_salt() TO dreamseed_client;
"""

DOWNGRADE = r"""
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM public.users WHERE email IS NULL) THEN
        RAISE EXCEPTION USING MESSAGE = 'students without an email exist: give them one before downgrading below 0022';
    END IF;
END $$;
CREATE OR REPLACE FUNCTION auth.login_salt(p_email text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT COALESCE(r.salt, f.salt)
    FROM (SELECT auth.fake_salt(p_email) AS salt) f
    LEFT JOIN (SELECT c.salt FROM public.users u JOIN auth.credentials c ON c.user_id = u.id
               WHERE u.email = pg_catalog.left(pg_catalog.lower(pg_catalog.btrim(p_email)), 254)) r ON true
$$;

CREATE OR REPLACE FUNCTION auth.login(p_email text, p_proof text) RETURNS auth.login_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_email text := pg_catalog.left(pg_catalog.lower(pg_catalog.btrim(COALESCE(p_email, ''))), 254);
    u public.users;
    v_verifier text;
    v_token text;
    res auth.login_result;
BEGIN
    PERFORM auth.reap_stuck_clients();
    SELECT * INTO u FROM public.users WHERE email = v_email;
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
    v_verifier text;
    v_problem text;
    res auth.login_result;
BEGIN
    SELECT * INTO u FROM public.users WHERE id = i.user_id;
    res := auth.failure_gate(u.email, u);
    IF res.error IS NOT NULL THEN
        RETURN res;
    END IF;
    SELECT c.verifier INTO v_verifier FROM auth.credentials c WHERE c.user_id = u.id FOR UPDATE;
    IF NOT auth.proof_matches(p_old_proof, COALESCE(v_verifier, auth.fake_verifier(u.email))) THEN
        PERFORM auth.audit(u.id, u.organization_id, 'auth.password_change_failed', 'user', u.id::text,
                           ARRAY[u.id], '{}');
        res := auth.record_failure(u.email, u, 'bad_old_password');
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
    DELETE FROM auth.login_failures WHERE email_key = u.email;
    PERFORM auth.audit(i.user_id, u.organization_id, 'auth.password_reset', 'user', u.id::text, ARRAY[u.id],
                       pg_catalog.jsonb_build_object('reset_by', i.user_id));
END $$;
DROP FUNCTION auth.my_login_salt();
DROP FUNCTION auth.user_by_key(text);
DROP FUNCTION auth.clean_key(text);
DROP FUNCTION auth.login_key(public.users);
ALTER TABLE public.users DROP CONSTRAINT ck_users_email_required;
ALTER TABLE public.users ALTER COLUMN email SET NOT NULL;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
