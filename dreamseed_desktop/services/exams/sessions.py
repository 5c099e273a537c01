"""Exam sessions, read-only: list (filtered, paged) and get with attempts.

The server's exam API (``exam.*`` functions, run by the exam window, the proctor console and the
demo seeder) is the only writer of sessions and attempts; there is no second state machine here.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from dreamseed_desktop.db.exams import EXAM_TYPES, SESSION_STATUSES, ExamSession
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.paging import DEFAULT_PAGE_SIZE, Page, check_paging
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.records import (
    ExamSessionDetail,
    ExamSessionDTO,
    require_session,
    session_attempts,
    session_dto,
)


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


class ExamSessionService:
    """Read model of exam sessions through the unit of work of ``db`` (row-level security applies)."""

    def __init__(self, db: Database) -> None:
        self._db = db

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
