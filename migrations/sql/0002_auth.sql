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

-- item_stats is maintained by a trigger; run it as the owner so clients need no write access.
CREATE OR REPLACE FUNCTION public.item_stats_apply() RETURNS trigger
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
