"""People: admins, teachers and students (users plus their teacher / student profile).

Teachers and students are never deleted (their results must stay explainable); they are
deactivated and can be reactivated. Every write is audited. Student numbers are text so
leading zeros survive.
"""
from __future__ import annotations

import builtins
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from dreamseed_desktop.db.people import Student, Teacher, User
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.access import require_role, resolve_org
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.errors import NotFound, ValidationError
from dreamseed_desktop.services.core.paging import DEFAULT_PAGE_SIZE, Page, check_paging
from dreamseed_desktop.services.core.passwords import (
    hash_for_storage,
    initial_password,
    password_problem,
)
from dreamseed_desktop.services.core.school import (
    check_grade_for_level,
    clean_class_no,
    clean_seat_no,
    current_school_year,
    format_student_number,
)
from dreamseed_desktop.services.core.uow import Database, Identity
from dreamseed_desktop.services.core.validation import (
    NO_SIGN_IN_KEY,
    UNSET,
    _Unset,
    clean_email,
    clean_grade,
    clean_id,
    clean_name,
    clean_optional,
    clean_optional_email,
    clean_role,
    clean_student_number,
    given,
    versioned_update,
)
from dreamseed_desktop.services.people.organizations import load_organization
from dreamseed_desktop.services.people.query import (
    PersonDTO,
    load_person,
    page_of_people,
    person_select,
    to_dto,
)

__all__ = ["PeopleService", "PersonDTO", "load_person"]


def _check_password(password: str | None, email: str | None) -> None:
    if password is None:
        return
    problem = password_problem(password, email)
    if problem:
        raise ValidationError(problem, field="password")


def _set_password(session: Session, identity: Identity, user_id: int, password: str) -> None:
    """Signed-in admins set passwords through ``auth.admin_reset_password`` (organization
    checked, rules checked and the reset audited on the server); the owner connection (CLI,
    migrations' role) writes ``auth.credentials`` directly."""
    salt, digest = hash_for_storage(password)
    if identity.token:
        session.execute(text("SELECT auth.admin_reset_password(:u, :p, :s, :h)"),
                        {"u": user_id, "p": password, "s": salt, "h": digest})
    else:
        session.execute(text("SELECT auth.set_credentials(:u, :s, :h)"), {"u": user_id, "s": salt, "h": digest})


def _check_email_free(session: Session, email: str | None, except_user: int | None = None) -> None:
    if email is None:
        return
    stmt = select(User.id).where(User.email == email)
    if except_user is not None:
        stmt = stmt.where(User.id != except_user)
    if session.scalar(stmt) is not None:
        raise ValidationError("The email address {email} is already used by another account.",
                              params={"email": email}, field="email")


# the lockout rows of an account are kept under its sign-in key (email, or 학번 without one)
_CLEAR_FAILURES = ("DELETE FROM auth.login_failures WHERE email_key = "
                   "(SELECT auth.login_key(u) FROM users u WHERE u.id = :u)")


