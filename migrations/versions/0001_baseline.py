"""baseline: the whole DreamSeed schema (squash of the unreleased revisions 0001-0006, issue 11)

Roles and schema privileges, the core tables (people, classes, enrollments, item bank, exams,
sessions, attempts, audit log), the ``auth`` schema (opaque session tokens, sign-in with lockout,
password change/reset), the ``exam`` schema (server-side CAT: session state, banded candidate
sets, EAP scoring, item selection, the student exam API, proctor functions), the kiosk quit
password and heartbeat, the hardening pass and the row-level security policies of the client
role. See docs/security.md and docs/exam.md.

This revision is FROZEN once released. It holds all of its SQL text itself and reads no package
file, so what it creates never changes after a release. Change the schema with a new revision
that chains on the current head (rules in docs/architecture.md, "Migrations").

Downgrade drops everything this revision created in the database and puts back the privileges
it changed (database, schema ``public``, default privileges, large-object functions). The two
roles stay: they belong to the cluster and other databases on the same server may use them.

Revision ID: 0001
Revises:
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Roles (cluster-wide, created only when missing), schema privileges, the auth and exam schemas,
# no PUBLIC EXECUTE on future functions, no large objects for clients.
ROLES_SQL = r"""
-- Roles (created when missing: they are cluster-wide, other databases on the same server may
-- already have made them, and they survive a downgrade), then schema privileges.
DO $$
DECLARE
    me_super boolean := (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user);
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'dreamseed_owner') THEN
        BEGIN
            CREATE ROLE dreamseed_owner NOLOGIN NOINHERIT;
        EXCEPTION WHEN duplicate_object THEN NULL;  -- created concurrently by another database
        END;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'dreamseed_client') THEN
        BEGIN
            -- The default password is public knowledge (it sits in every client's settings);
            -- change it with `dreamseed-admin security set-client-password`.
            CREATE ROLE dreamseed_client LOGIN NOINHERIT PASSWORD 'dreamseed-client'
                NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
        EXCEPTION WHEN duplicate_object THEN NULL;
        END;
    END IF;
    -- A non-superuser migrator (shared server) must be able to hand objects to the owner role.
    -- PostgreSQL 16+ gives a CREATEROLE creator an ADMIN-only membership (no SET, no INHERIT),
    -- so check the SET right there and grant it explicitly.
    IF NOT me_super THEN
        IF pg_catalog.current_setting('server_version_num')::integer >= 160000 THEN
            IF NOT pg_catalog.pg_has_role(current_user, 'dreamseed_owner', 'SET') THEN
                EXECUTE pg_catalog.format('GRANT dreamseed_owner TO %I WITH INHERIT TRUE, SET TRUE',
                                          current_user);
            END IF;
        ELSIF NOT pg_catalog.pg_has_role(current_user, 'dreamseed_owner', 'MEMBER') THEN
            EXECUTE pg_catalog.format('GRANT dreamseed_owner TO %I', current_user);
        END IF;
    END IF;
    -- the client must never be able to become anything else
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles r ON r.oid = m.member
               WHERE r.rolname = 'dreamseed_client') THEN
        RAISE EXCEPTION 'dreamseed_client is a member of another role; remove that membership first';
    END IF;
END $$;

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO dreamseed_owner;
GRANT USAGE ON SCHEMA public TO dreamseed_client;

CREATE SCHEMA auth AUTHORIZATION dreamseed_owner;
CREATE SCHEMA exam AUTHORIZATION dreamseed_owner;
REVOKE ALL ON SCHEMA auth, exam FROM PUBLIC;
GRANT USAGE ON SCHEMA auth, exam TO dreamseed_client;

-- Objects created later by the owner role (or by this migrator) never get PUBLIC EXECUTE.
ALTER DEFAULT PRIVILEGES FOR ROLE dreamseed_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- Large objects are objects too: the client may not create any (needs superuser; on a shared
-- server without one, the check command reports nothing and this is skipped with a notice).
DO $$
BEGIN
    IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
        REVOKE EXECUTE ON FUNCTION pg_catalog.lo_create(oid), pg_catalog.lo_creat(integer),
            pg_catalog.lo_from_bytea(oid, bytea) FROM PUBLIC;
    ELSE
        RAISE NOTICE 'not a superuser: large-object creation stays allowed for clients';
    END IF;
END $$;
"""

# Database-level privileges. CREATE DATABASE ... TEMPLATE does not copy them: the runtime copy
# db.roles.DATABASE_PRIVILEGES_SQL re-applies them (a test checks the two texts are equal).
DATABASE_SQL = r"""
-- Database-level privileges (not copied by CREATE DATABASE ... TEMPLATE: re-run after copying).
DO $$
BEGIN
    EXECUTE pg_catalog.format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE pg_catalog.format('GRANT CONNECT ON DATABASE %I TO dreamseed_client', current_database());
    EXECUTE pg_catalog.format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO dreamseed_owner', current_database());
END $$;
"""

# item_stats is small (one row per item) but updated by a trigger for every recorded answer:
# autovacuum visits it after a fixed number of updates (not 20 % of the table), and a lower
# fillfactor leaves room for in-page (HOT) updates.
ITEM_STATS_STORAGE_SQL = ("ALTER TABLE public.item_stats SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0, "
                          "autovacuum_vacuum_threshold = 2000, autovacuum_analyze_scale_factor = 0.05)")

# Triggers of the core tables.
CORE_TRIGGERS_SQL = r"""
-- Per-item aggregates maintained in the same transaction that records, corrects or deletes an
-- attempt, so item difficulty statistics never scan the attempts table. It runs as the owner so
-- clients need no write access to item_stats.
CREATE FUNCTION public.item_stats_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE public.item_stats SET
            n_attempts = n_attempts - 1,
            n_correct = n_correct - OLD.correct::int,
            n_timed = n_timed - (OLD.response_time_ms IS NOT NULL)::int,
            sum_response_time_ms = sum_response_time_ms - COALESCE(OLD.response_time_ms, 0)
        WHERE item_id = OLD.item_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO public.item_stats AS s (item_id, n_attempts, n_correct, n_timed, sum_response_time_ms)
        VALUES (NEW.item_id, 1, NEW.correct::int, (NEW.response_time_ms IS NOT NULL)::int,
                COALESCE(NEW.response_time_ms, 0))
        ON CONFLICT (item_id) DO UPDATE SET
            n_attempts = s.n_attempts + 1,
            n_correct = s.n_correct + EXCLUDED.n_correct,
            n_timed = s.n_timed + EXCLUDED.n_timed,
            sum_response_time_ms = s.sum_response_time_ms + EXCLUDED.sum_response_time_ms;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER trg_attempts_item_stats
    AFTER INSERT OR DELETE OR UPDATE OF item_id, correct, response_time_ms ON public.attempts
    FOR EACH ROW EXECUTE FUNCTION public.item_stats_apply();

-- audit_log is append-only for everyone, the owner included.
CREATE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER trg_audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER trg_audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
"""

# Identity: the auth schema's tables, sign-in and session functions, audit stamping.
AUTH_SQL = r"""
-- Identity: opaque session tokens resolved by definer functions; login with lockout.
CREATE TABLE auth.settings (
    key   text PRIMARY KEY,
    value double precision NOT NULL
);
INSERT INTO auth.settings (key, value) VALUES
    ('session_hours', 12),          -- token lifetime
    ('lockout_failures', 5),        -- failures ...
    ('lockout_window_minutes', 15), -- ... within this window ...
    ('lockout_minutes', 15),        -- ... lock the account this long
    ('deadline_grace_seconds', 60); -- an answer to an item shown before the deadline may arrive this late

-- Secret for deterministic fake salts (unknown emails must look like known ones).
CREATE TABLE auth.server_secret (
    id     smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    secret bytea NOT NULL
);
INSERT INTO auth.server_secret (secret)
VALUES (pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid()));

CREATE TABLE auth.sessions (
    token_hash  bytea PRIMARY KEY,
    user_id     integer NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    expires_at  timestamptz NOT NULL,
    client_addr inet DEFAULT pg_catalog.inet_client_addr()
);
CREATE INDEX ix_auth_sessions_user_id ON auth.sessions (user_id);

CREATE TABLE auth.lockouts (
    user_id      integer PRIMARY KEY REFERENCES public.users (id) ON DELETE CASCADE,
    failures     integer NOT NULL DEFAULT 0,
    window_start timestamptz NOT NULL DEFAULT pg_catalog.now(),
    locked_until timestamptz
);

-- (PL/pgSQL rather than SQL: PL/pgSQL caches its plans per connection, a SQL function with a
-- SET clause is planned again at every call.)
CREATE FUNCTION auth.setting(p_key text) RETURNS double precision
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN (SELECT s.value FROM auth.settings s WHERE s.key = p_key);
END $$;

-- Who is signed in: hash of the transaction-local token, looked up with its expiry.
CREATE TYPE auth.identity AS (
    user_id integer, role text, organization_id integer, teacher_id integer, student_id integer
);

CREATE FUNCTION auth.me() RETURNS auth.identity
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

