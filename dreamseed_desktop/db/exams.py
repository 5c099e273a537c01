"""Exam definitions, exam sessions (CAT sittings) and attempts (answered items)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from dreamseed_desktop.db.base import Base, TimestampMixin, VersionedMixin

EXAM_TYPES = ("placement", "practice", "diagnostic", "formative", "unit", "midterm", "final")
SESSION_STATUSES = ("in_progress", "completed", "suspended", "terminated")
#: what the student sees at the end: nothing, number correct of answered and % correct, or θ with SE
RESULT_DISPLAY = ("none", "correct", "theta")


class Exam(TimestampMixin, VersionedMixin, Base):
    """A teacher's exam for a class: the CAT design, item pool filter and time window."""

    __tablename__ = "exams"
    __table_args__ = (
        CheckConstraint(f"exam_type IN {EXAM_TYPES!r}", name="exam_type"),
        CheckConstraint(f"show_result IN {RESULT_DISPLAY!r}", name="show_result"),
        CheckConstraint("closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at", name="window"),
        CheckConstraint("length(btrim(title)) > 0", name="title_not_blank"),
        Index(None, "class_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="RESTRICT"), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    subject: Mapped[str] = mapped_column(String(50), nullable=False)
    exam_type: Mapped[str] = mapped_column(String(20), nullable=False, server_default="formative")
    cat_config: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))
    item_filter: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))
    opens_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    closes_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    show_result: Mapped[str] = mapped_column(String(10), nullable=False, server_default="none")
    confirm_answers: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("true"))
    resume_days: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="3")
    is_open: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("true"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class ExamSession(VersionedMixin, Base):
    __tablename__ = "exam_sessions"
    __table_args__ = (
        CheckConstraint(f"exam_type IN {EXAM_TYPES!r}", name="exam_type"),
        CheckConstraint(f"status IN {SESSION_STATUSES!r}", name="status"),
        CheckConstraint("duration_sec IS NULL OR duration_sec >= 0", name="duration_nonneg"),
        CheckConstraint("standard_error IS NULL OR standard_error >= 0", name="se_nonneg"),
        CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name="ended_after_start"),
        CheckConstraint("paused_seconds >= 0", name="paused_nonneg"),
        CheckConstraint("n_correct >= 0 AND n_correct <= n_answered", name="counts"),
        Index("ix_exam_sessions_student_id_started_at", "student_id", "started_at"),
        Index("ix_exam_sessions_class_id_status_started_at", "class_id", "status", "started_at"),
        Index("ix_exam_sessions_status", "status"),
        Index("ix_exam_sessions_started_at", "started_at"),
        Index("ix_exam_sessions_exam_id", "exam_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("students.id", ondelete="RESTRICT"), nullable=False)
    class_id: Mapped[int | None] = mapped_column(ForeignKey("classes.id", ondelete="RESTRICT"))
    # the student's organization, set by a trigger (migration 0011) for the row-level security policies
    organization_id: Mapped[int] = mapped_column(Integer, nullable=False)
    exam_id: Mapped[int | None] = mapped_column(ForeignKey("exams.id", ondelete="RESTRICT"))
    exam_type: Mapped[str] = mapped_column(String(20), nullable=False, server_default="practice")
    status: Mapped[str] = mapped_column(String(12), nullable=False, server_default="in_progress")
    # exam.clock(): the server's time (the owner may set another, revision 0021)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("exam.clock()"),
                                                 nullable=False)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    deadline_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    theta: Mapped[float | None] = mapped_column(Float)
    standard_error: Mapped[float | None] = mapped_column(Float)
    duration_sec: Mapped[int | None] = mapped_column(Integer)
    #: the server engine that ran the session (``exam.engine_version()``)
    engine_version: Mapped[str | None] = mapped_column(Text)
    #: how it ended: max_items, se_target, time_limit, student_finished, proctor_ended, ...
    stop_reason: Mapped[str | None] = mapped_column(Text)
    paused_seconds: Mapped[float] = mapped_column(Float, nullable=False, server_default=text("0"))
    #: number of items answered / answered correctly (kept by a trigger on attempts)
    n_answered: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    n_correct: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    meta: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))


class Attempt(Base):
    __tablename__ = "attempts"
    __table_args__ = (
        UniqueConstraint("exam_session_id", "seq"),
        UniqueConstraint("client_uuid"),
        CheckConstraint("seq >= 1", name="seq_positive"),
        CheckConstraint("response_time_ms IS NULL OR response_time_ms >= 0", name="response_time_nonneg"),
        CheckConstraint("server_response_ms IS NULL OR server_response_ms >= 0", name="server_response_nonneg"),
        CheckConstraint("selected_choice IS NULL OR selected_choice BETWEEN 1 AND 10", name="choice_range"),
        Index(None, "student_id"),
        Index(None, "item_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("students.id", ondelete="RESTRICT"), nullable=False)
    exam_session_id: Mapped[int] = mapped_column(
        ForeignKey("exam_sessions.id", ondelete="CASCADE"), nullable=False
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="RESTRICT"), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    correct: Mapped[bool] = mapped_column(Boolean, nullable=False)
    # clients read it only through exam.attempt_choices() (docs/security.md, Staff rules): deferred
    selected_choice: Mapped[int | None] = mapped_column(SmallInteger, deferred=True)
    response_time_ms: Mapped[int | None] = mapped_column(Integer)       # the client's figure (advisory)
    server_response_ms: Mapped[int | None] = mapped_column(Integer)     # item issued -> answer, server clock
    client_uuid: Mapped[Any | None] = mapped_column(UUID(as_uuid=True))
    theta_after: Mapped[float | None] = mapped_column(Float)
    se_after: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("exam.clock()"),
                                                 nullable=False)
    meta: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))
    # the session's organization and class, set by a trigger (migration 0011) for the policies
    organization_id: Mapped[int] = mapped_column(Integer, nullable=False)
    class_id: Mapped[int | None] = mapped_column(Integer)
    # the item content version shown, from exam.shown_items (trigger, revision 0021)
    content_version: Mapped[int] = mapped_column(Integer, nullable=False)
    # an unscored pretest item (revision 0030); no client may read it (which items were pretest
    # stays on the server; staff see counts through exam.pretest_answer_counts): deferred
    pretest: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"), deferred=True)
