"""one client cannot hurt the others: login roles with connection limits, no table-level
UPDATE/DELETE/TRUNCATE for clients, deletes and audit entries through definer functions,
built-ins that act on other sessions revoked, a server-side backstop for timeouts

See docs/security.md ("One client cannot hurt the others").

Revision ID: 0008
Revises: 0007
"""
from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

UPGRADE = r"""
-- 1. Login roles. dreamseed_client becomes the NOLOGIN group that holds the grants and is named
--    by every policy; students and staff sign in through their own login roles, each with a
--    connection limit, so students cannot use up the connections staff need. Roles are
--    cluster-wide: each step runs only when still needed, and fails with the statement a
--    superuser must run when this migrator may not do it (docs/school-server.md).
DO $$
DECLARE
    v_budget integer := pg_catalog.current_setting('max_connections')::integer
                        - pg_catalog.current_setting('superuser_reserved_connections')::integer
                        - COALESCE(pg_catalog.current_setting('reserved_connections', true)::integer, 0) - 10;
    v_students integer := GREATEST(2, v_budget * 2 / 3);
    v_staff integer := GREATEST(2, v_budget - GREATEST(2, v_budget * 2 / 3));
    v_pg16 boolean := pg_catalog.current_setting('server_version_num')::integer >= 160000;
    v_sql text;
    r record;
BEGIN
    FOR r IN SELECT * FROM (VALUES ('dreamseed_student', 'dreamseed-student', v_students, '20s', '5s', '60s'),
                                   ('dreamseed_staff', 'dreamseed-staff', v_staff, '300s', '10s', '120s'))
                           v(name, pw, lim, stmt, lck, idle)
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r.name) THEN
            v_sql := pg_catalog.format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L NOSUPERUSER NOCREATEDB '
                                       'NOCREATEROLE NOREPLICATION NOBYPASSRLS CONNECTION LIMIT %s', r.name, r.pw, r.lim);
            BEGIN
                EXECUTE v_sql;
            EXCEPTION
                WHEN duplicate_object THEN NULL;   -- created concurrently by another database
                WHEN insufficient_privilege THEN
                    RAISE EXCEPTION USING MESSAGE = 'a superuser must first run: ' || v_sql;
            END;
        END IF;
        -- session defaults (the app also forces them when it connects; `security check` reports
        -- missing ones and any other setting found on these roles; `--fix` puts them back)
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_db_role_setting s WHERE s.setdatabase = 0
                       AND s.setrole = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = r.name)) THEN
            BEGIN
                EXECUTE pg_catalog.format('ALTER ROLE %I SET statement_timeout = %L', r.name, r.stmt);
                EXECUTE pg_catalog.format('ALTER ROLE %I SET lock_timeout = %L', r.name, r.lck);
                EXECUTE pg_catalog.format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', r.name, r.idle);
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE WARNING 'cannot set the session defaults of %: run `dreamseed-admin security check --fix` '
                              'with a superuser database URL', r.name;
            END;
        END IF;
        IF NOT pg_catalog.pg_has_role(r.name, 'dreamseed_client', 'USAGE') THEN
            v_sql := pg_catalog.format(CASE WHEN v_pg16 THEN 'GRANT dreamseed_client TO %I WITH INHERIT TRUE, SET FALSE'
                                            ELSE 'GRANT dreamseed_client TO %I' END, r.name);
            BEGIN
                EXECUTE v_sql;
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE EXCEPTION USING MESSAGE = 'a superuser must first run: ' || v_sql;
            END;
        END IF;
    END LOOP;
    IF (SELECT rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = 'dreamseed_client') THEN
        BEGIN
            ALTER ROLE dreamseed_client NOLOGIN;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION USING MESSAGE = 'a superuser must first run: ' || 'ALTER ROLE dreamseed_client NOLOGIN';
        END;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles mr ON mr.oid = m.member
               JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
               WHERE mr.rolname IN ('dreamseed_client', 'dreamseed_student', 'dreamseed_staff')
                 AND g.rolname <> 'dreamseed_client') THEN
        RAISE EXCEPTION USING MESSAGE = 'a DreamSeed client role is a member of another role; remove that membership first';
    END IF;
END $$;

-- 2. Built-ins that let one session act on others, and the statements of other sessions.
--    (Owned by the bootstrap superuser: only a superuser migrator can revoke them; otherwise
--    `security check` lists them until `security check --fix` is run with a superuser URL.)
DO $$
DECLARE
    f text;
BEGIN
    IF NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
        RAISE WARNING 'not a superuser: pg_terminate_backend, pg_cancel_backend, advisory locks and '
                      'pg_stat_activity stay open to clients; run `dreamseed-admin security check --fix` '
                      'with a superuser database URL';
        RETURN;
    END IF;
    FOR f IN
        SELECT p.oid::pg_catalog.regprocedure::text FROM pg_catalog.pg_proc p
        WHERE p.pronamespace = 'pg_catalog'::pg_catalog.regnamespace
          AND (p.proname IN ('pg_terminate_backend', 'pg_cancel_backend', 'pg_notify', 'pg_stat_get_activity')
               OR p.proname ~ '^pg_(try_)?advisory_' OR p.proname ~ '^pg_stat_get_backend_')
    LOOP
        EXECUTE pg_catalog.format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION %s TO dreamseed_owner', f);
    END LOOP;
    REVOKE SELECT ON pg_catalog.pg_stat_activity, pg_catalog.pg_stat_ssl, pg_catalog.pg_stat_gssapi FROM PUBLIC;
    GRANT SELECT ON pg_catalog.pg_stat_activity TO dreamseed_owner;
    -- the reaper below ends stuck client sessions as the owner role (which is NOINHERIT: on
    -- PostgreSQL 16+ the grant itself inherits; on 15 `security check` reports it)
    IF pg_catalog.current_setting('server_version_num')::integer >= 160000 THEN
        EXECUTE 'GRANT pg_read_all_stats, pg_signal_backend TO dreamseed_owner WITH INHERIT TRUE';
    ELSE
        GRANT pg_read_all_stats, pg_signal_backend TO dreamseed_owner;
    END IF;
END $$;

-- 3. Table privileges: SELECT as before; INSERT where a client policy allows inserts; UPDATE
--    only column by column (a table-level UPDATE, DELETE or TRUNCATE would let a client
--    `LOCK TABLE ... ACCESS EXCLUSIVE`; column privileges do not); no DELETE, TRUNCATE,
--    REFERENCES or TRIGGER. Deleting goes through definer functions that check the caller and
--    write the audit row; clients never insert audit rows.
DO $$
DECLARE
    t record;
    v_cols text;
BEGIN
    FOR t IN
        SELECT c.oid, c.relname FROM pg_catalog.pg_class c
        WHERE c.relnamespace = 'public'::pg_catalog.regnamespace AND c.relkind IN ('r', 'p')
    LOOP
        EXECUTE pg_catalog.format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE public.%I '
                                  'FROM dreamseed_client', t.relname);
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_policy p WHERE p.polrelid = t.oid
                       AND p.polcmd IN ('a', '*') AND (p.polroles = '{0}'
                           OR 'dreamseed_client'::pg_catalog.regrole = ANY (p.polroles))) THEN
            EXECUTE pg_catalog.format('REVOKE INSERT ON TABLE public.%I FROM dreamseed_client', t.relname);
        END IF;
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_policy p WHERE p.polrelid = t.oid
                   AND p.polcmd IN ('w', '*') AND (p.polroles = '{0}'
                       OR 'dreamseed_client'::pg_catalog.regrole = ANY (p.polroles))) THEN
            SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO v_cols
            FROM pg_catalog.pg_attribute a
            WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
              AND a.attname NOT IN ('id', 'has_password');
            EXECUTE pg_catalog.format('GRANT UPDATE (%s) ON TABLE public.%I TO dreamseed_client', v_cols, t.relname);
        END IF;
    END LOOP;
END $$;
REVOKE INSERT ON TABLE public.audit_log FROM dreamseed_client;
DROP POLICY audit_log_insert ON public.audit_log;

-- audit rows are written by definer functions; stamp time and address for every client session
CREATE OR REPLACE FUNCTION auth.audit_log_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF pg_catalog.pg_has_role(session_user, 'dreamseed_client', 'MEMBER') THEN
        NEW.at := pg_catalog.now();
        NEW.client_addr := pg_catalog.inet_client_addr();
    END IF;
    RETURN NEW;
END $$;

-- 4. The audit entry of a staff service call. The server decides who the actor is (the signed-in
--    user), which organization it belongs to and which actions a client may record at all:
--    sign-in, proctor, kiosk and the student's own exam actions are written only by the server's
--    own functions. Students record nothing.
CREATE FUNCTION auth.record_action(p_action text, p_object_type text, p_object_id text,
                                   p_affected integer[], p_org integer, p_details jsonb) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
    v_org integer := COALESCE(p_org, i.organization_id);
BEGIN
    IF i.role NOT IN ('admin', 'teacher') THEN
        RAISE EXCEPTION 'Only staff can do this.' USING ERRCODE = 'DS403';
    END IF;
    IF p_action IS NULL OR p_action !~ '^(organization|admin|teacher|student|user|roster|items?|exam|exam_session|enrollment|class|attempt|demo)\.[a-z_]{1,40}$'
       OR p_action IN ('exam_session.suspend', 'exam_session.resume') THEN
        RAISE EXCEPTION 'This action cannot be recorded by a client.' USING ERRCODE = 'DS403';
    END IF;
    IF v_org IS DISTINCT FROM i.organization_id AND NOT auth.is_sysadmin() THEN
        RAISE EXCEPTION 'This action cannot be recorded by a client.' USING ERRCODE = 'DS403';
    END IF;
    IF NOT auth.is_sysadmin() AND EXISTS (
            SELECT 1 FROM pg_catalog.unnest(COALESCE(p_affected, '{}'::integer[])) a(uid)
            LEFT JOIN public.users u ON u.id = a.uid
            WHERE u.organization_id IS DISTINCT FROM i.organization_id) THEN
        RAISE EXCEPTION 'This action cannot be recorded by a client.' USING ERRCODE = 'DS403';
    END IF;
    PERFORM auth.audit(i.user_id, v_org, p_action, p_object_type, pg_catalog.left(p_object_id, 200),
                       p_affected, COALESCE(p_details, '{}'::jsonb));
END $$;

-- 5. Deletes the services make, as definer functions that check the caller like the old DELETE
--    policies did and audit the deletion themselves.
CREATE FUNCTION public.delete_organization(p_org_id integer) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
    v_name text;
BEGIN
    IF NOT auth.is_sysadmin() THEN
        RAISE EXCEPTION 'Only the system administrator can delete organizations.' USING ERRCODE = 'DS403';
    END IF;
    DELETE FROM public.organizations WHERE id = p_org_id RETURNING name INTO v_name;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM auth.audit(i.user_id, p_org_id, 'organization.delete', 'organization', p_org_id::text, NULL,
                       pg_catalog.jsonb_build_object('name', v_name));
    RETURN true;
END $$;

CREATE FUNCTION public.delete_class(p_class_id integer) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
    c public.classes;
BEGIN
    SELECT * INTO c FROM public.classes WHERE id = p_class_id FOR UPDATE;
    IF NOT FOUND OR NOT auth.is_admin_of(c.organization_id) THEN
        IF i.role <> 'admin' THEN
            RAISE EXCEPTION 'Only an administrator can delete classes.' USING ERRCODE = 'DS403';
        END IF;
        RETURN false;
    END IF;
    DELETE FROM public.classes WHERE id = p_class_id;
    PERFORM auth.audit(i.user_id, c.organization_id, 'class.delete', 'class', p_class_id::text, NULL,
                       pg_catalog.jsonb_build_object('name', c.name));
    RETURN true;
END $$;

-- Removes the given students from the class (all or nothing is the caller's business: it gets
-- back who was removed); staff who manage the class only.
CREATE FUNCTION public.remove_enrollments(p_class_id integer, p_student_ids integer[])
RETURNS TABLE (student_id integer, user_id integer)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
    c public.classes;
    v_removed integer[];
    v_users integer[];
BEGIN
    SELECT * INTO c FROM public.classes WHERE id = p_class_id FOR KEY SHARE;
    IF NOT FOUND OR NOT (auth.is_admin_of(c.organization_id)
                         OR (i.role = 'teacher' AND c.teacher_id = i.teacher_id)) THEN
        RAISE EXCEPTION 'This class does not exist or you cannot see it.' USING ERRCODE = 'DS404';
    END IF;
    WITH d AS (
        DELETE FROM public.student_classroom sc
        WHERE sc.class_id = p_class_id AND sc.student_id = ANY (p_student_ids)
        RETURNING sc.student_id
    )
    SELECT pg_catalog.array_agg(d.student_id ORDER BY d.student_id),
           pg_catalog.array_agg(s.user_id ORDER BY d.student_id)
    INTO v_removed, v_users
    FROM d JOIN public.students s ON s.id = d.student_id;
    IF v_removed IS NOT NULL THEN
        PERFORM auth.audit(i.user_id, c.organization_id, 'enrollment.remove', 'class', p_class_id::text, v_users,
                           pg_catalog.jsonb_build_object('student_ids', pg_catalog.to_jsonb(v_removed),
                                                         'count', pg_catalog.cardinality(v_removed)));
    END IF;
    RETURN QUERY SELECT x.s, x.u FROM ROWS FROM (pg_catalog.unnest(v_removed), pg_catalog.unnest(v_users)) AS x(s, u);
END $$;

-- 6. Server-side backstop for the timeouts: a client may switch its own timeouts off, so every
--    sign-in first ends client sessions that have sat in a transaction, or run one statement,
--    far longer than allowed (auth.settings reap_idle_seconds / reap_statement_seconds).
INSERT INTO auth.settings (key, value) VALUES ('reap_idle_seconds', 300), ('reap_statement_seconds', 900);
CREATE FUNCTION auth.reap_stuck_clients() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_idle interval := pg_catalog.make_interval(secs => auth.setting('reap_idle_seconds'));
    v_stmt interval := pg_catalog.make_interval(secs => auth.setting('reap_statement_seconds'));
    v_n integer := 0;
    r record;
BEGIN
    IF NOT (pg_catalog.pg_has_role('dreamseed_owner', 'pg_signal_backend', 'USAGE')
            AND pg_catalog.pg_has_role('dreamseed_owner', 'pg_read_all_stats', 'USAGE')) THEN
        RETURN 0;   -- reported by `security check`
    END IF;
    FOR r IN
        SELECT a.pid, a.state FROM pg_catalog.pg_stat_activity a
        WHERE a.usename IN ('dreamseed_student', 'dreamseed_staff') AND a.pid <> pg_catalog.pg_backend_pid()
          AND ((a.state IN ('idle in transaction', 'idle in transaction (aborted)')
                AND a.state_change < pg_catalog.clock_timestamp() - v_idle)
               OR (a.state = 'active' AND a.query_start < pg_catalog.clock_timestamp() - v_stmt))
    LOOP
        IF pg_catalog.pg_terminate_backend(r.pid) THEN
            v_n := v_n + 1;
            PERFORM auth.audit(NULL, NULL, 'server.session_ended', 'backend', r.pid::text, NULL,
                               pg_catalog.jsonb_build_object('state', r.state));
        END IF;
    END LOOP;
    RETURN v_n;
END $$;

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

-- ownership and grants of the new functions
ALTER FUNCTION auth.record_action(text, text, text, integer[], integer, jsonb) OWNER TO dreamseed_owner;
ALTER FUNCTION public.delete_organization(integer) OWNER TO dreamseed_owner;
ALTER FUNCTION public.delete_class(integer) OWNER TO dreamseed_owner;
ALTER FUNCTION public.remove_enrollments(integer, integer[]) OWNER TO dreamseed_owner;
ALTER FUNCTION auth.reap_stuck_clients() OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION auth.record_action(text, text, text, integer[], integer, jsonb),
    public.delete_organization(integer), public.delete_class(integer),
    public.remove_enrollments(integer, integer[]), auth.reap_stuck_clients() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.record_action(text, text, text, integer[], integer, jsonb),
    public.delete_organization(integer), public.delete_class(integer),
    public.remove_enrollments(integer, integer[]) TO dreamseed_client;
"""

