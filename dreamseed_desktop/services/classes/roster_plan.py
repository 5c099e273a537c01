"""Roster import against the database: what would change (plan) and doing it (apply).

The plan compares the checked rows with the organization's people and classes: rows to
create, rows to update (same email - or, for a student without one, same 학번 - same school,
same role, different data), enrollments to add, and every conflict with existing data as a row
error. ``apply_plan`` writes the plan
with a handful of set-based statements in the caller's transaction.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Text, any_, cast, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from dreamseed_desktop.db.classes import Classroom, Enrollment
from dreamseed_desktop.db.people import Organization, Student, Teacher, User
from dreamseed_desktop.services.classes.roster_parse import RosterRow
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.school import (
    check_grade_for_level,
    current_school_year,
    format_student_number,
)
from dreamseed_desktop.services.core.validation import NO_SIGN_IN_KEY


@dataclass(frozen=True)
class RosterUpdate:
    """An existing person whose data the file changes; ``changes`` maps field -> new value."""

    row: RosterRow
    user_id: int
    changes: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class RosterEnrollment:
    """A student (by email or 학번, may be new) to enroll in an existing class."""

    line: int
    email: str | None
    name: str
    class_id: int
    class_name: str
    key: str = ""    # the row's key (email or "#학번")


@dataclass(frozen=True)
class PlanParts:
    to_create: tuple[RosterRow, ...] = ()
    to_update: tuple[RosterUpdate, ...] = ()
    unchanged: int = 0
    enrollments: tuple[RosterEnrollment, ...] = ()
    errors: tuple[ValidationError, ...] = field(default=())
    # row key -> user id of the existing people the rows name (enrollments need them)
    existing: tuple[tuple[str, int], ...] = ()
    warnings: tuple[ValidationError, ...] = ()


def any_of_texts(values: Sequence[str | None]) -> Any:
    """``= ANY(:array)``: the values travel as one array parameter, so a roster of any length
    fits in one statement (an ``IN (...)`` list takes one parameter per value, and the protocol
    stops at 65,535)."""
    return any_(cast(list(values), ARRAY(Text)))


def _existing_people(session: Session, org_id: int, rows: list[RosterRow]) -> dict[str, Any]:
    """row key -> the person it names: by email, or (a student row without one) by the 학번
    within the school, whether or not that student has an email."""
    columns = (User.id, User.email, User.name, User.role, User.organization_id, Student.id,
               Student.grade, Student.student_number, Teacher.subject, Student.class_no,
               Student.seat_no)
    base = (select(*columns).outerjoin(Student, Student.user_id == User.id)
            .outerjoin(Teacher, Teacher.user_id == User.id))
    emails = [r.email for r in rows if r.email]
    numbers = [r.student_number for r in rows if not r.email and r.student_number]
    out: dict[str, Any] = {}
    if emails:
        out.update({str(r[1]): r for r in session.execute(base.where(User.email == any_of_texts(emails))).all()})
    if numbers:
        out.update({f"#{r[7]}": r for r in session.execute(base.where(
            Student.organization_id == org_id, Student.student_number == any_of_texts(numbers))).all()})
    return out


def _classes(session: Session, org_id: int) -> dict[str, tuple[int, str]]:
    """class name -> (id, name), newest school year winning when a name repeats; homeroom
    classes (with a 반) also under "#<학년>-<반>"."""
    rows = session.execute(
        select(Classroom.id, Classroom.name, Classroom.grade, Classroom.class_no)
        .where(Classroom.organization_id == org_id)
        .order_by(Classroom.school_year, Classroom.id)).all()
    out = {name: (cid, name) for cid, name, _, _ in rows}
    out.update({f"#{g}-{c}": (cid, name) for cid, name, g, c in rows if c is not None})
    return out


def _resolve_class(classes: dict[str, tuple[int, str]], name: str,
                   grade: int | None) -> tuple[int, str] | None | bool:
    """The class a row names; for a bare 반 number ("3" with 학년 2) the homeroom class of
    2학년 3반 (by its 반, or named "2-3" / "2학년 3반"), or True when the school has no such
    class (the 반 is then only recorded on the student)."""
    if name in classes:
        return classes[name]
    if name.isdigit() and grade is not None:
        n = int(name)
        return (classes.get(f"#{grade}-{n}") or classes.get(f"{grade}-{n}")
                or classes.get(f"{grade}학년 {n}반") or True)
    return None


def _complete_rows(session: Session, org_id: int, rows: list[RosterRow]
                   ) -> tuple[list[RosterRow], list[ValidationError]]:
    """Check each student's 학년 against the school's level and give a student with 반 and
    번호 but no 학번 the one the school's format makes."""
    org = session.get(Organization, org_id)
    assert org is not None
    year = current_school_year()
    out: list[RosterRow] = []
    errors: list[ValidationError] = []
    seen: dict[str, int] = {r.student_number: r.line for r in rows if r.student_number}
    for row in rows:
        try:
            if row.role == "student" and row.grade is not None:
                check_grade_for_level(row.grade, org.school_level)
                if row.student_number is None and row.class_no and row.seat_no:
                    number = format_student_number(
                        org.student_number_format, grade=row.grade, class_no=row.class_no,
                        seat_no=row.seat_no, school_year=year)
                    if number is not None and number in seen:
                        raise ValidationError(
                            "Duplicate student number {number} (also on line {line}).",
                            params={"number": number, "line": seen[number]}, field="student_number")
                    if number is not None:
                        seen[number] = row.line
                        row = replace(row, student_number=number)
            if row.role == "student" and not row.email and not row.student_number:
                raise ValidationError(NO_SIGN_IN_KEY, field="student_number")
        except ValidationError as exc:
            errors.append(ValidationError(exc.template, params=exc.params, field=exc.field,
                                          row=row.line))
            continue
        out.append(row)
    return out, errors


