"""Students without an email (issue 15): created by an admin or a roster import through the
client role, they sign in with their 학번 within their school, keep the email sign-in's
guarantees (fake salt, lockout, admin reset), change their own password; staff still need an
email."""
from __future__ import annotations

import psycopg
import pytest

from dreamseed_desktop.services.classes.roster_csv import RosterService
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.errors import AccountLocked, PermissionDenied, ValidationError
from dreamseed_desktop.services.people.service import PeopleService
from tests.fixtures.school import School

PW = "pupil pass 42"


def test_admin_creates_a_student_without_email_who_signs_in_by_number(school: School, connect_as) -> None:
    people = PeopleService(connect_as("admin"))
    kid = people.create_student("  ", "지우", 1, student_number="10101", password=PW)
    assert kid.email is None and kid.student_number == "10101" and kid.has_password
    ident = AuthService(connect_as(None)).login("10101", PW, organization_id=school.org)
    assert ident.user_id == kid.id and ident.email is None
    # the same 학번 in the other school is nobody
    with pytest.raises(PermissionDenied):
        AuthService(connect_as(None)).login("10101", PW, organization_id=school.org_b)
    # a second student without email: unique where present, NULLs do not collide
    other = people.create_student(None, "하준", 1, class_no=1, seat_no=2, password=PW)
    assert other.email is None and other.student_number == "10102"


def test_staff_and_unnumbered_students_are_refused(school: School, connect_as, db_url: str) -> None:
    people = PeopleService(connect_as("admin"))
    with pytest.raises(ValidationError) as err:
        people.create_teacher("", "김선생")
    assert err.value.field == "email"
    with pytest.raises(ValidationError) as err:
        people.create_student("", "무번호", 1)     # no 학번, no 반/번호: no way to sign in
    assert err.value.field == "student_number"
    kid = people.create_student("", "지우", 1, student_number="10101")
    with pytest.raises(ValidationError):           # clearing the 학번 would lock them out
        people.update(kid.id, kid.version, student_number=None)
    # the database refuses a staff account without email whatever the client sends
    with psycopg.connect(db_url) as conn, pytest.raises(psycopg.errors.CheckViolation):
        conn.execute("INSERT INTO users (organization_id, role, name) VALUES (%s, 'teacher', 'x')",
                     (school.org,))


def test_number_key_has_the_email_guarantees(school: School, connect_as, raw_client) -> None:
    people = PeopleService(connect_as("admin"))
    kid = people.create_student(None, "지우", 1, student_number="10101", password=PW)
    conn = raw_client(None)
    real = conn.execute("SELECT auth.login_salt_by_number(%s, '10101')", (school.org,)).fetchone()[0]
    fake = conn.execute("SELECT auth.login_salt_by_number(%s, '10199')", (school.org,)).fetchone()[0]
    assert len(real) == len(fake) == 32 and real != fake
    auth = AuthService(connect_as(None))
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            auth.login("10101", "wrong wrong", organization_id=school.org)
    with pytest.raises(AccountLocked):
        auth.login("10101", PW, organization_id=school.org)
    # the admin's reset ends the lockout of the 학번 key
    (_, new_pw), = people.reset_passwords([kid.id])
    assert AuthService(connect_as(None)).login("10101", new_pw, organization_id=school.org).user_id == kid.id


def test_student_without_email_changes_own_password(school: School, connect_as) -> None:
    PeopleService(connect_as("admin")).create_student(None, "지우", 1, student_number="10101", password=PW)
    db = connect_as(None)
    auth = AuthService(db)
    auth.login("10101", PW, organization_id=school.org)
    with pytest.raises(PermissionDenied):
        auth.change_password("not it at all", "brand new pw 9")
    auth.change_password(PW, "brand new pw 9")
    assert AuthService(connect_as(None)).login("10101", "brand new pw 9", organization_id=school.org)
    with pytest.raises(PermissionDenied):
        AuthService(connect_as(None)).login("10101", PW, organization_id=school.org)


ROSTER = ("이름,학년,반,번호\n"
          "김하늘,1,1,1\n"
          "이바다,1,1,2\n"
          "박나래,1,2,1\n").encode()


def test_roster_without_email_column_imports_and_reimports(school: School, connect_as) -> None:
    roster = RosterService(connect_as("admin"))
    plan = roster.preview(ROSTER)
    assert plan.ok, plan.errors
    assert [(r.name, r.email, r.student_number) for r in plan.to_create] == [
        ("김하늘", None, "10101"), ("이바다", None, "10102"), ("박나래", None, "10201")]
    result = roster.commit(plan)
    assert result.created == 3 and len(result.initial_passwords) == 3
    name, number, mail, password = result.initial_passwords[1]
    assert (name, number, mail) == ("이바다", "10102", None)
    assert AuthService(connect_as(None)).login("10102", password, organization_id=school.org).name == "이바다"
    # the same file again: the students are found by their 학번, nothing new is created
    again = roster.preview(ROSTER)
    assert again.ok and not again.to_create and again.unchanged == 3
    # a changed name updates the student found by 학번
    changed = roster.preview(ROSTER.replace("박나래".encode(), "박나래2".encode()))
    assert [(u.row.student_number, u.changes) for u in changed.to_update] == [("10201", (("name", "박나래2"),))]


def test_roster_rows_without_email_need_a_number_and_staff_need_email(school: School, connect_as) -> None:
    roster = RosterService(connect_as("admin"))
    data = ("이름,역할,학년,반,번호,이메일\n"
            "번호없음,학생,1,,,\n"
            "김교사,교사,,,,\n"
            "정상,학생,1,3,4,\n").encode()
    plan = roster.preview(data)
    assert {(e.row, e.field) for e in plan.errors} == {(2, "student_number"), (3, "email")}
    assert [r.student_number for r in plan.to_create] == ["10304"]
