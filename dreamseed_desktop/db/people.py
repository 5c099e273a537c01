"""Organizations, users and their teacher / student profiles."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dreamseed_desktop.db.base import Base, TimestampMixin, VersionedMixin

ROLES = ("admin", "teacher", "student")
ORG_TYPES = ("school", "academy", "district", "institute", "other")
# 학년 as schools count them: 1-6 in an elementary school (초), 1-3 in a middle (중) or high (고)
SCHOOL_LEVELS = ("elementary", "middle", "high")
LEVEL_MAX_GRADE = {"elementary": 6, "middle": 3, "high": 3}
MIN_GRADE, MAX_GRADE = 1, 6
# the grades counted from the first year of elementary school (item grades keep that count)
ITEM_MIN_GRADE, ITEM_MAX_GRADE = 1, 12
LEVEL_GRADE_OFFSET = {"elementary": 0, "middle": 6, "high": 9}
DEFAULT_STUDENT_NUMBER_FORMAT = "GCCNN"


class Organization(TimestampMixin, VersionedMixin, Base):
    __tablename__ = "organizations"
    __table_args__ = (
        CheckConstraint(f"type IN {ORG_TYPES!r}", name="type"),
        CheckConstraint("length(btrim(name)) > 0", name="name_not_blank"),
        UniqueConstraint("name"),
        CheckConstraint(f"school_level IN {SCHOOL_LEVELS!r}", name="school_level"),
        CheckConstraint("student_number_format ~ '^[YGCN]{1,12}$' "
                        "AND strpos(student_number_format, 'N') > 0", name="student_number_format"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    type: Mapped[str] = mapped_column(String(20), nullable=False, server_default="school")
    school_level: Mapped[str] = mapped_column(
        Text, nullable=False, server_default="high",
        comment="elementary (초, 학년 1-6), middle (중) or high (고) (학년 1-3)")
    # Y school-year digits, G 학년, C 반, N 번호: "GCCNN" makes 1학년 1반 1번 "10101"
    student_number_format: Mapped[str] = mapped_column(
        Text, nullable=False, server_default=DEFAULT_STUDENT_NUMBER_FORMAT,
        comment="학번 pattern: Y school-year digits, G 학년, C 반, N 번호 (GCCNN: 1학년 1반 1번 = 10101)")
    address: Mapped[str | None] = mapped_column(String(300))
    # students change an admin-set (initial) password at their first sign-in; a school can turn
    # this off for young pupils (staff always change one)
    force_password_change: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("true"))
    meta: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))


class User(TimestampMixin, VersionedMixin, Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(f"role IN {ROLES!r}", name="role"),
        CheckConstraint("email = lower(email) AND email LIKE '%_@_%'", name="email_format"),
        CheckConstraint("length(btrim(name)) > 0", name="name_not_blank"),
        # students may have no email (they sign in with their 학번); staff always have one
        CheckConstraint("email IS NOT NULL OR role = 'student'", name="email_required"),
        UniqueConstraint("email"),
        Index("ix_users_organization_id_role_name", "organization_id", "role", "name"),
        # people list paging by name (created in the baseline migration)
        Index("ix_users_name_id", "name", "id"),
        Index("ix_users_organization_id_name_id", "organization_id", "name", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT")
    )
    email: Mapped[str | None] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(10), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    # the salt and verifier live in auth.credentials (only definer functions read them);
    # this flag, kept by a trigger there, is all staff see
    has_password: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("true"))

    teacher: Mapped[Teacher | None] = relationship(back_populates="user", uselist=False)
    student: Mapped[Student | None] = relationship(back_populates="user", uselist=False)


class Teacher(VersionedMixin, Base):
    __tablename__ = "teachers"
    __table_args__ = (UniqueConstraint("user_id"), Index(None, "organization_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"), nullable=False)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), nullable=False
    )
    subject: Mapped[str | None] = mapped_column(String(50))
    meta: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))

    user: Mapped[User] = relationship(back_populates="teacher")


class Student(VersionedMixin, Base):
    __tablename__ = "students"
    __table_args__ = (
        CheckConstraint(f"grade BETWEEN {MIN_GRADE} AND {MAX_GRADE}", name="grade_range"),
        CheckConstraint("class_no BETWEEN 1 AND 99", name="class_no_range"),
        CheckConstraint("seat_no BETWEEN 1 AND 999", name="seat_no_range"),
        UniqueConstraint("user_id"),
        UniqueConstraint("organization_id", "student_number"),
        Index(None, "organization_id", "grade"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"), nullable=False)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), nullable=False
    )
    grade: Mapped[int] = mapped_column(SmallInteger, nullable=False)  # 학년
    class_no: Mapped[int | None] = mapped_column(SmallInteger, comment="반")
    seat_no: Mapped[int | None] = mapped_column(SmallInteger, comment="번호")
    # 학번: text, so that leading zeros survive ("00123")
    student_number: Mapped[str | None] = mapped_column(Text)

    user: Mapped[User] = relationship(back_populates="student")


class StudentAccommodations(Base):
    """Accommodations staff set on a student (issue 19); no row = none. Written only by
    ``public.set_accommodations`` / ``public.set_my_zoom`` (revision 0031)."""

    __tablename__ = "student_accommodations"
    __table_args__ = (
        CheckConstraint("time_factor BETWEEN 1.00 AND 3.00", name="time_factor"),
        CheckConstraint("zoom BETWEEN 1.00 AND 3.00", name="zoom"),
        Index(None, "organization_id"),
    )

    student_id: Mapped[int] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"), primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), nullable=False)
    time_factor: Mapped[Decimal] = mapped_column(Numeric(3, 2), nullable=False, server_default=text("1.00"))
    zoom: Mapped[Decimal] = mapped_column(Numeric(3, 2), nullable=False, server_default=text("1.00"))
    high_contrast: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    answer_masking: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    line_reader: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    read_aloud: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                 server_default=func.now())
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
