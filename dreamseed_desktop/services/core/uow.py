"""Unit of work: one short transaction per service call, token set first.

Each transaction begins with ``SELECT set_config('dreamseed.token', :token, true)`` so
row-level security policies can resolve the signed-in user (transaction-local, safe
behind a transaction-pooling PgBouncer). Any database exception leaving the block is
translated into a :class:`DomainError`.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from dreamseed_desktop.services.core.errors import DomainError, translate_db_error


@dataclass
class Identity:
    """Who is signed in on this client. ``token`` is the opaque session token."""

    token: str | None = None
    user_id: int | None = None
    role: str | None = None
    organization_id: int | None = None
    name: str | None = None
    email: str | None = None


@dataclass
class Database:
    """Engine + session factory + the current identity; shared by all services."""

    engine: Engine
    identity: Identity = field(default_factory=Identity)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False, autoflush=False)

    @contextmanager
    def session(self, *, token: str | None = None, readonly: bool = False) -> Iterator[Session]:
        """One unit of work. Commits on success, rolls back and translates errors on failure."""
        tok = token if token is not None else self.identity.token
        try:
            with self._factory() as s:
                with s.begin():
                    if readonly:
                        s.execute(text("SET TRANSACTION READ ONLY"))
                    s.execute(text("SELECT set_config('dreamseed.token', :t, true)"), {"t": tok or ""})
                    yield s
        except DomainError:
            raise
        except (DBAPIError, SQLAlchemyError) as exc:
            raise translate_db_error(exc) from exc
