"""Database roles: the client login roles, URL derivation, database privileges, hardening checks.

The app connects as ``dreamseed_staff`` (staff PCs and the one-PC install) or
``dreamseed_student`` (lab PCs); both are members of the NOLOGIN group ``dreamseed_client`` that
holds the grants and that every policy names. Only migrations use the owner/superuser URL. Every
table's rows are decided by row-level security keyed on the session token, so the client
passwords are not secrets (see docs/security.md).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    import psycopg

    from dreamseed_desktop.db.findings import Finding

OWNER_ROLE = "dreamseed_owner"
#: NOLOGIN group role: holds the client grants; policies name it.
CLIENT_ROLE = "dreamseed_client"
STUDENT_ROLE = "dreamseed_student"
STAFF_ROLE = "dreamseed_staff"
CLIENT_LOGIN_ROLES = (STUDENT_ROLE, STAFF_ROLE)
#: Default passwords of the login roles (public knowledge; change them per server with
#: ``dreamseed-admin security set-client-password --role student|staff``).
DEFAULT_PASSWORDS = {STUDENT_ROLE: "dreamseed-student", STAFF_ROLE: "dreamseed-staff"}

#: Session settings the app depends on, forced at connect time (startup-packet options win over
#: role- and database-level defaults a client may have planted with ALTER ROLE ... SET).
FORCED_SETTINGS = {
    "default_transaction_read_only": "off",
    "default_transaction_isolation": "read committed",
    "default_transaction_deferrable": "off",
    "search_path": "public",
    "DateStyle": "ISO, YMD",
    "IntervalStyle": "postgres",
    "extra_float_digits": "1",
    "bytea_output": "hex",
    "standard_conforming_strings": "on",
    "client_min_messages": "notice",
    "row_security": "on",
}
#: Timeouts per login role (the revision sets the same values as role defaults).
ROLE_TIMEOUTS = {
    STUDENT_ROLE: {"statement_timeout": "20s", "lock_timeout": "5s",
                   "idle_in_transaction_session_timeout": "60s"},
    STAFF_ROLE: {"statement_timeout": "300s", "lock_timeout": "10s",
                 "idle_in_transaction_session_timeout": "120s"},
}


#: Memory per sort/hash for staff connections: the statistics screen groups every session of
#: the school's classes in one query (services.stats.grouped), whose sorts of 50,000 sessions
#: spill to disk at PostgreSQL's default 4 MB. A handful of staff PCs per school; lab PCs
#: (students) keep the default.
ROLE_RESOURCES = {STAFF_ROLE: {"work_mem": "32MB"}}


def client_url(owner_url: str, password: str | None = None, *, role: str = STAFF_ROLE) -> str:
    """The same server and database as ``owner_url``, signed in as a client login role
    (``dreamseed_staff`` unless ``role`` says ``dreamseed_student``)."""
    if role not in CLIENT_LOGIN_ROLES:
        raise ValueError(f"not a client login role: {role}")
    url = make_url(owner_url).set(username=role,
                                  password=DEFAULT_PASSWORDS[role] if password is None else password)
    return url.render_as_string(hide_password=False)


def connect_options(username: str | None) -> str:
    """libpq ``options`` for a connection as ``username``: the forced settings, and for a client
    login role its timeouts and resources too."""
    settings = dict(FORCED_SETTINGS) if username in CLIENT_LOGIN_ROLES else {}
    settings.update(ROLE_TIMEOUTS.get(username or "", {}))
    settings.update(ROLE_RESOURCES.get(username or "", {}))
    return " ".join(f"-c {key}={value.replace(' ', chr(92) + ' ')}" for key, value in settings.items())


def transaction_settings(username: str | None) -> dict[str, str]:
    """What :func:`connect_options` would force at connect time, for a connection that cannot
    carry startup options (behind a transaction-pooling PgBouncer): the unit of work sets these
    with ``set_config(..., true)`` in the first statement of every transaction. The
    ``default_transaction_*`` settings are left out: every such transaction begins with its own
    ``BEGIN ISOLATION LEVEL READ COMMITTED READ WRITE`` (``db.engine``)."""
    if username not in CLIENT_LOGIN_ROLES:
        return {}
    settings = {k: v for k, v in FORCED_SETTINGS.items() if not k.startswith("default_transaction_")}
    settings.update(ROLE_TIMEOUTS.get(username or "", {}))
    settings.update(ROLE_RESOURCES.get(username or "", {}))
    return settings


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


def set_client_password(owner_url: str, password: str, role: str = STAFF_ROLE) -> None:
    """Change a client login role's password (run with the owner/superuser URL)."""
    import psycopg
    from psycopg import sql

    if len(password) < 8:
        raise ValueError("The client password must have at least 8 characters.")
    from dreamseed_desktop.db.engine import normalise_url

    dsn = make_url(normalise_url(owner_url)).set(drivername="postgresql")
    with psycopg.connect(dsn.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
            sql.Identifier(role), sql.Literal(password)))


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
     ("SELECT r.rolname FROM pg_catalog.pg_roles r WHERE r.rolname IN ('dreamseed_client', 'dreamseed_student', "
      "'dreamseed_staff') AND (r.rolsuper OR r.rolbypassrls OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication "
      "OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid "
      "WHERE m.member = r.oid AND g.rolname <> 'dreamseed_client'))")),
    ("missing roles",
     ("SELECT x FROM pg_catalog.unnest(ARRAY['dreamseed_owner', 'dreamseed_client', 'dreamseed_student', "
      "'dreamseed_staff']) x WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = x)")),
)


def hardening_problems(conn: psycopg.Connection) -> list[Finding]:
    """Every violation of the hardening rules found in the catalog (empty = all good)."""
    from dreamseed_desktop.db.findings import Finding

    problems = []
    for what, query in HARDENING_CHECKS:
        for (name,) in conn.execute(query).fetchall():
            problems.append(Finding(what + ": {name}", name=name))
    return problems
