"""Migrations are the only schema source: they go up, down and up again, and match the models."""
from __future__ import annotations

import psycopg
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.migrate import downgrade, head_revision, schema_status, upgrade
from dreamseed_desktop.db.models import SERVER_ONLY_TABLES, Base


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
