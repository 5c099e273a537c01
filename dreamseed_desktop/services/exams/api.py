"""Student exam API: a thin client over the server-side ``exam.*`` procedures.

Students have no other way to test: the server picks items, scores answers against the
hidden keys and updates theta/SE (EAP) inside PostgreSQL. This module only calls those
procedures and converts their rows into frozen DTOs.

One round trip per call: each call is ONE statement on a connection of its own kept in
autocommit — ``CALL exam.submit(token, ...)`` or ``SELECT ... FROM exam.next_item(token, ...)``
— with the student's token as an argument, no pre-ping, no BEGIN/COMMIT; psycopg prepares the
statement after a few calls. The procedures commit the action before they return (they refuse
to run inside a transaction block), so nothing about an answer is visible before it is final
(docs/security.md).

Network loss surfaces as :class:`~dreamseed_desktop.services.core.errors.Unavailable`; every call
here is safe to replay (``next_item`` is read-only, ``submit`` is exactly-once by
``(session, seq)`` + ``client_uuid``, ``start``/``finish``/``suspend`` are idempotent), so a call
that finds its connection dropped is sent once more on a new connection.
"""
from __future__ import annotations

import json
import threading
import uuid
import weakref
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import psycopg
from psycopg.rows import namedtuple_row
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from dreamseed_desktop.services.core import passwords
from dreamseed_desktop.services.core.errors import (
    Conflict,
    Unavailable,
    translate_db_error,
)
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.media import ItemMedia, MediaCache
from dreamseed_desktop.services.exams.my_results import MyResult, my_results


@dataclass(frozen=True)
class ExamInfo:
    """An exam the signed-in student may take (or has taken)."""

    exam_id: int
    title: str
    subject: str
    class_id: int
    class_name: str
    opens_at: datetime | None
    closes_at: datetime | None
    session_id: int | None
    session_status: str | None
    answered: int
    can_start: bool
    can_resume: bool


@dataclass(frozen=True)
class SessionState:
    """Progress and timing of one exam session, measured by the server clock."""

    session_id: int
    exam_id: int
    status: str
    answered: int
    min_items: int
    max_items: int
    server_now: datetime
    deadline_at: datetime | None
    remaining_sec: float | None
    confirm_answers: bool
    show_result: str
    paused: bool = False          # paused by the proctor (the student waits)
    stop_reason: str | None = None


@dataclass(frozen=True)
class PendingItem:
    """The item the student must answer next (never the key or parameters)."""

    session_id: int
    seq: int
    item_id: int
    stem: str
    choices: tuple[str, ...]
    #: the content version shown (pinned by the server when the item became pending)
    content_version: int = 1
    #: the reading passage shown beside the item, if any (``media.passage`` holds its text)
    passage_id: int | None = None
    passage_version: int | None = None
    #: the pictures the texts refer to and the passage, fetched once per sitting (services.exams.media)
    media: ItemMedia = field(default_factory=ItemMedia)


@dataclass(frozen=True)
class SubmitOutcome:
    """Result of one submit; ``replayed`` is True when the answer was already stored."""

    session_id: int
    seq: int
    accepted: bool
    replayed: bool
    finished: bool
    answered: int


@dataclass(frozen=True)
class SessionResult:
    """Final outcome: only what the teacher chose to show (``show_result``) is filled in —
    ``correct``: number correct of ``answered`` and percent correct; ``theta``: θ and its SE."""

    session_id: int
    status: str
    answered: int
    n_correct: int | None
    percent_correct: float | None
    theta: float | None
    se: float | None
    show_result: str
    stop_reason: str | None = None


@dataclass(frozen=True)
class KioskQuitOutcome:
    """The server's answer to a proctor quit password typed in the test window.

    ``retry_after_sec`` > 0: too many wrong passwords; no check until that many seconds pass."""

    granted: bool
    retry_after_sec: int = 0


class ExamPaused(Conflict):
    """The session is paused (by the proctor, or suspended by the student): wait or reopen it."""

    default_message = "Your teacher has paused the exam. Please wait."


class _NotScoredYet(Exception):
    """``exam.next_item`` found an answer recorded but not scored yet (DS420)."""


