"""Classes and enrollments (student_classroom)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from dreamseed_desktop.db.base import Base, TimestampMixin, VersionedMixin
from dreamseed_desktop.db.people import MAX_GRADE, MIN_GRADE


class Classroom(TimestampMixin, VersionedMixin, Base):
    __tablename__ = "classes"
    __table_args__ = (
        CheckConstraint(f"grade BETWEEN {MIN_GRADE} AND {MAX_GRADE}", name="grade_range"),
        CheckConstraint("school_year BETWEEN 2000 AND 2100", name="school_year_range"),
        CheckConstraint("class_no BETWEEN 1 AND 99", name="class_no_range"),
        CheckConstraint("length(btrim(name)) > 0", name="name_not_blank"),
        UniqueConstraint("organization_id", "school_year", "name"),
        Index(None, "teacher_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), nullable=False
    )
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teachers.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    subject: Mapped[str | None] = mapped_column(String(50))
    grade: Mapped[int] = mapped_column(SmallInteger, nullable=False)  # 학년
    class_no: Mapped[int | None] = mapped_column(
        SmallInteger, comment="반 of a homeroom class (NULL for other classes)")
    school_year: Mapped[int] = mapped_column(SmallInteger, nullable=False)


class Enrollment(Base):
    __tablename__ = "student_classroom"
    __table_args__ = (Index(None, "class_id"),)

    student_id: Mapped[int] = mapped_column(
        ForeignKey("students.id", ondelete="CASCADE"), primary_key=True
    )
    class_id: Mapped[int] = mapped_column(
        ForeignKey("classes.id", ondelete="CASCADE"), primary_key=True
    )
    enrolled_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
