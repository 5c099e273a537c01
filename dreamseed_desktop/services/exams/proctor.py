"""Proctor actions for the teacher of a class (or an admin of its organization).

All actions run server-side (``exam.proctor_*`` functions) and are written to the audit log.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text

from dreamseed_desktop.services.core.uow import Database


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
    paused_by_proctor: bool = False
    stop_reason: str | None = None
    n_correct: int = 0               # of ``answered``
    client_alert: str | None = None  # the student PC's alert (``journal_unwritable``), if any
    client_alert_at: datetime | None = None


class ProctorService:
    """Live view and control of an exam's sessions (teacher token in ``db.identity``)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def live_sessions(self, exam_id: int) -> list[LiveSessionRow]:
        """Every enrolled student of the exam's class with their session (if any)."""
        with self._db.session(readonly=True) as s:
            rows = s.execute(text("SELECT * FROM exam.proctor_live(:e)"), {"e": exam_id}).all()
        return [LiveSessionRow(
            session_id=r.session_id, student_id=r.student_id, student_name=r.student_name,
            student_number=r.student_number, status=r.status, answered=int(r.answered), theta=r.theta, se=r.se,
            started_at=r.started_at, last_activity_at=r.last_activity_at, time_used_sec=r.time_used_sec,
            deadline_at=r.deadline_at, mean_response_ms_last5=r.mean_response_ms_last5,
            paused_by_proctor=bool(r.paused_by_proctor), stop_reason=r.stop_reason,
            n_correct=int(r.n_correct), client_alert=r.client_alert,
            client_alert_at=r.client_alert_at) for r in rows]

    def _run(self, sql: str, params: dict[str, object]) -> object:
        with self._db.session() as s:
            return s.execute(text(sql), params).scalar()

    def pause(self, session_id: int, reason: str = "") -> None:
        """Suspend a running session (its clock stops; the student waits)."""
        self._run("SELECT exam.proctor_pause(:s, :r)", {"s": session_id, "r": reason})

    def resume(self, session_id: int) -> None:
        """Resume a paused session; the deadline moves by the paused time."""
        self._run("SELECT exam.proctor_resume(:s)", {"s": session_id})

    def terminate(self, session_id: int, reason: str) -> None:
        """End a session for good (e.g. misconduct); a reason is required."""
        self._run("SELECT exam.proctor_terminate(:s, :r)", {"s": session_id, "r": reason})

    def extend_time(self, session_id: int, minutes: int) -> datetime | None:
        """Give a session more time; returns the new deadline (None if it has no time limit)."""
        return self._run("SELECT exam.proctor_extend(:s, :m)", {"s": session_id, "m": minutes})  # type: ignore[return-value]
