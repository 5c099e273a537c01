"""Enrollment of students in classes: one at a time or in bulk (all-or-nothing).

Bulk enrollment checks every id first and writes nothing when any id is unknown, belongs to
another organization or is already enrolled; the error names those ids. The write itself is
one ``INSERT ... SELECT unnest(...)`` so 1,000 students take one round trip.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, select, text
from sqlalchemy.dialects.postgresql import ARRAY, INTEGER
from sqlalchemy.orm import Session

from dreamseed_desktop.db.classes import Classroom, Enrollment
from dreamseed_desktop.db.people import Student, Teacher, User
from dreamseed_desktop.services.classes.service import load_class
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.access import require_role
from dreamseed_desktop.services.core.errors import AlreadyEnrolled, NotFound, ValidationError
from dreamseed_desktop.services.core.paging import DEFAULT_PAGE_SIZE, Page, check_paging
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.core.validation import clean_grade, clean_id, like_pattern


class StudentsNotFound(NotFound):
    """Some student ids of a bulk request do not exist; ``student_ids`` lists them and
    ``already_enrolled`` the ids that were also already in the class."""

    def __init__(self, student_ids: tuple[int, ...], already_enrolled: tuple[int, ...] = ()) -> None:
        if already_enrolled:
            super().__init__("Unknown student id(s): {ids}. Already enrolled: {enrolled}. "
                             "Nothing was changed.",
                             params={"ids": _ids(student_ids), "enrolled": _ids(already_enrolled)})
        else:
            super().__init__("Unknown student id(s): {ids}. Nothing was changed.",
                             params={"ids": _ids(student_ids)})
        self.student_ids = student_ids
        self.already_enrolled = already_enrolled


@dataclass(frozen=True)
class ClassStudentDTO:
    """A student as shown in a class roster (``enrolled_at`` None when not enrolled)."""

    student_id: int
    user_id: int
    name: str
    email: str | None
    student_number: str | None
    grade: int
    is_active: bool
    enrolled_at: datetime | None = None


@dataclass(frozen=True)
class StudentClassDTO:
    """A class a student is enrolled in."""

    class_id: int
    name: str
    subject: str | None
    grade: int
    school_year: int
    teacher_name: str | None
    enrolled_at: datetime


def _ids(ids: Iterable[int]) -> str:
    return ", ".join(str(i) for i in ids)


_IDS = bindparam("ids", type_=ARRAY(INTEGER))

# one row per requested id: does the student exist, in which organization, already enrolled?
_CHECK_SQL = text("""
    SELECT req.id, s.organization_id, s.user_id, (e.student_id IS NOT NULL) AS enrolled
    FROM unnest(:ids) AS req(id)
    LEFT JOIN students s ON s.id = req.id
    LEFT JOIN student_classroom e ON e.student_id = req.id AND e.class_id = :class_id
""").bindparams(_IDS)

_INSERT_SQL = text("""
    INSERT INTO student_classroom (student_id, class_id)
    SELECT id, :class_id FROM unnest(:ids) AS req(id)