def _changes(row: RosterRow, old: Any) -> tuple[tuple[str, Any], ...]:
    _, _, name, _, _, _, grade, number, subject, class_no, seat_no = old
    changes: list[tuple[str, Any]] = []
    if row.name != name:
        changes.append(("name", row.name))
    if row.role == "student":
        if row.grade != grade:
            changes.append(("grade", row.grade))
        if row.student_number is not None and row.student_number != number:
            changes.append(("student_number", row.student_number))
        if row.class_no is not None and row.class_no != class_no:
            changes.append(("class_no", row.class_no))
        if row.seat_no is not None and row.seat_no != seat_no:
            changes.append(("seat_no", row.seat_no))
    if row.role == "teacher" and row.subject is not None and row.subject != subject:
        changes.append(("subject", row.subject))
    return tuple(changes)


def _lost_zeros(session: Session, org_id: int, rows: list[RosterRow]
                ) -> tuple[list[RosterRow], list[ValidationError]]:
    """학번 whose leading zeros were lost (a file opened and saved in Excel turns "00123" into
    123): a number the school does not have, which with its leading zeros is exactly one
    stored 학번, is read as that stored number - never written over it - with a warning. A
    digits-only number shorter than the school's stored ones that matches nobody gets a
    warning too."""
    numbers = {r.student_number for r in rows if r.student_number and r.student_number.isdigit()}
    if not numbers:
        return rows, []
    stored = session.execute(text("""
        SELECT student_number FROM students
        WHERE organization_id = :org AND student_number ~ '^[0-9]+$'
          AND (ltrim(student_number, '0') = ANY(CAST(:stripped AS text[]))
               OR student_number = ANY(CAST(:numbers AS text[])))"""),
        {"org": org_id, "numbers": sorted(numbers),
         "stripped": sorted({n.lstrip("0") for n in numbers})}).scalars().all()
    exact = set(stored)
    by_value: dict[str, list[str]] = {}
    for number in stored:
        by_value.setdefault(number.lstrip("0"), []).append(number)
    width = session.execute(text(
        "SELECT mode() WITHIN GROUP (ORDER BY length(student_number)) FROM students "
        "WHERE organization_id = :org AND student_number ~ '^[0-9]+$'"), {"org": org_id}).scalar()
    in_file = {r.student_number for r in rows if r.student_number}
    out: list[RosterRow] = []
    warnings: list[ValidationError] = []
    for row in rows:
        number = row.student_number
        if number and number.isdigit() and number not in exact:
            candidates = [c for c in by_value.get(number.lstrip("0"), []) if c != number]
            if len(candidates) == 1 and candidates[0] not in in_file:
                warnings.append(ValidationError(
                    "Student number {number} is {stored} in this school: its leading zeros were lost "
                    "(for example when the file was opened in Excel). It is read as {stored}; the "
                    "stored number is not changed.", params={"number": number, "stored": candidates[0]},
                    field="student_number", row=row.line))
                row = replace(row, student_number=candidates[0])
            elif width and len(number) < int(width) and row.role == "student":
                warnings.append(ValidationError(
                    "Student number {number} is shorter than this school's other numbers ({width} "
                    "digits): if Excel removed leading zeros, fix the file (format the column as "
                    "text) before importing.", params={"number": number, "width": int(width)},
                    field="student_number", row=row.line))
        out.append(row)
    return out, warnings


