"""Catalog checks over every migration (also those of other areas): the design rules hold."""
from __future__ import annotations

import psycopg
import pytest

SCHEMAS = ("public", "auth", "exam")


def test_every_table_forces_rls_and_is_owned_by_the_owner_role(db_url: str) -> None:
    with psycopg.connect(db_url) as conn:
        bad = conn.execute(
            "SELECT n.nspname || '.' || c.relname, c.relrowsecurity, c.relforcerowsecurity, "
            "pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = ANY(%s) AND c.relkind IN ('r', 'p') AND NOT (c.relrowsecurity AND "
            "c.relforcerowsecurity AND pg_get_userbyid(c.relowner) = 'dreamseed_owner')", (list(SCHEMAS),)).fetchall()
    assert bad == []


@pytest.mark.slow
def test_definer_functions_pin_search_path_and_nothing_is_public(db_url: str) -> None:
    with psycopg.connect(db_url) as conn:
        unpinned = conn.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = ANY(%s) AND p.prosecdef AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) s "
            "WHERE s LIKE 'search_path=%%' AND s NOT LIKE '%%public%%')", (list(SCHEMAS),)).fetchall()
        public_exec = conn.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = ANY(%s) AND has_function_privilege('public', p.oid, 'EXECUTE') IS TRUE "
            "AND (p.proacl IS NULL OR p.proacl::text LIKE '%%{=X%%' OR p.proacl::text LIKE '%%,=X%%')",
            (list(SCHEMAS),)).fetchall()
        not_owned = conn.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = ANY(%s) AND pg_get_userbyid(p.proowner) <> 'dreamseed_owner'",
            (list(SCHEMAS),)).fetchall()
    assert unpinned == [] and public_exec == [] and not_owned == []


def test_client_roles_are_plain(db_url: str) -> None:
    """dreamseed_client is a NOLOGIN group; the two login roles are plain members of it, with a
    connection limit each."""
    with psycopg.connect(db_url) as conn:
        rows = conn.execute(
            "SELECT rolname, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolcanlogin, rolconnlimit > 0 "
            "FROM pg_roles WHERE rolname IN ('dreamseed_client', 'dreamseed_student', 'dreamseed_staff') "
            "ORDER BY rolname").fetchall()
        member_of = conn.execute(
            "SELECT r.rolname, g.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
            "JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname IN ('dreamseed_client', 'dreamseed_student', "
            "'dreamseed_staff') ORDER BY 1").fetchall()
        owns = conn.execute("SELECT count(*) FROM pg_class WHERE pg_get_userbyid(relowner) IN "
                            "('dreamseed_client', 'dreamseed_student', 'dreamseed_staff')").fetchone()[0]
    assert rows == [("dreamseed_client", False, False, False, False, False, False),
                    ("dreamseed_staff", False, False, False, False, True, True),
                    ("dreamseed_student", False, False, False, False, True, True)]
    assert member_of == [("dreamseed_staff", "dreamseed_client"), ("dreamseed_student", "dreamseed_client")]
    assert owns == 0


def test_hardening_pass_and_database_privileges_are_rerunnable_and_baseline_reversible(db_url: str) -> None:
    """The baseline's hardening pass and the runtime copy of its database privileges can run again
    on a migrated database without error; the baseline goes down to nothing and up again."""
    from dreamseed_desktop.db.migrate import downgrade, revision_module, upgrade
    from dreamseed_desktop.db.roles import database_privileges_sql

    baseline = revision_module("0001")
    with psycopg.connect(db_url, autocommit=True) as conn:   # idempotent pieces run twice
        conn.execute(database_privileges_sql())
        conn.execute(baseline.HARDEN_SQL)
    test_every_table_forces_rls_and_is_owned_by_the_owner_role(db_url)
    downgrade(db_url, "base")
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname IN ('auth', 'exam')").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM pg_policies").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                            "WHERE n.nspname = 'public'").fetchone()[0] == 0
    upgrade(db_url)
    test_every_table_forces_rls_and_is_owned_by_the_owner_role(db_url)
    test_definer_functions_pin_search_path_and_nothing_is_public(db_url)