""").bindparams(_IDS)

_STUDENT_COLUMNS = (Student.id, User.id, User.name, User.email, Student.student_number,
                    Student.grade, User.is_active)


def _student_dto(row: Any, enrolled_at: datetime | None = None) -> ClassStudentDTO:
    sid, uid, name, email, number, grade, active = row[:7]
    return ClassStudentDTO(student_id=sid, user_id=uid, name=name, email=email,
                           student_number=number, grade=grade, is_active=active,
                           enrolled_at=enrolled_at)


class EnrollmentService:
    """Who is in which class."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def enroll(self, student_id: int, class_id: int) -> None:
        """Enroll one student; ``AlreadyEnrolled`` if they already are, ``NotFound`` naming the
        missing student or class."""
        try:
            self.bulk_enroll(class_id, [student_id])
        except StudentsNotFound:
            raise NotFound("Student {id} does not exist.", params={"id": student_id}) from None
        except AlreadyEnrolled:
            raise AlreadyEnrolled("Already enrolled", student_ids=(student_id,)) from None

    def bulk_enroll(self, class_id: int, student_ids: Iterable[int]) -> int:
        """Enroll all ``student_ids`` or none; returns how many were enrolled."""
        identity, ids = self._db.identity, self._requested_ids(student_ids)
        if not ids:
            return 0
        with self._db.session() as s:
            cls = self._lock_class(s, class_id)
            rows = sorted(s.execute(_CHECK_SQL, {"ids": ids, "class_id": class_id}).all())
            unknown = tuple(r.id for r in rows if r.organization_id is None)
            enrolled = tuple(r.id for r in rows if r.enrolled)
            if unknown:
                raise StudentsNotFound(unknown, enrolled)
            if enrolled:
                raise AlreadyEnrolled(
                    "Already enrolled: {count} student(s) are already in '{name}' "
                    "(ids {ids}). Nothing was changed.", student_ids=enrolled,
                    params={"count": len(enrolled), "name": cls.name, "ids": _ids(enrolled)})
            foreign = tuple(r.id for r in rows if r.organization_id != cls.organization_id)
            if foreign:
                raise ValidationError("Student(s) {ids} belong to another organization "
                                      "than the class. Nothing was changed.",
                                      params={"ids": _ids(foreign)}, field="student_ids")
            s.execute(_INSERT_SQL, {"ids": ids, "class_id": class_id})
            audit.record(s, identity, "enrollment.add", "class", class_id,
                         affected_user_ids=[r.user_id for r in rows],
                         organization_id=cls.organization_id,
                         details={"student_ids": ids, "count": len(ids)})
            return len(ids)

    def _requested_ids(self, student_ids: Iterable[int]) -> list[int]:
        """Role check + the distinct, validated ids of a bulk request, sorted."""
        require_role(self._db.identity, "admin", "teacher")
        return sorted({clean_id(i, field="student_ids") for i in student_ids})

    @staticmethod
    def _lock_class(session: Session, class_id: int) -> Classroom:
        cls = session.scalar(select(Classroom).where(Classroom.id == class_id)
                             .with_for_update(key_share=True))
        if cls is None:
            raise NotFound("Class {id} does not exist.", params={"id": class_id})
        return cls

    def unenroll(self, student_id: int, class_id: int) -> None:
        """Remove one student from a class (their exam results are kept)."""
        self.bulk_unenroll(class_id, [student_id])

    def bulk_unenroll(self, class_id: int, student_ids: Iterable[int]) -> int:
        """Remove all ``student_ids`` from the class or none (``NotFound`` lists the ids that
        are not enrolled); returns how many were removed."""
        identity, ids = self._db.identity, self._requested_ids(student_ids)
        if not ids:
            return 0
        with self._db.session() as s:
            cls = self._lock_class(s, class_id)
            removed: dict[int, int]
            if identity.token:     # the server checks the caller, deletes and audits
                removed = dict(s.execute(text("SELECT student_id, user_id FROM public.remove_enrollments(:c, :ids)"),
                                         {"c": class_id, "ids": ids}).all())
            else:
                removed = dict(s.execute(
                    delete(Enrollment).where(Enrollment.class_id == class_id,
                                             Enrollment.student_id.in_(ids))
                    .returning(Enrollment.student_id, select(Student.user_id)
                               .where(Student.id == Enrollment.student_id).scalar_subquery())
                ).all())
            missing = [i for i in ids if i not in removed]
            if missing:      # raising rolls the removal (and its audit entry) back
                raise NotFound("Student(s) {ids} are not enrolled in '{name}'. "
                               "Nothing was changed.", params={"ids": _ids(missing), "name": cls.name})
            if not identity.token:
                audit.record(s, identity, "enrollment.remove", "class", class_id,
                             affected_user_ids=removed.values(), organization_id=cls.organization_id,
                             details={"student_ids": ids, "count": len(ids)})
            return len(ids)

    def list_class_students(self, class_id: int) -> list[ClassStudentDTO]:
        """The class roster ordered by student number, then name."""
        with self._db.session(readonly=True) as s:
            load_class(s, class_id)
            rows = s.execute(
                select(*_STUDENT_COLUMNS, Enrollment.enrolled_at)
                .join(User, User.id == Student.user_id)
                .join(Enrollment, Enrollment.student_id == Student.id)
                .where(Enrollment.class_id == class_id)
                .order_by(Student.student_number.nulls_last(), User.name, Student.id)).all()
            return [_student_dto(r, r[7]) for r in rows]

    def list_student_classes(self, student_id: int) -> list[StudentClassDTO]:
        with self._db.session(readonly=True) as s:
            if s.get(Student, student_id) is None:
                raise NotFound("Student {id} does not exist.", params={"id": student_id})
            teacher_user = User.__table__.alias("tu")
            rows = s.execute(
                select(Classroom, teacher_user.c.name, Enrollment.enrolled_at)
                .join(Enrollment, Enrollment.class_id == Classroom.id)
                .outerjoin(Teacher, Teacher.id == Classroom.teacher_id)
                .outerjoin(teacher_user, teacher_user.c.id == Teacher.user_id)
                .where(Enrollment.student_id == student_id)
                .order_by(Classroom.school_year.desc(), Classroom.name)).all()
            return [StudentClassDTO(class_id=c.id, name=c.name, subject=c.subject, grade=c.grade,
                                    school_year=c.school_year, teacher_name=t, enrolled_at=at)
                    for c, t, at in rows]

    def list_available(self, class_id: int, *, grade: int | None = None,
                       search: str | None = None, offset: int = 0,
                       limit: int = DEFAULT_PAGE_SIZE) -> Page[ClassStudentDTO]:
        """Active students of the class's organization who are not in it yet, optionally
        filtered by grade and by part of name / student number / email."""
        offset, limit = check_paging(offset, limit)
        with self._db.session(readonly=True) as s:
            cls = load_class(s, class_id)
            in_class = select(Enrollment.student_id).where(Enrollment.class_id == class_id)
            conditions: list[Any] = [Student.organization_id == cls.organization_id,
                                     User.is_active.is_(True), Student.id.not_in(in_class)]
            if grade is not None:
                conditions.append(Student.grade == clean_grade(grade))
            if search and search.strip():
                pattern = like_pattern(search)
                conditions.append(func.lower(User.name).like(pattern)
                                  | func.lower(Student.student_number).like(pattern)
                                  | User.email.like(pattern))
            base = select(*_STUDENT_COLUMNS).join(User, User.id == Student.user_id).where(*conditions)
            total = int(s.scalar(select(func.count()).select_from(base.subquery())) or 0)
            rows = s.execute(base.order_by(Student.grade, Student.student_number.nulls_last(),
                                           User.name, Student.id)
                             .offset(offset).limit(limit)).all()
            return Page(tuple(_student_dto(r) for r in rows), total, offset, limit)