CREATE FUNCTION auth.current_user_id() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN (SELECT (auth.me()).user_id);
END $$;
CREATE FUNCTION auth.current_role() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN (SELECT (auth.me()).role);
END $$;
CREATE FUNCTION auth.current_org() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN (SELECT (auth.me()).organization_id);
END $$;
CREATE FUNCTION auth.current_teacher_id() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN (SELECT (auth.me()).teacher_id);
END $$;
CREATE FUNCTION auth.current_student_id() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN (SELECT (auth.me()).student_id);
END $$;
-- an admin without an organization administers the whole server (creates organizations)
CREATE FUNCTION auth.is_sysadmin() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN (SELECT COALESCE((SELECT i.role = 'admin' AND i.organization_id IS NULL FROM auth.me() i), false));
END $$;
-- admin of the given organization (or sysadmin)
CREATE FUNCTION auth.is_admin_of(p_org integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT COALESCE((SELECT i.role = 'admin' AND (i.organization_id IS NULL OR i.organization_id = p_org)
                                FROM auth.me() i WHERE i.user_id IS NOT NULL), false)
$$;
-- classes a student is enrolled in (for the student's own views)
CREATE FUNCTION auth.current_enrolled_class_ids() RETURNS integer[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN (SELECT COALESCE(pg_catalog.array_agg(sc.class_id), '{}')
    FROM public.student_classroom sc WHERE sc.student_id = auth.current_student_id());
END $$;

-- Raise NotAuthenticated unless a valid token is set; returns the identity.
CREATE FUNCTION auth.require() RETURNS auth.identity
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.me();
BEGIN
    IF i.user_id IS NULL THEN
        RAISE EXCEPTION 'Your sign-in has expired. Please sign in again.' USING ERRCODE = 'DS401';
    END IF;
    RETURN i;
END $$;

CREATE FUNCTION auth.audit(p_actor integer, p_org integer, p_action text, p_object_type text,
                           p_object_id text, p_affected integer[], p_details jsonb) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO public.audit_log (actor_user_id, organization_id, client_addr, action, object_type, object_id,
                                  affected_user_ids, details)
    VALUES (p_actor, p_org, pg_catalog.inet_client_addr(), p_action, p_object_type, p_object_id,
            pg_catalog.to_jsonb(COALESCE(p_affected, '{}'::integer[])),
            COALESCE(p_details, '{}'::jsonb))
$$;

CREATE FUNCTION auth.fake_salt(p_email text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.left(pg_catalog.encode(pg_catalog.sha256(s.secret || pg_catalog.convert_to(
               pg_catalog.lower(pg_catalog.btrim(p_email)), 'UTF8')), 'hex'), 32)
    FROM auth.server_secret s WHERE s.id = 1
$$;

-- The user's salt, or a deterministic fake one: the answer never tells whether an email exists.
CREATE FUNCTION auth.login_salt(p_email text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT COALESCE(
        (SELECT u.password_salt FROM public.users u
         WHERE u.email = pg_catalog.lower(pg_catalog.btrim(p_email)) AND u.password_salt IS NOT NULL),
        auth.fake_salt(p_email))
$$;

CREATE FUNCTION auth.proof_matches(p_proof text, p_hash text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_hash IS NULL OR p_proof IS NULL OR p_proof !~ '^[0-9a-fA-F]{16,}$' OR pg_catalog.length(p_proof) > 256
       OR pg_catalog.length(p_proof) % 2 <> 0 THEN
        RETURN false;
    END IF;
    RETURN pg_catalog.encode(pg_catalog.sha256(pg_catalog.decode(p_proof, 'hex')), 'hex') = pg_catalog.lower(p_hash);
END $$;

CREATE TYPE auth.login_result AS (
    ok boolean, error text, message text, locked_minutes integer, token text,
    user_id integer, role text, organization_id integer, name text, email text
);

-- Never raises for a bad password: the failure must be recorded (and audited) in this transaction.
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

CREATE FUNCTION auth.logout() RETURNS void
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

CREATE FUNCTION auth.check_new_password(p_salt text, p_hash text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_salt IS NULL OR p_salt !~ '^[0-9a-f]{32,64}$' OR p_hash IS NULL OR p_hash !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'The new password could not be processed.' USING ERRCODE = 'DS422';
    END IF;
END $$;

-- Change one's own password; other sign-ins of the user are ended.
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

-- An admin sets a new password for a user of their organization; the user's sign-ins end.
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

-- Identity of the current token (the UI restores a sign-in with it); NULLs when invalid.
CREATE FUNCTION auth.whoami() RETURNS TABLE (user_id integer, role text, organization_id integer,
                                             name text, email text, expires_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT u.id, u.role::text, u.organization_id, u.name::text, u.email::text, s.expires_at
    FROM auth.sessions s JOIN public.users u ON u.id = s.user_id
    WHERE s.token_hash = pg_catalog.sha256(pg_catalog.convert_to(
              COALESCE(pg_catalog.current_setting('dreamseed.token', true), ''), 'UTF8'))
      AND s.expires_at > pg_catalog.now() AND u.is_active
$$;

-- The client cannot forge the time or address of an audit entry.
CREATE FUNCTION auth.audit_log_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF session_user = 'dreamseed_client' THEN
        NEW.at := pg_catalog.now();
        NEW.client_addr := pg_catalog.inet_client_addr();
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER trg_audit_log_stamp BEFORE INSERT ON public.audit_log
    FOR EACH ROW EXECUTE FUNCTION auth.audit_log_stamp();

GRANT EXECUTE ON FUNCTION auth.login_salt(text), auth.login(text, text), auth.logout(),
    auth.change_password(text, text, text), auth.admin_reset_password(integer, text, text),
    auth.whoami(), auth.me(), auth.current_user_id(), auth.current_role(), auth.current_org(),
    auth.current_teacher_id(), auth.current_student_id(), auth.is_sysadmin(), auth.is_admin_of(integer),
    auth.current_enrolled_class_ids()
    TO dreamseed_client;
"""

# Server-side CAT state.
EXAM_TABLES_SQL = r"""
-- Server-side CAT state (owner-only; students reach it only through exam.* functions).
INSERT INTO auth.settings (key, value) VALUES
    ('band_min', -4), ('band_width', 0.1), ('band_count', 80),  -- theta bands for candidate sets
    ('band_top_n', 100),       -- items guaranteed per band (see exam.rebuild_bands)
    ('naive_selection', 0);    -- 1 = score the whole pool every step (benchmark baseline)

-- Sympson-Hetter parameter per item (used when the session's config has none for the item).
CREATE TABLE exam.item_exposure (
    item_id bigint PRIMARY KEY REFERENCES public.items (id) ON DELETE CASCADE,
    sh_k    double precision NOT NULL DEFAULT 1 CHECK (sh_k >= 0 AND sh_k <= 1)
);

-- Candidate sets per subject and theta band. For band [t0, t1] every item has a lower bound
-- L = min I(theta) and an upper bound U = max I(theta) of its Fisher information on the band
-- (information is unimodal in theta). threshold = the band_top_n-th largest L. Items with
-- U >= threshold are stored as candidates; every other item is beaten on the whole band by
-- each candidate with L >= threshold ("guaranteed"), so as long as g eligible guaranteed
-- candidates remain, the top g eligible items of the whole pool are all among the candidates.
CREATE TABLE exam.bands (
    subject   text NOT NULL,
    band      smallint NOT NULL,
    threshold double precision NOT NULL,
    PRIMARY KEY (subject, band)
);
CREATE TABLE exam.band_candidates (
    subject  text NOT NULL,
    band     smallint NOT NULL,
    item_id  bigint NOT NULL REFERENCES public.items (id) ON DELETE CASCADE,
    lower    double precision NOT NULL,
    a        double precision NOT NULL,
    b        double precision NOT NULL,
    c        double precision NOT NULL,
    grade    smallint,
    strand   text,
    PRIMARY KEY (subject, band, item_id)
);
CREATE INDEX ix_exam_band_candidates_item_id ON exam.band_candidates (item_id);

CREATE TABLE exam.session_state (
    session_id        bigint PRIMARY KEY REFERENCES public.exam_sessions (id) ON DELETE CASCADE,
    exam_id           integer NOT NULL REFERENCES public.exams (id) ON DELETE CASCADE,
    student_id        integer NOT NULL REFERENCES public.students (id) ON DELETE CASCADE,
    config            jsonb NOT NULL,
    subject           text NOT NULL,
    grades            smallint[],
    strands           text[],
    content_key       text,
    grid              double precision[] NOT NULL,
    log_post          double precision[] NOT NULL,
    theta             double precision NOT NULL,
    se                double precision NOT NULL,
    answered          integer NOT NULL DEFAULT 0,
    pending_seq       integer,
    pending_item      bigint,
    pending_at        timestamptz,
    excluded          bigint[] NOT NULL DEFAULT '{}',   -- administered, seen before, SH-blocked
    areas             text[] NOT NULL DEFAULT '{}',     -- content label of each administered item
    deadline_at       timestamptz,
    paused_by_proctor boolean NOT NULL DEFAULT false,
    paused_at         timestamptz,
    paused_total      interval NOT NULL DEFAULT '0',
    last_activity_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    stop_reason       text,
    UNIQUE (exam_id, student_id)
);
"""

# CAT mathematics (information, EAP) and banded candidate sets.
EXAM_CAT_SQL = r"""
-- CAT mathematics in SQL: 3PL information, EAP on a quadrature grid, banded candidate sets.
-- Matches dreamseed_desktop.cat (models.item_information, estimation.eap/ThetaEstimator).

-- Fisher information I = a^2 f^2 (1-P)/max(P, 1e-12), f = logistic(a(theta-b)), P = c + (1-c) f.
-- One expression without FROM or SET so the planner inlines it (a function call per row would
-- cost ~15 us; inlined it is a few arithmetic operations).
CREATE FUNCTION exam.info(theta double precision, a double precision, b double precision, c double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT a * a * (1 / (1 + pg_catalog.exp(LEAST(-a * (theta - b), 700))))
           * (1 / (1 + pg_catalog.exp(LEAST(-a * (theta - b), 700))))
           * (1 - (c + (1 - c) * (1 / (1 + pg_catalog.exp(LEAST(-a * (theta - b), 700))))))
           / GREATEST(c + (1 - c) * (1 / (1 + pg_catalog.exp(LEAST(-a * (theta - b), 700)))), 1e-12)
$$;

-- theta where the 3PL information peaks
CREATE FUNCTION exam.info_peak(a double precision, b double precision, c double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT b + pg_catalog.ln((1 + pg_catalog.sqrt(1 + 8 * c)) / 2) / a
$$;

-- bounds of the information on [t0, t1], widened by 1e-9 relative against rounding
CREATE FUNCTION exam.info_lower(a double precision, b double precision, c double precision,
                                t0 double precision, t1 double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT LEAST(exam.info(t0, a, b, c), exam.info(t1, a, b, c)) * (1 - 1e-9)
$$;
CREATE FUNCTION exam.info_upper(a double precision, b double precision, c double precision,
                                t0 double precision, t1 double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT exam.info(LEAST(GREATEST(exam.info_peak(a, b, c), t0), t1), a, b, c) * (1 + 1e-9)
$$;

-- grid points lo + k (hi - lo)/(n - 1)
CREATE FUNCTION exam.grid_points(lo double precision, hi double precision, n integer)
RETURNS double precision[] LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.array_agg(lo + k * (hi - lo) / (n - 1) ORDER BY k) FROM pg_catalog.generate_series(0, n - 1) k
$$;

-- log of the normalised normal prior weights on the grid
CREATE FUNCTION exam.log_prior(grid double precision[], mu double precision, sigma double precision)
RETURNS double precision[] LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.array_agg(pg_catalog.ln(d / s.total) ORDER BY k)
    FROM (SELECT k, pg_catalog.exp(-0.5 * ((x - mu) / sigma) * ((x - mu) / sigma)) AS d
          FROM pg_catalog.unnest(grid) WITH ORDINALITY AS g(x, k)) q,
         (SELECT pg_catalog.sum(pg_catalog.exp(-0.5 * ((x - mu) / sigma) * ((x - mu) / sigma))) AS total
          FROM pg_catalog.unnest(grid) AS x) s
$$;

-- Add one answered item's log-likelihood to the log-posterior (P clipped to [1e-12, 1-1e-12];
-- correct = NULL adds nothing) and summarise it: posterior mean and SD, as
-- cat.estimation.posterior_summary does.
CREATE FUNCTION exam.eap_update(grid double precision[], log_post double precision[],
                                a double precision, b double precision, c double precision, correct boolean,
                                OUT new_log_post double precision[], OUT theta double precision,
                                OUT se double precision)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    sw double precision;
    swx double precision;
    swxx double precision;
BEGIN
    -- one pass: new log-posterior, weights exp(L - max L), and the weighted sums
    SELECT pg_catalog.array_agg(q.nl ORDER BY q.k), pg_catalog.sum(q.w), pg_catalog.sum(q.w * q.x),
           pg_catalog.sum(q.w * q.x * q.x)
    INTO new_log_post, sw, swx, swxx
    FROM (SELECT r.k, r.x, r.nl,
                 CASE WHEN r.nl - pg_catalog.max(r.nl) OVER () < -700 THEN 0
                      ELSE pg_catalog.exp(r.nl - pg_catalog.max(r.nl) OVER ()) END AS w
          FROM (SELECT g.k, g.x,
                       g.lp + CASE WHEN correct IS NULL THEN 0
                                   WHEN correct THEN pg_catalog.ln(LEAST(GREATEST(
                                       c + (1 - c) * (1 / (1 + pg_catalog.exp(-a * (g.x - b)))), 1e-12), 1 - 1e-12))
                                   ELSE pg_catalog.ln(1 - LEAST(GREATEST(
                                       c + (1 - c) * (1 / (1 + pg_catalog.exp(-a * (g.x - b)))), 1e-12), 1 - 1e-12))
                              END AS nl
                FROM unnest(grid, log_post) WITH ORDINALITY AS g(x, lp, k)) r) q;
    theta := swx / sw;
    -- E[x^2] - E[x]^2 (the posterior SD is far above the rounding error of this form)
    se := pg_catalog.sqrt(GREATEST(swxx / sw - theta * theta, 0));
END $$;

-- Standard normal CDF (Abramowitz-Stegun 7.1.26, |error| < 1.5e-7) for the 0-100 score.
CREATE FUNCTION exam.norm_cdf(z double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN z >= 0 THEN 1 - v ELSE v END
    FROM (SELECT 0.5 * t * pg_catalog.exp(-x * x) * (0.254829592 + t * (-0.284496736 + t * (1.421413741
                 + t * (-1.453152027 + t * 1.061405429)))) AS v
          FROM (SELECT pg_catalog.abs(z) / pg_catalog.sqrt(2.0::double precision) AS x,
                       1 / (1 + 0.3275911 * pg_catalog.abs(z) / pg_catalog.sqrt(2.0::double precision)) AS t) s) q
$$;

-- Rebuild the candidate sets of one subject (bulk imports; new subjects).
CREATE FUNCTION exam.rebuild_bands(p_subject text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    lo double precision := auth.setting('band_min');
    w double precision := auth.setting('band_width');
    nb integer := auth.setting('band_count')::integer;
    m integer := auth.setting('band_top_n')::integer;
    n integer;
BEGIN
    DELETE FROM exam.band_candidates WHERE subject = p_subject;
    DELETE FROM exam.bands WHERE subject = p_subject;
    INSERT INTO exam.bands (subject, band, threshold)
    SELECT p_subject, g, COALESCE((
        SELECT exam.info_lower(i.a, i.b, i.c, lo + g * w, lo + (g + 1) * w) AS l
        FROM public.items i WHERE i.subject = p_subject AND i.status = 'active'
        ORDER BY l DESC OFFSET m - 1 LIMIT 1), '-Infinity')
    FROM pg_catalog.generate_series(0, nb - 1) g;
    INSERT INTO exam.band_candidates (subject, band, item_id, lower, a, b, c, grade, strand)
    SELECT p_subject, bd.band, i.id, exam.info_lower(i.a, i.b, i.c, lo + bd.band * w, lo + (bd.band + 1) * w),
           i.a, i.b, i.c, i.grade, i.strand
    FROM exam.bands bd JOIN public.items i ON i.subject = p_subject AND i.status = 'active'
    WHERE bd.subject = p_subject
      AND exam.info_upper(i.a, i.b, i.c, lo + bd.band * w, lo + (bd.band + 1) * w) >= bd.threshold;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;

-- Add changed/new active items as candidates where they may matter (thresholds stay valid:
-- an item below a band's threshold is beaten there by every guaranteed candidate).
CREATE FUNCTION exam.add_band_candidates(p_ids bigint[]) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO exam.band_candidates (subject, band, item_id, lower, a, b, c, grade, strand)
    SELECT i.subject, bd.band, i.id,
           exam.info_lower(i.a, i.b, i.c, s.lo + bd.band * s.w, s.lo + (bd.band + 1) * s.w),
           i.a, i.b, i.c, i.grade, i.strand
    FROM public.items i
    JOIN exam.bands bd ON bd.subject = i.subject
    CROSS JOIN (SELECT auth.setting('band_min') AS lo, auth.setting('band_width') AS w) s
    WHERE i.id = ANY (p_ids) AND i.status = 'active'
      AND exam.info_upper(i.a, i.b, i.c, s.lo + bd.band * s.w, s.lo + (bd.band + 1) * s.w) >= bd.threshold
    ON CONFLICT DO NOTHING
$$;

CREATE FUNCTION exam.items_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r record;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM exam.band_candidates WHERE item_id IN (SELECT id FROM old_rows);
    END IF;
    FOR r IN
        SELECT n.subject, pg_catalog.count(*) AS changed,
               pg_catalog.array_agg(n.id) AS ids,
               (SELECT pg_catalog.count(*) FROM public.items i WHERE i.subject = n.subject) AS total,
               EXISTS (SELECT 1 FROM exam.bands bd WHERE bd.subject = n.subject) AS has_bands
        FROM new_rows n GROUP BY n.subject
    LOOP
        IF NOT r.has_bands OR r.changed * 5 > r.total THEN
            PERFORM exam.rebuild_bands(r.subject);
        ELSE
            PERFORM exam.add_band_candidates(r.ids);
        END IF;
    END LOOP;
    RETURN NULL;
END $$;
CREATE TRIGGER trg_items_bands_insert AFTER INSERT ON public.items
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION exam.items_changed();
CREATE TRIGGER trg_items_bands_update AFTER UPDATE ON public.items
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION exam.items_changed();
"""

# Item selection.
EXAM_SELECT_SQL = r"""
-- Item selection (mirrors dreamseed_desktop.cat.selection; see its module docstring).

-- content label of an item for the session's content_key
CREATE FUNCTION exam.area_label(p_key text, p_subject text, p_grade smallint, p_strand text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE p_key WHEN 'subject' THEN p_subject WHEN 'grade' THEN p_grade::text
                      WHEN 'strand' THEN p_strand END
$$;

-- does the pool still hold an eligible item (optionally in one content area)?
CREATE FUNCTION exam.has_eligible(st exam.session_state, p_area text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM public.items i
        WHERE i.subject = st.subject AND i.status = 'active' AND NOT (i.id = ANY (st.excluded))
          AND (st.grades IS NULL OR i.grade = ANY (st.grades))
          AND (st.strands IS NULL OR i.strand = ANY (st.strands))
          AND (p_area IS NULL OR exam.area_label(st.content_key, i.subject, i.grade, i.strand) = p_area))
$$;

-- Content balancing: the target area with the largest deficit that still has eligible items.
CREATE FUNCTION exam.pick_area(st exam.session_state) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    names text[];
    vals double precision[];
    total double precision := 0;
    r record;
    i integer;
BEGIN
    IF COALESCE(st.config -> 'content_targets', '{}') = '{}' THEN
        RETURN NULL;
    END IF;
    SELECT pg_catalog.array_agg(e.key ORDER BY e.key COLLATE "C"),
           pg_catalog.array_agg(e.value::text::double precision ORDER BY e.key COLLATE "C")
    INTO names, vals
    FROM pg_catalog.jsonb_each(st.config -> 'content_targets') e
    WHERE e.value::text::double precision > 0;
    IF names IS NULL THEN
        RETURN NULL;
    END IF;
    FOR i IN 1 .. pg_catalog.array_length(vals, 1) LOOP
        total := total + vals[i];
    END LOOP;
    FOR r IN
        SELECT t.name, (t.v / total) * (st.answered + 1)
                       - (SELECT pg_catalog.count(*) FROM pg_catalog.unnest(st.areas) x WHERE x = t.name) AS deficit
        FROM unnest(names, vals) WITH ORDINALITY AS t(name, v, ord)
        ORDER BY 2 DESC, t.ord
    LOOP
        IF exam.has_eligible(st, r.name) THEN
            RETURN r.name;
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

-- Eligible items ranked by information at st.theta (desc, ties by lowest id), and how many of
-- the first ranks are exact for the whole pool (g). Banded unless p_full or the theta is
-- outside the bands; p_limit caps the ranking (NULL = all).
CREATE FUNCTION exam.rank_items(st exam.session_state, p_area text, p_full boolean, p_limit integer,
                                OUT ids bigint[], OUT g integer, OUT exact_all boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    lo double precision;
    w double precision;
    nb integer;
    naive boolean;
    v_band integer;
    thr double precision;
BEGIN
    SELECT pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_min'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_width'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_count'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'naive_selection') = 1
    INTO lo, w, nb, naive
    FROM auth.settings s WHERE s.key IN ('band_min', 'band_width', 'band_count', 'naive_selection');
    v_band := pg_catalog.floor((st.theta - lo) / w)::integer;
    IF NOT p_full AND NOT naive AND v_band >= 0 AND v_band < nb THEN
        SELECT bd.threshold INTO thr FROM exam.bands bd WHERE bd.subject = st.subject AND bd.band = v_band;
        IF FOUND THEN
            SELECT pg_catalog.array_agg(q.item_id ORDER BY q.inf DESC, q.item_id),
                   COALESCE(pg_catalog.sum(q.guaranteed::integer), 0)
            INTO ids, g
            FROM (SELECT f.item_id, f.a * f.a * f.f * f.f * (1 - (f.c + (1 - f.c) * f.f))
                                    / GREATEST(f.c + (1 - f.c) * f.f, 1e-12) AS inf,   -- exam.info, one exp
                         f.guaranteed
                  FROM (SELECT c.item_id, c.a, c.c, c.lower >= thr AS guaranteed,
                               1 / (1 + pg_catalog.exp(LEAST(-c.a * (st.theta - c.b), 700))) AS f
                  FROM exam.band_candidates c
                  WHERE c.subject = st.subject AND c.band = v_band AND NOT (c.item_id = ANY (st.excluded))
                    AND (st.grades IS NULL OR c.grade = ANY (st.grades))
                    AND (st.strands IS NULL OR c.strand = ANY (st.strands))
                    AND (p_area IS NULL OR exam.area_label(st.content_key, st.subject, c.grade, c.strand) = p_area)
                 ) f) q;
            exact_all := false;
            RETURN;
        END IF;
    END IF;
    -- whole pool, one ORDER BY (also the naive benchmark baseline)
    SELECT pg_catalog.array_agg(q.id ORDER BY q.inf DESC, q.id) INTO ids
    FROM (SELECT f.id, f.a * f.a * f.f * f.f * (1 - (f.c + (1 - f.c) * f.f))
                       / GREATEST(f.c + (1 - f.c) * f.f, 1e-12) AS inf          -- exam.info, one exp
          FROM (SELECT i.id, i.a, i.c, 1 / (1 + pg_catalog.exp(LEAST(-i.a * (st.theta - i.b), 700))) AS f
                FROM public.items i
                WHERE i.subject = st.subject AND i.status = 'active' AND NOT (i.id = ANY (st.excluded))
                  AND (st.grades IS NULL OR i.grade = ANY (st.grades))
                  AND (st.strands IS NULL OR i.strand = ANY (st.strands))
                  AND (p_area IS NULL OR exam.area_label(st.content_key, i.subject, i.grade, i.strand) = p_area)
               ) f
          ORDER BY inf DESC, f.id LIMIT p_limit) q;
    g := COALESCE(pg_catalog.array_length(ids, 1), 0);
    exact_all := true;
END $$;

-- Sympson-Hetter parameter of an item for this session's configuration.
CREATE FUNCTION exam.sh_k(st exam.session_state, p_item bigint) RETURNS double precision
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT COALESCE((st.config -> 'exposure_parameters' ->> i.code)::double precision,
                    (st.config -> 'exposure_parameters' ->> i.id::text)::double precision,
                    (SELECT x.sh_k FROM exam.item_exposure x WHERE x.item_id = i.id), 1)
    FROM public.items i WHERE i.id = p_item
$$;

-- Choose the next item: content area, ranking, randomesque draw among the first k, and the
-- Sympson-Hetter walk. Returns NULL when nothing is eligible; items blocked by SH are returned
-- so the caller excludes them for the rest of the session.
CREATE FUNCTION exam.select_item(st exam.session_state, OUT item_id bigint, OUT blocked bigint[])
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    k integer := GREATEST(COALESCE((st.config ->> 'randomesque_k')::integer, 1), 1);
    sh boolean := COALESCE(st.config ->> 'exposure_control', 'none') = 'sympson_hetter';
    v_area text := exam.pick_area(st);
    r record;
    ranked bigint[];
    g integer;
    n integer;
    kk integer;
    pos integer;
    j bigint;
    full_scan boolean := false;
BEGIN
    blocked := '{}';
    LOOP
        SELECT * INTO r FROM exam.rank_items(st, v_area, full_scan, CASE WHEN sh THEN NULL ELSE k END);
        ranked := COALESCE(r.ids, '{}');
        g := r.g;
        n := COALESCE(pg_catalog.array_length(ranked, 1), 0);
        IF NOT r.exact_all AND g < k THEN
            full_scan := true;   -- too few guaranteed candidates: rank the whole pool
            CONTINUE;
        END IF;
        IF NOT sh THEN
            IF n = 0 THEN
                item_id := NULL;
                RETURN;
            END IF;
            kk := LEAST(k, n);
            pos := CASE WHEN kk <= 1 THEN 1 ELSE 1 + pg_catalog.floor(pg_catalog.random() * kk)::integer END;
            item_id := ranked[pos];
            RETURN;
        END IF;
        -- Sympson-Hetter walk over the ranking (exact while g covers the draw window)
        blocked := '{}';
        LOOP
            n := COALESCE(pg_catalog.array_length(ranked, 1), 0);
            IF n = 0 THEN
                EXIT;
            END IF;
            kk := LEAST(k, n);
            IF NOT r.exact_all AND g < kk THEN
                EXIT;
            END IF;
            pos := CASE WHEN kk <= 1 THEN 1 ELSE 1 + pg_catalog.floor(pg_catalog.random() * kk)::integer END;
            j := ranked[pos];
            ranked := ranked[1:pos - 1] || ranked[pos + 1:n];
            g := g - 1;
            IF pg_catalog.random() < exam.sh_k(st, j) OR (r.exact_all AND n = 1) THEN
                item_id := j;
                RETURN;
            END IF;
            blocked := blocked || j;
        END LOOP;
        IF r.exact_all THEN
            item_id := NULL;
            RETURN;
        END IF;
        full_scan := true;  -- ran out of guaranteed candidates: redo the walk on the whole pool
    END LOOP;
END $$;
"""

# The student exam API.
EXAM_API_SQL = r"""
-- Student exam API. Every function checks the caller from the session token; students have
-- no table privileges on sessions/attempts, so this is their only way to test.

-- Defaults of dreamseed_desktop.cat.config.CatConfig (a test keeps them equal).
CREATE FUNCTION exam.default_config() RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT '{"algorithm_version": "dreamseed-cat/1.0", "estimator": "eap",
             "grid_min": -4.0, "grid_max": 4.0, "grid_points": 81,
             "prior_mean": 0.0, "prior_sd": 1.0, "mle_min": -4.0, "mle_max": 4.0,
             "start_theta": null, "randomesque_k": 1,
             "exposure_control": "none", "exposure_target": 0.25,
             "exposure_parameters": {}, "content_key": "subject",
             "content_targets": {}, "min_items": 5, "max_items": 30,
             "se_target": 0.3, "time_limit_seconds": null, "min_information": 0.0}'::jsonb
$$;

CREATE TYPE exam.session_info AS (
    session_id bigint, exam_id integer, status text, answered integer, min_items integer,
    max_items integer, server_now timestamptz, deadline_at timestamptz, remaining_sec double precision,
    confirm_answers boolean, show_result text, paused boolean, stop_reason text
);
CREATE TYPE exam.submit_result AS (
    session_id bigint, seq integer, accepted boolean, replayed boolean, finished boolean, answered integer
);
CREATE TYPE exam.final_result AS (
    session_id bigint, status text, answered integer, score double precision, theta double precision,
    se double precision, show_result text
);

-- the signed-in student (or an error)
CREATE FUNCTION exam.require_student() RETURNS auth.identity
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
BEGIN
    IF i.role <> 'student' OR i.student_id IS NULL THEN
        RAISE EXCEPTION 'Only students can take exams.' USING ERRCODE = 'DS403';
    END IF;
    RETURN i;
END $$;

-- the caller's own session state, locked (not found = someone else's or unknown)
CREATE FUNCTION exam.my_state(p_session bigint) RETURNS exam.session_state
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_student();
    st exam.session_state;
BEGIN
    SELECT * INTO st FROM exam.session_state s
    WHERE s.session_id = p_session AND s.student_id = i.student_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Exam session not found.' USING ERRCODE = 'DS404';
    END IF;
    RETURN st;
END $$;

-- End a session: status, times, score = 100 * Phi((theta - prior mean) / prior sd).
CREATE FUNCTION exam.finalize(p_session bigint, p_status text, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    es public.exam_sessions;
    v_end timestamptz := pg_catalog.now();
    v_score double precision;
BEGIN
    SELECT * INTO st FROM exam.session_state WHERE session_id = p_session FOR UPDATE;
    SELECT * INTO es FROM public.exam_sessions WHERE id = p_session FOR UPDATE;
    IF es.status IN ('completed', 'terminated') THEN
        RETURN;
    END IF;
    IF es.status = 'suspended' AND st.paused_at IS NOT NULL THEN
        st.paused_total := st.paused_total + (v_end - st.paused_at);
    END IF;
    v_score := CASE WHEN st.answered > 0 THEN pg_catalog.round((100 * exam.norm_cdf(
                   (st.theta - (st.config ->> 'prior_mean')::double precision)
                   / (st.config ->> 'prior_sd')::double precision))::numeric, 1)::double precision END;
    UPDATE exam.session_state SET pending_seq = NULL, pending_item = NULL, pending_at = NULL,
        stop_reason = p_reason, paused_at = NULL, paused_by_proctor = false, paused_total = st.paused_total,
        last_activity_at = v_end
    WHERE session_id = p_session;
    UPDATE public.exam_sessions SET status = p_status, ended_at = v_end,
        duration_sec = GREATEST(0, EXTRACT(EPOCH FROM (v_end - es.started_at - st.paused_total)))::integer,
        score = v_score,
        theta = CASE WHEN st.answered > 0 THEN st.theta END,
        standard_error = CASE WHEN st.answered > 0 THEN st.se END,
        meta = es.meta || pg_catalog.jsonb_build_object('stop_reason', p_reason),
        version = version + 1
    WHERE id = p_session;
    PERFORM auth.audit(auth.current_user_id(), (SELECT c.organization_id FROM public.classes c WHERE c.id = es.class_id),
        CASE WHEN p_status = 'terminated' THEN 'exam_session.terminate' ELSE 'exam_session.finish' END, 'exam_session',
        p_session::text, ARRAY[(SELECT s.user_id FROM public.students s WHERE s.id = es.student_id)],
        pg_catalog.jsonb_build_object('reason', p_reason, 'answered', st.answered, 'theta', st.theta, 'se', st.se));
END $$;

-- Choose and store the next pending item, or end the session when a stopping rule fires.
-- Returns true while the session goes on.
CREATE FUNCTION exam.advance(p_session bigint) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    cfg jsonb;
    sel record;
    v_reason text;
    v_best double precision;
BEGIN
    SELECT * INTO st FROM exam.session_state WHERE session_id = p_session;
    cfg := st.config;
    IF st.answered >= (cfg ->> 'max_items')::integer THEN
        v_reason := 'max_items';
    ELSIF st.deadline_at IS NOT NULL AND pg_catalog.now() >= st.deadline_at THEN
        v_reason := 'time_limit';
    ELSIF st.answered >= (cfg ->> 'min_items')::integer THEN
        IF COALESCE((cfg ->> 'min_information')::double precision, 0) > 0 THEN
            SELECT exam.info(st.theta, i.a, i.b, i.c) INTO v_best
            FROM public.items i WHERE i.id = (SELECT r.ids[1] FROM exam.rank_items(st, NULL, false, 1) r
                                              WHERE r.g >= 1 OR r.exact_all);
            IF v_best IS NULL THEN
                SELECT exam.info(st.theta, i.a, i.b, i.c) INTO v_best
                FROM public.items i WHERE i.id = (SELECT r.ids[1] FROM exam.rank_items(st, NULL, true, 1) r);
            END IF;
            IF v_best IS NOT NULL AND v_best < (cfg ->> 'min_information')::double precision THEN
                v_reason := 'min_information';
            END IF;
        END IF;
        IF v_reason IS NULL AND cfg ->> 'se_target' IS NOT NULL
           AND st.se <= (cfg ->> 'se_target')::double precision THEN
            v_reason := 'se_target';
        END IF;
    END IF;
    IF v_reason IS NULL THEN
        SELECT * INTO sel FROM exam.select_item(st);
        IF sel.item_id IS NULL THEN
            v_reason := 'no_items';
        END IF;
    END IF;
    IF v_reason IS NOT NULL THEN
        PERFORM exam.finalize(p_session, 'completed', v_reason);
        RETURN false;
    END IF;
    UPDATE exam.session_state SET pending_seq = st.answered + 1, pending_item = sel.item_id,
        pending_at = pg_catalog.now(), excluded = excluded || sel.blocked
    WHERE session_id = p_session;
    RETURN true;
END $$;

-- Finalise an in-progress session whose deadline (plus grace, when p_grace) has passed.
CREATE FUNCTION exam.enforce_deadline(p_session bigint, p_grace boolean) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_deadline timestamptz;
    v_status text;
BEGIN
    SELECT s.deadline_at, es.status INTO v_deadline, v_status
    FROM exam.session_state s JOIN public.exam_sessions es ON es.id = s.session_id
    WHERE s.session_id = p_session;
    IF p_grace THEN
        v_deadline := v_deadline + pg_catalog.make_interval(secs => auth.setting('deadline_grace_seconds'));
    END IF;
    IF v_status = 'in_progress' AND v_deadline IS NOT NULL AND pg_catalog.now() >= v_deadline THEN
        PERFORM exam.finalize(p_session, 'completed', 'time_limit');
    END IF;
END $$;

CREATE FUNCTION exam.info_of(p_session bigint) RETURNS exam.session_info
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT s.session_id, s.exam_id, es.status::text, s.answered, (s.config ->> 'min_items')::integer,
           (s.config ->> 'max_items')::integer, pg_catalog.now(), s.deadline_at,
           CASE WHEN s.deadline_at IS NULL THEN NULL
                WHEN es.status = 'suspended' AND s.paused_at IS NOT NULL
                    THEN GREATEST(0, EXTRACT(EPOCH FROM s.deadline_at - s.paused_at))::double precision
                ELSE GREATEST(0, EXTRACT(EPOCH FROM s.deadline_at - pg_catalog.now()))::double precision END,
           e.confirm_answers, e.show_result::text, s.paused_by_proctor, s.stop_reason
    FROM exam.session_state s
    JOIN public.exam_sessions es ON es.id = s.session_id
    JOIN public.exams e ON e.id = s.exam_id
    WHERE s.session_id = p_session
$$;

-- Start the exam or resume the student's session of it.
CREATE FUNCTION exam.start(p_exam integer) RETURNS exam.session_info
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_student();
    e public.exams;
    st exam.session_state;
    v_status text;
    cfg jsonb;
    v_unknown text;
    v_grid double precision[];
    v_lp double precision[];
    v_theta double precision;
    v_se double precision;
    v_deadline timestamptz;
    v_session bigint;
    v_bank integer;
    v_filter jsonb;
    v_org integer;
BEGIN
    SELECT * INTO e FROM public.exams WHERE id = p_exam;
    IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM public.student_classroom sc
                                WHERE sc.class_id = e.class_id AND sc.student_id = i.student_id) THEN
        RAISE EXCEPTION 'Exam not found.' USING ERRCODE = 'DS404';
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock(p_exam, i.student_id);
    SELECT * INTO st FROM exam.session_state WHERE exam_id = p_exam AND student_id = i.student_id FOR UPDATE;
    IF FOUND THEN
        SELECT status INTO v_status FROM public.exam_sessions WHERE id = st.session_id;
        IF v_status = 'in_progress' THEN
            PERFORM exam.enforce_deadline(st.session_id, false);
        ELSIF v_status = 'suspended' AND NOT st.paused_by_proctor THEN
            IF st.paused_at < pg_catalog.now() - pg_catalog.make_interval(days => e.resume_days) THEN
                PERFORM exam.finalize(st.session_id, 'terminated', 'resume_expired');
                RAISE EXCEPTION 'The time to resume this exam has passed. Ask your teacher.' USING ERRCODE = 'DS409';
            END IF;
            PERFORM exam.resume_session(st.session_id);
            PERFORM auth.audit(i.user_id, i.organization_id, 'exam_session.resume', 'exam_session', st.session_id::text,
                               ARRAY[i.user_id], '{}');
        ELSIF v_status IN ('completed', 'terminated') THEN
            RAISE EXCEPTION 'You have already taken this exam.' USING ERRCODE = 'DS409';
        END IF;
        RETURN exam.info_of(st.session_id);
    END IF;

    IF NOT e.is_open OR (e.opens_at IS NOT NULL AND pg_catalog.now() < e.opens_at)
       OR (e.closes_at IS NOT NULL AND pg_catalog.now() >= e.closes_at) THEN
        RAISE EXCEPTION 'This exam is not open now.' USING ERRCODE = 'DS403';
    END IF;
    SELECT k INTO v_unknown FROM pg_catalog.jsonb_object_keys(e.cat_config) k
    WHERE NOT exam.default_config() ? k LIMIT 1;
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION 'The exam''s adaptive-test settings are invalid (unknown setting "%"). Ask your teacher.',
            v_unknown USING ERRCODE = 'DS422';
    END IF;
    cfg := exam.default_config() || e.cat_config;
    IF cfg ->> 'estimator' <> 'eap' THEN
        RAISE EXCEPTION 'The exam server scores with EAP only; ask your teacher to choose the EAP estimator.'
            USING ERRCODE = 'DS422';
    END IF;
    v_filter := COALESCE(e.item_filter, '{}');
    v_grid := exam.grid_points((cfg ->> 'grid_min')::double precision, (cfg ->> 'grid_max')::double precision,
                               (cfg ->> 'grid_points')::integer);
    v_lp := exam.log_prior(v_grid, (cfg ->> 'prior_mean')::double precision, (cfg ->> 'prior_sd')::double precision);
    SELECT s.theta, s.se INTO v_theta, v_se FROM exam.eap_update(v_grid, v_lp, 1, 0, 0, NULL) s;
    v_theta := COALESCE((cfg ->> 'start_theta')::double precision, (cfg ->> 'prior_mean')::double precision);
    IF cfg ->> 'time_limit_seconds' IS NOT NULL THEN
        v_deadline := pg_catalog.now() + pg_catalog.make_interval(secs => (cfg ->> 'time_limit_seconds')::double precision);
    END IF;
    IF e.closes_at IS NOT NULL THEN
        v_deadline := LEAST(COALESCE(v_deadline, e.closes_at), e.closes_at);
    END IF;
    SELECT pg_catalog.max(it.bank_version) INTO v_bank FROM public.items it
    WHERE it.subject = e.subject AND it.status = 'active';
    INSERT INTO public.exam_sessions (student_id, class_id, exam_id, exam_type, status, deadline_at, meta)
    VALUES (i.student_id, e.class_id, e.id, e.exam_type, 'in_progress', v_deadline,
            pg_catalog.jsonb_build_object('cat_config', cfg, 'algorithm_version', cfg ->> 'algorithm_version',
                                          'bank_version', v_bank, 'engine', 'postgresql/exam-api-1',
                                          'item_filter', v_filter))
    RETURNING id INTO v_session;
    INSERT INTO exam.session_state (session_id, exam_id, student_id, config, subject, grades, strands, content_key,
                                    grid, log_post, theta, se, excluded, deadline_at)
    VALUES (v_session, e.id, i.student_id, cfg, e.subject,
            CASE WHEN v_filter ? 'grades' THEN ARRAY(SELECT pg_catalog.jsonb_array_elements_text(v_filter -> 'grades'))::smallint[]
                 WHEN v_filter ? 'grade' THEN ARRAY[(v_filter ->> 'grade')::smallint] END,
            CASE WHEN v_filter ? 'strands' THEN ARRAY(SELECT pg_catalog.jsonb_array_elements_text(v_filter -> 'strands'))
                 WHEN v_filter ? 'strand' THEN ARRAY[v_filter ->> 'strand'] END,
            cfg ->> 'content_key', v_grid, v_lp, v_theta, v_se,
            -- items this student saw in earlier sessions are excluded
            COALESCE((SELECT pg_catalog.array_agg(DISTINCT a.item_id) FROM public.attempts a
                      WHERE a.student_id = i.student_id), '{}'),
            v_deadline);
    SELECT c.organization_id INTO v_org FROM public.classes c WHERE c.id = e.class_id;
    PERFORM auth.audit(i.user_id, v_org, 'exam_session.start', 'exam_session', v_session::text, ARRAY[i.user_id],
                       pg_catalog.jsonb_build_object('exam_id', e.id));
    PERFORM exam.advance(v_session);
    RETURN exam.info_of(v_session);
END $$;

-- resume a suspended session: the deadline moves by the paused time
CREATE FUNCTION exam.resume_session(p_session bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    v_paused interval;
BEGIN
    SELECT * INTO st FROM exam.session_state WHERE session_id = p_session FOR UPDATE;
    v_paused := pg_catalog.now() - COALESCE(st.paused_at, pg_catalog.now());
    UPDATE exam.session_state SET paused_at = NULL, paused_by_proctor = false,
        paused_total = paused_total + v_paused, deadline_at = deadline_at + v_paused,
        last_activity_at = pg_catalog.now()
    WHERE session_id = p_session;
    UPDATE public.exam_sessions SET status = 'in_progress', deadline_at = deadline_at + v_paused,
        version = version + 1 WHERE id = p_session;
    PERFORM exam.enforce_deadline(p_session, false);
    IF st.pending_item IS NULL AND (SELECT es.status FROM public.exam_sessions es WHERE es.id = p_session) = 'in_progress' THEN
        PERFORM exam.advance(p_session);
    END IF;
END $$;

CREATE FUNCTION exam.status(p_session bigint) RETURNS exam.session_info
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state := exam.my_state(p_session);
BEGIN
    PERFORM exam.enforce_deadline(p_session, false);
    RETURN exam.info_of(p_session);
END $$;

-- The pending item (the same until answered); no row when the session is over.
CREATE FUNCTION exam.next_item(p_session bigint)
RETURNS TABLE (session_id bigint, seq integer, item_id bigint, stem text, choices jsonb)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state := exam.my_state(p_session);
    v_status text;
BEGIN
    PERFORM exam.enforce_deadline(p_session, false);
    SELECT es.status INTO v_status FROM public.exam_sessions es WHERE es.id = p_session;
    IF v_status IN ('completed', 'terminated') THEN
        RETURN;
    END IF;
    IF v_status = 'suspended' THEN
        IF st.paused_by_proctor THEN
            RAISE EXCEPTION 'Your teacher has paused the exam. Please wait.' USING ERRCODE = 'DS425';
        END IF;
        RAISE EXCEPTION 'This exam is paused. Open it again from your exam list.' USING ERRCODE = 'DS425';
    END IF;
    IF st.pending_item IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY SELECT p_session, st.pending_seq, i.id, i.stem, i.choices FROM public.items i
                 WHERE i.id = st.pending_item;
END $$;

-- Answer the pending item exactly once; see docs/security.md for the replay rules.
CREATE FUNCTION exam.submit(p_session bigint, p_seq integer, p_item bigint, p_choice integer,
                            p_response_time_ms integer, p_client_uuid uuid) RETURNS exam.submit_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state := exam.my_state(p_session);   -- locks the session: submits serialise
    a public.attempts;
    it public.items;
    v_status text;
    v_correct boolean;
    v_key smallint;
    v_lp double precision[];
    v_theta double precision;
    v_se double precision;
    v_id bigint;
    res exam.submit_result;
BEGIN
    IF p_client_uuid IS NULL OR p_seq IS NULL OR p_item IS NULL THEN
        RAISE EXCEPTION 'An answer needs its item, number and id.' USING ERRCODE = 'DS422';
    END IF;
    res.session_id := p_session; res.seq := p_seq;
    -- 1. replay of a stored answer?
    SELECT * INTO a FROM public.attempts x WHERE x.client_uuid = p_client_uuid;
    IF NOT FOUND THEN
        SELECT * INTO a FROM public.attempts x WHERE x.exam_session_id = p_session AND x.seq = p_seq;
    END IF;
    IF a.id IS NOT NULL THEN
        IF a.exam_session_id = p_session AND a.seq = p_seq AND a.item_id = p_item
           AND a.selected_choice IS NOT DISTINCT FROM p_choice THEN
            SELECT es.status INTO v_status FROM public.exam_sessions es WHERE es.id = p_session;
            res.accepted := true; res.replayed := true; res.answered := st.answered;
            res.finished := v_status IN ('completed', 'terminated');
            RETURN res;
        END IF;
        RAISE EXCEPTION 'This item has already been answered; the answer cannot be changed.' USING ERRCODE = 'DS409';
    END IF;
    -- 2. a new answer: to the pending item, in time
    PERFORM exam.enforce_deadline(p_session, true);
    SELECT es.status INTO v_status FROM public.exam_sessions es WHERE es.id = p_session;
    IF v_status IN ('completed', 'terminated') THEN
        res.accepted := false; res.replayed := false; res.finished := true; res.answered := st.answered;
        RETURN res;
    END IF;
    SELECT * INTO st FROM exam.session_state s WHERE s.session_id = p_session;
    IF st.pending_item IS NULL OR p_seq <> st.pending_seq OR p_item <> st.pending_item THEN
        RAISE EXCEPTION 'This is not the current item of the exam. Reload the exam.' USING ERRCODE = 'DS409';
    END IF;
    SELECT * INTO it FROM public.items x WHERE x.id = p_item;
    IF p_choice IS NOT NULL AND (p_choice < 1 OR p_choice > GREATEST(pg_catalog.jsonb_array_length(it.choices), 1)
                                 OR p_choice > 10) THEN
        RAISE EXCEPTION 'The chosen answer does not exist.' USING ERRCODE = 'DS422';
    END IF;
    IF p_response_time_ms IS NOT NULL AND p_response_time_ms < 0 THEN
        RAISE EXCEPTION 'Response time cannot be negative.' USING ERRCODE = 'DS422';
    END IF;
    SELECT k.correct_choice INTO v_key FROM public.item_keys k WHERE k.item_id = p_item;
    v_correct := p_choice IS NOT NULL AND v_key IS NOT NULL AND p_choice = v_key;
    -- 3. score: one item's log-likelihood added to the stored posterior
    SELECT s.new_log_post, s.theta, s.se INTO v_lp, v_theta, v_se
    FROM exam.eap_update(st.grid, st.log_post, it.a, it.b, it.c, v_correct) s;
    UPDATE exam.session_state SET log_post = v_lp, theta = v_theta, se = v_se, answered = answered + 1,
        pending_seq = NULL, pending_item = NULL, pending_at = NULL,
        excluded = excluded || p_item,
        areas = areas || COALESCE(exam.area_label(content_key, it.subject, it.grade, it.strand), ''),
        last_activity_at = pg_catalog.now()
    WHERE session_id = p_session;
    UPDATE public.exam_sessions SET theta = v_theta, standard_error = v_se WHERE id = p_session;
    -- 4. stopping rule, then the next item (pending until answered)
    res.accepted := true; res.replayed := false; res.answered := st.answered + 1;
    -- (an answer to an item shown before a pause is kept; the next item is chosen on resume)
    res.finished := false;
    IF v_status <> 'suspended' THEN
        res.finished := NOT exam.advance(p_session);
    END IF;
    -- 5. the attempt row last: its item_stats trigger locks the item's statistics row, which every
    -- student answering that item needs, so it is held only until this transaction commits
    INSERT INTO public.attempts (student_id, exam_session_id, item_id, seq, correct, selected_choice,
                                 response_time_ms, client_uuid, theta_after, se_after)
    VALUES (st.student_id, p_session, p_item, p_seq, v_correct, p_choice, p_response_time_ms, p_client_uuid,
            v_theta, v_se)
    ON CONFLICT DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        RAISE EXCEPTION 'This answer was recorded by another request; send it again.' USING ERRCODE = 'DS409';
    END IF;
    RETURN res;
END $$;

-- End the session now (the student chose to stop, or the client saw the last answer).
CREATE FUNCTION exam.finish(p_session bigint) RETURNS exam.final_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state := exam.my_state(p_session);
    es public.exam_sessions;
    v_show text;
    res exam.final_result;
BEGIN
    SELECT * INTO es FROM public.exam_sessions WHERE id = p_session;
    IF es.status = 'suspended' AND st.paused_by_proctor THEN
        RAISE EXCEPTION 'Your teacher has paused the exam. Please wait.' USING ERRCODE = 'DS425';
    END IF;
    IF es.status NOT IN ('completed', 'terminated') THEN
        PERFORM exam.finalize(p_session, 'completed', 'student_finished');
        SELECT * INTO es FROM public.exam_sessions WHERE id = p_session;
    END IF;
    SELECT e.show_result INTO v_show FROM public.exams e WHERE e.id = st.exam_id;
    res.session_id := p_session; res.status := es.status; res.answered := st.answered; res.show_result := v_show;
    IF v_show = 'score' THEN
        res.score := es.score;
    ELSIF v_show = 'band' THEN
        res.theta := es.theta;
    END IF;
    RETURN res;
END $$;

-- The student leaves and may resume within the exam's resume_days (the clock stops).
CREATE FUNCTION exam.suspend(p_session bigint) RETURNS exam.session_info
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state := exam.my_state(p_session);
BEGIN
    PERFORM exam.enforce_deadline(p_session, false);
    IF (SELECT es.status FROM public.exam_sessions es WHERE es.id = p_session) = 'in_progress' THEN
        UPDATE public.exam_sessions SET status = 'suspended', version = version + 1 WHERE id = p_session;
        UPDATE exam.session_state SET paused_at = pg_catalog.now(), paused_by_proctor = false
        WHERE session_id = p_session;
        PERFORM auth.audit(auth.current_user_id(), auth.current_org(), 'exam_session.suspend', 'exam_session',
                           p_session::text, ARRAY[auth.current_user_id()], '{}');
    END IF;
    RETURN exam.info_of(p_session);
END $$;

-- Exams of the student's classes with their session.
CREATE FUNCTION exam.my_exams()
RETURNS TABLE (exam_id integer, title text, subject text, class_id integer, class_name text,
               opens_at timestamptz, closes_at timestamptz, session_id bigint, session_status text,
               answered integer, can_start boolean, can_resume boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT e.id, e.title::text, e.subject::text, c.id, c.name::text, e.opens_at, e.closes_at,
           s.session_id, es.status::text, COALESCE(s.answered, 0),
           s.session_id IS NULL AND e.is_open AND (e.opens_at IS NULL OR e.opens_at <= pg_catalog.now())
               AND (e.closes_at IS NULL OR pg_catalog.now() < e.closes_at),
           COALESCE(es.status = 'in_progress'
               OR (es.status = 'suspended' AND NOT s.paused_by_proctor
                   AND s.paused_at >= pg_catalog.now() - pg_catalog.make_interval(days => e.resume_days)), false)
    FROM public.student_classroom sc
    JOIN public.classes c ON c.id = sc.class_id
    JOIN public.exams e ON e.class_id = c.id
    LEFT JOIN exam.session_state s ON s.exam_id = e.id AND s.student_id = sc.student_id
    LEFT JOIN public.exam_sessions es ON es.id = s.session_id
    WHERE sc.student_id = (exam.require_student()).student_id
      AND (e.is_open OR s.session_id IS NOT NULL)
    ORDER BY e.opens_at DESC NULLS LAST, e.id DESC
$$;

GRANT EXECUTE ON FUNCTION exam.start(integer), exam.status(bigint), exam.next_item(bigint),
    exam.submit(bigint, integer, bigint, integer, integer, uuid), exam.finish(bigint), exam.suspend(bigint),
    exam.my_exams(), exam.default_config()
    TO dreamseed_client;
"""

# Proctor and item-bank administration functions.
PROCTOR_SQL = r"""
-- Proctor functions: the teacher of the exam's class (or an admin of its organization).

CREATE FUNCTION exam.require_proctor_of_exam(p_exam integer) RETURNS auth.identity
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
    v_org integer;
    v_teacher integer;
BEGIN
    SELECT c.organization_id, c.teacher_id INTO v_org, v_teacher
    FROM public.exams e JOIN public.classes c ON c.id = e.class_id WHERE e.id = p_exam;
    IF NOT FOUND OR NOT ((i.role = 'teacher' AND i.teacher_id = v_teacher) OR auth.is_admin_of(v_org)) THEN
        IF i.role = 'student' THEN
            RAISE EXCEPTION 'Only the teacher of the class can do this.' USING ERRCODE = 'DS403';
        END IF;
        RAISE EXCEPTION 'Exam not found.' USING ERRCODE = 'DS404';
    END IF;
    RETURN i;
END $$;

CREATE FUNCTION exam.require_proctor_of_session(p_session bigint) RETURNS auth.identity
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_exam integer;
BEGIN
    SELECT s.exam_id INTO v_exam FROM exam.session_state s WHERE s.session_id = p_session;
    IF NOT FOUND THEN
        PERFORM auth.require();
        RAISE EXCEPTION 'Exam session not found.' USING ERRCODE = 'DS404';
    END IF;
    RETURN exam.require_proctor_of_exam(v_exam);
END $$;

CREATE FUNCTION exam.proctor_live(p_exam integer)
RETURNS TABLE (session_id bigint, student_id integer, student_name text, student_number text, status text,
               answered integer, theta double precision, se double precision, started_at timestamptz,
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
           COALESCE(s.answered, 0),
           CASE WHEN s.answered > 0 THEN s.theta END, CASE WHEN s.answered > 0 THEN s.se END,
           es.started_at, s.last_activity_at,
           CASE WHEN es.id IS NULL THEN NULL ELSE EXTRACT(EPOCH FROM
               COALESCE(es.ended_at, s.paused_at, pg_catalog.now()) - es.started_at - s.paused_total)::double precision END,
           s.deadline_at,
           (SELECT pg_catalog.avg(l.response_time_ms)::double precision FROM (
                SELECT a.response_time_ms FROM public.attempts a WHERE a.exam_session_id = s.session_id
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

CREATE FUNCTION exam.proctor_audit(i auth.identity, p_session bigint, p_action text, p_details jsonb) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT auth.audit(i.user_id, c.organization_id, p_action, 'exam_session', p_session::text, ARRAY[st.user_id],
                      p_details)
    FROM public.exam_sessions es
    JOIN public.students st ON st.id = es.student_id
    LEFT JOIN public.classes c ON c.id = es.class_id
    WHERE es.id = p_session
$$;

-- lock a session for a proctor action; ended sessions cannot be changed
CREATE FUNCTION exam.lock_running(p_session bigint) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_status text;
BEGIN
    PERFORM 1 FROM exam.session_state WHERE session_id = p_session FOR UPDATE;
    PERFORM exam.enforce_deadline(p_session, false);
    SELECT status INTO v_status FROM public.exam_sessions WHERE id = p_session;
    IF v_status IN ('completed', 'terminated') THEN
        RAISE EXCEPTION 'This session has already ended.' USING ERRCODE = 'DS409';
    END IF;
    RETURN v_status;
END $$;

CREATE FUNCTION exam.proctor_pause(p_session bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_proctor_of_session(p_session);
    v_status text := exam.lock_running(p_session);
BEGIN
    IF v_status = 'in_progress' THEN
        UPDATE public.exam_sessions SET status = 'suspended', version = version + 1 WHERE id = p_session;
        UPDATE exam.session_state SET paused_at = pg_catalog.now() WHERE session_id = p_session;
    END IF;
    UPDATE exam.session_state SET paused_by_proctor = true WHERE session_id = p_session;
    PERFORM exam.proctor_audit(i, p_session, 'proctor.pause',
                               pg_catalog.jsonb_build_object('reason', COALESCE(p_reason, '')));
END $$;

CREATE FUNCTION exam.proctor_resume(p_session bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_proctor_of_session(p_session);
    v_status text := exam.lock_running(p_session);
BEGIN
    IF v_status <> 'suspended' THEN
        RAISE EXCEPTION 'This session is not paused.' USING ERRCODE = 'DS409';
    END IF;
    PERFORM exam.resume_session(p_session);
    PERFORM exam.proctor_audit(i, p_session, 'proctor.resume', '{}');
END $$;

CREATE FUNCTION exam.proctor_terminate(p_session bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_proctor_of_session(p_session);
BEGIN
    IF COALESCE(pg_catalog.btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'Give a reason for ending the session.' USING ERRCODE = 'DS422';
    END IF;
    PERFORM exam.lock_running(p_session);
    PERFORM exam.finalize(p_session, 'terminated', 'proctor');
    PERFORM exam.proctor_audit(i, p_session, 'proctor.terminate', pg_catalog.jsonb_build_object('reason', p_reason));
END $$;

CREATE FUNCTION exam.proctor_extend(p_session bigint, p_minutes integer) RETURNS timestamptz
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_proctor_of_session(p_session);
    v_deadline timestamptz;
BEGIN
    IF p_minutes IS NULL OR p_minutes < 1 OR p_minutes > 600 THEN
        RAISE EXCEPTION 'Extra time must be between 1 and 600 minutes.' USING ERRCODE = 'DS422';
    END IF;
    PERFORM exam.lock_running(p_session);
    -- a session without a limit gets one only if it had a deadline; otherwise nothing to extend
    UPDATE exam.session_state SET deadline_at = deadline_at + pg_catalog.make_interval(mins => p_minutes)
    WHERE session_id = p_session RETURNING deadline_at INTO v_deadline;
    UPDATE public.exam_sessions SET deadline_at = v_deadline, version = version + 1 WHERE id = p_session;
    PERFORM exam.proctor_audit(i, p_session, 'proctor.extend_time',
                               pg_catalog.jsonb_build_object('minutes', p_minutes, 'deadline_at', v_deadline));
    RETURN v_deadline;
END $$;

-- Admin tools: Sympson-Hetter parameters and candidate-set rebuilds.
CREATE FUNCTION exam.require_admin() RETURNS auth.identity
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
BEGIN
    IF i.role <> 'admin' THEN
        RAISE EXCEPTION 'Only an administrator can do this.' USING ERRCODE = 'DS403';
    END IF;
    RETURN i;
END $$;

-- p_params: {"<item code or id>": K, ...}; K is clipped to [0, 1]
CREATE FUNCTION exam.set_exposure_parameters(p_params jsonb) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_admin();
    n integer;
BEGIN
    INSERT INTO exam.item_exposure AS x (item_id, sh_k)
    SELECT DISTINCT ON (it.id) it.id, LEAST(GREATEST(e.value::text::double precision, 0), 1)
    FROM pg_catalog.jsonb_each(p_params) e
    CROSS JOIN LATERAL (
        SELECT c.id FROM public.items c WHERE c.code = e.key
        UNION ALL
        SELECT d.id FROM public.items d WHERE d.id = CASE WHEN e.key ~ '^[0-9]{1,18}$' THEN e.key::bigint END
        LIMIT 1) it
    ORDER BY it.id
    ON CONFLICT (item_id) DO UPDATE SET sh_k = EXCLUDED.sh_k;
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM auth.audit(i.user_id, i.organization_id, 'item.exposure_parameters', 'item_bank', NULL, NULL,
                       pg_catalog.jsonb_build_object('items', n));
    RETURN n;
END $$;

CREATE FUNCTION exam.admin_rebuild_bands(p_subject text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM exam.require_admin();
    RETURN exam.rebuild_bands(p_subject);
END $$;

GRANT EXECUTE ON FUNCTION exam.proctor_live(integer), exam.proctor_pause(bigint, text),
    exam.proctor_resume(bigint), exam.proctor_terminate(bigint, text), exam.proctor_extend(bigint, integer),
    exam.set_exposure_parameters(jsonb), exam.admin_rebuild_bands(text)
    TO dreamseed_client;
"""

# Kiosk quit password and the exam window's heartbeat.
KIOSK_SQL = r"""
-- Per-exam proctor quit password (salted PBKDF2 hash) for the kiosk test window.
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

-- The hash, for a student enrolled in the exam's class (the test window verifies the password
-- offline, so a proctor can let a student out even while the server is unreachable) and for staff
-- who can see the exam; NULL for anyone else.
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

-- The signed-in student's test window calls it every 15 s so the proctor console can tell
-- "reading a hard item" from "disconnected" (it moves only the last activity time of the caller's
-- own running session).
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

REVOKE ALL ON FUNCTION public.exam_kiosk_quit_hash(integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.exam_heartbeat(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.exam_kiosk_quit_hash(integer), public.exam_heartbeat(bigint)
    TO dreamseed_client;
"""

# Ownership, ENABLE + FORCE row-level security, the owner policy, no PUBLIC grants, client DML on
# public tables (its rows are decided by the policies below) and nothing on auth/exam tables.
HARDEN_SQL = r"""
-- Hardening pass over every object of the application schemas (re-runnable):
--   * tables, sequences and functions are owned by dreamseed_owner;
--   * ENABLE + FORCE ROW LEVEL SECURITY on every table, plus a policy for the owner role
--     (definer functions run as the owner and check permissions themselves);
--   * nothing is granted to PUBLIC; the client gets DML on public tables (rows are decided by
--     policies: a table without a client policy shows and accepts nothing) and nothing on the
--     auth/exam schemas' tables.
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT n.nspname, c.relname, c.relkind
        FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', 'auth', 'exam') AND c.relkind IN ('r', 'p')
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %I.%I OWNER TO dreamseed_owner', r.nspname, r.relname);
        EXECUTE pg_catalog.format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', r.nspname, r.relname);
        EXECUTE pg_catalog.format('ALTER TABLE %I.%I FORCE ROW LEVEL SECURITY', r.nspname, r.relname);
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_policies p WHERE p.schemaname = r.nspname
                       AND p.tablename = r.relname AND p.policyname = 'owner_all') THEN
            EXECUTE pg_catalog.format(
                'CREATE POLICY owner_all ON %I.%I TO dreamseed_owner USING (true) WITH CHECK (true)',
                r.nspname, r.relname);
        END IF;
        EXECUTE pg_catalog.format('REVOKE ALL ON TABLE %I.%I FROM PUBLIC', r.nspname, r.relname);
        IF r.nspname = 'public' THEN
            EXECUTE pg_catalog.format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %I.%I TO dreamseed_client',
                                      r.nspname, r.relname);
        ELSE
            EXECUTE pg_catalog.format('REVOKE ALL ON TABLE %I.%I FROM dreamseed_client', r.nspname, r.relname);
        END IF;
    END LOOP;
    -- sequences not owned by a table column (those follow their table)
    FOR r IN
        SELECT n.nspname, c.relname
        FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', 'auth', 'exam') AND c.relkind = 'S'
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = c.oid
                          AND d.classid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i'))
    LOOP
        EXECUTE pg_catalog.format('ALTER SEQUENCE %I.%I OWNER TO dreamseed_owner', r.nspname, r.relname);
    END LOOP;
    FOR r IN
        SELECT n.nspname, c.relname
        FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', 'auth', 'exam') AND c.relkind = 'S'
    LOOP
        EXECUTE pg_catalog.format('REVOKE ALL ON SEQUENCE %I.%I FROM PUBLIC', r.nspname, r.relname);
        IF r.nspname = 'public' THEN
            EXECUTE pg_catalog.format('GRANT USAGE, SELECT ON SEQUENCE %I.%I TO dreamseed_client',
                                      r.nspname, r.relname);
        END IF;
    END LOOP;
    FOR r IN
        SELECT p.oid::pg_catalog.regprocedure AS sig, p.prokind
        FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname IN ('public', 'auth', 'exam') AND p.prokind IN ('f', 'p')
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = p.oid
                          AND d.deptype = 'e')
    LOOP
        IF r.prokind = 'p' THEN
            EXECUTE pg_catalog.format('ALTER PROCEDURE %s OWNER TO dreamseed_owner', r.sig);
            EXECUTE pg_catalog.format('REVOKE ALL ON PROCEDURE %s FROM PUBLIC', r.sig);
        ELSE
            EXECUTE pg_catalog.format('ALTER FUNCTION %s OWNER TO dreamseed_owner', r.sig);
            EXECUTE pg_catalog.format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', r.sig);
        END IF;
    END LOOP;
    -- audit_log is append-only for the client; alembic_version is read-only for it
    REVOKE UPDATE, DELETE ON TABLE public.audit_log FROM dreamseed_client;
    REVOKE INSERT, UPDATE, DELETE ON TABLE public.alembic_version FROM dreamseed_client;
END $$;
"""

# Row-level security policies of the client role.
POLICIES_SQL = r"""
-- Row-level security policies for the client role. Every expression that depends only on the
-- signed-in user is wrapped in (SELECT ...) so it is evaluated once per query, not per row.
-- Conventions: "staff" = admin or teacher; an admin sees their organization (an admin without
-- organization sees everything); a teacher sees their own classes and what hangs off them.

-- organizations ---------------------------------------------------------------------------
CREATE POLICY organizations_select ON public.organizations FOR SELECT TO dreamseed_client
    USING ((SELECT auth.is_sysadmin()) OR id = (SELECT auth.current_org()));
CREATE POLICY organizations_insert ON public.organizations FOR INSERT TO dreamseed_client
    WITH CHECK ((SELECT auth.is_sysadmin()));
CREATE POLICY organizations_update ON public.organizations FOR UPDATE TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND id = (SELECT auth.current_org())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND id = (SELECT auth.current_org())));
CREATE POLICY organizations_delete ON public.organizations FOR DELETE TO dreamseed_client
    USING ((SELECT auth.is_sysadmin()));

-- users: self; admins their organization; teachers read their organization's people -------
CREATE POLICY users_select ON public.users FOR SELECT TO dreamseed_client
    USING (id = (SELECT auth.current_user_id())
           OR (SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) IN ('admin', 'teacher')
               AND organization_id = (SELECT auth.current_org())));
CREATE POLICY users_write ON public.users FOR ALL TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));

-- teachers / students: org-wide for staff (rosters and enrollment need the school's students),
-- a student sees only their own row -------------------------------------------------------
CREATE POLICY teachers_select ON public.teachers FOR SELECT TO dreamseed_client
    USING (user_id = (SELECT auth.current_user_id())
           OR (SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) IN ('admin', 'teacher')
               AND organization_id = (SELECT auth.current_org())));
CREATE POLICY teachers_write ON public.teachers FOR ALL TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));

CREATE POLICY students_select ON public.students FOR SELECT TO dreamseed_client
    USING (user_id = (SELECT auth.current_user_id())
           OR (SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) IN ('admin', 'teacher')
               AND organization_id = (SELECT auth.current_org())));
CREATE POLICY students_write ON public.students FOR ALL TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));

-- classes: admin org; teacher own classes; student the classes they are enrolled in --------
CREATE POLICY classes_select ON public.classes FOR SELECT TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org()))
           OR ((SELECT auth.current_role()) = 'teacher' AND teacher_id = (SELECT auth.current_teacher_id()))
           OR ((SELECT auth.current_role()) = 'student' AND id = ANY ((SELECT auth.current_enrolled_class_ids())::integer[])));
CREATE POLICY classes_insert ON public.classes FOR INSERT TO dreamseed_client
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org()))
           OR ((SELECT auth.current_role()) = 'teacher' AND teacher_id = (SELECT auth.current_teacher_id())
               AND organization_id = (SELECT auth.current_org())));
CREATE POLICY classes_update ON public.classes FOR UPDATE TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org()))
           OR ((SELECT auth.current_role()) = 'teacher' AND teacher_id = (SELECT auth.current_teacher_id())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org()))
           OR ((SELECT auth.current_role()) = 'teacher' AND teacher_id = (SELECT auth.current_teacher_id())
               AND organization_id = (SELECT auth.current_org())));
CREATE POLICY classes_delete ON public.classes FOR DELETE TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));

-- enrollments: staff for the classes they see (and students of their organization) ---------
CREATE POLICY student_classroom_select ON public.student_classroom FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                ELSE class_id IN (SELECT c.id FROM public.classes c) END);
CREATE POLICY student_classroom_write ON public.student_classroom FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND class_id IN (SELECT c.id FROM public.classes c))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND class_id IN (SELECT c.id FROM public.classes c)
           AND student_id IN (SELECT s.id FROM public.students s));

