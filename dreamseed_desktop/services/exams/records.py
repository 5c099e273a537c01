"""DTOs and shared look-ups of the exam services (sessions, attempts, statistics).

Kept apart from the services so ``exam_sessions``, ``attempts`` and the statistics modules
can share them without importing each other.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import NO_VALUE

from dreamseed_desktop.db.classes import Classroom
from dreamseed_desktop.db.exams import Attempt, ExamSession
from dreamseed_desktop.db.items import Item
from dreamseed_desktop.db.people import Student
from dreamseed_desktop.services.core.errors import NotFound, ValidationError

M = TypeVar("M")


@dataclass(frozen=True)
class AttemptDTO:
    """One answered item of an exam session."""

    id: int
    student_id: int
    exam_session_id: int
    item_id: int
    seq: int
    correct: bool
    selected_choice: int | None
    response_time_ms: int | None
    theta_after: float | None
    se_after: float | None
    created_at: datetime
    meta: dict[str, Any]


@dataclass(frozen=True)
class ExamSessionDTO:
    """One sitting of an exam by one student."""

    id: int
    student_id: int
    class_id: int | None
    exam_id: int | None
    exam_type: str
    status: str
    started_at: datetime
    ended_at: datetime | None
    theta: float | None
    standard_error: float | None
    duration_sec: int | None
    meta: dict[str, Any]
    version: int
    deadline_at: datetime | None = None
    n_answered: int = 0
    n_correct: int = 0
    stop_reason: str | None = None
    engine_version: str | None = None
    paused_seconds: float = 0.0


@dataclass(frozen=True)
class ExamSessionDetail:
    """A session together with its attempts in answer order."""

    session: ExamSessionDTO
    attempts: tuple[AttemptDTO, ...]


class _Missing:
    """Marker: no choice given to :func:`attempt_dto`."""


MISSING = _Missing()


def answer_choices(s: Session, session_id: int) -> dict[int, int | None]:
    """seq -> chosen option of one session, as far as the signed-in user may see it: signed-in
    clients get it from ``exam.attempt_choices`` (admins of the item's school, the student's own
    ended session; teachers see right/wrong only — docs/security.md, "Staff rules"); the owner
    connection reads the column."""
    if s.execute(text("SELECT coalesce(current_setting('dreamseed.token', true), '') <> ''")).scalar_one():
        rows = s.execute(text("SELECT seq, selected_choice FROM exam.attempt_choices(:s)"), {"s": session_id})
    else:
        rows = s.execute(select(Attempt.seq, Attempt.selected_choice).where(Attempt.exam_session_id == session_id))
    return {int(seq): choice for seq, choice in rows}


def _loaded_choice(row: Attempt) -> int | None:
    """The chosen option if this row carries it (written in this unit of work), else None."""
    value = inspect(row).attrs.selected_choice.loaded_value
    return None if value is NO_VALUE else value


def attempt_dto(row: Attempt, choice: int | None | _Missing = MISSING) -> AttemptDTO:
    return AttemptDTO(
        id=row.id, student_id=row.student_id, exam_session_id=row.exam_session_id,
        item_id=row.item_id, seq=row.seq, correct=row.correct,
        selected_choice=_loaded_choice(row) if isinstance(choice, _Missing) else choice,
        response_time_ms=row.response_time_ms,
        theta_after=row.theta_after, se_after=row.se_after, created_at=row.created_at,
        meta=dict(row.meta or {}),
    )


def session_dto(row: ExamSession) -> ExamSessionDTO:
    return ExamSessionDTO(
        id=row.id, student_id=row.student_id, class_id=row.class_id, exam_id=row.exam_id,
        exam_type=row.exam_type, status=row.status, started_at=row.started_at,
        ended_at=row.ended_at, theta=row.theta,
        standard_error=row.standard_error, duration_sec=row.duration_sec,
        meta=dict(row.meta or {}), version=row.version, deadline_at=row.deadline_at,
        n_answered=row.n_answered, n_correct=row.n_correct, stop_reason=row.stop_reason,
        engine_version=row.engine_version, paused_seconds=row.paused_seconds,
    )


def require_session(s: Session, session_id: int) -> ExamSession:
    """The session (clients only read sessions: the server writes them, revision 0017)."""
    row = s.execute(select(ExamSession).where(ExamSession.id == session_id)).scalar_one_or_none()
    if row is None:
        raise NotFound("Exam session {id} was not found.", params={"id": session_id},
                       field="exam_session_id")
    return row


def _require(s: Session, model: type[M], key: int, missing: str, field: str) -> M:
    """The row with primary key ``key``; NotFound with the template ``missing`` ({id}) if none."""
    row = s.get(model, key)
    if row is None:
        raise NotFound(missing, params={"id": key}, field=field)
    return row


def require_student(s: Session, student_id: int) -> Student:
    return _require(s, Student, student_id, "Student {id} was not found.", "student_id")


def require_class(s: Session, class_id: int) -> Classroom:
    return _require(s, Classroom, class_id, "Class {id} was not found.", "class_id")


def require_item(s: Session, item_id: int) -> Item:
    return _require(s, Item, item_id, "Item {id} was not found.", "item_id")


def session_attempts(s: Session, session_id: int) -> tuple[AttemptDTO, ...]:
    rows = s.execute(select(Attempt).where(Attempt.exam_session_id == session_id)
                     .order_by(Attempt.seq)).scalars().all()
    choices = answer_choices(s, session_id)
    return tuple(attempt_dto(r, choices.get(r.seq)) for r in rows)


def check_finite(value: float | None, field: str, *, low: float | None = None,
                 high: float | None = None, label: str | None = None) -> float | None:
    """``value`` as a float when it is finite and inside [low, high]; None stays None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValidationError("{label} must be a finite number.", params={"label": label or field},
                              field=field)
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValidationError("{label} must be between {low} and {high}.",
                              params={"label": label or field, "low": f"{low:g}",
                                      "high": f"{high:g}"}, field=field)
    return float(value)


def student_user_ids(s: Session, student_id: int) -> list[int]:
    """The user id behind a student profile, as the ``affected_user_ids`` of an audit entry."""
    uid = s.execute(select(Student.user_id).where(Student.id == student_id)).scalar()
    return [uid] if uid is not None else []
