"""Roster export: UTF-8 with BOM, formula cells escaped, and an export imports back unchanged."""
from __future__ import annotations

import csv
import io

from dreamseed_desktop.services.classes.roster_csv import escape_cell, unescape_cell
from tests.fixtures.people import School, Services


def _rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_escape_cell() -> None:
    for dangerous in ("=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx"):
        assert escape_cell(dangerous) == "'" + dangerous
        assert unescape_cell(escape_cell(dangerous)) == dangerous
    assert escape_cell("홍길동") == "홍길동" and escape_cell(None) == "" and escape_cell(5) == "5"
    assert unescape_cell("'quoted") == "'quoted"


def test_class_export(svc: Services, school: School) -> None:
    svc.enrollment.bulk_enroll(school.klass.id, [s.student_id for s in school.students[:2]])
    rows = _rows(svc.roster.export_class(school.klass.id))
    assert rows[0] == ["name", "email", "role", "student_number", "grade", "class", "seat_no",
                       "subject"]
    assert rows[1:] == [["학생01", "s1@seoul.kr", "student", "00001", "2", "1-1", "", ""],
                        ["학생02", "s2@seoul.kr", "student", "00002", "3", "1-1", "", ""]]


def test_formula_names_round_trip(svc: Services, school: School) -> None:
    evil = svc.people.create_student("evil@seoul.kr", "=HYPERLINK(\"x\")", 1, student_number="-5",
                                     organization_id=school.org.id)
    svc.people.create_teacher("plus@seoul.kr", "+82 선생", subject="@math",
                              organization_id=school.org.id)
    svc.enrollment.enroll(evil.student_id, school.klass.id)
    data = svc.roster.export_organization(school.org.id)
    cells = [c for row in _rows(data) for c in row]
    assert "'=HYPERLINK(\"x\")" in cells and "'-5" in cells and "'+82 선생" in cells
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    plan = svc.roster.preview(data, organization_id=school.org.id)
    assert plan.ok, plan.errors
    assert not plan.has_changes and plan.unchanged == 9


def test_export_reimports_into_a_new_school(svc: Services, school: School) -> None:
    svc.enrollment.bulk_enroll(school.klass.id, [s.student_id for s in school.students])
    data = svc.roster.export_organization(school.org.id).replace(b"@seoul.kr", b"@copy.kr")
    copy = svc.orgs.create("복사학교")
    svc.classes.create("1-1", 1, school_year=2026, organization_id=copy.id)
    plan = svc.roster.preview(data, organization_id=copy.id)
    assert plan.ok and len(plan.to_create) == 7 and len(plan.enrollments) == 6
    svc.roster.commit(plan)
    assert svc.people.list(organization_id=copy.id, role="student").total == 6
