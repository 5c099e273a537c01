"""Attempts (answered items): list and count for a session, staff corrections (server-side, audited).

Answers are written only by the server's exam API. Per-item aggregates (``item_stats``) follow
automatically: a trigger on ``attempts`` updates them in the same transaction.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, text

from dreamseed_desktop.db.exams import Attempt
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.records import (
    AttemptDTO,
    require_session,
    session_attempts,
)


class AttemptService:
    """Answers of exam sessions through the unit of work of ``db``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list_for_session(self, exam_session_id: int) -> tuple[AttemptDTO, ...]:
        """The session's attempts in answer order (NotFound for an unknown session)."""
        with self._db.session(readonly=True) as s:
            require_session(s, exam_session_id)
            return session_attempts(s, exam_session_id)

    def correct(self, attempt_id: int, *, correct: bool, reason: str) -> dict[str, Any]:
        """Mark one answer of an ended session right or wrong (e.g. a wrong answer key).

        Runs on the server (``exam.correct_answer``): only the teacher of the session's class or
        an admin of its organization may; θ/SE after every answer are recomputed with the
        session's stored design; the audit log keeps the old and new values and ``reason``.
        Returns ``{"old": {...}, "new": {...}}`` (correct, θ, SE).
        """
        if not isinstance(correct, bool):
            raise ValidationError("Correct must be true or false.", field="correct")
        if not isinstance(reason, str) or not reason.strip():
            raise ValidationError("Give a reason for the correction.", field="reason")
        with self._db.session() as s:
            out = s.execute(text("SELECT exam.correct_answer(:a, :c, :r)"),
                            {"a": attempt_id, "c": correct, "r": reason.strip()}).scalar_one()
        return dict(out)

    def count_for_session(self, exam_session_id: int) -> int:
        """How many answers a session has (NotFound for an unknown session)."""
        with self._db.session(readonly=True) as s:
            require_session(s, exam_session_id)
            return s.execute(select(func.count()).select_from(Attempt)
                             .where(Attempt.exam_session_id == exam_session_id)).scalar_one()
