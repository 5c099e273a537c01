"""Engine factory. Nothing is created at import time."""
from __future__ import annotations

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` URLs and use the psycopg 3 driver for them."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, *, pool_size: int = 5, echo: bool = False) -> Engine:
    """Engine for ``url``. Connections as a client login role carry the session settings the
    app depends on and the role's timeouts in their startup packet (``db.roles.connect_options``):
    they win over any ``ALTER ROLE ... SET`` a client may have planted."""
    from dreamseed_desktop.db.roles import connect_options

    args: dict[str, object] = {"connect_timeout": 5, "application_name": "dreamseed-desktop"}
    options = connect_options(make_url(url).username)
    if options:
        args["options"] = options
    return create_engine(
        normalise_url(url),
        pool_size=pool_size,
        max_overflow=5,
        pool_pre_ping=True,     # a restarted server costs one reconnect, not an error
        pool_recycle=1800,
        echo=echo,
        connect_args=args,
    )


def describe_url(url: str) -> str:
    """Host/database for the status bar, never the password."""
    parsed = make_url(url)
    host = parsed.host or parsed.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    return f"{parsed.username or ''}@{host}/{parsed.database or ''}"
