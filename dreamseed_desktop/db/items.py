"""The item bank: IRT parameters, hidden answer keys and per-item running aggregates."""
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
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from dreamseed_desktop.db.base import Base, TimestampMixin, VersionedMixin
from dreamseed_desktop.db.people import ITEM_MAX_GRADE as MAX_GRADE
from dreamseed_desktop.db.people import ITEM_MIN_GRADE as MIN_GRADE

ITEM_MODELS = ("1PL", "2PL", "3PL")
ITEM_STATUSES = ("draft", "review", "active", "retired", "pretest")


class Item(TimestampMixin, VersionedMixin, Base):
    """One calibrated item. ``a``, ``b``, ``c`` are on the logistic metric (no 1.7)."""

    __tablename__ = "items"
    __table_args__ = (
        CheckConstraint(f"model IN {ITEM_MODELS!r}", name="model"),
        CheckConstraint(f"status IN {ITEM_STATUSES!r}", name="status"),
        CheckConstraint("a > 0 AND a <= 10", name="a_range"),
        CheckConstraint("b BETWEEN -10 AND 10", name="b_range"),
        CheckConstraint("c >= 0 AND c < 1", name="c_range"),
        CheckConstraint(f"grade BETWEEN {MIN_GRADE} AND {MAX_GRADE}", name="grade_range"),
        CheckConstraint("jsonb_typeof(choices) = 'array'", name="choices_array"),
        UniqueConstraint("code"),
        # selection narrows the bank by subject/status and walks b near theta
        Index("ix_items_subject_status_b", "subject", "status", "b"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), nullable=False)  # external id (bank CSV item_id)
    subject: Mapped[str] = mapped_column(String(50), nullable=False)
    grade: Mapped[int | None] = mapped_column(SmallInteger)
    strand: Mapped[str | None] = mapped_column(String(50))
    model: Mapped[str] = mapped_column(String(3), nullable=False, server_default="3PL")
    a: Mapped[float] = mapped_column(Float, nullable=False, server_default="1")
    b: Mapped[float] = mapped_column(Float, nullable=False, server_default="0")
    c: Mapped[float] = mapped_column(Float, nullable=False, server_default="0")
    stem: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    choices: Mapped[list[Any]] = mapped_column(JSONB, nullable=False, server_default=text("'[]'::jsonb"))
    status: Mapped[str] = mapped_column(String(10), nullable=False, server_default="active")
    # the owning school (default: the signed-in admin's); NULL = the server's own bank, owned by the
    # system administrator. ``shared``: other schools' staff may read the content, never the keys.
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), index=True,
        server_default=text("auth.current_org()"))
    shared: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    content_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    bank_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    # the author (teachers edit the drafts of items they wrote; revision 0021)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class ItemKey(Base):
    """Answer key, kept apart from ``items`` so no client-facing policy can expose it."""

    __tablename__ = "item_keys"
    __table_args__ = (CheckConstraint("correct_choice BETWEEN 1 AND 10", name="choice_range"),)

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    correct_choice: Mapped[int] = mapped_column(SmallInteger, nullable=False)


class ItemParamHistory(Base):
    """Every parameter set an item ever had; sessions record which bank version they used."""

    __tablename__ = "item_param_history"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    bank_version: Mapped[int] = mapped_column(Integer, primary_key=True)
    model: Mapped[str] = mapped_column(String(3), nullable=False)
    a: Mapped[float] = mapped_column(Float, nullable=False)
    b: Mapped[float] = mapped_column(Float, nullable=False)
    c: Mapped[float] = mapped_column(Float, nullable=False)
    se_a: Mapped[float | None] = mapped_column(Float)
    se_b: Mapped[float | None] = mapped_column(Float)
    se_c: Mapped[float | None] = mapped_column(Float)
    fit: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(40), nullable=False, server_default="import")
    #: how a calibrated version was made (method, model, priors, anchors ...); NULL for imports
    calibration: Mapped[dict[str, Any] | None] = mapped_column(
        JSONB, comment="How a calibrated version was made: method, model, priors, anchors, released "
                       "anchors, link, distribution")
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )


class ItemStats(Base):
    """Running aggregates over ``attempts``, kept current by a trigger in the same transaction.

    No index on ``n_attempts`` (revision 0035): every answer moves it, and an indexed column
    would make each of those updates write index entries instead of a HOT update."""

    __tablename__ = "item_stats"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    n_attempts: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    n_correct: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    n_timed: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    sum_response_time_ms: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")


class Subject(TimestampMixin, VersionedMixin, Base):
    """A subject a school teaches (migration 0018). ``code`` is what items, classes and exams
    store; ``name_ko``/``name_en`` is what every screen shows."""

    __tablename__ = "subjects"
    __table_args__ = (
        CheckConstraint("code = lower(btrim(code)) AND length(code) > 0", name="code_format"),
        CheckConstraint("length(btrim(name_ko)) > 0 AND length(btrim(name_en)) > 0", name="names_not_blank"),
        UniqueConstraint("organization_id", "code"),
        UniqueConstraint("organization_id", "name_ko"),
        {"comment": "The subjects a school teaches; code is what items, classes and exams store"},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), nullable=False)
    code: Mapped[str] = mapped_column(String(50), nullable=False)
    name_ko: Mapped[str] = mapped_column(String(50), nullable=False)
    name_en: Mapped[str] = mapped_column(String(50), nullable=False)
    sort_order: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("true"))


class Strand(TimestampMixin, VersionedMixin, Base):
    """A strand (영역) of a subject; ``code`` is what ``items.strand`` stores."""

    __tablename__ = "strands"
    __table_args__ = (
        CheckConstraint("code = btrim(code) AND length(code) > 0", name="code_format"),
        CheckConstraint("length(btrim(name_ko)) > 0 AND length(btrim(name_en)) > 0", name="names_not_blank"),
        UniqueConstraint("subject_id", "code"),
        UniqueConstraint("subject_id", "name_ko"),
        {"comment": "The strands (영역) of a subject; code is what items.strand stores"},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subjects.id", ondelete="CASCADE"), nullable=False)
    code: Mapped[str] = mapped_column(String(50), nullable=False)
    name_ko: Mapped[str] = mapped_column(String(50), nullable=False)
    name_en: Mapped[str] = mapped_column(String(50), nullable=False)
    sort_order: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("true"))
