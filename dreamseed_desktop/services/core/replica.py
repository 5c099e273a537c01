"""Statistics and reports from a read-only copy of the school's database (a streaming replica).

A district that runs a hot standby next to its primary can send the heavy reads — the
statistics screen, charts, the class overview, PDF/CSV reports — to the standby with
``DREAMSEED_READONLY_URL`` (or ``readonly_database_url`` in the settings file), so a report run
for a whole grade never slows down the students testing on the primary.

:class:`ReadReplica` is a :class:`Database` on the standby that uses the primary's signed-in
identity (the standby has the same sessions table, replicated). It never risks a wrong or failed
screen because of the copy:

* a unit of work that may write goes to the primary (``readonly=False``);
* when the standby cannot be reached, the read goes to the primary (logged), and so do the
  reads of the next :attr:`ReadReplica.RETRY_AFTER_SEC` seconds;
* when the standby has not replayed this sign-in yet (replication lag right after a sign-in:
  the token resolves to nobody there), the read goes to the primary — never empty results
  because row-level security found nobody.

Reads on the standby may lag the primary by the replication delay (usually milliseconds).
"""
from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from dreamseed_desktop.services.core.errors import Unavailable
from dreamseed_desktop.services.core.uow import Database, Identity

log = logging.getLogger(__name__)

_WHO = text("SELECT auth.current_user_id()")


class _NotOnReplica(Exception):
    """The standby does not know this sign-in yet (it lags the primary)."""


class ReadReplica(Database):
    """Read-only units of work on a standby, falling back to ``primary`` (see the module text).

    Its :attr:`identity` is the primary's, always (a sign-in or sign-out on the primary
    replaces the primary's identity object; this one follows)."""

    #: after the standby could not be reached, reads go straight to the primary for this long
    #: (a standby that is down would otherwise cost a connect timeout on every read)
    RETRY_AFTER_SEC = 30.0

    def __init__(self, engine: Engine, primary: Database) -> None:
        self.primary = primary
        self._skip_until = 0.0
        super().__init__(engine, identity=primary.identity)

    @property
    def identity(self) -> Identity:
        return self.primary.identity

    @identity.setter
    def identity(self, value: Identity) -> None:
        self.primary.identity = value

    @contextmanager
    def session(self, *, token: str | None = None, readonly: bool = False) -> Iterator[Session]:
        primary = self.primary
        if not readonly or time.monotonic() < self._skip_until:
            with primary.session(token=token, readonly=readonly) as s:
                yield s
            return
        entered = False
        try:
            with super().session(token=token, readonly=True) as s:
                signed_in = (token if token is not None else self.identity.token) or ""
                if signed_in and s.execute(_WHO).scalar() is None:
                    raise _NotOnReplica()
                entered = True
                yield s
            return
        except Unavailable as exc:
            if entered:
                raise
            self._skip_until = time.monotonic() + self.RETRY_AFTER_SEC
            log.warning("read-only copy unreachable (%s): reading from the primary", exc.message)
        except _NotOnReplica:
            log.info("the read-only copy has not replayed this sign-in yet: reading from the primary")
        with primary.session(token=token, readonly=True) as s:
            yield s
