"""Engine factory. Nothing is created at import time.

A server address may end in ``?pool_mode=transaction`` when it points at a connection pooler in
transaction-pooling mode (PgBouncer, docs/school-server.md "A district"): hundreds of PCs then
share a few server connections, a server connection serves another PC after every transaction,
and the engine adapts (:func:`is_pooled`): no startup ``options`` (PgBouncer refuses them), no
server-side prepared statements (PgBouncer before 1.21 cannot route them; psycopg's
``prepare_threshold`` is None), and the session settings the app depends on are set per
transaction instead (``services.core.uow``).
"""
from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

#: the URL query parameter that marks a transaction-pooling address (never sent to the server)
POOL_MODE_PARAM = "pool_mode"
POOL_MODES = ("transaction",)
#: the engine's execution option the unit of work reads to know it is behind a pooler
POOLED_OPTION = "dreamseed_pooled"


def is_pooled(url: str) -> bool:
    """True when ``url`` carries ``pool_mode=transaction`` (a transaction-pooling PgBouncer).

    Any other ``pool_mode`` value is refused with a ValueError that names the accepted one."""
    mode = make_url(url).query.get(POOL_MODE_PARAM)
    if mode is None:
        return False
    if isinstance(mode, tuple) or mode not in POOL_MODES:
        raise ValueError(f"{POOL_MODE_PARAM} must be one of: {', '.join(POOL_MODES)} (got {mode!r})")
    return True


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` URLs and use the psycopg 3 driver for them; drop the app's own
    ``pool_mode`` parameter (libpq does not know it)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if POOL_MODE_PARAM in parsed.query:
        parsed = parsed.difference_update_query([POOL_MODE_PARAM])
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, *, pool_size: int = 5, echo: bool = False) -> Engine:
    """Engine for ``url``. Connections as a client login role carry the session settings the
    app depends on and the role's timeouts in their startup packet (``db.roles.connect_options``):
    they win over any ``ALTER ROLE ... SET`` a client may have planted. Behind a
    transaction-pooling PgBouncer (:func:`is_pooled`) the unit of work sets them in every
    transaction instead, and statements are never prepared on the server."""
    from dreamseed_desktop.db.roles import connect_options

    pooled = is_pooled(url)
    args: dict[str, object] = {"connect_timeout": 5, "application_name": "dreamseed-desktop"}
    options = connect_options(make_url(url).username)
    if pooled:
        # a server connection serves another PC after each transaction: a statement psycopg
        # prepared on it would be missing (or clash) there, and PgBouncer < 1.21 cannot track them
        args["prepare_threshold"] = None
    elif options:
        args["options"] = options
    engine = create_engine(
        normalise_url(url),
        pool_size=pool_size,
        max_overflow=5,
        pool_pre_ping=True,     # a restarted server costs one reconnect, not an error
        pool_recycle=1800,
        echo=echo,
        connect_args=args,
        execution_options={POOLED_OPTION: pooled},
    )
    if pooled:
        event.listen(engine, "connect", _pooled_connect)
    return engine


def _pooled_connect(dbapi_connection: object, _record: object) -> None:
    """Every transaction states its own access mode and isolation (``BEGIN ISOLATION LEVEL READ
    COMMITTED READ WRITE``): behind a pooler the server connection's defaults are whatever the
    last client left or planted, so the app does not rely on them."""
    import psycopg

    if isinstance(dbapi_connection, psycopg.Connection):
        dbapi_connection.isolation_level = psycopg.IsolationLevel.READ_COMMITTED
        dbapi_connection.read_only = False


def engine_is_pooled(engine: Engine) -> bool:
    """True for an engine :func:`make_engine` built for a transaction-pooling address."""
    return bool(engine.get_execution_options().get(POOLED_OPTION, False))


def describe_url(url: str) -> str:
    """Host/database for the status bar, never the password."""
    parsed = make_url(url)
    host = parsed.host or parsed.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    return f"{parsed.username or ''}@{host}/{parsed.database or ''}"
