"""Exam sessions: start, list, get with attempts, complete, suspend, resume, terminate.

Status machine (anything else is refused with :class:`InvalidSessionState`)::

    in_progress --complete--> completed
    in_progress --suspend---> suspended --resume--> in_progress
    in_progress / suspended --terminate--> terminated

All times come from the database server's clock (``now()`` of the transaction). Time spent
suspended is kept in ``meta['paused_sec']`` and excluded from ``duration_sec``.
"""
from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dreamseed_desktop.db.classes import Enrollment
from dreamseed_desktop.db.exams import EXAM_TYPES, SESSION_STATUSES, Attempt, Exam, ExamSession
from dreamseed_desktop.db.people import User
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.errors import Conflict, NotFound, ValidationError
from dreamseed_desktop.services.exams.records import (
    ExamSessionDetail, ExamSessionDTO, InvalidSessionState, check_finite, check_not_server_run, require_class, require_session, require_student, session_attempts, session_dto, student_user_ids,
)
from dreamseed_desktop.services.exams.scoring import percent_correct
from dreamseed_desktop.services.core.paging import DEFAULT_PAGE_SIZE, Page, check_paging
from dreamseed_desktop.services.core.uow import Database

# action -> {from status: to status}
TRANSITIONS: dict[str, dict[str, str]] = {
    "complete": {"in_progress": "completed"},
    "suspend": {"in_progress": "suspended"},
    "resume": {"suspended": "in_progress"},
    "terminate": {"in_progress": "terminated", "suspended": "terminated"},
}
_CANNOT = {
    "complete": "This exam session is {status_label}; it cannot be completed.",
    "suspend": "This exam session is {status_label}; it cannot be suspended.",
    "resume": "This exam session is {status_label}; it cannot be resumed.",
    "terminate": "This exam session is {status_label}; it cannot be terminated.",
}


@dataclass(frozen=True)
class SessionFilter:
    """Filters for :meth:`ExamSessionService.list`; ``started_to`` is exclusive."""

    student_id: int | None = None
    class_id: int | None = None
    exam_id: int | None = None
    status: str | None = None
    exam_type: str | None = None
    started_from: datetime | None = None
    started_to: datetime | None = None


def check_exam_type(exam_type: str) -> str:
    value = (exam_type or "").strip().lower()
    if value not in EXAM_TYPES:
        raise ValidationError("Exam type must be one of: {choices}.",
                              params={"choices": ", ".join(EXAM_TYPES)}, field="exam_type")
    return value


def _check_status(status: str) -> str:
    if status not in SESSION_STATUSES:
        raise ValidationError("Status must be one of: {choices}.",
                              params={"choices": ", ".join(SESSION_STATUSES)}, field="status")
    return status


def _server_now(s: Session) -> datetime:
    return s.execute(select(func.now())).scalar_one()


