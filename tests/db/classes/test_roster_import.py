"""Roster CSV import: encodings, header mapping, every bad-row kind, plan, all-or-nothing commit."""
from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import text

from dreamseed_desktop.services.core.errors import BulkValidationError, ValidationError
from tests.fixtures.people import School, Services

HEADER_KO = "이름,이메일,학번,학년,반\n"
ROWS_KO = ("홍길동,hong@seoul.kr,00123,1,1-1\n"
           "김철수,kim2@seoul.kr,00124,1,1-1\n"
           "이영희,lee@seoul.kr,00125,2,\n")


def _plan(svc: Services, school: School, data: bytes, **kw: object):  # type: ignore[no-untyped-def]
    return svc.roster.preview(data, organization_id=school.org.id, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("encoded", "expected"), [
    ((HEADER_KO + ROWS_KO).encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + (HEADER_KO + ROWS_KO).encode("utf-8"), "utf-8-sig"),
    ((HEADER_KO + ROWS_KO).encode("cp949"), "cp949"),
], ids=["utf-8", "utf-8-bom", "cp949"])
def test_each_encoding_imports_the_same(svc: Services, school: School, encoded: bytes,
                                        expected: str) -> None:
    plan = _plan(svc, school, encoded)
    assert plan.ok and plan.encoding == expected
    assert [r.name for r in plan.to_create] == ["홍길동", "김철수", "이영희"]
    assert [(e.email, e.class_name) for e in plan.enrollments] == [
        ("hong@seoul.kr", "1-1"), ("kim2@seoul.kr", "1-1")]
    result = svc.roster.commit(plan)
    assert (result.created, result.updated, result.enrolled) == (3, 0, 2)
    hong = svc.people.get_by_email("hong@seoul.kr")
    assert (hong.name, hong.student_number, hong.grade, hong.role) == ("홍길동", "00123", 1, "student")
    assert {s.email for s in svc.enrollment.list_class_students(school.klass.id)} == {
        "hong@seoul.kr", "kim2@seoul.kr"}


def test_explicit_encoding_and_undecodable_file(svc: Services, school: School) -> None:
    data = (HEADER_KO + ROWS_KO).encode("cp949")
    assert _plan(svc, school, data, encoding="cp949").encoding == "cp949"
    with pytest.raises(ValidationError, match="not UTF-8 or CP949"):
        _plan(svc, school, data, encoding="utf-8")
    with pytest.raises(ValidationError, match="Encoding must be"):
        _plan(svc, school, data, encoding="latin-1")


def test_english_headers_roles_and_nfc(svc: Services, school: School) -> None:
    name = unicodedata.normalize("NFD", "박선생")
    data = ("Name,E-mail,Role,Subject,Student Number,Grade,Class\n"
            f"{name},park@seoul.kr,교사,과학,,,\n"
            "Admin Kim,admin@seoul.kr,admin,,,,\n"
            "정학생,jung@seoul.kr,학생,,00777,3학년,\n").encode()
    plan = _plan(svc, school, data)
    assert plan.ok, plan.errors
    assert [(r.name, r.role, r.subject, r.grade) for r in plan.to_create] == [
        ("박선생", "teacher", "과학", None), ("Admin Kim", "admin", None, None),
        ("정학생", "student", None, 3)]
    svc.roster.commit(plan)
    assert svc.people.get_by_email("park@seoul.kr").subject == "과학"


def test_mapping_override(svc: Services, school: School) -> None:
    data = "성명,메일주소,학생ID,학년\n최학생,choi@seoul.kr,01000,2\n".encode()
    # without the mapping neither the email nor the 학번 column is known: a student without
    # either has no way to sign in (students may have no email; issue 15)
    unmapped = _plan(svc, school, data)
    assert [(e.row, e.field) for e in unmapped.errors] == [(2, "student_number")]
    plan = _plan(svc, school, data, mapping={"email": "메일주소", "student_number": "학생ID"})
    assert plan.ok and plan.to_create[0].student_number == "01000"
    assert dict(plan.columns)["email"] == "메일주소"
    with pytest.raises(ValidationError, match="no column"):
        _plan(svc, school, data, mapping={"email": "nope"})
    with pytest.raises(ValidationError, match="Unknown roster field"):
        _plan(svc, school, data, mapping={"shoe_size": "학년"})
    assert svc.roster.commit(plan).created == 1


