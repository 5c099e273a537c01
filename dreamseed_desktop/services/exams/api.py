"""Student exam API: a thin client over the server-side ``exam.*`` functions.

Students have no other way to test: the server picks items, scores answers against the
hidden keys and updates theta/SE (EAP) inside PostgreSQL. This module only calls those
functions through :class:`~dreamseed_desktop.services.core.uow.Database` (the student's token is
in ``db.identity``) and converts rows into frozen DTOs.

Network loss surfaces as :class:`~dreamseed_desktop.services.core.errors.Unavailable`; every call
here is safe to replay (``next_item`` is idempotent, ``submit`` is exactly-once by
``(session, seq)`` + ``client_uuid``).
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from dreamseed_desktop.services.core.errors import Conflict, translate_db_error
from dreamseed_desktop.services.core.uow import Database


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
    """Final outcome. score/theta/se are None unless the exam shows results."""

    session_id: int
    status: str
    answered: int
    score: float | None
    theta: float | None
    se: float | None
    show_result: str


class ExamPaused(Conflict):
    """The session is paused (by the proctor, or suspended by the student): wait or reopen it."""

    default_message = "Your teacher has paused the exam. Please wait."


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


_INFO_COLS = ("r.session_id, r.exam_id, r.status, r.answered, r.min_items, r.max_items, r.server_now, "
              "r.deadline_at, r.remaining_sec, r.confirm_answers, r.show_result, r.paused, r.stop_reason")


class ExamApi:
    """Calls the server-side exam functions with the student's token."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        """A connection in a transaction for one exam call (BEGIN, the call, COMMIT)."""
        try:
            with self._db.engine.connect() as conn, conn.begin():
                yield conn
        except (DBAPIError, SQLAlchemyError) as exc:
            err = translate_db_error(exc)
            if getattr(getattr(exc, "orig", None), "sqlstate", None) == "DS425":
                raise ExamPaused(err.message) from exc
            raise err from exc

    def _call(self, columns: str, function: str, args: dict[str, Any]) -> Any:
        """``SELECT <columns> FROM exam.<function>(args...)`` as one statement.

        The token is set first inside the same statement with ``set_config(..., true)`` (local to
        the transaction, as in Database.session()); the function's first argument depends on the
        set_config result, so the token is always set before the function runs. This saves the
        separate set_config round trip on the students' hot path (next_item/submit)."""
        names = list(args)
        call_args = [f"CASE WHEN t.tok IS NOT NULL THEN :{names[0]} END"] + [f":{n}" for n in names[1:]]
        sql = (f"SELECT {columns} FROM (SELECT pg_catalog.set_config('dreamseed.token', :tok, true) AS tok) t "
               f"CROSS JOIN LATERAL exam.{function}({', '.join(call_args)}) r")
        with self._connection() as conn:
            return conn.execute(text(sql), dict(args, tok=self._db.identity.token or "")).first()

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
        return session_state_from_row(self._call(_INFO_COLS, "start", {"e": exam_id}))

    def state(self, session_id: int) -> SessionState:
        """Current progress and server-clock timing of a session."""
        return session_state_from_row(self._call(_INFO_COLS, "status", {"s": session_id}))

    def suspend(self, session_id: int) -> SessionState:
        """Leave the exam; it can be resumed (``start``) within the exam's resume days."""
        return session_state_from_row(self._call(_INFO_COLS, "suspend", {"s": session_id}))

    def next_item(self, session_id: int) -> PendingItem | None:
        """The pending item (the same one until answered); None when the session is over.

        Raises :class:`ExamPaused` while the session is paused."""
        row = self._call("r.session_id, r.seq, r.item_id, r.stem, r.choices", "next_item", {"s": session_id})
        if row is None:
            return None
        choices = row.choices if isinstance(row.choices, list) else json.loads(row.choices or "[]")
        return PendingItem(session_id=int(row.session_id), seq=int(row.seq), item_id=int(row.item_id),
                           stem=row.stem or "", choices=tuple(_choice_text(c) for c in choices))

    def submit(self, session_id: int, seq: int, item_id: int, choice: int | None,
               response_time_ms: int | None, client_uuid: uuid.UUID) -> SubmitOutcome:
        """Answer item ``seq`` exactly once; a replay with the same uuid returns the stored outcome.

        A different answer to an item already answered raises Conflict."""
        row = self._call("r.session_id, r.seq, r.accepted, r.replayed, r.finished, r.answered", "submit",
                         {"s": session_id, "q": seq, "i": item_id, "c": choice, "t": response_time_ms,
                          "u": client_uuid})
        return SubmitOutcome(session_id=int(row.session_id), seq=int(row.seq), accepted=bool(row.accepted),
                             replayed=bool(row.replayed), finished=bool(row.finished), answered=int(row.answered))

    def finish(self, session_id: int) -> SessionResult:
        """End the session (idempotent) and return what the student may see."""
        row = self._call("r.session_id, r.status, r.answered, r.score, r.theta, r.se, r.show_result", "finish",
                         {"s": session_id})
        return SessionResult(session_id=int(row.session_id), status=row.status, answered=int(row.answered),
                             score=row.score, theta=row.theta, se=row.se, show_result=row.show_result)
