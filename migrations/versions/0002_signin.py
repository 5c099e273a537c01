"""sign-in without races or enumeration; credentials only definer functions read

* ``auth.credentials`` (salt + verifier) replaces ``users.password_salt/password_hash``; staff
  see only ``users.has_password``.
* Failed sign-ins are counted per (email, client address) in ``auth.login_failures``, under a
  row lock taken before the proof is checked (no race); unknown emails are counted and locked
  exactly like real ones; a successful sign-in does not reset the count.
* Password rules are checked on the server (``auth.password_problem``) whenever a password is
  set; a wrong old password on a password change counts as a failed sign-in.
* An admin reset records who reset it (``auth.credentials.set_by`` and the audit entry).

See docs/security.md ("Sign-in").

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

UPGRADE = r"""
-- Credentials move out of public.users into a table only definer functions read.
CREATE TABLE auth.credentials (
    user_id  integer PRIMARY KEY REFERENCES public.users (id) ON DELETE CASCADE,
    salt     text NOT NULL CHECK (salt ~ '^[0-9a-f]{32,64}$'),
    verifier text NOT NULL CHECK (verifier ~ '^[0-9a-f]{64}$'),
    set_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    set_by   integer REFERENCES public.users (id) ON DELETE SET NULL
);
INSERT INTO auth.credentials (user_id, salt, verifier)
SELECT id, password_salt, password_hash FROM public.users
WHERE password_salt IS NOT NULL AND password_hash IS NOT NULL;
ALTER TABLE public.users ADD COLUMN has_password boolean NOT NULL DEFAULT false;
UPDATE public.users u SET has_password = EXISTS (SELECT 1 FROM auth.credentials c WHERE c.user_id = u.id);
ALTER TABLE public.users DROP COLUMN password_hash, DROP COLUMN password_salt;

-- users.has_password follows auth.credentials (staff see whether a password is set, nothing more)
CREATE FUNCTION auth.credentials_flag() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE public.users SET has_password = false WHERE id = OLD.user_id AND has_password;
    ELSE
        UPDATE public.users SET has_password = true WHERE id = NEW.user_id AND NOT has_password;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER trg_credentials_flag AFTER INSERT OR UPDATE OR DELETE ON auth.credentials
    FOR EACH ROW EXECUTE FUNCTION auth.credentials_flag();

-- Owner-side helper (seeding, CLI, demo): never granted to clients.
CREATE FUNCTION auth.set_credentials(p_user_id integer, p_salt text, p_verifier text) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO auth.credentials (user_id, salt, verifier) VALUES (p_user_id, p_salt, p_verifier)
    ON CONFLICT (user_id) DO UPDATE SET salt = EXCLUDED.salt, verifier = EXCLUDED.verifier,
                                        set_at = pg_catalog.now(), set_by = NULL
$$;

-- Lockout per (email, client address). Unknown emails are counted exactly like real ones.
DROP TABLE auth.lockouts;
CREATE TABLE auth.login_failures (
    email_key    text NOT NULL,
    client_addr  inet NOT NULL,
    failures     integer NOT NULL DEFAULT 0,
    window_start timestamptz NOT NULL DEFAULT pg_catalog.now(),
    locked_until timestamptz,
    PRIMARY KEY (email_key, client_addr)
);
INSERT INTO auth.settings (key, value) VALUES ('lockout_global_failures', 25)
ON CONFLICT (key) DO NOTHING;

-- The address a sign-in comes from ('0.0.0.0' for a local Unix-socket connection).
CREATE FUNCTION auth.client_addr() RETURNS inet
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT COALESCE(pg_catalog.inet_client_addr(), '0.0.0.0'::inet)
$$;

