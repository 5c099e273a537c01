-- Re-runnable hardening pass over every object of the application schemas. Every migration
-- that creates objects ends with it (db.roles.harden_sql()):
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
    IF pg_catalog.to_regclass('public.audit_log') IS NOT NULL THEN
        REVOKE UPDATE, DELETE ON TABLE public.audit_log FROM dreamseed_client;
    END IF;
    IF pg_catalog.to_regclass('public.alembic_version') IS NOT NULL THEN
        REVOKE INSERT, UPDATE, DELETE ON TABLE public.alembic_version FROM dreamseed_client;
    END IF;
END $$;
