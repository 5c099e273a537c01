-- Roles, schemas and database-level hardening (idempotent; the roles are cluster-wide and
-- survive downgrades because other databases on the same server may use them).
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

CREATE SCHEMA IF NOT EXISTS auth AUTHORIZATION dreamseed_owner;
CREATE SCHEMA IF NOT EXISTS exam AUTHORIZATION dreamseed_owner;
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
