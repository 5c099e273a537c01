"""Checks (and fixes) that keep one client from hurting the others.

``dreamseed-admin security check`` runs :func:`isolation_problems` next to the hardening checks;
``--fix`` runs :func:`fix_isolation`. What each item protects is in docs/security.md
("One client cannot hurt the others").
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dreamseed_desktop.db.findings import Finding
from dreamseed_desktop.db.roles import CLIENT_LOGIN_ROLES, CLIENT_ROLE, OWNER_ROLE, ROLE_TIMEOUTS

if TYPE_CHECKING:
    import psycopg

CLIENT_ROLES = (CLIENT_ROLE, *CLIENT_LOGIN_ROLES)
#: Built-ins that act on other sessions or show their statements (revoked from PUBLIC by the
#: client-isolation revision). Regular expressions over pg_catalog function names.
SHARED_BUILTINS = ("^pg_terminate_backend$", "^pg_cancel_backend$", "^pg_notify$", "^pg_stat_get_activity$",
                   "^pg_(try_)?advisory_", "^pg_stat_get_backend_")
SHARED_VIEWS = ("pg_stat_activity", "pg_stat_ssl", "pg_stat_gssapi")
TABLE_POWERS = ("UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")
#: Tables only the server writes (exam API, proctor and correction functions): no client role
#: may hold any write privilege on them, not even column grants or a write policy (revision 0017).
RESULT_TABLES = ("public.exam_sessions", "public.attempts")
RESULT_WRITES = ("INSERT", "UPDATE", "DELETE", "TRUNCATE")
RESERVE = 10   # connections left for the owner, backups and maintenance


def _one(conn: psycopg.Connection, query: str, params: Any = None) -> Any:
    """First column of the first row."""
    row = conn.execute(query, params).fetchone()
    assert row is not None
    return row[0]


def _builtins_sql() -> str:
    pattern = "|".join(SHARED_BUILTINS)
    return ("SELECT p.oid::pg_catalog.regprocedure::text FROM pg_catalog.pg_proc p "
            "WHERE p.pronamespace = 'pg_catalog'::pg_catalog.regnamespace "
            f"AND p.proname ~ '{pattern}'")


def expected_role_settings(role: str) -> set[str]:
    return {f"{key}={value}" for key, value in ROLE_TIMEOUTS.get(role, {}).items()}


def planted_settings(conn: psycopg.Connection) -> list[tuple[str, str | None, str]]:
    """(role or '(database)', database or None, 'name=value') of every role- or database-level
    setting that is not one the migrations put there."""
    rows = conn.execute(
        "SELECT COALESCE(r.rolname, ''), d.datname, x.setting "
        "FROM pg_catalog.pg_db_role_setting s "
        "LEFT JOIN pg_catalog.pg_roles r ON r.oid = s.setrole "
        "LEFT JOIN pg_catalog.pg_database d ON d.oid = s.setdatabase "
        "CROSS JOIN LATERAL pg_catalog.unnest(s.setconfig) x(setting) "
        "WHERE r.rolname = ANY(%s) OR (s.setrole = 0 AND d.datname = current_database()) "
        "ORDER BY 1, 2, 3", (list(CLIENT_ROLES),)).fetchall()
    found = []
    for role, database, setting in rows:
        if role and database is None and setting in expected_role_settings(role):
            continue
        found.append((role or "(database)", database, setting))
    return found


def log_warnings(conn: psycopg.Connection) -> list[Finding]:
    """Server or client-role logging that would write sign-in proofs or session tokens to the log."""
    warnings: list[Finding] = []
    server: dict[str, str] = dict(conn.execute(
        "SELECT name, setting FROM pg_catalog.pg_settings WHERE name IN ('log_statement', "
        "'log_min_duration_statement', 'log_min_duration_sample', 'log_parameter_max_length', "
        "'log_parameter_max_length_on_error', 'log_min_error_statement')").fetchall())
    per_role = conn.execute(
        "SELECT r.rolname, x.setting FROM pg_catalog.pg_db_role_setting s "
        "JOIN pg_catalog.pg_roles r ON r.oid = s.setrole "
        "CROSS JOIN LATERAL pg_catalog.unnest(s.setconfig) x(setting) "
        "WHERE r.rolname = ANY(%s) AND x.setting LIKE 'log%%'", (list(CLIENT_ROLES),)).fetchall()
    for role in CLIENT_LOGIN_ROLES:
        eff = dict(server)
        eff.update(dict(tuple(s.split("=", 1)) for r, s in per_role if r in (role, CLIENT_ROLE)))
        if eff.get("log_statement") in ("all", "mod"):
            warnings.append(Finding("log_statement = {value} for {role}: sign-in proofs, session tokens and new "
                                    "passwords would be written to the server log (use 'ddl' or 'none')",
                                    value=eff["log_statement"], role=role))
        for key in ("log_min_duration_statement", "log_min_duration_sample"):
            if eff.get(key, "-1") != "-1" and eff.get("log_parameter_max_length", "-1") != "0":
                warnings.append(Finding("{key} = {value} for {role} logs statements with their parameters "
                                        "(proofs, tokens): set log_parameter_max_length = 0 or switch it off",
                                        key=key, value=eff[key], role=role))
        if eff.get("log_parameter_max_length_on_error", "0") != "0":
            warnings.append(Finding("log_parameter_max_length_on_error = {value} for {role} logs the parameters "
                                    "(proofs, tokens) of failing statements",
                                    value=eff["log_parameter_max_length_on_error"], role=role))
    return warnings


def result_writers(conn: psycopg.Connection) -> list[tuple[str, str, str]]:
    """(role, table, privilege) of every write privilege a client role holds on a result table
    (table-level or on any column)."""
    return [tuple(r) for r in conn.execute(
        "SELECT r.rolname, t.tbl, p.priv FROM pg_catalog.pg_roles r "
        "CROSS JOIN pg_catalog.unnest(%s::text[]) t(tbl) CROSS JOIN pg_catalog.unnest(%s::text[]) p(priv) "
        "WHERE r.rolname = ANY(%s) AND pg_catalog.to_regclass(t.tbl) IS NOT NULL "
        "AND (pg_catalog.has_table_privilege(r.oid, t.tbl, p.priv) OR (p.priv IN ('INSERT', 'UPDATE') "
        "     AND pg_catalog.has_any_column_privilege(r.oid, t.tbl, p.priv))) ORDER BY 1, 2, 3",
        (list(RESULT_TABLES), list(RESULT_WRITES), list(CLIENT_ROLES))).fetchall()]


def block_languages(conn: psycopg.Connection) -> list[tuple[str, str]]:
    """(client role, language) for every procedural language with an inline handler (``DO``)
    that a client role may use."""
    return [tuple(r) for r in conn.execute(
        "SELECT r.rolname, l.lanname FROM pg_catalog.pg_language l CROSS JOIN pg_catalog.pg_roles r "
        "WHERE l.laninline <> 0 AND r.rolname = ANY(%s) "
        "AND pg_catalog.has_language_privilege(r.oid, l.oid, 'USAGE') ORDER BY 1, 2",
        (list(CLIENT_ROLES),)).fetchall()]


def isolation_problems(conn: psycopg.Connection) -> list[Finding]:
    """Every way one client could still hurt the others, found in the catalog."""
    problems: list[Finding] = []
    roles = list(CLIENT_ROLES)
    for role, table, power in result_writers(conn):
        problems.append(Finding("{power} for {role} on {table}: results are written only by the server "
                                "(exam API, exam.correct_answer); security check --fix revokes it",
                                power=power, role=role, table=table))
    for table, policy in conn.execute(
            "SELECT p.polrelid::pg_catalog.regclass::text, p.polname FROM pg_catalog.pg_policy p "
            "WHERE p.polrelid = ANY (SELECT pg_catalog.to_regclass(t) FROM pg_catalog.unnest(%s::text[]) t) "
            "AND p.polcmd <> 'r' AND p.polname <> 'owner_all' ORDER BY 1, 2", (list(RESULT_TABLES),)).fetchall():
        problems.append(Finding("write policy {policy} on {table}: results are written only by the server",
                                policy=policy, table=table))
    for role, table, power in conn.execute(
            "SELECT r, n.nspname || '.' || c.relname, p FROM pg_catalog.pg_class c "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "CROSS JOIN pg_catalog.unnest(%s::text[]) r CROSS JOIN pg_catalog.unnest(%s::text[]) p "
            "WHERE n.nspname IN ('public', 'auth', 'exam') AND c.relkind IN ('r', 'p') "
            "AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles x WHERE x.rolname = r) "
            "AND pg_catalog.has_table_privilege(r, c.oid, p) ORDER BY 1, 2, 3",
            (roles, list(TABLE_POWERS))).fetchall():
        problems.append(Finding("table-level {power} for {role} on {table} (allows LOCK TABLE; use column "
                                "UPDATE grants and definer functions)", power=power, role=role, table=table))
    present = {(r, x) for r, x in conn.execute(
        "SELECT r.rolname, x.setting FROM pg_catalog.pg_db_role_setting s JOIN pg_catalog.pg_roles r "
        "ON r.oid = s.setrole CROSS JOIN LATERAL pg_catalog.unnest(s.setconfig) x(setting) "
        "WHERE s.setdatabase = 0 AND r.rolname = ANY(%s)", (list(CLIENT_LOGIN_ROLES),)).fetchall()}
    for role in CLIENT_LOGIN_ROLES:
        for setting in sorted(expected_role_settings(role)):
            if (role, setting) not in present:
                problems.append(Finding("session default missing on {role}: {setting} (security check --fix "
                                        "sets it)", role=role, setting=setting))
    for role, database, setting in planted_settings(conn):
        if database:
            problems.append(Finding("setting planted on {role} in database {database}: {setting} (security "
                                    "check --fix clears it)", role=role, database=database, setting=setting))
        else:
            problems.append(Finding("setting planted on {role}: {setting} (security check --fix clears it)",
                                    role=role, setting=setting))
    for role in CLIENT_LOGIN_ROLES:
        for (fn,) in conn.execute(
                f"SELECT f FROM ({_builtins_sql()}) b(f) WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_roles "
                "WHERE rolname = %s) AND pg_catalog.has_function_privilege(%s, f::pg_catalog.regprocedure, 'EXECUTE')",
                (role, role)).fetchall():
            problems.append(Finding("{role} may run {function} (acts on other sessions; needs a superuser: "
                                    "security check --fix)", role=role, function=fn))
        for view in SHARED_VIEWS:
            ok = _one(conn, "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = %s) AND "
                              "pg_catalog.has_table_privilege(%s, %s, 'SELECT')",
                              (role, role, f"pg_catalog.{view}"))
            if ok:
                problems.append(Finding("{role} may read {view} (other clients' statements)", role=role, view=view))
    for role, language in block_languages(conn):
        problems.append(Finding("{role} may run DO blocks in {language} (USAGE on the language; needs a "
                                "superuser: security check --fix)", role=role, language=language))
    limits: dict[str, int] = dict(conn.execute(
        "SELECT rolname, rolconnlimit FROM pg_catalog.pg_roles WHERE rolname = ANY(%s)",
                               (list(CLIENT_LOGIN_ROLES),)).fetchall())
    for role in CLIENT_LOGIN_ROLES:
        if role not in limits:
            problems.append(Finding("missing login role {role}", role=role))
        elif limits[role] < 0:
            problems.append(Finding("{role} has no connection limit", role=role))
        if conn.execute("SELECT rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = %s",
                        (CLIENT_ROLE,)).fetchone() == (True,):
            problems.append(Finding("{group} can log in (it is the group role; clients use {role})",
                                    group=CLIENT_ROLE, role=role))
            break
    budget = _one(conn,
        "SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int "
        "- COALESCE(current_setting('reserved_connections', true)::int, 0)") - RESERVE
    if all(limits.get(r, -1) >= 0 for r in CLIENT_LOGIN_ROLES) and sum(limits.values()) > budget:
        problems.append(Finding("connection limits {limits} add up to more than max_connections allows "
                                "({budget} after reserved and maintenance connections): students could still "
                                "use up staff's", limits=limits, budget=budget))
    rights = _one(conn, "SELECT pg_catalog.pg_has_role(%s, 'pg_signal_backend', 'USAGE') AND "
                          "pg_catalog.pg_has_role(%s, 'pg_read_all_stats', 'USAGE')",
                          (OWNER_ROLE, OWNER_ROLE))
    if not rights:
        problems.append(Finding("{owner} lacks pg_signal_backend/pg_read_all_stats: stuck client sessions "
                                "are not ended at sign-in (needs a superuser: security check --fix)",
                                owner=OWNER_ROLE))
    return problems


def fix_isolation(conn: psycopg.Connection) -> list[Finding]:
    """Clear planted settings and re-apply the expected ones; revoke what clients must not have.
    Steps that need a superuser are reported when the connection is not one. Returns what it did."""
    from psycopg import sql

    done: list[Finding] = []
    superuser = _one(conn, "SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user")
    planted = planted_settings(conn)
    missing_defaults = {r for r in CLIENT_LOGIN_ROLES if not expected_role_settings(r) <= {
        x for (x,) in conn.execute(
            "SELECT x.setting FROM pg_catalog.pg_db_role_setting s JOIN pg_catalog.pg_roles r ON r.oid = s.setrole "
            "CROSS JOIN LATERAL pg_catalog.unnest(s.setconfig) x(setting) WHERE s.setdatabase = 0 "
            "AND r.rolname = %s", (r,)).fetchall()}}
    for role in sorted({r for r, _, _ in planted if r != "(database)"} | missing_defaults):
        for (database,) in conn.execute(
                "SELECT DISTINCT d.datname FROM pg_catalog.pg_db_role_setting s JOIN pg_catalog.pg_roles r "
                "ON r.oid = s.setrole LEFT JOIN pg_catalog.pg_database d ON d.oid = s.setdatabase "
                "WHERE r.rolname = %s", (role,)).fetchall():
            if database is None:
                conn.execute(sql.SQL("ALTER ROLE {} RESET ALL").format(sql.Identifier(role)))
            else:
                conn.execute(sql.SQL("ALTER ROLE {} IN DATABASE {} RESET ALL").format(
                    sql.Identifier(role), sql.Identifier(database)))
        for key, value in ROLE_TIMEOUTS.get(role, {}).items():
            conn.execute(sql.SQL("ALTER ROLE {} SET {} = {}").format(
                sql.Identifier(role), sql.Identifier(key), sql.Literal(value)))
        done.append(Finding("cleared the settings planted on {role}", role=role))
    if any(r == "(database)" for r, _, _ in planted):
        conn.execute(sql.SQL("ALTER DATABASE {} RESET ALL").format(
            sql.Identifier(_one(conn, "SELECT current_database()"))))
        done.append(Finding("cleared the database-level settings"))
    for role in CLIENT_ROLES:
        for (table,) in conn.execute(
                "SELECT n.nspname || '.' || c.relname FROM pg_catalog.pg_class c "
                "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname IN ('public', 'auth', 'exam') AND c.relkind IN ('r', 'p') "
                "AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles x WHERE x.rolname = %s) "
                "AND (SELECT bool_or(pg_catalog.has_table_privilege(%s, c.oid, p)) "
                "     FROM pg_catalog.unnest(%s::text[]) p)", (role, role, list(TABLE_POWERS))).fetchall():
            schema, name = table.split(".", 1)
            conn.execute(sql.SQL("REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE {}.{} FROM {}").format(
                sql.Identifier(schema), sql.Identifier(name), sql.Identifier(role)))
            done.append(Finding("revoked table-level write powers on {table} from {role}", table=table, role=role))
    for role, table, power in result_writers(conn):
        schema, name = table.split(".", 1)
        conn.execute(sql.SQL("REVOKE {} ON TABLE {}.{} FROM {}").format(
            sql.SQL(power), sql.Identifier(schema), sql.Identifier(name), sql.Identifier(role)))
        done.append(Finding("revoked {power} on {table} from {role}", power=power, table=table, role=role))
    if not superuser:
        done.append(Finding("not a superuser: built-ins, pg_stat_activity and the owner's signalling rights "
                            "were left as they are (run --fix with a superuser URL)"))
        return done
    for (fn,) in conn.execute(_builtins_sql()).fetchall():
        conn.execute(f"REVOKE EXECUTE ON FUNCTION {fn} FROM PUBLIC")
        conn.execute(f"GRANT EXECUTE ON FUNCTION {fn} TO {OWNER_ROLE}")
        for role in CLIENT_ROLES:
            if _one(conn, "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = %s)",
                            (role,)):
                conn.execute(sql.SQL(f"REVOKE EXECUTE ON FUNCTION {fn} FROM {{}}").format(sql.Identifier(role)))
    for view in SHARED_VIEWS:
        conn.execute(f"REVOKE SELECT ON pg_catalog.{view} FROM PUBLIC")
    conn.execute(f"GRANT SELECT ON pg_catalog.pg_stat_activity TO {OWNER_ROLE}")
    pg16 = _one(conn, "SELECT current_setting('server_version_num')::int >= 160000")
    conn.execute(f"GRANT pg_read_all_stats, pg_signal_backend TO {OWNER_ROLE}"
                 + (" WITH INHERIT TRUE" if pg16 else ""))
    if not pg16:
        # PostgreSQL 15 (Debian 12's own package) has no per-grant INHERIT: the NOINHERIT owner
        # would never use the two rights above, so the reaper could not end stuck client
        # sessions. The owner is a member of nothing else, so INHERIT adds exactly these rights.
        conn.execute(f"ALTER ROLE {OWNER_ROLE} INHERIT")
        done.append(Finding("{owner} inherits pg_signal_backend/pg_read_all_stats (PostgreSQL 15)",
                            owner=OWNER_ROLE))
    done.append(Finding("revoked the shared built-ins and pg_stat_activity from PUBLIC"))
    for language in sorted({lan for _, lan in block_languages(conn)}):
        conn.execute(sql.SQL("GRANT USAGE ON LANGUAGE {} TO {}").format(sql.Identifier(language),
                                                                         sql.Identifier(OWNER_ROLE)))
        conn.execute(sql.SQL("REVOKE USAGE ON LANGUAGE {} FROM PUBLIC").format(sql.Identifier(language)))
        for role in CLIENT_ROLES:
            if _one(conn, "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = %s)", (role,)):
                conn.execute(sql.SQL("REVOKE USAGE ON LANGUAGE {} FROM {}").format(
                    sql.Identifier(language), sql.Identifier(role)))
        done.append(Finding("revoked USAGE on language {language} (DO blocks) from PUBLIC and the client roles",
                            language=language))
    return done
