"""Database roles: the client login role, URL derivation, database privileges, hardening checks.

The app always connects as ``dreamseed_client`` (embedded and shared server alike); only
migrations use the owner/superuser URL. Every table's rows are decided by row-level security
keyed on the session token, so the client password is not a secret (see docs/security.md).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    import psycopg

CLIENT_ROLE = "dreamseed_client"
#: Default password of the client role (public knowledge; change it per server with
#: ``dreamseed-admin security set-client-password``).
DEFAULT_CLIENT_PASSWORD = "dreamseed-client"


def client_url(owner_url: str, password: str | None = None) -> str:
    """The same server and database as ``owner_url``, signed in as the client role."""
    url = make_url(owner_url).set(username=CLIENT_ROLE,
                                  password=DEFAULT_CLIENT_PASSWORD if password is None else password)
    return url.render_as_string(hide_password=False)


#: Database-level privileges, as the baseline migration (0001) sets them. ``CREATE DATABASE ...
#: TEMPLATE`` and ``pg_restore`` into a new database do not carry them over, so run this (as the
#: owner/superuser) on such a copy. tests/integration/test_migrations.py checks that the text is the
#: baseline's own.
DATABASE_PRIVILEGES_SQL = """
-- Database-level privileges (not copied by CREATE DATABASE ... TEMPLATE: re-run after copying).
DO $$
BEGIN
    EXECUTE pg_catalog.format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE pg_catalog.format('GRANT CONNECT ON DATABASE %I TO dreamseed_client', current_database());
    EXECUTE pg_catalog.format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO dreamseed_owner', current_database());
END $$;
"""


def database_privileges_sql() -> str:
    """Database-level REVOKE/GRANT of the baseline migration, to re-apply on a copied database."""
    return DATABASE_PRIVILEGES_SQL


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
