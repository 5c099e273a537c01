"""Composition root: settings → (embedded) server → migrations → engine → services → window."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dreamseed_desktop.config import paths
from dreamseed_desktop.db.embedded import APP_DATABASE, EmbeddedServer, start_embedded
from dreamseed_desktop.db.migrate import upgrade

log = logging.getLogger(__name__)


def embedded_pgdata() -> Path:
    return paths.data_dir() / "pgdata"


def start_app_embedded(*, migrate: bool = True) -> EmbeddedServer:
    """Start the embedded server in the data directory, create the database and migrate it."""
    server = start_embedded(embedded_pgdata())
    server.ensure_database(APP_DATABASE)
    if migrate:
        upgrade(server.url(APP_DATABASE))
    return server


@contextmanager
def open_embedded_owner(*, migrate: bool = True) -> Iterator[str]:
    server = start_app_embedded(migrate=migrate)
    try:
        yield server.url(APP_DATABASE)
    finally:
        server.stop()