DOWNGRADE = r"""
DROP FUNCTION auth.record_action(text, text, text, integer[], integer, jsonb);
DROP FUNCTION public.delete_organization(integer);
DROP FUNCTION public.delete_class(integer);
DROP FUNCTION public.remove_enrollments(integer, integer[]);
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

DROP FUNCTION auth.reap_stuck_clients();
DELETE FROM auth.settings WHERE key IN ('reap_idle_seconds', 'reap_statement_seconds');
CREATE OR REPLACE FUNCTION auth.audit_log_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF session_user = 'dreamseed_client' THEN
        NEW.at := pg_catalog.now();
        NEW.client_addr := pg_catalog.inet_client_addr();
    END IF;
    RETURN NEW;
END $$;
CREATE POLICY audit_log_insert ON public.audit_log FOR INSERT TO dreamseed_client
    WITH CHECK (actor_user_id = (SELECT auth.current_user_id())
                AND (organization_id IS NULL OR organization_id = (SELECT auth.current_org())
                     OR (SELECT auth.is_sysadmin())));
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.relname FROM pg_catalog.pg_class c
             WHERE c.relnamespace = 'public'::pg_catalog.regnamespace AND c.relkind IN ('r', 'p')
    LOOP
        EXECUTE pg_catalog.format('REVOKE UPDATE ON TABLE public.%I FROM dreamseed_client', t.relname);
        EXECUTE pg_catalog.format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.%I TO dreamseed_client', t.relname);
    END LOOP;
    REVOKE UPDATE, DELETE ON TABLE public.audit_log FROM dreamseed_client;
    REVOKE INSERT, UPDATE, DELETE ON TABLE public.alembic_version FROM dreamseed_client;
    IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
        FOR t IN SELECT p.oid::pg_catalog.regprocedure::text AS f FROM pg_catalog.pg_proc p
                 WHERE p.pronamespace = 'pg_catalog'::pg_catalog.regnamespace
                   AND (p.proname IN ('pg_terminate_backend', 'pg_cancel_backend', 'pg_notify', 'pg_stat_get_activity')
                        OR p.proname ~ '^pg_(try_)?advisory_' OR p.proname ~ '^pg_stat_get_backend_')
        LOOP
            EXECUTE pg_catalog.format('REVOKE EXECUTE ON FUNCTION %s FROM dreamseed_owner', t.f);
            EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION %s TO PUBLIC', t.f);
        END LOOP;
        REVOKE SELECT ON pg_catalog.pg_stat_activity FROM dreamseed_owner;
        GRANT SELECT ON pg_catalog.pg_stat_activity, pg_catalog.pg_stat_ssl, pg_catalog.pg_stat_gssapi TO PUBLIC;
        REVOKE pg_read_all_stats, pg_signal_backend FROM dreamseed_owner;
    END IF;
END $$;
-- The roles are cluster-wide and stay as they are (other databases on the server may be at this
-- revision): dreamseed_client remains a NOLOGIN group, its login members keep working.
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