class PeopleService:
    """Create, find, edit and (de)activate admins, teachers and students."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # ---- create -------------------------------------------------------------------------
    def create_admin(self, email: str, name: str, *, organization_id: int | None = None,
                     password: str | None = None) -> PersonDTO:
        return self.create("admin", email, name, organization_id=organization_id,
                           password=password)

    def create_teacher(self, email: str, name: str, *, subject: str | None = None,
                       organization_id: int | None = None,
                       password: str | None = None) -> PersonDTO:
        return self.create("teacher", email, name, organization_id=organization_id,
                           password=password, subject=subject)

    def create_student(self, email: str | None, name: str, grade: int, *,
                       student_number: str | None = None, organization_id: int | None = None,
                       password: str | None = None, class_no: int | None = None,
                       seat_no: int | None = None) -> PersonDTO:
        return self.create("student", email, name, organization_id=organization_id,
                           password=password, grade=grade, student_number=student_number,
                           class_no=class_no, seat_no=seat_no)

    def create(self, role: str, email: str | None, name: str, *, organization_id: int | None = None,
               password: str | None = None, subject: str | None = None,
               grade: int | None = None, student_number: str | None = None,
               class_no: int | None = None, seat_no: int | None = None) -> PersonDTO:
        """Create a user of ``role`` with its profile (teacher subject / student 학년, 반, 번호
        and 학번). Without a 학번, a student with 반 and 번호 gets the one the school's format
        makes (10101 = 1학년 1반 1번 with GCCNN). Students may have no email; they then need
        a 학번 (given or made from 반 and 번호) to sign in with."""
        identity = self._db.identity
        require_role(identity, "admin")
        role = clean_role(role)
        org_id = resolve_org(identity, organization_id)
        values: dict[str, Any] = {
            "email": clean_optional_email(email) if role == "student" else clean_email(email),
            "name": clean_name(name), "role": role, "organization_id": org_id}
        subject = clean_optional(subject, field="subject")
        if role == "student":
            grade = clean_grade(grade)
            student_number = clean_student_number(student_number)
            class_no, seat_no = clean_class_no(class_no), clean_seat_no(seat_no)
        elif class_no is not None or seat_no is not None:
            raise ValidationError("Only students have a grade and a student number.", field="class_no")
        _check_password(password, values["email"])
        with self._db.session() as s:
            org = load_organization(s, org_id)
            if role == "student":
                check_grade_for_level(grade, org.school_level)  # type: ignore[arg-type]
                if student_number is None:
                    student_number = format_student_number(
                        org.student_number_format, grade=grade,  # type: ignore[arg-type]
                        class_no=class_no, seat_no=seat_no, school_year=current_school_year())
                if values["email"] is None and student_number is None:
                    raise ValidationError(NO_SIGN_IN_KEY, field="student_number")
            _check_email_free(s, values["email"])
            user = User(**values)
            s.add(user)
            s.flush()
            if role == "teacher":
                s.add(Teacher(user_id=user.id, organization_id=org_id, subject=subject))
            elif role == "student":
                s.add(Student(user_id=user.id, organization_id=org_id, grade=grade,
                              student_number=student_number, class_no=class_no, seat_no=seat_no))
            s.flush()
            if password is not None:
                _set_password(s, identity, user.id, password)
                s.expire(user)   # has_password is set by the server
            audit.record(s, identity, f"{role}.create", "user", user.id,
                         affected_user_ids=[user.id], organization_id=org_id,
                         details={"email": values["email"], "name": values["name"]})
            return load_person(s, user.id)

    # ---- read ---------------------------------------------------------------------------
    def get(self, user_id: int) -> PersonDTO:
        with self._db.session(readonly=True) as s:
            return load_person(s, user_id)

    def get_by_email(self, email: str) -> PersonDTO:
        with self._db.session(readonly=True) as s:
            row = s.execute(person_select().where(User.email == clean_email(email))).first()
            if row is None:
                raise NotFound("Nobody has the email address {email}.",
                               params={"email": clean_email(email)})
            return to_dto(row)

    def get_student(self, student_id: int) -> PersonDTO:
        """The person whose *student* id is ``student_id``."""
        with self._db.session(readonly=True) as s:
            row = s.execute(person_select().where(Student.id == student_id)).first()
            if row is None:
                raise NotFound("Student {id} does not exist.", params={"id": student_id})
            return to_dto(row)

    def list(self, *, role: str | None = None, organization_id: int | None = None,
             grade: int | None = None, active: bool | None = None, search: str | None = None,
             offset: int = 0, limit: int = DEFAULT_PAGE_SIZE,
             after: tuple[str, int] | None = None) -> Page[PersonDTO]:
        """One page of people ordered by name, with the total count of matches.

        ``search`` matches part of the name, email or student number (case-insensitive,
        NFC-normalised). ``organization_id`` defaults to the signed-in user's organization.
        ``after=(name, id)`` of the last row already shown gives the next page by keyset
        (constant time however deep; ``offset`` then counts from there).
        """
        offset, limit = check_paging(offset, limit)
        org_id = organization_id if organization_id is not None else self._db.identity.organization_id
        conditions: list[Any] = []
        if role is not None:
            conditions.append(User.role == clean_role(role))
        if org_id is not None:
            conditions.append(User.organization_id == org_id)
        if grade is not None:
            conditions.append(Student.grade == clean_grade(grade))
        if active is not None:
            conditions.append(User.is_active.is_(active))
        with self._db.session(readonly=True) as s:
            return page_of_people(s, conditions, join_student=grade is not None,
                                  search=search if search and search.strip() else None,
                                  offset=offset, limit=limit, after=after)

    # ---- update -------------------------------------------------------------------------
    def update(self, user_id: int, expected_version: int, *, name: str | _Unset = UNSET,
               email: str | None | _Unset = UNSET, subject: str | None | _Unset = UNSET,
               grade: int | _Unset = UNSET,
               student_number: str | None | _Unset = UNSET,
               class_no: int | None | _Unset = UNSET,
               seat_no: int | None | _Unset = UNSET) -> PersonDTO:
        """Change the given fields; ``Conflict`` if the person was saved by someone else since
        ``expected_version`` was read. Subject applies to teachers, grade/number to students."""
        identity = self._db.identity
        require_role(identity, "admin")
        user_values = given(name=(name, clean_name), email=(email, clean_optional_email))
        profile = given(subject=(subject, lambda v: clean_optional(v, field="subject")),
                        grade=(grade, clean_grade),
                        student_number=(student_number, clean_student_number),
                        class_no=(class_no, clean_class_no), seat_no=(seat_no, clean_seat_no))
        with self._db.session() as s:
            before = load_person(s, user_id)
            if "grade" in profile and before.organization_id is not None:
                check_grade_for_level(profile["grade"],
                                      load_organization(s, before.organization_id).school_level)
            if "email" in user_values:
                if user_values["email"] is None and before.role != "student":
                    raise ValidationError("An email address is required.", field="email")
                _check_email_free(s, user_values["email"], except_user=user_id)
            if before.role == "student" and user_values.get("email", before.email) is None \
                    and profile.get("student_number", before.student_number) is None:
                raise ValidationError(NO_SIGN_IN_KEY, field="student_number")
            self._check_profile_fields(before, profile)
            versioned_update(s, User, user_id, expected_version, user_values,
                             missing="Person {id} does not exist.")
            if profile:
                model = Teacher if before.role == "teacher" else Student
                s.execute(update(model).where(model.user_id == user_id)
                          .values(**profile, version=model.version + 1))
            changes = {k: v for k, v in {**user_values, **profile}.items()}
            audit.record(s, identity, f"{before.role}.update", "user", user_id,
                         affected_user_ids=[user_id], organization_id=before.organization_id,
                         details={"changes": changes})
            s.expire_all()
            return load_person(s, user_id)

    @staticmethod
    def _check_profile_fields(person: PersonDTO, profile: dict[str, Any]) -> None:
        if "subject" in profile and person.role != "teacher":
            raise ValidationError("Only teachers have a subject.", field="subject")
        for key in ("grade", "student_number", "class_no", "seat_no"):
            if key in profile and person.role != "student":
                raise ValidationError("Only students have a grade and a student number.", field=key)

    def deactivate(self, user_id: int, expected_version: int | None = None) -> PersonDTO:
        """Stop the person from signing in; their classes and results are kept."""
        return self._set_active(user_id, expected_version, False)

    def reactivate(self, user_id: int, expected_version: int | None = None) -> PersonDTO:
        return self._set_active(user_id, expected_version, True)

    def _set_active(self, user_id: int, expected_version: int | None, active: bool) -> PersonDTO:
        identity = self._db.identity
        require_role(identity, "admin")
        if active is False and identity.user_id == user_id:
            raise ValidationError("You cannot deactivate your own account.")
        with self._db.session() as s:
            before = load_person(s, user_id)
            versioned_update(s, User, user_id, expected_version, {"is_active": active},
                             missing="Person {id} does not exist.")
            audit.record(s, identity, "user.reactivate" if active else "user.deactivate", "user",
                         user_id, affected_user_ids=[user_id],
                         organization_id=before.organization_id)
            s.expire_all()
            return load_person(s, user_id)

    def reset_passwords(self, user_ids: builtins.list[int]) -> builtins.list[tuple[PersonDTO, str]]:
        """Give each of the selected people a new generated password (for a printed sheet),
        in one transaction: all of them or none. Each reset ends the person's sign-ins and
        lockout and is audited (by the server for a signed-in admin)."""
        identity = self._db.identity
        require_role(identity, "admin")
        ids = list(dict.fromkeys(clean_id(u, field="user_id") for u in user_ids))
        if not ids:
            raise ValidationError("Select at least one person.")
        out: list[tuple[PersonDTO, str]] = []
        with self._db.session() as s:
            for user_id in ids:
                person = load_person(s, user_id)
                password = initial_password()
                _set_password(s, identity, user_id, password)
                if not identity.token:
                    s.execute(update(User).where(User.id == user_id).values(version=User.version + 1))
                    s.execute(text("DELETE FROM auth.sessions WHERE user_id = :u"), {"u": user_id})
                    s.execute(text(_CLEAR_FAILURES), {"u": user_id})
                    audit.record(s, identity, "user.password_reset", "user", user_id,
                                 affected_user_ids=[user_id], organization_id=person.organization_id)
                out.append((person, password))
        return out

    def reset_password(self, user_id: int, new_password: str) -> None:
        """Set a new password (new salt and hash); the person's sign-ins and lockout end.

        Signed-in admins go through ``auth.admin_reset_password`` (AuthService), which checks
        the organization and audits on the server; the owner connection (CLI) writes directly.
        """
        identity = self._db.identity
        require_role(identity, "admin")
        if identity.token:
            AuthService(self._db).admin_reset_password(user_id, new_password)
            return
        with self._db.session() as s:
            before = load_person(s, user_id)
            _check_password(new_password, before.email)
            _set_password(s, identity, user_id, new_password)
            s.execute(update(User).where(User.id == user_id).values(version=User.version + 1))
            s.execute(text("DELETE FROM auth.sessions WHERE user_id = :u"), {"u": user_id})
            s.execute(text(_CLEAR_FAILURES), {"u": user_id})
            audit.record(s, identity, "user.password_reset", "user", user_id,
                         affected_user_ids=[user_id], organization_id=before.organization_id)