-- exams: everyone who sees the class reads them; staff write ----------------------------------
CREATE POLICY exams_select ON public.exams FOR SELECT TO dreamseed_client
    USING (class_id IN (SELECT c.id FROM public.classes c));
CREATE POLICY exams_write ON public.exams FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher') AND class_id IN (SELECT c.id FROM public.classes c))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher') AND class_id IN (SELECT c.id FROM public.classes c));

-- sessions and attempts: students read their own (attempts only after the session ended);
-- staff read/write those of the classes they see; students never write (exam API only) -----
CREATE POLICY exam_sessions_select ON public.exam_sessions FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                ELSE class_id IN (SELECT c.id FROM public.classes c)
                     OR ((SELECT auth.current_role()) = 'admin' AND student_id IN (SELECT s.id FROM public.students s))
           END);
CREATE POLICY exam_sessions_write ON public.exam_sessions FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (class_id IN (SELECT c.id FROM public.classes c)
                OR ((SELECT auth.current_role()) = 'admin' AND student_id IN (SELECT s.id FROM public.students s))))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (class_id IN (SELECT c.id FROM public.classes c)
                OR ((SELECT auth.current_role()) = 'admin' AND class_id IS NULL
                    AND student_id IN (SELECT s.id FROM public.students s))));

CREATE POLICY attempts_select ON public.attempts FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                     AND exam_session_id IN (SELECT es.id FROM public.exam_sessions es
                                             WHERE es.status IN ('completed', 'terminated'))
                ELSE exam_session_id IN (SELECT es.id FROM public.exam_sessions es) END);