class ExamSessionService:
    """Exam sessions through the unit of work of ``db`` (one transaction per call)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # ---- start ---------------------------------------------------------------------------
    def start(self, student_id: int, *, class_id: int | None = None, exam_type: str | None = None,
              exam_id: int | None = None, meta: dict[str, Any] | None = None,
              deadline_at: datetime | None = None) -> ExamSessionDTO:
        """Open an ``in_progress`` session. The student must be active and in the class.

        With ``exam_id`` the class and (unless given) the exam type come from the exam;
        otherwise the type defaults to ``practice``.
        """
        if exam_type is not None:
            exam_type = check_exam_type(exam_type)
        if meta is not None and not isinstance(meta, dict):
            raise ValidationError("Session details must be a JSON object.", field="meta")
        with self._db.session() as s:
            student = require_student(s, student_id)
            if not s.execute(select(User.is_active).where(User.id == student.user_id)).scalar_one():
                raise ValidationError("This student's account is deactivated.", field="student_id")
            if exam_id is not None:
                exam = s.get(Exam, exam_id)
                if exam is None:
                    raise NotFound("Exam {id} was not found.", params={"id": exam_id},
                                   field="exam_id")
                if class_id is not None and class_id != exam.class_id:
                    raise ValidationError("The exam belongs to another class.", field="class_id")
                class_id = exam.class_id
                exam_type = exam_type or exam.exam_type
            if class_id is not None:
                require_class(s, class_id)
                enrolled = s.get(Enrollment, (student_id, class_id))
                if enrolled is None:
                    raise ValidationError("Student {student_id} is not enrolled in class {class_id}.",
                                          params={"student_id": student_id, "class_id": class_id},
                                          field="class_id")
            exam_type = exam_type or "practice"
            row = ExamSession(student_id=student_id, class_id=class_id, exam_id=exam_id,
                              exam_type=exam_type, status="in_progress", meta=dict(meta or {}),
                              deadline_at=deadline_at)
            s.add(row)
            s.flush()
            s.refresh(row)
            audit.record(s, self._db.identity, "exam_session.start", "exam_session", row.id,
                         affected_user_ids=[student.user_id],
                         details={"class_id": class_id, "exam_id": exam_id, "exam_type": exam_type})
            return session_dto(row)

    # ---- read ----------------------------------------------------------------------------
    def get(self, session_id: int) -> ExamSessionDetail:
        """The session with its attempts (in answer order)."""
        with self._db.session(readonly=True) as s:
            row = require_session(s, session_id)
            return ExamSessionDetail(session=session_dto(row), attempts=session_attempts(s, row.id))

    def list(self, filters: SessionFilter | None = None, *, offset: int = 0,
             limit: int = DEFAULT_PAGE_SIZE) -> Page[ExamSessionDTO]:
        """Sessions matching ``filters``, newest first, one page at a time."""
        f = filters or SessionFilter()
        offset, limit = check_paging(offset, limit)
        conds: list[Any] = []
        if f.student_id is not None:
            conds.append(ExamSession.student_id == f.student_id)
        if f.class_id is not None:
            conds.append(ExamSession.class_id == f.class_id)
        if f.exam_id is not None:
            conds.append(ExamSession.exam_id == f.exam_id)
        if f.status is not None:
            conds.append(ExamSession.status == _check_status(f.status))
        if f.exam_type is not None:
            conds.append(ExamSession.exam_type == check_exam_type(f.exam_type))
        if f.started_from is not None:
            conds.append(ExamSession.started_at >= f.started_from)
        if f.started_to is not None:
            conds.append(ExamSession.started_at < f.started_to)
        if f.started_from and f.started_to and f.started_to <= f.started_from:
            raise ValidationError("The end of the date range must be after its start.",
                                  field="started_to")
        with self._db.session(readonly=True) as s:
            total = s.execute(select(func.count()).select_from(ExamSession).where(*conds)).scalar_one()
            rows = s.execute(select(ExamSession).where(*conds)
                             .order_by(ExamSession.started_at.desc(), ExamSession.id.desc())
                             .offset(offset).limit(limit)).scalars()
            return Page(items=tuple(session_dto(r) for r in rows), total=total,
                        offset=offset, limit=limit)

    # ---- status changes ------------------------------------------------------------------
    def complete(self, session_id: int, *, score: float | None = None, theta: float | None = None,
                 standard_error: float | None = None,
                 expected_version: int | None = None) -> ExamSessionDTO:
        """Finish a running session: ``ended_at`` and ``duration_sec`` from the server clock.

        ``score`` defaults to the percentage of correct attempts; ``theta``/``standard_error``
        default to the last attempt's ``theta_after``/``se_after``.
        """
        check_finite(score, "score", low=0, high=100, label="Score")
        check_finite(theta, "theta", low=-10, high=10, label="Theta")
        check_finite(standard_error, "standard_error", low=0, high=100, label="Standard error")

        def apply(s: Session, row: ExamSession, now: datetime) -> dict[str, Any]:
            n, n_correct = s.execute(
                select(func.count(), func.count().filter(Attempt.correct))
                .where(Attempt.exam_session_id == row.id)).one()
            last = s.execute(select(Attempt.theta_after, Attempt.se_after)
                             .where(Attempt.exam_session_id == row.id)
                             .order_by(Attempt.seq.desc()).limit(1)).first()
            row.score = score if score is not None else (
                percent_correct(n_correct, n))
            row.theta = theta if theta is not None else (last[0] if last else None)
            row.standard_error = standard_error if standard_error is not None else (
                last[1] if last else None)
            row.ended_at = now
            row.duration_sec = _active_seconds(row, now)
            return {"score": row.score, "theta": row.theta, "standard_error": row.standard_error,
                    "duration_sec": row.duration_sec, "n_attempts": n}
        return self._transition(session_id, "complete", expected_version, apply)

    def suspend(self, session_id: int, *, reason: str | None = None,
                expected_version: int | None = None) -> ExamSessionDTO:
        """Pause a running session; the clock stops until :meth:`resume`."""
        def apply(s: Session, row: ExamSession, now: datetime) -> dict[str, Any]:
            row.meta = {**(row.meta or {}), "suspended_at": now.isoformat()}
            return {"reason": reason} if reason else {}
        return self._transition(session_id, "suspend", expected_version, apply)

    def resume(self, session_id: int, *, expected_version: int | None = None) -> ExamSessionDTO:
        """Continue a suspended session; the paused time is added to ``meta['paused_sec']``
        and moves the deadline (when there is one)."""
        def apply(s: Session, row: ExamSession, now: datetime) -> dict[str, Any]:
            paused = _close_pause(row, now)
            if row.deadline_at is not None:
                row.deadline_at = row.deadline_at + timedelta(seconds=paused)
            return {"paused_sec": paused}
        return self._transition(session_id, "resume", expected_version, apply)

    def terminate(self, session_id: int, *, reason: str | None = None,
                  expected_version: int | None = None) -> ExamSessionDTO:
        """End a running or suspended session for good (no score)."""
        def apply(s: Session, row: ExamSession, now: datetime) -> dict[str, Any]:
            if row.status == "suspended":
                _close_pause(row, now)
            row.ended_at = now
            row.duration_sec = _active_seconds(row, now)
            return {"reason": reason} if reason else {}
        return self._transition(session_id, "terminate", expected_version, apply)

    def _transition(self, session_id: int, action: str, expected_version: int | None,
                    apply: Callable[[Session, ExamSession, datetime], dict[str, Any]]
                    ) -> ExamSessionDTO:
        with self._db.session() as s:
            row = require_session(s, session_id, lock=True)
            if expected_version is not None and row.version != expected_version:
                raise Conflict()
            check_not_server_run(row, "This session is run by the exam window: pause, resume or "
                                      "end it in the proctor console.")
            target = TRANSITIONS[action].get(row.status)
            if target is None:
                raise InvalidSessionState(_CANNOT[action],
                                          params={"status_label": row.status.replace("_", " ")},
                                          field="status")
            now = _server_now(s)
            before = row.status
            details = apply(s, row, now)
            row.status = target
            row.version = row.version + 1
            s.flush()
            audit.record(s, self._db.identity, f"exam_session.{action}", "exam_session", row.id,
                         affected_user_ids=student_user_ids(s, row.student_id),
                         details={"from": before, "to": target, **details})
            return session_dto(row)


def _close_pause(row: ExamSession, now: datetime) -> float:
    """End a pause: add its length to ``meta['paused_sec']`` and return the pause length."""
    meta = dict(row.meta or {})
    started = meta.pop("suspended_at", None)
    paused = max(0.0, (now - datetime.fromisoformat(started)).total_seconds()) if started else 0.0
    meta["paused_sec"] = round(float(meta.get("paused_sec", 0.0)) + paused, 3)
    row.meta = meta
    return paused


def _active_seconds(row: ExamSession, now: datetime) -> int:
    paused = float((row.meta or {}).get("paused_sec", 0.0))
    return max(0, round((now - row.started_at).total_seconds() - paused))