def build_plan(session: Session, org_id: int, rows: list[RosterRow]) -> PlanParts:
    """Compare checked rows with the database (read-only)."""
    rows, warnings = _lost_zeros(session, org_id, rows)
    rows, errors = _complete_rows(session, org_id, rows)
    people = _existing_people(session, org_id, rows)
    numbers = [r.student_number for r in rows if r.student_number]
    owners = {number: (uid, email or name) for number, uid, email, name in session.execute(
        select(Student.student_number, User.id, User.email, User.name)
        .join(User, User.id == Student.user_id)
        .where(Student.organization_id == org_id, Student.student_number == any_of_texts(numbers))).all()}
    classes = _classes(session, org_id)
    enrolled = set(session.execute(
        select(Student.id, Enrollment.class_id).join(Enrollment, Enrollment.student_id == Student.id)
        .where(Student.organization_id == org_id)).all())
    creates: list[RosterRow] = []
    updates: list[RosterUpdate] = []
    enrolls: list[RosterEnrollment] = []
    unchanged = 0
    for row in rows:
        old = people.get(row.key)
        owner = owners.get(row.student_number) if row.student_number else None
        problem = _db_conflict(row, old, owner, org_id)
        resolved = [(c, _resolve_class(classes, c, row.grade)) for c in row.classes]
        unknown = [c for c, hit in resolved if hit is None]
        if unknown:
            problem = problem or ValidationError(
                "Unknown class {classes}. Create the class first or fix its name.",
                params={"classes": ", ".join(unknown)}, field="class", row=row.line)
        if problem:
            errors.append(problem)
            continue
        if old is None:
            creates.append(row)
        elif changes := _changes(row, old):
            updates.append(RosterUpdate(row, old[0], changes))
        else:
            unchanged += 1
        for _, hit in resolved:
            if not isinstance(hit, tuple):
                continue
            if old is None or (old[5], hit[0]) not in enrolled:
                enrolls.append(RosterEnrollment(row.line, row.email, row.name, hit[0], hit[1],
                                                row.key))
    existing = tuple((key, int(r[0])) for key, r in people.items())
    return PlanParts(tuple(creates), tuple(updates), unchanged, tuple(enrolls), tuple(errors),
                     existing, tuple(warnings))


def _db_conflict(row: RosterRow, old: Any, number_owner: tuple[int, str] | None,
                 org_id: int) -> ValidationError | None:
    if old is not None and old[4] != org_id:
        return ValidationError("{email} belongs to a person of another organization.",
                               params={"email": row.label}, field="email", row=row.line)
    if old is not None and old[3] != row.role:
        return ValidationError("{email} already belongs to a {old_role_label}, not a {role_label}.",
                               params={"email": row.label, "old_role_label": old[3],
                                       "role_label": row.role}, field="role", row=row.line)
    if number_owner is not None and (old is None or number_owner[0] != old[0]):
        return ValidationError("Student number {number} already belongs to {owner}.",
                               params={"number": row.student_number, "owner": number_owner[1]},
                               field="student_number", row=row.line)
    return None


