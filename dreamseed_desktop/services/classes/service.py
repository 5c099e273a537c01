"""Classes: create, list (by organization / teacher / school year), get, update, delete.

A class's teacher must belong to the class's organization. A class with enrolled students
or exam sessions is not deleted (unenroll first; results are kept).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, exists, func, select, text
from sqlalchemy.orm import Session

from dreamseed_desktop.db.classes import Classroom, Enrollment
from dreamseed_desktop.db.exams import ExamSession
from dreamseed_desktop.db.people import Teacher, User
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.access import require_role, resolve_org
from dreamseed_desktop.services.core.errors import Conflict, NotFound, ValidationError
from dreamseed_desktop.services.core.school import (
    check_grade_for_level,
    clean_class_no,
    current_school_year,
)
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.core.validation import (
    UNSET,
    _Unset,
    clean_grade,
    clean_name,
    clean_optional,
    given,
    versioned_update,
)
from dreamseed_desktop.services.items.subject_check import SchoolSubjects
from dreamseed_desktop.services.people.organizations import load_organization

__all__ = ["ClassDTO", "ClassService", "current_school_year", "list_classes", "load_class"]


@dataclass(frozen=True)
class ClassDTO:
    """A class with its teacher's name and how many students are enrolled."""

    id: int
    organization_id: int
    name: str
    subject: str | None
    grade: int
    school_year: int
    teacher_id: int | None
    teacher_name: str | None
    student_count: int
    version: int
    created_at: datetime
    updated_at: datetime
    class_no: int | None = None   # 반 of a homeroom class


def _class_select() -> Any:
    n_students = (select(func.count()).select_from(Enrollment)
                  .where(Enrollment.class_id == Classroom.id).scalar_subquery())
    return (select(Classroom, User.name, n_students)
            .outerjoin(Teacher, Teacher.id == Classroom.teacher_id)
            .outerjoin(User, User.id == Teacher.user_id))


def _to_dto(row: Any) -> ClassDTO:
    c, teacher_name, count = row
    return ClassDTO(id=c.id, organization_id=c.organization_id, name=c.name, subject=c.subject,
                    grade=c.grade, school_year=c.school_year, teacher_id=c.teacher_id,
                    teacher_name=teacher_name, student_count=int(count or 0), version=c.version,
                    created_at=c.created_at, updated_at=c.updated_at, class_no=c.class_no)


def list_classes(session: Session, *, organization_id: int | None = None,
                 teacher_id: int | None = None, school_year: int | None = None,
                 grade: int | None = None) -> list[ClassDTO]:
    """The classes the caller sees (one statement), newest school year first, then grade, name."""
    stmt = _class_select()
    if organization_id is not None:
        stmt = stmt.where(Classroom.organization_id == organization_id)
    if teacher_id is not None:
        stmt = stmt.where(Classroom.teacher_id == teacher_id)
    if school_year is not None:
        stmt = stmt.where(Classroom.school_year == school_year)
    if grade is not None:
        stmt = stmt.where(Classroom.grade == grade)
    stmt = stmt.order_by(Classroom.school_year.desc(), Classroom.grade, Classroom.name, Classroom.id)
    return [_to_dto(r) for r in session.execute(stmt).all()]


def load_class(session: Session, class_id: int) -> ClassDTO:
    row = session.execute(_class_select().where(Classroom.id == class_id)).first()
    if row is None:
        raise NotFound("Class {id} does not exist.", params={"id": class_id})
    return _to_dto(row)


def _check_teacher(session: Session, teacher_id: int | None, org_id: int) -> None:
    if teacher_id is None:
        return
    teacher_org = session.scalar(select(Teacher.organization_id).where(Teacher.id == teacher_id))
    if teacher_org is None:
        raise NotFound("Teacher {id} does not exist.", params={"id": teacher_id})
    if teacher_org != org_id:
        raise ValidationError("The teacher belongs to another organization.", field="teacher_id")


def _check_school_year(year: int) -> int:
    try:
        value = None if isinstance(year, bool) else int(year) if isinstance(year, (int, str)) else None
    except ValueError:
        value = None
    if value is None or not 2000 <= value <= 2100:
        raise ValidationError("School year must be between 2000 and 2100.", field="school_year")
    return value


