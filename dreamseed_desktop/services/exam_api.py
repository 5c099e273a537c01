"""Student exam API: a thin client over the server-side ``exam.*`` functions.

Students have no other way to test: the server picks items, scores answers against the
hidden keys and updates theta/SE (EAP) inside PostgreSQL. This module only calls those
functions through :class:`~dreamseed_desktop.services.uow.Database` (the student's token is
in ``db.identity``) and converts rows into frozen DTOs.

Network loss surfaces as :class:`~dreamseed_desktop.services.errors.Unavailable`; every call
here is safe to replay (``next_item`` is idempotent, ``submit`` is exactly-once by
``(session, seq)`` + ``client_uuid``).
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from dreamseed_desktop.services.errors import Conflict, DomainError
from dreamseed_desktop.services.uow import Database


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


_INFO_COLS = ("session_id, exam_id, status, answered, min_items, max_items, server_now, deadline_at, "
              "remaining_sec, confirm_answers, show_result, paused, stop_reason")


class ExamApi:
    """Calls the server-side exam functions with the student's token."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @contextmanager
    def _session(self, *, readonly: bool = False) -> Iterator[Session]:
        try:
            with self._db.session(readonly=readonly) as s:
                yield s
        except DomainError as exc:
            orig = getattr(exc.__cause__, "orig", None)
            if getattr(orig, "sqlstate", None) == "DS425":
                raise ExamPaused(exc.message) from exc
            raise

    def _call(self, sql: str, params: dict[str, Any], build: Callable[[Any], Any]) -> Any:
        with self._session() as s:
            return build(s.execute(text(sql), params))

    def my_exams(self) -> list[ExamInfo]:
        """Exams of the student's classes with their session, newest first."""
        with self._session(readonly=True) as s:
            rows = s.execute(text("SELECT * FROM exam.my_exams()")).all()
        return [ExamInfo(exam_id=r.exam_id, title=r.title, subject=r.subject, class_id=r.class_id,
                         class_name=r.class_name, opens_at=r.opens_at, closes_at=r.closes_at,
                         session_id=r.session_id, session_status=r.session_status, answered=int(r.answered),
                         can_start=bool(r.can_start), can_resume=bool(r.can_resume)) for r in rows]

    def start(self, exam_id: int) -> SessionState:
        """Start the exam, or resume the student's in-progress/suspended session."""
        return self._call(f"SELECT {_INFO_COLS} FROM exam.start(:e)", {"e": exam_id},
                          lambda res: session_state_from_row(res.one()))

    def state(self, session_id: int) -> SessionState:
        """Current progress and server-clock timing of a session."""
        return self._call(f"SELECT {_INFO_COLS} FROM exam.status(:s)", {"s": session_id},
                          lambda res: session_state_from_row(res.one()))

    def suspend(self, session_id: int) -> SessionState:
        """Leave the exam; it can be resumed (``start``) within the exam's resume days."""
        return self._call(f"SELECT {_INFO_COLS} FROM exam.suspend(:s)", {"s": session_id},
                          lambda res: session_state_from_row(res.one()))

    def next_item(self, session_id: int) -> PendingItem | None:
        """The pending item (the same one until answered); None when the session is over.

        Raises :class:`ExamPaused` while the session is paused."""
        row = self._call("SELECT session_id, seq, item_id, stem, choices FROM exam.next_item(:s)",
                         {"s": session_id}, lambda res: res.first())
        if row is None:
            return None
        choices = row.choices if isinstance(row.choices, list) else json.loads(row.choices or "[]")
        return PendingItem(session_id=int(row.session_id), seq=int(row.seq), item_id=int(row.item_id),
                           stem=row.stem or "", choices=tuple(_choice_text(c) for c in choices))

    def submit(self, session_id: int, seq: int, item_id: int, choice: int | None,
               response_time_ms: int | None, client_uuid: uuid.UUID) -> SubmitOutcome:
        """Answer item ``seq`` exactly once; a replay with the same uuid returns the stored outcome.

        A different answer to an item already answered raises Conflict."""
        row = self._call(
            "SELECT session_id, seq, accepted, replayed, finished, answered "
            "FROM exam.submit(:s, :q, :i, :c, :t, :u)",
            {"s": session_id, "q": seq, "i": item_id, "c": choice, "t": response_time_ms, "u": client_uuid},
            lambda res: res.one())
        return SubmitOutcome(session_id=int(row.session_id), seq=int(row.seq), accepted=bool(row.accepted),
                             replayed=bool(row.replayed), finished=bool(row.finished), answered=int(row.answered))

    def finish(self, session_id: int) -> SessionResult:
        """End the session (idempotent) and return what the student may see."""
        row = self._call("SELECT session_id, status, answered, score, theta, se, show_result "
                         "FROM exam.finish(:s)", {"s": session_id}, lambda res: res.one())
        return SessionResult(session_id=int(row.session_id), status=row.status, answered=int(row.answered),
                             score=row.score, theta=row.theta, se=row.se, show_result=row.show_result)
