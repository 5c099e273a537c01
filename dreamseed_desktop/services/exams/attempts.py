"""Attempts (answered items): record, list for a session, correct with an audit trail.

Recording locks the session row, so concurrent recorders get consecutive ``seq`` numbers.
Per-item aggregates (``item_stats``) follow automatically: a trigger on ``attempts``
updates them in the same transaction (baseline migration).
"""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dreamseed_desktop.db.exams import Attempt, ExamSession
from dreamseed_desktop.db.items import ItemKey
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.errors import NotFound, ValidationError
from dreamseed_desktop.services.exams.records import (
    AttemptDTO, InvalidSessionState, attempt_dto, check_finite, check_not_server_run, require_item,
    require_session,
    session_attempts, student_user_ids,
)
from dreamseed_desktop.services.core.validation import UNSET, _Unset
from dreamseed_desktop.services.exams.rescoring import rescore_session
from dreamseed_desktop.services.core.uow import Database

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


def _key_of(s: Session, item_id: int) -> int | None:
    return s.execute(select(ItemKey.correct_choice).where(ItemKey.item_id == item_id)).scalar()


def _scored(s: Session, item_id: int, choice: int | None, correct: bool | None) -> bool:
    """``correct`` checked against the answer key (or derived from it when not given)."""
    key = _key_of(s, item_id) if choice is not None else None
    if correct is None:
        if key is None:
            raise ValidationError("Say whether the answer is correct (the item has no answer key "
                                  "or no choice was given).", field="correct")
        return choice == key
    correct = _check_correct(correct)
    if key is not None and (choice == key) != correct:
        raise ValidationError("Correct does not match the answer key for the selected choice.",
                              field="correct")
    return correct


class AttemptService:
    """Answers of exam sessions through the unit of work of ``db``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, exam_session_id: int, item_id: int, *, correct: bool | None = None,
               selected_choice: int | None = None, response_time_ms: int | None = None,
               seq: int | None = None, student_id: int | None = None,
               theta_after: float | None = None, se_after: float | None = None,
               client_uuid: uuid.UUID | str | None = None,
               meta: dict[str, Any] | None = None) -> AttemptDTO:
        """Record one answer in a running session; ``seq`` defaults to the next number.

        ``correct`` may be left out when a choice is given and the item has a key. A repeated
        call with the same ``client_uuid`` returns the attempt stored the first time.
        """
        response_time_ms = check_response_time(response_time_ms)
        check_finite(theta_after, "theta_after", low=-10, high=10, label="Theta")
        check_finite(se_after, "se_after", low=0, high=100, label="Standard error")
        if seq is not None and (isinstance(seq, bool) or not isinstance(seq, int) or seq < 1):
            raise ValidationError("The item number (seq) must be 1 or more.", field="seq")
        if meta is not None and not isinstance(meta, dict):
            raise ValidationError("Attempt details must be a JSON object.", field="meta")
        cuuid = _parse_uuid(client_uuid)
        with self._db.session() as s:
            session = require_session(s, exam_session_id, lock=True)
            if cuuid is not None:
                replay = s.execute(select(Attempt).where(Attempt.client_uuid == cuuid)).scalar()
                if replay is not None:
                    if replay.exam_session_id != exam_session_id or replay.item_id != item_id:
                        raise ValidationError("This answer id was already used for another item.",
                                              field="client_uuid")
                    return attempt_dto(replay)
            check_not_server_run(session, "This session is run by the exam window: only the exam "
                                          "window records its answers.")
            if session.status != "in_progress":
                raise InvalidSessionState(
                    "This exam session is {status_label}; answers can no longer be recorded.",
                    params={"status_label": session.status.replace("_", " ")}, field="status")
            if student_id is not None and student_id != session.student_id:
                raise ValidationError("The student does not match the exam session.",
                                      field="student_id")
            item = require_item(s, item_id)
            choice = check_choice(selected_choice, len(item.choices or []))
            is_correct = _scored(s, item_id, choice, correct)
            answered = s.execute(select(Attempt.seq, Attempt.item_id)
                                 .where(Attempt.exam_session_id == exam_session_id)).all()
            if any(r.item_id == item_id for r in answered):
                raise ValidationError("This item was already answered in this session.",
                                      field="item_id")
            next_seq = max((r.seq for r in answered), default=0) + 1
            if seq is not None and any(r.seq == seq for r in answered):
                raise ValidationError("This item number was already answered in this session.",
                                      field="seq")
            row = Attempt(student_id=session.student_id, exam_session_id=exam_session_id,
                          item_id=item_id, seq=seq if seq is not None else next_seq,
                          correct=is_correct, selected_choice=choice,
                          response_time_ms=response_time_ms, theta_after=theta_after,
                          se_after=se_after, client_uuid=cuuid, meta=dict(meta or {}))
            s.add(row)
            s.flush()
            s.refresh(row)
            audit.record(s, self._db.identity, "attempt.record", "attempt", row.id,
                         affected_user_ids=student_user_ids(s, session.student_id),
                         details={"exam_session_id": exam_session_id, "item_id": item_id,
                                  "seq": row.seq, "correct": is_correct})
            return attempt_dto(row)

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


def _parse_uuid(value: uuid.UUID | str | None) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise ValidationError("The answer id is not a valid UUID.", field="client_uuid") from None
