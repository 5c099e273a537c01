"""Embedded PostgreSQL (pgserver) living in the user's data directory.

With no database URL configured the app starts its own server here, so one PC works
alone and offline. It listens only on a Unix socket inside the data directory.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

APP_DATABASE = "dreamseed"


@dataclass
class EmbeddedServer:
    """A running pgserver instance; ``stop()`` shuts it down cleanly."""

    pgdata: Path
    _server: Any

    def url(self, database: str = APP_DATABASE) -> str:
        return str(self._server.get_uri(database))

    def ensure_database(self, database: str = APP_DATABASE) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,)).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{database}"')

    def stop(self) -> None:
        try:
            self._server.cleanup()
        except Exception as exc:  # noqa: BLE001  # pragma: no cover - best effort on exit
            log.warning("embedded PostgreSQL did not stop cleanly: %s", exc)


def start_embedded(pgdata: Path, *, cleanup_mode: str | None = "stop") -> EmbeddedServer:
    """Start (or attach to) the embedded server whose data lives in ``pgdata``."""
    import pgserver

    pgdata.mkdir(parents=True, exist_ok=True)
    if os.name != "nt" and hasattr(os, "geteuid") and os.geteuid() == 0:
        # pgserver runs postgres as the 'pgserver' system user when we are root;
        # it needs to reach the data directory. Not pgdata itself: pgserver chowns it, and
        # postgres refuses to start on a data directory with group/other access.
        for parent in pgdata.parents:
            try:
                parent.chmod(parent.stat().st_mode | 0o055)
            except OSError:
                break
    server = pgserver.get_server(pgdata, cleanup_mode=cleanup_mode)
    return EmbeddedServer(pgdata=pgdata, _server=server)
