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


# ---- GUI composition -------------------------------------------------------------------------
# (the GUI start-up itself lives in dreamseed_desktop.gui_start so this module stays small)


def check_connection(url: str) -> tuple[bool, str]:
    """Connect to ``url`` and check the schema revision; a plain-language verdict."""
    from dreamseed_desktop.db.engine import describe_url, make_engine
    from dreamseed_desktop.db.migrate import schema_status

    try:
        engine = make_engine(url, pool_size=1)
    except Exception as exc:  # malformed URL
        return False, f"The server address is not valid: {exc}"
    try:
        status = schema_status(engine)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a message
        return False, explain_connection_error(exc)
    finally:
        engine.dispose()
    if not status.at_head:
        return False, status.advice()
    return True, f"Connected to {describe_url(url)}. {status.advice()}"


def explain_connection_error(exc: BaseException) -> str:
    """Wrong host / wrong password / missing database / no permission, in plain words."""
    text = str(getattr(exc, "orig", None) or exc)
    low = text.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        return "The server rejected the user name or password."
    if "does not exist" in low and "database" in low:
        return "The server has no database with this name. Check the database name."
    if "role" in low and "does not exist" in low:
        return "The server has no user with this name. Check the user name."
    if ("could not translate host name" in low or "name or service not known" in low
            or "nodename nor servname" in low):
        return "The server name could not be found. Check the host name."
    if "connection refused" in low or "timeout" in low or "timed out" in low or "no route" in low:
        return ("The server did not answer. Check the host name and port, and that the server "
                "is running and reachable from this PC.")
    if "permission denied" in low:
        return ("Connected, but this user may not read the schema version. Ask your administrator "
                "to run: dreamseed-admin db upgrade")
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return f"Could not connect: {first}"


def client_role_ready(owner_url: str) -> bool:
    """True when the security migration created the client role (the app then uses it)."""
    import psycopg

    from dreamseed_desktop.db.engine import normalise_url
    from sqlalchemy.engine import make_url

    dsn = make_url(normalise_url(owner_url)).set(drivername="postgresql")
    try:
        with psycopg.connect(dsn.render_as_string(hide_password=False), connect_timeout=5) as conn:
            return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'dreamseed_client'"
                                ).fetchone() is not None
    except psycopg.Error:
        return False
