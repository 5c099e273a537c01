"""Attempts (answered items): list and count for a session, staff corrections with an audit trail.

Answers are written only by the server's exam API. Per-item aggregates (``item_stats``) follow
automatically: a trigger on ``attempts`` updates them in the same transaction.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from dreamseed_desktop.db.exams import Attempt, ExamSession
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.errors import NotFound, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.core.validation import UNSET, _Unset
from dreamseed_desktop.services.exams.records import (
    AttemptDTO,
    attempt_dto,
    check_not_server_run,
    require_item,
    require_session,
    session_attempts,
    student_user_ids,
)
from dreamseed_desktop.services.exams.rescoring import rescore_session

#: One answer may take at most a day (response times are milliseconds).
MAX_RESPONSE_TIME_MS = 24 * 3600 * 1000
MAX_CHOICES = 10
RUNNING_IN_EXAM_WINDOW = ("This session is still running in the exam window; correct its answers "
                          "after it has ended.")


def check_response_time(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("Response time must be a whole number of milliseconds.",
                              field="response_time_ms")
    if value < 0:
        raise ValidationError("Response time cannot be negative.", field="response_time_ms")
    if value > MAX_RESPONSE_TIME_MS:
        raise ValidationError("Response time is longer than a day; check the value.",
                              field="response_time_ms")
    return value


def check_choice(value: int | None, n_choices: int) -> int | None:
    if value is None:
        return None
    upper = n_choices if n_choices else MAX_CHOICES
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= upper:
        raise ValidationError("The selected choice must be a number from 1 to {upper}.",
                              params={"upper": upper}, field="selected_choice")
    return value


def _check_correct(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError("Correct must be true or false.", field="correct")
    return value


class AttemptService:
    """Answers of exam sessions through the unit of work of ``db``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list_for_session(self, exam_session_id: int) -> tuple[AttemptDTO, ...]:
        """The session's attempts in answer order (NotFound for an unknown session)."""
        with self._db.session(readonly=True) as s:
            require_session(s, exam_session_id)
            return session_attempts(s, exam_session_id)

    def correct(self, attempt_id: int, *, correct: bool | _Unset = UNSET,
                selected_choice: int | None | _Unset = UNSET,
                response_time_ms: int | None | _Unset = UNSET,
                reason: str | None = None) -> AttemptDTO:
        """Correct (patch) a recorded attempt; the old and new values go to the audit log.

        Only the fields given change. ``item_stats`` follows through its trigger.
        """
        changes: dict[str, Any] = {}
        if not isinstance(correct, _Unset):
            changes["correct"] = _check_correct(correct)
        if not isinstance(response_time_ms, _Unset):
            changes["response_time_ms"] = check_response_time(response_time_ms)
        with self._db.session() as s:
            row = s.execute(select(Attempt).where(Attempt.id == attempt_id)
                            .with_for_update()).scalar_one_or_none()
            if row is None:
                raise NotFound("Attempt {id} was not found.", params={"id": attempt_id},
                               field="attempt_id")
            if not isinstance(selected_choice, _Unset):
                item = require_item(s, row.item_id)
                changes["selected_choice"] = check_choice(selected_choice, len(item.choices or []))
            if not changes:
                raise ValidationError("Nothing to change: give at least one corrected value.")
            old = {k: getattr(row, k) for k in changes}
            changed = {k: v for k, v in changes.items() if old[k] != v}
            session = None
            if "correct" in changed:
                session = s.execute(select(ExamSession).where(ExamSession.id == row.exam_session_id)
                                    .with_for_update()).scalar_one()
                if session.status in ("in_progress", "suspended"):
                    check_not_server_run(session, RUNNING_IN_EXAM_WINDOW)
            for key, value in changed.items():
                setattr(row, key, value)
            s.flush()
            if changed:
                details: dict[str, Any] = {
                    "exam_session_id": row.exam_session_id, "item_id": row.item_id,
                    "reason": reason, "old": {k: old[k] for k in changed}, "new": changed}
                if session is not None:
                    # a changed right/wrong changes the estimate: re-score the whole session
                    details["rescored"] = rescore_session(s, session)
                audit.record(s, self._db.identity, "attempt.correct", "attempt", row.id,
                             affected_user_ids=student_user_ids(s, row.student_id),
                             details=details)
            return attempt_dto(row)

    def count_for_session(self, exam_session_id: int) -> int:
        """How many answers a session has (NotFound for an unknown session)."""
        with self._db.session(readonly=True) as s:
            require_session(s, exam_session_id)
            return s.execute(select(func.count()).select_from(Attempt)
                             .where(Attempt.exam_session_id == exam_session_id)).scalar_one()