class ClassService:
    """Classes of an organization. Admins edit all classes (RLS limits teachers to theirs)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, name: str, grade: int, *, school_year: int | None = None,
               subject: str | None = None, teacher_id: int | None = None,
               organization_id: int | None = None, class_no: int | None = None) -> ClassDTO:
        """A new class; a teacher who creates one without naming a teacher teaches it.
        ``class_no`` is the 반 of a homeroom class (None for other classes)."""
        identity = self._db.identity
        require_role(identity, "admin", "teacher")
        org_id = resolve_org(identity, organization_id)
        values: dict[str, Any] = {"name": clean_name(name), "grade": clean_grade(grade),
                  "school_year": _check_school_year(school_year or current_school_year()),
                  "subject": clean_optional(subject, field="subject"),
                  "teacher_id": teacher_id, "organization_id": org_id,
                  "class_no": clean_class_no(class_no)}
        with self._db.session() as s:
            check_grade_for_level(values["grade"], load_organization(s, org_id).school_level)
            if values["subject"] is not None:
                values["subject"] = SchoolSubjects(s, org_id).code(values["subject"])
            if teacher_id is None and identity.role == "teacher":
                teacher_id = values["teacher_id"] = s.scalar(
                    select(Teacher.id).where(Teacher.user_id == identity.user_id))
            _check_teacher(s, teacher_id, org_id)
            self._check_name_free(s, org_id, values["school_year"], values["name"])
            cls = Classroom(**values)
            s.add(cls)
            s.flush()
            audit.record(s, identity, "class.create", "class", cls.id, organization_id=org_id,
                         details={"name": values["name"], "school_year": values["school_year"]})
            return load_class(s, cls.id)

    @staticmethod
    def _check_name_free(session: Session, org_id: int, year: int, name: str,
                         except_id: int | None = None) -> None:
        stmt = select(Classroom.id).where(Classroom.organization_id == org_id,
                                          Classroom.school_year == year, Classroom.name == name)
        if except_id is not None:
            stmt = stmt.where(Classroom.id != except_id)
        if session.scalar(stmt) is not None:
            raise ValidationError("A class named '{name}' already exists in {year}.",
                                  params={"name": name, "year": year}, field="name")

    def get(self, class_id: int) -> ClassDTO:
        with self._db.session(readonly=True) as s:
            return load_class(s, class_id)

    def list(self, *, organization_id: int | None = None, teacher_id: int | None = None,
             school_year: int | None = None, grade: int | None = None) -> list[ClassDTO]:
        """Classes ordered by school year (newest first), grade and name."""
        org_id = organization_id if organization_id is not None else self._db.identity.organization_id
        with self._db.session(readonly=True) as s:
            return list_classes(s, organization_id=org_id, teacher_id=teacher_id,
                                school_year=school_year, grade=grade)

    def update(self, class_id: int, expected_version: int, *, name: str | _Unset = UNSET,
               subject: str | None | _Unset = UNSET, grade: int | _Unset = UNSET,
               school_year: int | _Unset = UNSET,
               teacher_id: int | None | _Unset = UNSET,
               class_no: int | None | _Unset = UNSET) -> ClassDTO:
        identity = self._db.identity
        require_role(identity, "admin", "teacher")
        values = given(name=(name, clean_name), class_no=(class_no, clean_class_no),
                       subject=(subject, lambda v: clean_optional(v, field="subject")),
                       grade=(grade, clean_grade), school_year=(school_year, _check_school_year),
                       teacher_id=(teacher_id, lambda v: v))
        with self._db.session() as s:
            before = load_class(s, class_id)
            if values.get("subject") is not None:
                values["subject"] = SchoolSubjects(s, before.organization_id).code(values["subject"],
                                                                                  keep=before.subject)
            if "grade" in values:
                check_grade_for_level(values["grade"],
                                      load_organization(s, before.organization_id).school_level)
            _check_teacher(s, values.get("teacher_id"), before.organization_id)
            if "name" in values or "school_year" in values:
                self._check_name_free(s, before.organization_id,
                                      values.get("school_year", before.school_year),
                                      values.get("name", before.name), except_id=class_id)
            versioned_update(s, Classroom, class_id, expected_version, values, missing="Class {id} does not exist.")
            audit.record(s, identity, "class.update", "class", class_id,
                         organization_id=before.organization_id, details={"changes": values})
            s.expire_all()
            return load_class(s, class_id)

    def delete(self, class_id: int, expected_version: int | None = None) -> None:
        """Delete a class that has no students and no exam sessions."""
        identity = self._db.identity
        require_role(identity, "admin")
        with self._db.session() as s:
            before = load_class(s, class_id)
            if expected_version is not None and before.version != expected_version:
                raise Conflict()
            if before.student_count:
                raise Conflict("'{name}' still has {count} students. "
                               "Unenroll them before deleting the class.",
                               params={"name": before.name, "count": before.student_count})
            if s.scalar(select(exists().where(ExamSession.class_id == class_id))):
                raise Conflict("'{name}' has exam results and cannot be deleted.",
                               params={"name": before.name})
            if identity.token:     # the server checks the caller, deletes and audits
                s.execute(text("SELECT public.delete_class(:c)"), {"c": class_id})
            else:
                s.execute(delete(Classroom).where(Classroom.id == class_id))
                audit.record(s, identity, "class.delete", "class", class_id,
                             organization_id=before.organization_id, details={"name": before.name})
