"""roles, hardening, row-level security, auth functions

Creates the owner and client roles (idempotently), the ``auth`` and ``exam`` schemas, the
token/session tables and login functions, and the client policies of every core table.
The SQL lives in migrations/sql/ (see docs/security.md).

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

from alembic import op

from dreamseed_desktop.db.roles import harden_sql, sql_file

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# restore the 0001 (invoker) version of the item_stats trigger function on downgrade
_ITEM_STATS_INVOKER = """
ALTER FUNCTION public.item_stats_apply() SECURITY INVOKER;
ALTER FUNCTION public.item_stats_apply() SET search_path = public, pg_catalog, pg_temp;
"""


def upgrade() -> None:
    op.execute(sql_file("0002_roles.sql"))
    op.execute(sql_file("0002_database.sql"))
    op.execute(sql_file("0002_auth.sql"))
    op.execute(harden_sql())
    op.execute(sql_file("0002_policies.sql"))


def downgrade() -> None:
    op.execute("""
    DO $$
    DECLARE r record;
    BEGIN
        FOR r IN SELECT schemaname, tablename, policyname FROM pg_catalog.pg_policies
                 WHERE schemaname = 'public' LOOP
            EXECUTE pg_catalog.format('DROP POLICY %I ON %I.%I', r.policyname, r.schemaname, r.tablename);
        END LOOP;
        FOR r IN SELECT c.relname FROM pg_catalog.pg_class c
                 JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind = 'r' LOOP
            EXECUTE pg_catalog.format('ALTER TABLE public.%I NO FORCE ROW LEVEL SECURITY', r.relname);
            EXECUTE pg_catalog.format('ALTER TABLE public.%I DISABLE ROW LEVEL SECURITY', r.relname);
            EXECUTE pg_catalog.format('REVOKE ALL ON TABLE public.%I FROM dreamseed_client', r.relname);
        END LOOP;
    END $$;
    DROP TRIGGER IF EXISTS trg_audit_log_stamp ON public.audit_log;
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM dreamseed_client;
    DROP SCHEMA IF EXISTS exam CASCADE;
    DROP SCHEMA IF EXISTS auth CASCADE;
    """)
    op.execute(_ITEM_STATS_INVOKER)
    op.execute("""
    DO $$
    BEGIN
        IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
            GRANT EXECUTE ON FUNCTION pg_catalog.lo_create(oid), pg_catalog.lo_creat(integer),
                pg_catalog.lo_from_bytea(oid, bytea) TO PUBLIC;
        END IF;
    END $$;
    """)