-- A verifier no proof matches, computed like a real one (same cost for unknown emails).
CREATE FUNCTION auth.fake_verifier(p_email text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.encode(pg_catalog.sha256(s.secret || pg_catalog.convert_to(
               'verifier:' || pg_catalog.lower(pg_catalog.btrim(p_email)), 'UTF8')), 'hex')
    FROM auth.server_secret s WHERE s.id = 1
$$;

-- Both branches do the same work: the fake salt is always computed, the lookup always runs.
CREATE OR REPLACE FUNCTION auth.login_salt(p_email text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT COALESCE(r.salt, f.salt)
    FROM (SELECT auth.fake_salt(p_email) AS salt) f
    LEFT JOIN (SELECT c.salt FROM public.users u JOIN auth.credentials c ON c.user_id = u.id
               WHERE u.email = pg_catalog.left(pg_catalog.lower(pg_catalog.btrim(p_email)), 254)) r ON true
$$;

-- Password rules, checked on the server whenever a password is set (NULL = acceptable).
CREATE FUNCTION auth.password_problem(p_password text, p_email text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_low text := pg_catalog.lower(COALESCE(p_password, ''));
    v_email text := pg_catalog.lower(pg_catalog.btrim(COALESCE(p_email, '')));
BEGIN
    IF p_password IS NULL OR pg_catalog.char_length(p_password) < 8 THEN
        RETURN 'The password must have at least 8 characters.';
    END IF;
    IF pg_catalog.char_length(p_password) > 128 THEN
        RETURN 'The password must have at most 128 characters.';
    END IF;
    IF pg_catalog.btrim(p_password, E' \t\r\n') <> p_password THEN
        RETURN 'The password must not start or end with spaces.';
    END IF;
    IF v_low = v_email OR (pg_catalog.strpos(v_email, '@') > 1
                           AND v_low = pg_catalog.split_part(v_email, '@', 1))
       OR v_low ~ '^(.)\1*$'
       OR v_low = ANY (ARRAY['password', 'password1', 'password12', 'password123', '12345678',
                             '123456789', '1234567890', '87654321', 'qwertyui', 'qwerty12', 'qwerty123',
                             '1q2w3e4r', '1q2w3e4r5t', 'iloveyou', 'abcd1234', 'abcdefgh', 'dreamseed',
                             'dreamseed1', 'sunshine', 'football', 'baseball',
                             'superman', 'asdfghjk', 'zxcvbnm1', 'princess', 'welcome1', 'passw0rd'])
    THEN
        RETURN 'The password is too easy to guess. Do not use your email address or a common password.';
    END IF;
    RETURN NULL;
END $$;

-- Lock the (email, address) row and say whether it is locked. The row lock makes parallel
-- attempts from one address wait for each other, so the limit cannot be raced.
CREATE FUNCTION auth.failure_gate(p_email text, p_user public.users) RETURNS auth.login_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_addr inet := auth.client_addr();
    f auth.login_failures;
    v_minutes integer;
    res auth.login_result;
BEGIN
    INSERT INTO auth.login_failures (email_key, client_addr) VALUES (p_email, v_addr)
    ON CONFLICT (email_key, client_addr) DO NOTHING;
    SELECT * INTO f FROM auth.login_failures WHERE email_key = p_email AND client_addr = v_addr FOR UPDATE;
    IF f.locked_until IS NOT NULL AND f.locked_until > pg_catalog.now() THEN
        v_minutes := GREATEST(1, pg_catalog.ceil(EXTRACT(EPOCH FROM f.locked_until - pg_catalog.now()) / 60)::integer);
        PERFORM auth.audit(p_user.id, p_user.organization_id, 'auth.login_locked', 'user', p_user.id::text,
                           CASE WHEN p_user.id IS NULL THEN NULL ELSE ARRAY[p_user.id] END,
                           pg_catalog.jsonb_build_object('email', p_email, 'locked_until', f.locked_until,
                                                         'address', pg_catalog.host(v_addr)));
        res.ok := false; res.error := 'locked'; res.locked_minutes := v_minutes;
        res.message := pg_catalog.format('Too many failed sign-ins. The account is locked for %s more minute(s).', v_minutes);
    END IF;
    RETURN res;
END $$;

-- Count one failed proof (the gate row is already locked); lock the address when the limit is
-- reached. While the email collects more than lockout_global_failures failures in the window
-- (guessing from many addresses), every address gets one failure before its lock.
CREATE FUNCTION auth.record_failure(p_email text, p_user public.users, p_reason text) RETURNS auth.login_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_addr inet := auth.client_addr();
    v_window interval := pg_catalog.make_interval(mins => auth.setting('lockout_window_minutes')::integer);
    v_failures integer;
    v_total bigint;
    v_limit integer;
    res auth.login_result;
BEGIN
    UPDATE auth.login_failures SET
        failures = CASE WHEN window_start < pg_catalog.now() - v_window THEN 1 ELSE failures + 1 END,
        window_start = CASE WHEN window_start < pg_catalog.now() - v_window THEN pg_catalog.now() ELSE window_start END,
        locked_until = NULL
    WHERE email_key = p_email AND client_addr = v_addr
    RETURNING failures INTO v_failures;
    SELECT COALESCE(sum(failures), 0) INTO v_total FROM auth.login_failures
    WHERE email_key = p_email AND window_start >= pg_catalog.now() - v_window;
    v_limit := CASE WHEN v_total > auth.setting('lockout_global_failures') THEN 1
                    ELSE auth.setting('lockout_failures')::integer END;
    IF v_failures >= v_limit THEN
        UPDATE auth.login_failures
        SET locked_until = pg_catalog.now() + pg_catalog.make_interval(mins => auth.setting('lockout_minutes')::integer)
        WHERE email_key = p_email AND client_addr = v_addr;
        PERFORM auth.audit(p_user.id, p_user.organization_id, 'auth.account_locked', 'user', p_user.id::text,
                           CASE WHEN p_user.id IS NULL THEN NULL ELSE ARRAY[p_user.id] END,
                           pg_catalog.jsonb_build_object('email', p_email, 'address', pg_catalog.host(v_addr),
                                                         'failures_all_addresses', v_total));
    END IF;
    PERFORM auth.audit(p_user.id, p_user.organization_id, 'auth.login_failed', 'user', p_user.id::text,
                       CASE WHEN p_user.id IS NULL THEN NULL ELSE ARRAY[p_user.id] END,
                       pg_catalog.jsonb_build_object('email', p_email, 'reason', p_reason, 'failures', v_failures,
                                                     'address', pg_catalog.host(v_addr)));
    res.ok := false; res.error := 'bad_credentials'; res.message := 'Wrong email or password.';
    RETURN res;
END $$;

-- Never raises for bad credentials: the failure must be recorded (and audited) in this transaction.
-- Unknown emails go through the same gate, the same comparison and the same counting.
-- A successful sign-in does not reset the failure count (it expires with its window).
CREATE OR REPLACE FUNCTION auth.login(p_email text, p_proof text) RETURNS auth.login_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_email text := pg_catalog.left(pg_catalog.lower(pg_catalog.btrim(COALESCE(p_email, ''))), 254);
    u public.users;
    v_verifier text;
    v_token text;
    res auth.login_result;
BEGIN
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

-- Change one's own password. A wrong old password counts as a failed sign-in of this account
-- from this address (and is refused while that address is locked). Returns a status row
-- instead of raising so that the failure is kept.
DROP FUNCTION auth.change_password(text, text, text);
CREATE FUNCTION auth.change_password(p_old_proof text, p_new_password text, p_new_salt text, p_new_hash text)
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

-- An admin sets a new password for a user of their organization (also the first password of
-- a new account); the user's sign-ins and failure counts end. Audited as a reset by that admin.
DROP FUNCTION auth.admin_reset_password(integer, text, text);
CREATE FUNCTION auth.admin_reset_password(p_user_id integer, p_new_password text, p_salt text, p_hash text) RETURNS void
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

-- ownership, RLS and grants of the new objects (what the hardening pass does)
ALTER TABLE auth.credentials OWNER TO dreamseed_owner;
ALTER TABLE auth.login_failures OWNER TO dreamseed_owner;
ALTER TABLE auth.credentials ENABLE ROW LEVEL SECURITY;
ALTER TABLE auth.credentials FORCE ROW LEVEL SECURITY;
ALTER TABLE auth.login_failures ENABLE ROW LEVEL SECURITY;
ALTER TABLE auth.login_failures FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON auth.credentials TO dreamseed_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON auth.login_failures TO dreamseed_owner USING (true) WITH CHECK (true);
REVOKE ALL ON TABLE auth.credentials, auth.login_failures FROM PUBLIC, dreamseed_client;
ALTER FUNCTION auth.credentials_flag() OWNER TO dreamseed_owner;
ALTER FUNCTION auth.set_credentials(integer, text, text) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.client_addr() OWNER TO dreamseed_owner;
ALTER FUNCTION auth.fake_verifier(text) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.password_problem(text, text) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.failure_gate(text, public.users) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.record_failure(text, public.users, text) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.change_password(text, text, text, text) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.admin_reset_password(integer, text, text, text) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION auth.credentials_flag(), auth.set_credentials(integer, text, text), auth.client_addr(),
    auth.fake_verifier(text), auth.password_problem(text, text), auth.failure_gate(text, public.users),
    auth.record_failure(text, public.users, text), auth.change_password(text, text, text, text),
    auth.admin_reset_password(integer, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.change_password(text, text, text, text),
    auth.admin_reset_password(integer, text, text, text) TO dreamseed_client;
"""

DOWNGRADE = r"""
ALTER TABLE public.users ADD COLUMN password_hash varchar(64), ADD COLUMN password_salt varchar(64);
UPDATE public.users u SET password_hash = c.verifier, password_salt = c.salt
FROM auth.credentials c WHERE c.user_id = u.id;
DROP FUNCTION auth.change_password(text, text, text, text);
DROP FUNCTION auth.admin_reset_password(integer, text, text, text);
DROP FUNCTION auth.login(text, text);
DROP FUNCTION auth.login_salt(text);
DROP FUNCTION auth.record_failure(text, public.users, text);
DROP FUNCTION auth.failure_gate(text, public.users);
DROP FUNCTION auth.password_problem(text, text);
DROP FUNCTION auth.fake_verifier(text);
DROP FUNCTION auth.client_addr();
DROP FUNCTION auth.set_credentials(integer, text, text);
DROP TABLE auth.credentials;
DROP FUNCTION auth.credentials_flag();
ALTER TABLE public.users DROP COLUMN has_password;
DROP TABLE auth.login_failures;
DELETE FROM auth.settings WHERE key = 'lockout_global_failures';
CREATE TABLE auth.lockouts (
    user_id      integer PRIMARY KEY REFERENCES public.users (id) ON DELETE CASCADE,
    failures     integer NOT NULL DEFAULT 0,
    window_start timestamptz NOT NULL DEFAULT pg_catalog.now(),
    locked_until timestamptz
);
ALTER TABLE auth.lockouts OWNER TO dreamseed_owner;
ALTER TABLE auth.lockouts ENABLE ROW LEVEL SECURITY;
ALTER TABLE auth.lockouts FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON auth.lockouts TO dreamseed_owner USING (true) WITH CHECK (true);
REVOKE ALL ON TABLE auth.lockouts FROM PUBLIC, dreamseed_client;
CREATE FUNCTION auth.login_salt(p_email text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT COALESCE(
        (SELECT u.password_salt FROM public.users u
         WHERE u.email = pg_catalog.lower(pg_catalog.btrim(p_email)) AND u.password_salt IS NOT NULL),
        auth.fake_salt(p_email))
$$;

CREATE FUNCTION auth.login(p_email text, p_proof text) RETURNS auth.login_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_email text := pg_catalog.lower(pg_catalog.btrim(COALESCE(p_email, '')));
    u public.users;
    l auth.lockouts;
    v_token text;
    v_minutes integer;
    res auth.login_result;
    bad constant text := 'Wrong email or password.';
BEGIN
    SELECT * INTO u FROM public.users WHERE email = v_email;
    IF NOT FOUND THEN
        PERFORM auth.audit(NULL, NULL, 'auth.login_failed', 'user', NULL, NULL,
                           pg_catalog.jsonb_build_object('email', pg_catalog.left(v_email, 254), 'reason', 'unknown_email'));
        res.ok := false; res.error := 'bad_credentials'; res.message := bad;
        RETURN res;
    END IF;
    SELECT * INTO l FROM auth.lockouts WHERE user_id = u.id FOR UPDATE;
    IF FOUND AND l.locked_until IS NOT NULL AND l.locked_until > pg_catalog.now() THEN
        v_minutes := GREATEST(1, pg_catalog.ceil(EXTRACT(EPOCH FROM l.locked_until - pg_catalog.now()) / 60)::integer);
        PERFORM auth.audit(u.id, u.organization_id, 'auth.login_locked', 'user', u.id::text, ARRAY[u.id],
                           pg_catalog.jsonb_build_object('locked_until', l.locked_until));
        res.ok := false; res.error := 'locked'; res.locked_minutes := v_minutes;
        res.message := pg_catalog.format('Too many failed sign-ins. The account is locked for %s more minute(s).', v_minutes);
        RETURN res;
    END IF;
    IF NOT auth.proof_matches(p_proof, u.password_hash) THEN
        INSERT INTO auth.lockouts AS x (user_id, failures, window_start)
        VALUES (u.id, 1, pg_catalog.now())
        ON CONFLICT (user_id) DO UPDATE SET
            failures = CASE WHEN x.window_start < pg_catalog.now()
                                 - pg_catalog.make_interval(mins => auth.setting('lockout_window_minutes')::integer)
                            THEN 1 ELSE x.failures + 1 END,
            window_start = CASE WHEN x.window_start < pg_catalog.now()
                                 - pg_catalog.make_interval(mins => auth.setting('lockout_window_minutes')::integer)
                            THEN pg_catalog.now() ELSE x.window_start END,
            locked_until = NULL
        RETURNING * INTO l;
        IF l.failures >= auth.setting('lockout_failures') THEN
            UPDATE auth.lockouts SET locked_until = pg_catalog.now()
                       + pg_catalog.make_interval(mins => auth.setting('lockout_minutes')::integer),
                   failures = 0, window_start = pg_catalog.now()
            WHERE user_id = u.id;
            PERFORM auth.audit(u.id, u.organization_id, 'auth.account_locked', 'user', u.id::text, ARRAY[u.id], '{}');
        END IF;
        PERFORM auth.audit(u.id, u.organization_id, 'auth.login_failed', 'user', u.id::text, ARRAY[u.id],
                           pg_catalog.jsonb_build_object('reason', 'bad_password', 'failures', l.failures));
        res.ok := false; res.error := 'bad_credentials'; res.message := bad;
        RETURN res;
    END IF;
    IF NOT u.is_active THEN
        PERFORM auth.audit(u.id, u.organization_id, 'auth.login_failed', 'user', u.id::text, ARRAY[u.id],
                           '{"reason": "inactive"}');
        res.ok := false; res.error := 'inactive';
        res.message := 'This account has been deactivated. Ask your school administrator.';
        RETURN res;
    END IF;
    DELETE FROM auth.lockouts WHERE user_id = u.id;
    DELETE FROM auth.sessions WHERE expires_at < pg_catalog.now() - interval '1 day';  -- housekeeping
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

CREATE FUNCTION auth.change_password(p_old_proof text, p_new_salt text, p_new_hash text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
    v_hash text;
BEGIN
    SELECT password_hash INTO v_hash FROM public.users WHERE id = i.user_id FOR UPDATE;
    IF NOT auth.proof_matches(p_old_proof, v_hash) THEN
        PERFORM auth.audit(i.user_id, i.organization_id, 'auth.password_change_failed', 'user', i.user_id::text,
                           ARRAY[i.user_id], '{}');
        RAISE EXCEPTION 'The current password is wrong.' USING ERRCODE = 'DS403';
    END IF;
    PERFORM auth.check_new_password(p_new_salt, p_new_hash);
    UPDATE public.users SET password_salt = p_new_salt, password_hash = p_new_hash,
                            updated_at = pg_catalog.now(), version = version + 1
    WHERE id = i.user_id;
    DELETE FROM auth.sessions WHERE user_id = i.user_id AND token_hash <> pg_catalog.sha256(
        pg_catalog.convert_to(pg_catalog.current_setting('dreamseed.token', true), 'UTF8'));
    PERFORM auth.audit(i.user_id, i.organization_id, 'auth.password_change', 'user', i.user_id::text, ARRAY[i.user_id], '{}');
END $$;

CREATE FUNCTION auth.admin_reset_password(p_user_id integer, p_salt text, p_hash text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
    v_org integer;
BEGIN
    SELECT organization_id INTO v_org FROM public.users WHERE id = p_user_id FOR UPDATE;
    IF NOT FOUND OR NOT auth.is_admin_of(v_org) OR (v_org IS NULL AND i.organization_id IS NOT NULL) THEN
        IF i.role <> 'admin' THEN
            RAISE EXCEPTION 'Only an administrator can reset passwords.' USING ERRCODE = 'DS403';
        END IF;
        RAISE EXCEPTION 'User not found.' USING ERRCODE = 'DS404';
    END IF;
    PERFORM auth.check_new_password(p_salt, p_hash);
    UPDATE public.users SET password_salt = p_salt, password_hash = p_hash,
                            updated_at = pg_catalog.now(), version = version + 1
    WHERE id = p_user_id;
    DELETE FROM auth.sessions WHERE user_id = p_user_id;
    DELETE FROM auth.lockouts WHERE user_id = p_user_id;
    PERFORM auth.audit(i.user_id, v_org, 'auth.password_reset', 'user', p_user_id::text, ARRAY[p_user_id], '{}');
END $$;
ALTER FUNCTION auth.login_salt(text) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.login(text, text) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.change_password(text, text, text) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.admin_reset_password(integer, text, text) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION auth.login_salt(text), auth.login(text, text), auth.change_password(text, text, text),
    auth.admin_reset_password(integer, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.login_salt(text), auth.login(text, text), auth.change_password(text, text, text),
    auth.admin_reset_password(integer, text, text) TO dreamseed_client;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
