"""Shared fixtures: one embedded PostgreSQL per test run, a fresh migrated database per test.

The schema is built once by running the real alembic migrations into a template database;
each test gets ``CREATE DATABASE ... TEMPLATE`` (tens of milliseconds) and it is dropped after,
on a thread of its own while the next test sets up (every drop is awaited before the run ends).
"""
from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# dreamseed-admin speaks the admin's language (settings default: Korean); tests that read its
# English text pin it here, Korean tests pass --lang ko
os.environ.setdefault("DREAMSEED_LANG", "en")

from dreamseed_desktop.db.embedded import EmbeddedServer, start_embedded
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.migrate import upgrade
from dreamseed_desktop.db.roles import database_privileges_sql
from dreamseed_desktop.services.core.uow import Database

# Fixture modules shared by every test kind (tests/fixtures/).
pytest_plugins = ["tests.fixtures.school", "tests.fixtures.exam_window"]

TEMPLATE = "dreamseed_template"
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[EmbeddedServer]:
    # Not under pytest's tmp_path: pytest prunes old basetemp directories when other runs start,
    # which would pull the data directory out from under a still-running server.
    root = Path(tempfile.mkdtemp(prefix="dreamseed-pg-"))
    # the test's own folder: as root, pgserver's 'pgserver' user must traverse it (the app never
    # widens a folder itself: db.embedded refuses private parents)
    root.chmod(0o755)
    server = start_embedded(root / "data", cleanup_mode="delete")
    # Throw-away test databases need no crash safety (the fault harness tests durability on a
    # cluster of its own): without fsync each CREATE DATABASE ... TEMPLATE is much cheaper.
    with _admin_conn(server) as conn:
        for setting in ("fsync = off", "synchronous_commit = off", "full_page_writes = off"):
            conn.execute(f"ALTER SYSTEM SET {setting}")
        conn.execute("SELECT pg_reload_conf()")
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)


def _admin_conn(server: EmbeddedServer) -> psycopg.Connection:
    return psycopg.connect(server.url("postgres"), autocommit=True)


@pytest.fixture(scope="session")
def template_db(pg_server: EmbeddedServer) -> str:
    with _admin_conn(pg_server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}"')
        conn.execute(f'CREATE DATABASE "{TEMPLATE}"')
    upgrade(pg_server.url(TEMPLATE))
    return TEMPLATE


def create_database_from_template(server: EmbeddedServer, template: str, name: str) -> str:
    with _admin_conn(server) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
    url = server.url(name)
    # database-level grants/revokes are not copied from a template; apply them as the baseline migration does
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(database_privileges_sql())
    return url


def drop_database(server: EmbeddedServer, name: str) -> None:
    with _admin_conn(server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class _Dropper:
    """Drops finished tests' databases one at a time on a worker thread; a failed drop fails
    the run when the session ends (nothing is left behind silently)."""

    def __init__(self, server: EmbeddedServer) -> None:
        self._server = server
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drop-test-db")
        self._pending: list[Future[None]] = []

    def drop(self, name: str) -> None:
        self._pending = [f for f in self._pending if not f.done() or f.exception() is not None]
        self._pending.append(self._pool.submit(drop_database, self._server, name))

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        for future in self._pending:
            future.result()


@pytest.fixture(scope="session")
def _database_dropper(pg_server: EmbeddedServer) -> Iterator[_Dropper]:
    dropper = _Dropper(pg_server)
    yield dropper
    dropper.close()


@pytest.fixture
def db_url(pg_server: EmbeddedServer, template_db: str,
           _database_dropper: _Dropper) -> Iterator[str]:
    """Owner (superuser) URL of a fresh, fully migrated database for this test."""
    name = f"t_{os.getpid()}_{next(_counter)}"
    url = create_database_from_template(pg_server, template_db, name)
    yield url
    _database_dropper.drop(name)


@pytest.fixture
def owner_db(db_url: str) -> Iterator[Database]:
    """Services bound to the owner connection (migrations' role; RLS does not apply)."""
    engine = make_engine(db_url)
    yield Database(engine)
    engine.dispose()