CREATE POLICY attempts_write ON public.attempts FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND exam_session_id IN (SELECT es.id FROM public.exam_sessions es))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND exam_session_id IN (SELECT es.id FROM public.exam_sessions es));

-- item bank: staff read content and statistics; admins maintain it; keys only for admins ----
CREATE POLICY items_select ON public.items FOR SELECT TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher'));
CREATE POLICY items_write ON public.items FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) = 'admin') WITH CHECK ((SELECT auth.current_role()) = 'admin');
CREATE POLICY item_keys_admin ON public.item_keys FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) = 'admin') WITH CHECK ((SELECT auth.current_role()) = 'admin');
CREATE POLICY item_param_history_select ON public.item_param_history FOR SELECT TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher'));
CREATE POLICY item_param_history_write ON public.item_param_history FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) = 'admin') WITH CHECK ((SELECT auth.current_role()) = 'admin');
CREATE POLICY item_stats_select ON public.item_stats FOR SELECT TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher'));

-- audit log: anyone signed in appends entries about themselves; admins read their org's ----
CREATE POLICY audit_log_insert ON public.audit_log FOR INSERT TO dreamseed_client
    WITH CHECK (actor_user_id = (SELECT auth.current_user_id())
                AND (organization_id IS NULL OR organization_id = (SELECT auth.current_org())
                     OR (SELECT auth.is_sysadmin())));
