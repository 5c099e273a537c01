"""Roster CSV export: UTF-8 with BOM (Excel opens it correctly), formula-like cells escaped.

The columns are the import's field names, so an exported roster imports back unchanged.
"""
from __future__ import annotations

import csv
import io
from typing import Any

from sqlalchemy import func, literal, select
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session

from dreamseed_desktop.db.classes import Classroom, Enrollment
from dreamseed_desktop.db.people import Student, Teacher, User
from dreamseed_desktop.services.classes.roster_parse import CLASS_SEPARATOR, FIELDS
from dreamseed_desktop.services.core.csv_safety import escape_cell


def to_csv(rows: list[dict[str, Any]]) -> bytes:
    """CSV bytes (UTF-8 with BOM, CRLF line ends) with a header of FIELDS."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for row in rows:
        writer.writerow([escape_cell(row.get(f)) for f in FIELDS])
    return out.getvalue().encode("utf-8-sig")


def _people_query() -> Any:
    separator = aggregate_order_by(literal(CLASS_SEPARATOR), Classroom.name)
    classes = (select(func.string_agg(Classroom.name, separator))
               .join(Enrollment, Enrollment.class_id == Classroom.id)
               .where(Enrollment.student_id == Student.id).scalar_subquery())
    # the 반 number first: it imports back as the student's 반
    with_class_no = func.concat_ws(CLASS_SEPARATOR, Student.class_no, classes)
    return (select(User.name, User.email, User.role, Student.student_number, Student.grade,
                   func.nullif(with_class_no, ""), Student.seat_no, Teacher.subject)
            .outerjoin(Student, Student.user_id == User.id)
            .outerjoin(Teacher, Teacher.user_id == User.id))


def _as_dicts(rows: Any) -> list[dict[str, Any]]:
    return [dict(zip(FIELDS, r, strict=True)) for r in rows]


def organization_rows(session: Session, org_id: int) -> list[dict[str, Any]]:
    """Everybody of the organization; a student's classes joined with ';'."""
    stmt = (_people_query().where(User.organization_id == org_id)
            .order_by(User.role, Student.grade, Student.class_no, Student.seat_no,
                      Student.student_number, User.name, User.id))
    return _as_dicts(session.execute(stmt).all())


def class_rows(session: Session, class_id: int, class_name: str) -> list[dict[str, Any]]:
    """The students of one class (the class column holds just this class)."""
    stmt = (select(User.name, User.email, User.role, Student.student_number, Student.grade,
                   Student.class_no, Student.seat_no)
            .join(Student, Student.user_id == User.id)
            .join(Enrollment, Enrollment.student_id == Student.id)
            .where(Enrollment.class_id == class_id)
            .order_by(Student.class_no, Student.seat_no, Student.student_number, User.name, User.id))
    return [dict(zip(FIELDS, (*r[:5], CLASS_SEPARATOR.join(
                str(x) for x in (r[5], class_name) if x is not None), r[6], None), strict=True))
            for r in session.execute(stmt).all()]
