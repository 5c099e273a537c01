"""Migrations are the only schema source: they go up, down and up again, and match the models.

The revisions hold their own SQL (no package imports, no file reads), form one chain, and the
baseline's downgrade leaves a database exactly as PostgreSQL made it.
"""
from __future__ import annotations

import ast
import difflib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pgserver
import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from dreamseed_desktop.config.paths import migrations_dir
from dreamseed_desktop.db.embedded import EmbeddedServer
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.migrate import (
    SchemaStatus,
    alembic_config,
    downgrade,
    head_revision,
    known_revisions,
    revision_module,
    schema_status,
    upgrade,
)
from dreamseed_desktop.db.models import SERVER_ONLY_TABLES, Base
from dreamseed_desktop.db.roles import DATABASE_PRIVILEGES_SQL
from tests.conftest import drop_database

PG_DUMP = Path(pgserver.__file__).parent / "pginstall" / "bin" / ("pg_dump.exe" if os.name == "nt" else "pg_dump")
#: modules a revision may import: alembic and SQLAlchemy only, never the application package
#: (a released revision must not change when package code changes)
ALLOWED_IMPORTS = ("__future__", "alembic", "sqlalchemy")


def _tables(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    return {r[0] for r in rows}


def test_upgrade_downgrade_upgrade(db_url: str) -> None:
    assert {"users", "attempts", "exam_sessions", "item_keys", "audit_log"} <= _tables(db_url)
    downgrade(db_url, "base")
    assert _tables(db_url) <= {"alembic_version"}
    upgrade(db_url)
    assert {"users", "attempts", "exam_sessions", "item_keys", "audit_log"} <= _tables(db_url)


def test_models_match_migrations(db_url: str) -> None:
    engine = make_engine(db_url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_object": lambda obj, name, type_, reflected, compare_to:
                not (type_ == "table" and name in SERVER_ONLY_TABLES),
        })
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def test_schema_status_reports_head_and_advice(db_url: str) -> None:
    engine = make_engine(db_url)
    status = schema_status(engine)
    assert status.at_head and status.head == head_revision()
    downgrade(db_url, "base")
    status = schema_status(engine)
    engine.dispose()
    assert not status.at_head
    assert "dreamseed-admin db upgrade" in status.advice()
    upgrade(db_url)   # a downgrade changes cluster-wide grants (0008); leave the cluster as found


def test_unknown_revision_gets_its_own_advice() -> None:
    status = SchemaStatus(current="9999", head=head_revision(), known=False)
    assert not status.at_head
    assert "does not know" in status.advice() and "db upgrade" not in status.advice()
    assert "9999" not in known_revisions() and head_revision() in known_revisions()


def test_revisions_form_one_chain_from_the_baseline() -> None:
    script = ScriptDirectory.from_config(alembic_config("postgresql://x/y"))
    assert len(script.get_heads()) == 1 and script.get_bases() == ["0001"]
    chain = list(script.walk_revisions())
    assert chain[-1].revision == "0001" and chain[-1].down_revision is None
    for rev in chain:
        assert Path(rev.path).name.startswith(f"{rev.revision}_"), rev.path


def test_revisions_hold_their_own_sql() -> None:
    """No revision imports package code or reads a file at migration time."""
    for path in sorted((migrations_dir() / "versions").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                names = []
            for name in names:
                assert name.split(".")[0] in ALLOWED_IMPORTS, f"{path.name} imports {name}"
            if isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute)):
                called = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
                assert called not in {"open", "read_text", "read_bytes", "sql_file", "harden_sql"}, \
                    f"{path.name} calls {called}()"
    assert not (migrations_dir() / "sql").exists()


def test_runtime_database_privileges_are_the_baselines() -> None:
    """db.roles re-applies the baseline's database-level privileges on copied databases."""
    assert DATABASE_PRIVILEGES_SQL.strip() == revision_module("0001").DATABASE_SQL.strip()


def _pg_dump(url: str, *args: str) -> str:
    return subprocess.run([str(PG_DUMP), "--schema-only", "--dbname", url, *args], check=True,
                          capture_output=True, text=True, timeout=120).stdout


def _snapshot(url: str) -> str:
    """pg_dump --schema-only (without alembic's own table) plus what it leaves out: database
    privileges and the app's roles."""
    dump = _pg_dump(url, "--exclude-table=public.alembic_version")
    with psycopg.connect(url) as conn:
        extra = conn.execute(
            "SELECT (SELECT array_agg(a ORDER BY a) FROM (SELECT (x).grantee::regrole::text || ':' || "
            "(x).privilege_type AS a FROM (SELECT aclexplode(coalesce(datacl, acldefault('d', datdba))) x) e) s) "
            "FROM pg_database WHERE datname = current_database()").fetchone()
        roles = conn.execute("SELECT rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, "
                             "rolbypassrls FROM pg_roles WHERE rolname LIKE 'dreamseed%' ORDER BY 1").fetchall()
    return dump + f"\n-- database privileges: {extra}\n-- roles: {roles}\n"


@pytest.fixture
def empty_db(pg_server: EmbeddedServer) -> Iterator[str]:
    name = f"empty_{os.getpid()}"
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield pg_server.url(name)
    drop_database(pg_server, name)


@pytest.mark.slow
def test_baseline_downgrade_drops_everything_it_created(empty_db: str, template_db: str) -> None:
    """upgrade + downgrade to base = the new database it was, plus alembic's plain version table
    (the roles, which belong to the cluster, stay as they were)."""
    before = _snapshot(empty_db)
    assert "dreamseed_owner" in before                      # roles exist (the template made them)
    upgrade(empty_db)
    migrated = _snapshot(empty_db)
    assert "CREATE POLICY" in migrated and "exam_kiosk_settings" in migrated
    downgrade(empty_db, "base")
    after = _snapshot(empty_db)
    assert after == before, "\n".join(difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm=""))
    version_table = _pg_dump(empty_db, "--table=public.alembic_version")
    assert "OWNER TO postgres" in version_table
    for leftover in ("POLICY", "ROW LEVEL SECURITY", "GRANT", "REVOKE", "dreamseed"):
        assert leftover not in version_table
    upgrade(empty_db)   # a downgrade changes cluster-wide grants (0008); leave the cluster as found