CREATE POLICY audit_log_select ON public.audit_log FOR SELECT TO dreamseed_client
    USING (actor_user_id = (SELECT auth.current_user_id())  -- INSERT ... RETURNING needs this
           OR (SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));

-- schema version: the app checks it is at head on start-up
CREATE POLICY alembic_version_select ON public.alembic_version FOR SELECT TO dreamseed_client USING (true);

-- kiosk settings: teachers/admins who can see the exam (the exams policies decide); students never
CREATE POLICY staff_all ON public.exam_kiosk_settings
    USING ((SELECT auth.current_role()) IN ('teacher', 'admin')
           AND EXISTS (SELECT 1 FROM public.exams e WHERE e.id = exam_kiosk_settings.exam_id))
    WITH CHECK ((SELECT auth.current_role()) IN ('teacher', 'admin')
           AND EXISTS (SELECT 1 FROM public.exams e WHERE e.id = exam_kiosk_settings.exam_id));
"""



def _create_core_tables() -> None:
    op.create_table('items',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('subject', sa.String(length=50), nullable=False),
    sa.Column('grade', sa.SmallInteger(), nullable=True),
    sa.Column('strand', sa.String(length=50), nullable=True),
    sa.Column('model', sa.String(length=3), server_default='3PL', nullable=False),
    sa.Column('a', sa.Float(), server_default='1', nullable=False),
    sa.Column('b', sa.Float(), server_default='0', nullable=False),
    sa.Column('c', sa.Float(), server_default='0', nullable=False),
    sa.Column('stem', sa.Text(), server_default='', nullable=False),
    sa.Column('choices', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'[]'::jsonb"), nullable=False),
    sa.Column('status', sa.String(length=10), server_default='active', nullable=False),
    sa.Column('content_version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('bank_version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("jsonb_typeof(choices) = 'array'", name=op.f('ck_items_choices_array')),
    sa.CheckConstraint("model IN ('1PL', '2PL', '3PL')", name=op.f('ck_items_model')),
    sa.CheckConstraint("status IN ('active', 'retired')", name=op.f('ck_items_status')),
    sa.CheckConstraint('a > 0 AND a <= 10', name=op.f('ck_items_a_range')),
    sa.CheckConstraint('b BETWEEN -10 AND 10', name=op.f('ck_items_b_range')),
    sa.CheckConstraint('c >= 0 AND c < 1', name=op.f('ck_items_c_range')),
    sa.CheckConstraint('grade BETWEEN 1 AND 12', name=op.f('ck_items_grade_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_items')),
    sa.UniqueConstraint('code', name=op.f('uq_items_code'))
    )
    op.create_index('ix_items_subject_status_b', 'items', ['subject', 'status', 'b'], unique=False)
    op.create_table('organizations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('type', sa.String(length=20), server_default='school', nullable=False),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('meta', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("type IN ('school', 'academy', 'district', 'institute', 'other')", name=op.f('ck_organizations_type')),
    sa.CheckConstraint('length(btrim(name)) > 0', name=op.f('ck_organizations_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations')),
    sa.UniqueConstraint('name', name=op.f('uq_organizations_name'))
    )
    op.create_table('item_keys',
    sa.Column('item_id', sa.BigInteger(), nullable=False),
    sa.Column('correct_choice', sa.SmallInteger(), nullable=False),
    sa.CheckConstraint('correct_choice BETWEEN 1 AND 10', name=op.f('ck_item_keys_choice_range')),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_item_keys_item_id_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id', name=op.f('pk_item_keys'))
    )
    op.create_table('item_param_history',
    sa.Column('item_id', sa.BigInteger(), nullable=False),
    sa.Column('bank_version', sa.Integer(), nullable=False),
    sa.Column('model', sa.String(length=3), nullable=False),
    sa.Column('a', sa.Float(), nullable=False),
    sa.Column('b', sa.Float(), nullable=False),
    sa.Column('c', sa.Float(), nullable=False),
    sa.Column('se_a', sa.Float(), nullable=True),
    sa.Column('se_b', sa.Float(), nullable=True),
    sa.Column('se_c', sa.Float(), nullable=True),
    sa.Column('fit', sa.Float(), nullable=True),
    sa.Column('source', sa.String(length=40), server_default='import', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_item_param_history_item_id_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id', 'bank_version', name=op.f('pk_item_param_history'))
    )
    op.create_table('item_stats',
    sa.Column('item_id', sa.BigInteger(), nullable=False),
    sa.Column('n_attempts', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('n_correct', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('n_timed', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('sum_response_time_ms', sa.BigInteger(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_item_stats_item_id_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id', name=op.f('pk_item_stats'))
    )
    op.create_index('ix_item_stats_n_attempts', 'item_stats', ['n_attempts'], unique=False)
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('password_hash', sa.String(length=64), nullable=True),
    sa.Column('password_salt', sa.String(length=64), nullable=True),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('true'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("email = lower(email) AND email LIKE '%%_@_%%'", name=op.f('ck_users_email_format')),
    sa.CheckConstraint("role IN ('admin', 'teacher', 'student')", name=op.f('ck_users_role')),
    sa.CheckConstraint('length(btrim(name)) > 0', name=op.f('ck_users_name_not_blank')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_users_organization_id_organizations'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('email', name=op.f('uq_users_email'))
    )
    op.create_index('ix_users_organization_id_role_name', 'users', ['organization_id', 'role', 'name'], unique=False)
    op.create_index('ix_users_name_id', 'users', ['name', 'id'], unique=False)
    op.create_index('ix_users_organization_id_name_id', 'users', ['organization_id', 'name', 'id'], unique=False)
    op.create_table('audit_log',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('actor_user_id', sa.Integer(), nullable=True),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('client_addr', postgresql.INET(), server_default=sa.text('inet_client_addr()'), nullable=True),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('object_type', sa.String(length=40), nullable=False),
    sa.Column('object_id', sa.String(length=80), nullable=True),
    sa.Column('affected_user_ids', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'[]'::jsonb"), nullable=False),
    sa.Column('details', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    op.create_index('ix_audit_log_at', 'audit_log', ['at'], unique=False)
    op.create_index('ix_audit_log_organization_id_at', 'audit_log', ['organization_id', 'at'], unique=False)
    op.create_table('students',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('grade', sa.SmallInteger(), nullable=False),
    sa.Column('student_number', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('grade BETWEEN 1 AND 12', name=op.f('ck_students_grade_range')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_students_organization_id_organizations'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_students_user_id_users'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_students')),
    sa.UniqueConstraint('organization_id', 'student_number', name=op.f('uq_students_organization_id_student_number')),
    sa.UniqueConstraint('user_id', name=op.f('uq_students_user_id'))
    )
    op.create_index(op.f('ix_students_organization_id_grade'), 'students', ['organization_id', 'grade'], unique=False)
    op.create_table('teachers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=50), nullable=True),
    sa.Column('meta', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_teachers_organization_id_organizations'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_teachers_user_id_users'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teachers')),
    sa.UniqueConstraint('user_id', name=op.f('uq_teachers_user_id'))
    )
    op.create_index(op.f('ix_teachers_organization_id'), 'teachers', ['organization_id'], unique=False)
    op.create_table('classes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('teacher_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('subject', sa.String(length=50), nullable=True),
    sa.Column('grade', sa.SmallInteger(), nullable=False),
    sa.Column('school_year', sa.SmallInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('grade BETWEEN 1 AND 12', name=op.f('ck_classes_grade_range')),
    sa.CheckConstraint('length(btrim(name)) > 0', name=op.f('ck_classes_name_not_blank')),
    sa.CheckConstraint('school_year BETWEEN 2000 AND 2100', name=op.f('ck_classes_school_year_range')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_classes_organization_id_organizations'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['teacher_id'], ['teachers.id'], name=op.f('fk_classes_teacher_id_teachers'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_classes')),
    sa.UniqueConstraint('organization_id', 'school_year', 'name', name=op.f('uq_classes_organization_id_school_year_name'))
    )
    op.create_index(op.f('ix_classes_teacher_id'), 'classes', ['teacher_id'], unique=False)
    op.create_table('exams',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('subject', sa.String(length=50), nullable=False),
    sa.Column('exam_type', sa.String(length=20), server_default='formative', nullable=False),
    sa.Column('cat_config', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('item_filter', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('opens_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closes_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('show_result', sa.String(length=10), server_default='none', nullable=False),
    sa.Column('confirm_answers', sa.Boolean(), server_default=sa.text('true'), nullable=False),
    sa.Column('resume_days', sa.SmallInteger(), server_default='3', nullable=False),
    sa.Column('is_open', sa.Boolean(), server_default=sa.text('true'), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("exam_type IN ('placement', 'practice', 'diagnostic', 'formative', 'midterm', 'final')", name=op.f('ck_exams_exam_type')),
    sa.CheckConstraint("show_result IN ('none', 'score', 'band')", name=op.f('ck_exams_show_result')),
    sa.CheckConstraint('closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at', name=op.f('ck_exams_window')),
    sa.CheckConstraint('length(btrim(title)) > 0', name=op.f('ck_exams_title_not_blank')),
    sa.ForeignKeyConstraint(['class_id'], ['classes.id'], name=op.f('fk_exams_class_id_classes'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_exams_created_by_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exams'))
    )
    op.create_index(op.f('ix_exams_class_id'), 'exams', ['class_id'], unique=False)
    op.create_table('student_classroom',
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['classes.id'], name=op.f('fk_student_classroom_class_id_classes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_student_classroom_student_id_students'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('student_id', 'class_id', name=op.f('pk_student_classroom'))
    )
    op.create_index(op.f('ix_student_classroom_class_id'), 'student_classroom', ['class_id'], unique=False)
    op.create_table('exam_sessions',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=True),
    sa.Column('exam_id', sa.Integer(), nullable=True),
    sa.Column('exam_type', sa.String(length=20), server_default='practice', nullable=False),
    sa.Column('status', sa.String(length=12), server_default='in_progress', nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('deadline_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('theta', sa.Float(), nullable=True),
    sa.Column('standard_error', sa.Float(), nullable=True),
    sa.Column('duration_sec', sa.Integer(), nullable=True),
    sa.Column('meta', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("exam_type IN ('placement', 'practice', 'diagnostic', 'formative', 'midterm', 'final')", name=op.f('ck_exam_sessions_exam_type')),
    sa.CheckConstraint("status IN ('in_progress', 'completed', 'suspended', 'terminated')", name=op.f('ck_exam_sessions_status')),
    sa.CheckConstraint('duration_sec IS NULL OR duration_sec >= 0', name=op.f('ck_exam_sessions_duration_nonneg')),
    sa.CheckConstraint('ended_at IS NULL OR ended_at >= started_at', name=op.f('ck_exam_sessions_ended_after_start')),
    sa.CheckConstraint('score IS NULL OR score BETWEEN 0 AND 100', name=op.f('ck_exam_sessions_score_range')),
    sa.CheckConstraint('standard_error IS NULL OR standard_error >= 0', name=op.f('ck_exam_sessions_se_nonneg')),
    sa.ForeignKeyConstraint(['class_id'], ['classes.id'], name=op.f('fk_exam_sessions_class_id_classes'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['exam_id'], ['exams.id'], name=op.f('fk_exam_sessions_exam_id_exams'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_exam_sessions_student_id_students'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exam_sessions'))
    )
    op.create_index('ix_exam_sessions_class_id_status_started_at', 'exam_sessions', ['class_id', 'status', 'started_at'], unique=False)
    op.create_index('ix_exam_sessions_exam_id', 'exam_sessions', ['exam_id'], unique=False)
    op.create_index('ix_exam_sessions_started_at', 'exam_sessions', ['started_at'], unique=False)
    op.create_index('ix_exam_sessions_status', 'exam_sessions', ['status'], unique=False)
    op.create_index('ix_exam_sessions_student_id_started_at', 'exam_sessions', ['student_id', 'started_at'], unique=False)
    op.create_table('attempts',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('exam_session_id', sa.BigInteger(), nullable=False),
    sa.Column('item_id', sa.BigInteger(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('correct', sa.Boolean(), nullable=False),
    sa.Column('selected_choice', sa.SmallInteger(), nullable=True),
    sa.Column('response_time_ms', sa.Integer(), nullable=True),
    sa.Column('client_uuid', sa.UUID(), nullable=True),
    sa.Column('theta_after', sa.Float(), nullable=True),
    sa.Column('se_after', sa.Float(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('meta', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.CheckConstraint('response_time_ms IS NULL OR response_time_ms >= 0', name=op.f('ck_attempts_response_time_nonneg')),
    sa.CheckConstraint('selected_choice IS NULL OR selected_choice BETWEEN 1 AND 10', name=op.f('ck_attempts_choice_range')),
    sa.CheckConstraint('seq >= 1', name=op.f('ck_attempts_seq_positive')),
    sa.ForeignKeyConstraint(['exam_session_id'], ['exam_sessions.id'], name=op.f('fk_attempts_exam_session_id_exam_sessions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_attempts_item_id_items'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_attempts_student_id_students'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attempts')),
    sa.UniqueConstraint('client_uuid', name=op.f('uq_attempts_client_uuid')),
    sa.UniqueConstraint('exam_session_id', 'seq', name=op.f('uq_attempts_exam_session_id_seq'))
    )
    op.create_index(op.f('ix_attempts_item_id'), 'attempts', ['item_id'], unique=False)
    op.create_index(op.f('ix_attempts_student_id'), 'attempts', ['student_id'], unique=False)


def upgrade() -> None:
    op.execute(ROLES_SQL)
    op.execute(DATABASE_SQL)
    _create_core_tables()
    op.execute(ITEM_STATS_STORAGE_SQL)
    op.execute(CORE_TRIGGERS_SQL)
    op.execute(AUTH_SQL)
    op.execute(EXAM_TABLES_SQL)
    op.execute(EXAM_CAT_SQL)
    op.execute(EXAM_SELECT_SQL)
    op.execute(EXAM_API_SQL)
    op.execute(PROCTOR_SQL)
    op.execute(KIOSK_SQL)
    op.execute(HARDEN_SQL)          # every object above exists now
    op.execute(POLICIES_SQL)


# No IF EXISTS: an object that is missing means the database is not what this revision made, and
# the downgrade stops with PostgreSQL's error instead of pretending it succeeded.
DOWNGRADE_SQL = r"""
-- the two schemas with their tables, functions and types; CASCADE also takes what depends on
-- them in public: the client policies (they call auth.*), the audit stamp trigger and the
-- items triggers that keep the candidate sets current
DROP SCHEMA exam CASCADE;
DROP SCHEMA auth CASCADE;
-- the public tables (with their indexes, triggers and remaining policies) and functions
DROP TABLE public.exam_kiosk_settings, public.attempts, public.exam_sessions, public.student_classroom,
    public.exams, public.classes, public.teachers, public.students, public.audit_log, public.users,
    public.item_stats, public.item_param_history, public.item_keys, public.organizations, public.items;
