"""The verdict on a database address in the user's language: can this program use it, and if
not, why (wrong host, wrong password, a pooler, an older or newer schema)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dreamseed_desktop.db.migrate import SchemaStatus


def check_connection(url: str) -> tuple[bool, str]:
    """Connect to ``url`` and check the schema revision; a plain-language verdict in the
    user's language (the connection dialog and the start-up box show it as it is)."""
    from PySide6.QtCore import QCoreApplication

    from dreamseed_desktop.db.engine import describe_url, make_engine
    from dreamseed_desktop.db.migrate import schema_status

    try:
        engine = make_engine(url, pool_size=1)
    except Exception as exc:  # noqa: BLE001 - a malformed URL fails in many ways
        return False, QCoreApplication.translate("Startup", "The server address is not valid: %1").replace(
            "%1", str(exc))
    try:
        status = schema_status(engine)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a message
        return False, explain_connection_error(exc)
    finally:
        engine.dispose()
    if not status.at_head:
        return False, schema_advice(status)
    return True, (QCoreApplication.translate("Startup", "Connected to %1.").replace("%1", describe_url(url))
                  + " " + schema_advice(status))


def schema_advice(status: SchemaStatus) -> str:
    """``SchemaStatus.advice`` in the user's language."""
    from PySide6.QtCore import QCoreApplication

    if status.at_head:
        return QCoreApplication.translate("Startup", "The database is up to date (revision %1).").replace(
            "%1", str(status.head))
    if status.current is None:
        return QCoreApplication.translate(
            "Startup", "The database has no DreamSeed tables yet. Ask your administrator to run: "
                       "dreamseed-admin db upgrade")
    if not status.known:
        return QCoreApplication.translate(
            "Startup", "The database was made by a newer DreamSeed version (revision %1; this program "
                       "knows up to %2). Use the version that made it, or restore a backup made with "
                       "this version.").replace("%1", str(status.current)).replace("%2", str(status.head))
    return QCoreApplication.translate(
        "Startup", "The database is at revision %1 and this program needs %2. Ask your administrator to "
                   "run: dreamseed-admin db upgrade").replace("%1", str(status.current)).replace(
                       "%2", str(status.head))


def explain_connection_error(exc: BaseException) -> str:
    """Wrong host / wrong password / missing database / no permission, in plain words."""
    from PySide6.QtCore import QCoreApplication

    text = str(getattr(exc, "orig", None) or exc)
    low = text.lower()
    if "unsupported startup parameter" in low:
        return QCoreApplication.translate(
            "Startup", "The address points to a connection pooler (PgBouncer). Tick 'Through a connection "
                       "pooler', or add ?pool_mode=transaction to the end of the address (&pool_mode=transaction "
                       "if it already has a ?), then connect again.")
    if "password authentication failed" in low or "no password supplied" in low:
        return QCoreApplication.translate("Startup", "The server rejected the user name or password.")
    if "does not exist" in low and "database" in low:
        return QCoreApplication.translate(
            "Startup", "The server has no database with this name. Check the database name.")
    if "role" in low and "does not exist" in low:
        return QCoreApplication.translate("Startup", "The server has no user with this name. Check the user name.")
    if ("could not translate host name" in low or "name or service not known" in low
            or "nodename nor servname" in low):
        return QCoreApplication.translate("Startup", "The server name could not be found. Check the host name.")
    if "connection refused" in low or "timeout" in low or "timed out" in low or "no route" in low:
        return QCoreApplication.translate(
            "Startup", "The server did not answer. Check the host name and port, and that the server "
                       "is running and reachable from this PC.")
    if "permission denied" in low:
        return QCoreApplication.translate(
            "Startup", "Connected, but this user may not read the schema version. Ask your administrator "
                       "to run: dreamseed-admin db upgrade")
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    # the server's own words stay as they are (for the administrator), after a sentence in ours
    return QCoreApplication.translate("Startup", "Could not connect. The server said: %1").replace("%1", first)