BAD_ROWS = [
    (",nomail@seoul.kr,00200,1,", "name", "name is missing"),
    ("빈메일,,,1,", "student_number", "without an email needs a 학번"),
    ("무학년,nograde@seoul.kr,00202,,", "grade", "grade is missing"),
    ("나쁜메일,not-an-email,00203,1,", "email", "not a valid email"),
    ("나쁜학년,grade@seoul.kr,00204,15,", "grade", "between 1 and 6"),
    ("글자학년,grade2@seoul.kr,00205,first,", "grade", "not a grade"),
    ("중복메일,hong@seoul.kr,00206,1,", "email", "Duplicate email hong@seoul.kr (also on line 2)"),
    ("중복학번,dupnum@seoul.kr,00123,1,", "student_number", "Duplicate student number 00123"),
    ("없는반,noclass@seoul.kr,00207,1,9-9", "class", "Unknown class 9-9"),
    ("기존학번,taken@seoul.kr,00001,1,", "student_number", "already belongs to s1@seoul.kr"),
    ("선생님,kim@seoul.kr,00208,1,", "role", "already belongs to a teacher"),
]


def test_each_bad_row_kind_is_reported_and_nothing_is_written(svc: Services, school: School) -> None:
    body = "".join(r + "\n" for r, _, _ in BAD_ROWS)
    data = (HEADER_KO + "홍길동,hong@seoul.kr,00123,1,1-1\n" + body).encode()
    plan = _plan(svc, school, data)
    assert len(plan.errors) == len(BAD_ROWS)
    for line, (err, (_, field, message)) in enumerate(zip(plan.errors, BAD_ROWS, strict=True), 3):
        assert (err.row, err.field) == (line, field) and message in err.message, err
    assert len(plan.to_create) == 1  # the good row is planned but not committed
    with pytest.raises(BulkValidationError, match=f"{len(BAD_ROWS)} row") as info:
        svc.roster.commit(plan)
    assert [e.row for e in info.value.errors] == list(range(3, 3 + len(BAD_ROWS)))
    with svc.db.session(readonly=True) as s:
        assert s.scalar(text("SELECT count(*) FROM users WHERE email = 'hong@seoul.kr'")) == 0
    assert svc.people.list(organization_id=school.org.id).total == 7


def test_one_bad_row_blocks_the_whole_file(svc: Services, school: School) -> None:
    data = (HEADER_KO + ROWS_KO + "나쁜학년,grade@seoul.kr,00204,15,\n").encode()
    plan = _plan(svc, school, data)
    assert [(e.row, e.field) for e in plan.errors] == [(5, "grade")]
    with pytest.raises(BulkValidationError):
        svc.roster.commit(plan)
    assert svc.people.list(organization_id=school.org.id).total == 7


def test_existing_people_are_updated_or_left_alone(svc: Services, school: School) -> None:
    s1, s2 = school.students[0], school.students[1]
    data = (HEADER_KO
            + f"새이름,{s1.email},{s1.student_number},3,1-1\n"       # name + grade change, enroll
            + f"{s2.name},{s2.email},{s2.student_number},{s2.grade},\n").encode()  # unchanged
    plan = _plan(svc, school, data)
    assert plan.ok and not plan.to_create and plan.unchanged == 1
    assert [(u.user_id, dict(u.changes)) for u in plan.to_update] == [
        (s1.id, {"name": "새이름", "grade": 3})]
    assert [e.email for e in plan.enrollments] == [s1.email]
    result = svc.roster.commit(plan)
    assert (result.created, result.updated, result.unchanged, result.enrolled) == (0, 1, 1, 1)
    after = svc.people.get(s1.id)
    assert (after.name, after.grade, after.version) == ("새이름", 3, s1.version + 1)
    again = _plan(svc, school, data)
    assert again.ok and not again.has_changes and again.unchanged == 2
    with svc.db.session(readonly=True) as s:
        affected = s.scalar(text("SELECT affected_user_ids FROM audit_log WHERE action='roster.import'"))
    assert affected == [s1.id]