DROP FUNCTION public.item_stats_apply(), public.audit_log_append_only(),
    public.exam_kiosk_quit_hash(integer), public.exam_heartbeat(bigint);

-- alembic_version stays (alembic owns it): back to the migrator, without row-level security
DROP POLICY owner_all ON public.alembic_version;
DROP POLICY alembic_version_select ON public.alembic_version;
ALTER TABLE public.alembic_version NO FORCE ROW LEVEL SECURITY;
ALTER TABLE public.alembic_version DISABLE ROW LEVEL SECURITY;
REVOKE ALL ON TABLE public.alembic_version FROM dreamseed_client;
DO $$
BEGIN
    EXECUTE pg_catalog.format('ALTER TABLE public.alembic_version OWNER TO %I', current_user);
END $$;

-- privileges back to PostgreSQL's defaults (PostgreSQL 15+: PUBLIC may use schema public)
REVOKE ALL ON SCHEMA public FROM dreamseed_owner, dreamseed_client;
GRANT USAGE ON SCHEMA public TO PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE dreamseed_owner GRANT EXECUTE ON FUNCTIONS TO PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC;
DO $$
BEGIN
    EXECUTE pg_catalog.format('REVOKE ALL ON DATABASE %I FROM dreamseed_client, dreamseed_owner',
                              current_database());
    EXECUTE pg_catalog.format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO PUBLIC', current_database());
    IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
        GRANT EXECUTE ON FUNCTION pg_catalog.lo_create(oid), pg_catalog.lo_creat(integer),
            pg_catalog.lo_from_bytea(oid, bytea) TO PUBLIC;
    END IF;
END $$;
"""


def downgrade() -> None:
    op.execute(DOWNGRADE_SQL)
