-- Database-level privileges (not copied by CREATE DATABASE ... TEMPLATE: re-run after copying).
DO $$
BEGIN
    EXECUTE pg_catalog.format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE pg_catalog.format('GRANT CONNECT ON DATABASE %I TO dreamseed_client', current_database());
    EXECUTE pg_catalog.format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO dreamseed_owner', current_database());
END $$;