def test_other_organization_email_is_an_error(svc: Services, school: School) -> None:
    other = svc.orgs.create("다른학교")
    svc.people.create_student("moved@other.kr", "전학생", 1, organization_id=other.id)
    plan = _plan(svc, school, (HEADER_KO + "전학생,moved@other.kr,00900,1,\n").encode())
    assert "another organization" in plan.errors[0].message


def test_class_number_with_grade_resolves_korean_style(svc: Services, school: School) -> None:
    plan = _plan(svc, school, (HEADER_KO + "반번호,ban@seoul.kr,00901,1,1\n").encode())
    assert plan.ok and plan.enrollments[0].class_id == school.klass.id


def test_structural_problems(svc: Services, school: School) -> None:
    with pytest.raises(ValidationError, match="empty"):
        _plan(svc, school, b"")
    plan = _plan(svc, school, (HEADER_KO + "a,b@c.kr,1,1,,extra\n\n \n").encode())
    assert plan.errors[0].row == 2 and "6 cells" in plan.errors[0].message
    teacher_with_class = _plan(svc, school, "이름,이메일,역할,반\n선생,t2@seoul.kr,교사,1-1\n".encode())
    assert teacher_with_class.errors[0].field == "role"
    unknown_role = _plan(svc, school, "이름,이메일,역할\n누구,w@seoul.kr,부모\n".encode())
    assert "Unknown role" in unknown_role.errors[0].message


def test_size_limits(svc: Services, school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    from dreamseed_desktop.services.classes import roster_parse

    monkeypatch.setattr(roster_parse, "MAX_ROWS", 2)
    with pytest.raises(ValidationError, match="more than 2 rows"):
        _plan(svc, school, (HEADER_KO + ROWS_KO).encode())
    monkeypatch.setattr(roster_parse, "MAX_BYTES", 10)
    with pytest.raises(ValidationError, match="larger than"):
        _plan(svc, school, (HEADER_KO + ROWS_KO).encode())


def test_commit_rechecks_against_current_database(svc: Services, school: School) -> None:
    plan = _plan(svc, school, (HEADER_KO + ROWS_KO).encode())
    assert plan.ok
    svc.people.create_student("sneaky@seoul.kr", "선점", 1, student_number="00124",
                              organization_id=school.org.id)
    with pytest.raises(BulkValidationError) as info:
        svc.roster.commit(plan)
    assert [(e.row, e.field) for e in info.value.errors] == [(3, "student_number")]


def test_excel_unicode_text_and_other_delimiters(svc: Services, school: School) -> None:
    tsv = (HEADER_KO + ROWS_KO).replace(",", "\t")
    plan = _plan(svc, school, tsv.encode("utf-16"))           # Excel "Unicode text": UTF-16 + tabs
    assert plan.ok and plan.encoding == "utf-16" and len(plan.to_create) == 3
    semi = _plan(svc, school, (HEADER_KO + ROWS_KO).replace(",", ";").encode())
    assert semi.ok and [r.student_number for r in semi.to_create] == ["00123", "00124", "00125"]


def test_csv_rows_matches_what_the_import_reads() -> None:
    from dreamseed_desktop.services.classes.roster_parse import csv_rows, sniff_delimiter

    assert sniff_delimiter("a\tb\tc\n1,2\t3") == "\t" and sniff_delimiter("a\n") == ","
    assert csv_rows('이름,"메일, 주소"\r\n홍,h@x.kr\r\n') == [["이름", "메일, 주소"], ["홍", "h@x.kr"]]
