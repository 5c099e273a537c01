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

import uuid
from dataclasses import dataclass
from datetime import datetime

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


class ExamApi:
    """Calls the server-side exam functions with the student's token."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def my_exams(self) -> list[ExamInfo]:
        """Exams of the student's classes with their latest session, newest first."""
        raise NotImplementedError

    def start(self, exam_id: int) -> SessionState:
        """Start the exam, or resume the student's in-progress/suspended session."""
        raise NotImplementedError

    def state(self, session_id: int) -> SessionState:
        """Current progress and server-clock timing of a session."""
        raise NotImplementedError

    def next_item(self, session_id: int) -> PendingItem | None:
        """The pending item (the same one until answered); None when the session is over."""
        raise NotImplementedError

    def submit(self, session_id: int, seq: int, item_id: int, choice: int | None,
               response_time_ms: int | None, client_uuid: uuid.UUID) -> SubmitOutcome:
        """Answer item ``seq`` exactly once; a replay with the same uuid returns the stored outcome."""
        raise NotImplementedError

    def finish(self, session_id: int) -> SessionResult:
        """End the session (idempotent) and return what the student may see."""
        raise NotImplementedError