def _choice_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in ("text", "label", "html"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return json.dumps(value, ensure_ascii=False)


def session_state_from_row(row: Any) -> SessionState:
    """Build a :class:`SessionState` from an ``exam.session_info`` row."""
    return SessionState(
        session_id=int(row.session_id), exam_id=int(row.exam_id), status=str(row.status),
        answered=int(row.answered), min_items=int(row.min_items), max_items=int(row.max_items),
        server_now=row.server_now, deadline_at=row.deadline_at,
        remaining_sec=None if row.remaining_sec is None else float(row.remaining_sec),
        confirm_answers=bool(row.confirm_answers), show_result=str(row.show_result),
        paused=bool(row.paused), stop_reason=row.stop_reason)


_INFO_OUT = ", NULL" * 13        # OUT arguments of exam.start/status/suspend (exam.session_info)
_SQL_START = f"CALL exam.start(%s, %s{_INFO_OUT})"
_SQL_STATUS = f"CALL exam.status(%s, %s{_INFO_OUT})"
_SQL_SUSPEND = f"CALL exam.suspend(%s, %s{_INFO_OUT})"
_SQL_SUBMIT = "CALL exam.submit(%s, %s, %s, %s, %s, %s, %s" + ", NULL" * 6 + ")"
_SQL_FINISH = "CALL exam.finish(%s, %s" + ", NULL" * 9 + ")"
_SQL_QUIT_SALT = "SELECT exam.kiosk_quit_salt(%s, %s) AS salt"
_SQL_QUIT = "CALL exam.kiosk_quit(%s, %s, %s, NULL, NULL)"
_SQL_NEXT = ("SELECT session_id, seq, item_id, stem, choices, content_version, passage_id, passage_version "
             "FROM exam.next_item(%s, %s)")


class ExamApi:
    """Calls the server-side exam procedures with the student's token (one statement each).

    Holds one autocommit connection of its own (opened through the engine, so its connect
    hooks run, then detached from the pool); calls from several threads take turns on it."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._conn: psycopg.Connection[Any] | None = None
        self._finalizer: weakref.finalize[Any, Any] | None = None
        self.media_cache = MediaCache()

    # ------------------------------------------------------------------ connection
    def _open(self) -> psycopg.Connection[Any]:
        try:
            fairy = self._db.engine.raw_connection()
        except (DBAPIError, SQLAlchemyError, psycopg.Error) as exc:
            # SQLAlchemy 2 hands the pool's connect failure through raw_connection() unwrapped
            # (a bare psycopg.OperationalError): it must become Unavailable too, or a lab PC shows
            # an error screen instead of waiting for the server to come back
            error = translate_db_error(exc)
            raise (self._db.unavailable(error) if isinstance(error, Unavailable) else error) from exc
        conn = fairy.driver_connection
        fairy.detach()                      # ours from now on: never handed to another caller
        if not isinstance(conn, psycopg.Connection):
            raise TypeError("the exam API needs the psycopg (3) driver")
        if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            conn.rollback()                 # the pool's pre-ping may have left a transaction open
        conn.autocommit = True
        self._conn = conn
        self._finalizer = weakref.finalize(self, conn.close)
        return conn

    def _drop(self) -> None:
        if self._finalizer is not None:
            self._finalizer()               # closes the connection
        self._conn, self._finalizer = None, None

    def close(self) -> None:
        """Close the exam connection (a later call opens a new one)."""
        with self._lock:
            self._drop()

    def _one(self, sql: str, params: tuple[Any, ...]) -> Any:
        """Run one statement; the first row (or None). A dropped connection is replaced once."""
        with self._lock:
            for attempt in (1, 2):
                conn = self._conn or self._open()
                try:
                    with conn.cursor(row_factory=namedtuple_row) as cur:
                        cur.execute(sql, params)
                        return cur.fetchone()
                except psycopg.Error as exc:
                    if conn.broken or conn.closed:
                        self._drop()
                        if attempt == 1:
                            continue        # every exam call is safe to send again
                        raise self._db.unavailable() from exc
                    if exc.sqlstate == "DS420":
                        raise _NotScoredYet() from exc
                    err = translate_db_error(exc)
                    if exc.sqlstate == "DS425":
                        raise ExamPaused(err.message) from exc
                    raise err from exc
        raise Unavailable()                 # not reached

    def _token(self) -> str:
        return self._db.identity.token or ""

    # ------------------------------------------------------------------ API
    def my_results(self) -> list[MyResult]:
        """The student's finished exams with what each exam's teacher chose to show."""
        return my_results(self._db)

    def my_exams(self) -> list[ExamInfo]:
        """Exams of the student's classes with their session, newest first."""
        with self._db.session(readonly=True) as s:
            rows = s.execute(text("SELECT * FROM exam.my_exams()")).all()
        return [ExamInfo(exam_id=r.exam_id, title=r.title, subject=r.subject, class_id=r.class_id,
                         class_name=r.class_name, opens_at=r.opens_at, closes_at=r.closes_at,
                         session_id=r.session_id, session_status=r.session_status, answered=int(r.answered),
                         can_start=bool(r.can_start), can_resume=bool(r.can_resume)) for r in rows]

    def start(self, exam_id: int) -> SessionState:
        """Start the exam, or resume the student's in-progress/suspended session."""
        return session_state_from_row(self._one(_SQL_START, (self._token(), exam_id)))

    def state(self, session_id: int) -> SessionState:
        """Current progress and server-clock timing of a session (records a passed deadline)."""
        return session_state_from_row(self._one(_SQL_STATUS, (self._token(), session_id)))

    def suspend(self, session_id: int) -> SessionState:
        """Leave the exam; it can be resumed (``start``) within the exam's resume days."""
        return session_state_from_row(self._one(_SQL_SUSPEND, (self._token(), session_id)))

    def next_item(self, session_id: int) -> PendingItem | None:
        """The pending item (the same one until answered); None when the session is over.

        Raises :class:`ExamPaused` while the session is paused."""
        try:
            row = self._one(_SQL_NEXT, (self._token(), session_id))
        except _NotScoredYet:
            self.state(session_id)          # scores the answer an interrupted submit recorded
            row = self._one(_SQL_NEXT, (self._token(), session_id))
        if row is None:
            return None
        choices = row.choices if isinstance(row.choices, list) else json.loads(row.choices or "[]")
        texts = tuple(_choice_text(c) for c in choices)
        media = self.media_cache.media(self._one, self._token(), session_id, row.stem or "", texts,
                                       row.passage_id, row.passage_version)
        return PendingItem(session_id=int(row.session_id), seq=int(row.seq), item_id=int(row.item_id),
                           stem=row.stem or "", choices=texts, media=media,
                           content_version=int(row.content_version or 1),
                           passage_id=None if row.passage_id is None else int(row.passage_id),
                           passage_version=None if row.passage_version is None else int(row.passage_version))

    def submit(self, session_id: int, seq: int, item_id: int, choice: int | None,
               response_time_ms: int | None, client_uuid: uuid.UUID) -> SubmitOutcome:
        """Answer item ``seq`` exactly once; a replay with the same uuid returns the stored outcome.

        ``response_time_ms`` is the client's figure (advisory; the server times the answer itself).
        A different answer to an item already answered raises Conflict."""
        row = self._one(_SQL_SUBMIT, (self._token(), session_id, seq, item_id, choice, response_time_ms,
                                      client_uuid))
        return SubmitOutcome(session_id=int(row.session_id), seq=int(row.seq), accepted=bool(row.accepted),
                             replayed=bool(row.replayed), finished=bool(row.finished), answered=int(row.answered))

    def finish(self, session_id: int) -> SessionResult:
        """End the session (idempotent) and return what the student may see."""
        row = self._one(_SQL_FINISH, (self._token(), session_id))
        return SessionResult(session_id=int(row.session_id), status=row.status, answered=int(row.answered),
                             n_correct=row.n_correct, percent_correct=row.percent_correct, theta=row.theta,
                             se=row.se, show_result=row.show_result, stop_reason=row.stop_reason)

    def kiosk_quit(self, exam_id: int, password: str) -> KioskQuitOutcome:
        """Check the exam's proctor quit password on the server (rate-limited and audited there).

        The password never leaves this PC: its argon2id proof with the exam's salt is sent, as at
        sign-in. No password set for the exam: never granted."""
        row = self._one(_SQL_QUIT_SALT, (self._token(), exam_id))
        salt = None if row is None else row.salt
        if not salt:
            return KioskQuitOutcome(granted=False)
        out = self._one(_SQL_QUIT, (self._token(), exam_id, passwords.proof(password, salt)))
        return KioskQuitOutcome(granted=bool(out.granted), retry_after_sec=int(out.retry_after_sec or 0))