def apply_plan(session: Session, org_id: int, parts: PlanParts,
               existing_ids: dict[str, int] | None = None) -> set[int]:
    """Write the plan (set-based). ``existing_ids`` maps the row key of each already
    existing person the plan enrolls to their user id (``PlanParts.existing``). Returns the
    user ids of everybody created, updated or enrolled (for the audit log)."""
    existing_ids = dict(existing_ids or parts.existing)
    new = list(parts.to_create)
    touched: dict[str, int] = {}   # row key -> user id
    if new:
        # ids first, so rows without an email are matched to their user without a lookup
        ids = session.execute(text(
            "SELECT nextval(pg_get_serial_sequence('public.users', 'id')) FROM generate_series(1, :n)"),
            {"n": len(new)}).scalars().all()
        session.execute(text("""
            INSERT INTO users (id, organization_id, email, role, name)
            SELECT i, :org, e, r, n FROM unnest(CAST(:ids AS int[]), CAST(:emails AS text[]),
                                                CAST(:roles AS text[]), CAST(:names AS text[]))
                 AS t(i, e, r, n)"""), {"org": org_id, "ids": list(ids),
                                        "emails": [r.email for r in new],
                                        "roles": [r.role for r in new],
                                        "names": [r.name for r in new]})
        touched.update({r.key: int(uid) for r, uid in zip(new, ids, strict=True)})
        students = [r for r in new if r.role == "student"]
        if students:
            session.execute(text("""
                INSERT INTO students (user_id, organization_id, grade, student_number, class_no,
                                      seat_no)
                SELECT u, :org, g, n, c, k
                FROM unnest(CAST(:users AS int[]), CAST(:grades AS int[]), CAST(:numbers AS text[]),
                            CAST(:class_nos AS int[]), CAST(:seat_nos AS int[])) AS t(u, g, n, c, k)"""),
                {"org": org_id, "users": [touched[r.key] for r in students],
                 "grades": [r.grade for r in students],
                 "numbers": [r.student_number for r in students],
                 "class_nos": [r.class_no for r in students],
                 "seat_nos": [r.seat_no for r in students]})
        teachers = [r for r in new if r.role == "teacher"]
        if teachers:
            session.execute(text("""
                INSERT INTO teachers (user_id, organization_id, subject)
                SELECT u, :org, s FROM unnest(CAST(:users AS int[]), CAST(:subjects AS text[]))
                AS t(u, s)"""), {"org": org_id, "users": [touched[r.key] for r in teachers],
                                 "subjects": [r.subject for r in teachers]})
    if parts.to_update:
        _apply_updates(session, parts.to_update)
        touched.update({upd.row.key: upd.user_id for upd in parts.to_update})
    if parts.enrollments:
        session.flush()
        known = {**existing_ids, **touched}
        enrolled = session.execute(text("""
            INSERT INTO student_classroom (student_id, class_id)
            SELECT s.id, t.c FROM unnest(CAST(:users AS int[]), CAST(:classes AS int[])) AS t(u, c)
            JOIN students s ON s.user_id = t.u
            ON CONFLICT DO NOTHING
            RETURNING (SELECT st.user_id FROM students st WHERE st.id = student_id)"""),
            {"users": [known[e.key] for e in parts.enrollments],
             "classes": [e.class_id for e in parts.enrollments]}).scalars().all()
        return {*touched.values(), *enrolled}
    return set(touched.values())


def _apply_updates(session: Session, updates: tuple[RosterUpdate, ...]) -> None:
    """Three set-based UPDATEs (users, students, teachers); every updated person's version
    is bumped so open edit forms see the change."""
    session.execute(text("""
        UPDATE users u SET name = t.n, version = u.version + 1, updated_at = now()
        FROM unnest(CAST(:ids AS int[]), CAST(:names AS text[])) AS t(i, n) WHERE u.id = t.i"""),
        {"ids": [u.user_id for u in updates], "names": [u.row.name for u in updates]})
    students = [u for u in updates if u.row.role == "student"
                and any(k in ("grade", "student_number", "class_no", "seat_no") for k, _ in u.changes)]
    if students:
        session.execute(text("""
            UPDATE students s SET grade = t.g, student_number = coalesce(t.n, s.student_number),
                                  class_no = coalesce(t.c, s.class_no),
                                  seat_no = coalesce(t.k, s.seat_no), version = s.version + 1
            FROM unnest(CAST(:ids AS int[]), CAST(:grades AS int[]), CAST(:numbers AS text[]),
                        CAST(:class_nos AS int[]), CAST(:seat_nos AS int[]))
                 AS t(i, g, n, c, k) WHERE s.user_id = t.i"""),
            {"ids": [u.user_id for u in students], "grades": [u.row.grade for u in students],
             "numbers": [u.row.student_number for u in students],
             "class_nos": [u.row.class_no for u in students],
             "seat_nos": [u.row.seat_no for u in students]})
    teachers = [u for u in updates if any(k == "subject" for k, _ in u.changes)]
    if teachers:
        session.execute(text("""
            UPDATE teachers t SET subject = x.s, version = t.version + 1
            FROM unnest(CAST(:ids AS int[]), CAST(:subjects AS text[])) AS x(i, s)
            WHERE t.user_id = x.i"""),
            {"ids": [u.user_id for u in teachers], "subjects": [u.row.subject for u in teachers]})
