"""Database roles: the client login role, URL derivation and the shared hardening SQL.

The app always connects as ``dreamseed_client`` (embedded and shared server alike); only
migrations use the owner/superuser URL. Every table's rows are decided by row-level security
keyed on the session token, so the client password is not a secret (see docs/security.md).
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from dreamseed_desktop.config.paths import migrations_dir

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
