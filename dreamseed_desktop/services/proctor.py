"""Proctor actions for the teacher of a class (or an admin of its organization).

All actions run server-side (``exam.proctor_*`` functions) and are written to the audit log.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dreamseed_desktop.services.uow import Database


@dataclass(frozen=True)
class LiveSessionRow:
    """One enrolled student's state in an exam; ``session_id`` is None before they start."""

    session_id: int | None
    student_id: int
    student_name: str
    student_number: str | None
    status: str  # not_started | testing | paused | finished | terminated
    answered: int
    theta: float | None
    se: float | None
    started_at: datetime | None
    last_activity_at: datetime | None
    time_used_sec: float | None
    deadline_at: datetime | None
    mean_response_ms_last5: float | None


class ProctorService:
    """Live view and control of an exam's sessions (teacher token in ``db.identity``)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def live_sessions(self, exam_id: int) -> list[LiveSessionRow]:
        """Every enrolled student of the exam's class with their latest session."""
        raise NotImplementedError

    def pause(self, session_id: int, reason: str = "") -> None:
        """Suspend a running session (the clock stops)."""
        raise NotImplementedError

    def resume(self, session_id: int) -> None:
        """Resume a paused session; the deadline moves by the paused time."""
        raise NotImplementedError

    def terminate(self, session_id: int, reason: str) -> None:
        """End a session for good (e.g. misconduct)."""
        raise NotImplementedError

    def extend_time(self, session_id: int, minutes: int) -> None:
        """Give a session more time (moves its deadline)."""
        raise NotImplementedError
