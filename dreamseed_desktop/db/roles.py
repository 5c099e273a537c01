"""Database roles: the client login role, URL derivation and the shared hardening SQL.

The app always connects as ``dreamseed_client`` (embedded and shared server alike); only
migrations use the owner/superuser URL. Every table's rows are decided by row-level security
keyed on the session token, so the client password is not a secret (see docs/security.md).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from dreamseed_desktop.config.paths import migrations_dir

if TYPE_CHECKING:
    import psycopg

OWNER_ROLE = "dreamseed_owner"
CLIENT_ROLE = "dreamseed_client"
#: Default password of the client role (public knowledge; change it per server with
#: ``dreamseed-admin security set-client-password``).
DEFAULT_CLIENT_PASSWORD = "dreamseed-client"


def client_url(owner_url: str, password: str | None = None) -> str:
    """The same server and database as ``owner_url``, signed in as the client role."""
    url = make_url(owner_url).set(username=CLIENT_ROLE,
                                  password=DEFAULT_CLIENT_PASSWORD if password is None else password)
    return url.render_as_string(hide_password=False)


def sql_file(name: str) -> str:
    """Text of ``migrations/sql/<name>`` (SQL shared by the security migrations)."""
    return (Path(migrations_dir()) / "sql" / name).read_text(encoding="utf-8")


def harden_sql() -> str:
    """Idempotent hardening pass: ownership, FORCE RLS, owner policy, no PUBLIC grants.

    Every migration that creates tables or functions runs it last (``op.execute(harden_sql())``)
    and then adds the client policies and EXECUTE grants its objects need.
    """
    return sql_file("harden.sql")


def database_privileges_sql() -> str:
    """Database-level REVOKE/GRANT of 0002. ``CREATE DATABASE ... TEMPLATE`` does not copy them,
    so run this (as owner) on a database copied from a migrated template."""
    return sql_file("0002_database.sql")


def set_client_password(owner_url: str, password: str) -> None:
    """Change the client role's password (run with the owner/superuser URL)."""
    import psycopg
    from psycopg import sql

    if len(password) < 8:
        raise ValueError("The client password must have at least 8 characters.")
    from dreamseed_desktop.db.engine import normalise_url

    dsn = make_url(normalise_url(owner_url)).set(drivername="postgresql")
    with psycopg.connect(dsn.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
            sql.Identifier(CLIENT_ROLE), sql.Literal(password)))


# Catalog checks of the hardening rules: (description, query returning offending objects).
HARDENING_CHECKS: tuple[tuple[str, str], ...] = (
    ("tables without ENABLE+FORCE row-level security or not owned by dreamseed_owner",
     ("SELECT n.nspname || '.' || c.relname FROM pg_catalog.pg_class c "
      "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
      "WHERE n.nspname IN ('public', 'auth', 'exam') AND c.relkind IN ('r', 'p') "
      "AND NOT (c.relrowsecurity AND c.relforcerowsecurity "
      "AND pg_catalog.pg_get_userbyid(c.relowner) = 'dreamseed_owner')")),
    ("SECURITY DEFINER functions without a pinned search_path",
     ("SELECT p.oid::pg_catalog.regprocedure::text FROM pg_catalog.pg_proc p "
      "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
      "WHERE n.nspname IN ('public', 'auth', 'exam') AND p.prosecdef AND NOT EXISTS ("
      "SELECT 1 FROM pg_catalog.unnest(p.proconfig) s WHERE s LIKE 'search_path=%' AND s NOT LIKE '%public%')")),
    ("functions anyone (PUBLIC) may execute",
     ("SELECT p.oid::pg_catalog.regprocedure::text FROM pg_catalog.pg_proc p "
      "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
      "WHERE n.nspname IN ('public', 'auth', 'exam') AND (p.proacl IS NULL "
      "OR p.proacl::text LIKE '%{=X%' OR p.proacl::text LIKE '%,=X%')")),
    ("client role with extra powers or memberships",
     ("SELECT r.rolname FROM pg_catalog.pg_roles r WHERE r.rolname = 'dreamseed_client' AND (r.rolsuper "
      "OR r.rolbypassrls OR r.rolcreaterole OR r.rolcreatedb OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m "
      "WHERE m.member = r.oid))")),
    ("missing roles",
     ("SELECT x FROM pg_catalog.unnest(ARRAY['dreamseed_owner', 'dreamseed_client']) x "
      "WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = x)")),
)


def hardening_problems(conn: psycopg.Connection) -> list[str]:
    """Every violation of the hardening rules found in the catalog (empty = all good)."""
    problems = []
    for what, query in HARDENING_CHECKS:
        for (name,) in conn.execute(query).fetchall():
            problems.append(f"{what}: {name}")
    return problems
