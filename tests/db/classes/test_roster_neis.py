"""NEIS rosters (issue 15) and lost leading zeros (issue 17), through the client role as the
school's admin: an Excel student list as NEIS exports it (title rows above the header, numbers
stored as numbers, 성별 and 생년월일 columns, dates as dates) previews and imports like a CSV,
with errors at the sheet's own row numbers and all-or-nothing commit; a re-import whose 학번
lost their leading zeros is matched on the stored numbers and warned about, never rewritten."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import psycopg
import pytest

from dreamseed_desktop.services.classes.roster_csv import RosterService
from dreamseed_desktop.services.classes.roster_parse import read_rows
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.errors import BulkValidationError, ValidationError
from dreamseed_desktop.services.people.service import PeopleService
from tests.fixtures.school import School

NEIS_HEADER = ["번호", "학년", "반", "성명", "성별", "생년월일"]
PUPILS = [(1, 1, 1, "김민준", "남", datetime(2010, 3, 14)),
          (2, 1, 1, "이서연", "여", datetime(2010, 7, 2)),
          (3, 1, 1, "박도윤", "남", datetime(2010, 11, 30)),
          (1, 1, 2, "최하은", "여", datetime(2010, 1, 9))]


def neis_workbook(path: Path, pupils=PUPILS, header=NEIS_HEADER) -> bytes:
    """A student list laid out like a NEIS export: a title, the school, an empty row, then
    the header (sheet row 4) and one row per pupil with numbers as numbers and real dates."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "학생명부"
    sheet.append(["2026학년도 1학년 학생 명렬표"])
    sheet.append(["한빛고등학교", None, None, None, "출력일", datetime(2026, 3, 2)])
    sheet.append([])
    sheet.append(header)
    for pupil in pupils:
        sheet.append(list(pupil))
    book.save(path)
    return path.read_bytes()


def test_neis_export_previews_and_imports(two_schools: School, connect_as, tmp_path: Path, db_url: str) -> None:
    data = neis_workbook(tmp_path / "neis.xlsx")
    rows, first, kind = read_rows(data)
    assert (first, kind, rows[0]) == (4, "xlsx", NEIS_HEADER)
    assert rows[1] == ["1", "1", "1", "김민준", "남", "2010-03-14"]
    roster = RosterService(connect_as("admin"))
    plan = roster.preview(data)
    assert plan.ok and plan.encoding == "xlsx", plan.errors
    columns = dict(plan.columns)
    assert (columns["name"], columns["grade"], columns["class"], columns["seat_no"], columns["gender"],
            columns["birth_date"]) == ("성명", "학년", "반", "번호", "성별", "생년월일")
    assert [(r.line, r.name, r.student_number, r.email) for r in plan.to_create] == [
        (5, "김민준", "10101", None), (6, "이서연", "10102", None), (7, "박도윤", "10103", None),
        (8, "최하은", "10201", None)]
    result = roster.commit(plan)
    assert result.created == 4 and len(result.initial_passwords) == 4
    name, number, _mail, password = result.initial_passwords[3]
    assert (name, number) == ("최하은", "10201")
    assert AuthService(connect_as(None)).login("10201", password, organization_id=two_schools.org).name == "최하은"


def test_bad_rows_are_reported_at_their_sheet_rows_and_nothing_is_written(two_schools: School, connect_as,
                                                                         tmp_path: Path, db_url: str) -> None:
    pupils = [*PUPILS[:2], (3, 7, 1, "학년틀림", "남", datetime(2010, 1, 1)), (4, 1, 1, "", "여", None),
              (2, 1, 1, "번호중복", "여", datetime(2010, 1, 1))]
    data = neis_workbook(tmp_path / "bad.xlsx", pupils)
    roster = RosterService(connect_as("admin"))
    plan = roster.preview(data)
    assert [(e.row, e.field) for e in plan.errors] == [(7, "grade"), (8, "name"), (9, "student_number")]
    with pytest.raises(BulkValidationError):
        roster.commit(plan)
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM students WHERE student_number LIKE '101%%'").fetchone()[0] == 0


def test_not_a_roster_workbook(two_schools: School, connect_as, tmp_path: Path) -> None:
    roster = RosterService(connect_as("admin"))
    data = neis_workbook(tmp_path / "other.xlsx", [(1, 2, 3, 4, 5, 6)], header=["a", "b", "c", "d", "e", "f"])
    with pytest.raises(ValidationError, match="No header row"):
        roster.preview(data)
    with pytest.raises(ValidationError, match="could not be read as an Excel workbook"):
        roster.preview(b"PK\x03\x04 this is no zip at all")


def test_excel_lost_leading_zeros_are_matched_not_rewritten(two_schools: School, connect_as, tmp_path: Path,
                                                            db_url: str) -> None:
    admin = connect_as("admin")
    people = PeopleService(admin)
    for number, name in (("00101", "영일"), ("00102", "영이")):
        people.create_student(None, name, 1, student_number=number)
    roster = RosterService(admin)
    # the school's export, opened and saved in Excel: 00101 became 101; 영이 got a new name
    csv = "이름,학번,학년\n영일,101,1\n영이바뀜,102,1\n".encode()
    plan = roster.preview(csv)
    assert plan.ok and not plan.to_create
    assert [(w.row, w.params["number"], w.params["stored"]) for w in plan.warnings] == [
        (2, "101", "00101"), (3, "102", "00102")]
    assert [(u.row.student_number, u.changes) for u in plan.to_update] == [("00102", (("name", "영이바뀜"),))]
    roster.commit(plan)
    with psycopg.connect(db_url) as conn:
        assert sorted(conn.execute("SELECT student_number FROM students WHERE student_number LIKE '%%10%%' "
                                   "AND organization_id = %s", (two_schools.org,)).fetchall()) \
            == [("00101",), ("00102",)]
    # the same in a workbook (학번 as numbers); and a new short number among 5-digit ones is warned about
    book = openpyxl.Workbook()
    book.active.append(["성명", "학번", "학년"])
    book.active.append(["영일", 101, 1])
    book.active.append(["새학생", 7, 1])
    book.save(tmp_path / "zeros.xlsx")
    plan = roster.preview((tmp_path / "zeros.xlsx").read_bytes())
    assert [r.student_number for r in plan.to_create] == ["7"]
    assert [(w.row, w.params.get("stored"), w.params.get("width")) for w in plan.warnings] == [
        (2, "00101", None), (3, None, 5)]


def test_old_excel_xls_export(two_schools: School, connect_as, tmp_path: Path) -> None:
    """NEIS and older Excel also save .xls (BIFF8): read the same way."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("학생명부")
    sheet.write(0, 0, "2026학년도 1학년 학생 명렬표")
    for col, head in enumerate(NEIS_HEADER):
        sheet.write(2, col, head)
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for row, pupil in enumerate(PUPILS[:2], 3):
        for col, value in enumerate(pupil):
            if isinstance(value, datetime):
                sheet.write(row, col, value, date_style)
            else:
                sheet.write(row, col, value)
    path = tmp_path / "neis.xls"
    book.save(str(path))
    data = path.read_bytes()
    rows, first, kind = read_rows(data)
    assert (first, kind, rows[1]) == (3, "xls", ["1", "1", "1", "김민준", "남", "2010-03-14"])
    plan = RosterService(connect_as("admin")).preview(data)
    assert plan.ok and plan.encoding == "xls"
    assert [(r.line, r.name, r.student_number) for r in plan.to_create] == [(4, "김민준", "10101"),
                                                                           (5, "이서연", "10102")]
