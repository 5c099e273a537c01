"""Unit of work: one short transaction per service call, token set first.

Each transaction begins with ``SELECT set_config('dreamseed.token', :token, true)`` so
row-level security policies can resolve the signed-in user (transaction-local, safe
behind a transaction-pooling PgBouncer). Behind such a pooler the same first statement also
sets, transaction-locally, the session settings a direct connection forces at connect time
(``db.roles.transaction_settings``): one statement, no extra round trip. Any database
exception leaving the block is translated into a :class:`DomainError`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine, TextClause, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from dreamseed_desktop.db.engine import engine_is_pooled
from dreamseed_desktop.db.roles import transaction_settings
from dreamseed_desktop.services.core.errors import DomainError, Unavailable, translate_db_error

#: what a one-PC install says when its own database server failed: never "check the network"
LOCAL_SERVER_RESTARTED = ("The database on this PC stopped and has been started again. Try again; if you "
                          "were saving something, check that it was saved.")
LOCAL_SERVER_DOWN = ("The database on this PC has stopped and could not be started again. Close DreamSeed "
                     "and start it again; if that does not help, restart the PC.")
LOCAL_SERVER_SLOW = ("The database on this PC did not answer. Try again in a moment; if this keeps "
                     "happening, close DreamSeed and start it again.")


@dataclass
class Identity:
    """Who is signed in on this client. ``token`` is the opaque session token."""

    token: str | None = None
    user_id: int | None = None
    role: str | None = None
    organization_id: int | None = None
    name: str | None = None
    email: str | None = None
    # the token may only change the password (an admin-set password at the first sign-in):
    # the server gives it no identity for anything else
    must_change_password: bool = False


@dataclass
class Database:
    """Engine + session factory + the current identity; shared by all services."""

    engine: Engine
    identity: Identity = field(default_factory=Identity)
    #: set by the composition root on a one-PC install: checks this PC's own database server,
    #: starts it again when it stopped, and says what it found ("running", "restarted", "down")
    local_server: Callable[[], str] | None = None

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False, autoflush=False)
        self._first_sql, self._first_params = _first_statement(self.engine)

    @contextmanager
    def session(self, *, token: str | None = None, readonly: bool = False) -> Iterator[Session]:
        """One unit of work. Commits on success, rolls back and translates errors on failure."""
        tok = token if token is not None else self.identity.token
        try:
            with self._factory() as s:
                with s.begin():
                    if readonly:
                        s.execute(text("SET TRANSACTION READ ONLY"))
                    s.execute(self._first_sql, {**self._first_params, "t": tok or ""})
                    yield s
        except Unavailable as exc:
            raise self.unavailable(exc) from exc
        except DomainError:
            raise
        except (DBAPIError, SQLAlchemyError) as exc:
            error = translate_db_error(exc)
            if isinstance(error, Unavailable):
                error = self.unavailable(error)
            raise error from exc

    @property
    def pooled(self) -> bool:
        """True behind a transaction-pooling PgBouncer (``?pool_mode=transaction``)."""
        return engine_is_pooled(self.engine)

    def unavailable(self, error: Unavailable | None = None) -> Unavailable:
        """The error to raise when the database cannot be reached. On a school server that is
        the network (or the server); on a one-PC install it is this PC's own server, which is
        checked (and started again if it stopped) before saying what happened."""
        error = error or Unavailable()
        if self.local_server is None or error.template != Unavailable.default_message:
            return error
        try:
            state = self.local_server()
        except Exception:  # noqa: BLE001 - the check must never hide the original failure
            state = "down"
        message = {"restarted": LOCAL_SERVER_RESTARTED, "running": LOCAL_SERVER_SLOW}.get(state, LOCAL_SERVER_DOWN)
        return Unavailable(message)


def _first_statement(engine: Engine) -> tuple[TextClause, dict[str, str]]:
    """The statement that opens every unit of work: the token, and behind a transaction pooler
    the forced session settings of the client login role, all ``set_config(..., true)``."""
    settings = transaction_settings(engine.url.username) if engine_is_pooled(engine) else {}
    calls = ["set_config('dreamseed.token', :t, true)"]
    params: dict[str, str] = {}
    for n, (name, value) in enumerate(settings.items()):
        calls.append(f"set_config(:k{n}, :v{n}, true)")
        params[f"k{n}"], params[f"v{n}"] = name, value
    return text("SELECT " + ", ".join(calls)), params
