"""Students sign in with their 학번 within their school, through the client role, with the
email sign-in's guarantees: no enumeration, one shared lockout, deactivated accounts refused."""
from __future__ import annotations

import psycopg
import pytest

from dreamseed_desktop.services.core.auth import WRONG_CREDENTIALS, AuthService
from dreamseed_desktop.services.core.errors import AccountLocked, NotAuthenticated, PermissionDenied
from tests.fixtures.school import PASSWORD, School, email


def test_student_signs_in_with_number_in_their_school(school: School, connect_as) -> None:
    auth = AuthService(connect_as(None))
    schools = dict(auth.sign_in_schools())
    assert schools == {school.org: "North High", school.org_b: "South High"}
    ident = auth.login(" S0 ", PASSWORD, organization_id=school.org)
    assert ident.user_id == school.users["student1"] and ident.role == "student"
    # the same 학번 in the other school is not this student; without a school on a server with
    # two schools nobody signs in
    for org in (school.org_b, None):
        with pytest.raises(PermissionDenied) as err:
            AuthService(connect_as(None)).login("S0", PASSWORD, organization_id=org)
        assert str(err.value) == WRONG_CREDENTIALS
    assert AuthService(connect_as(None)).login("S3", PASSWORD, organization_id=school.org_b).user_id \
        == school.users["student_b"]


def test_unknown_number_looks_like_a_wrong_password(school: School, raw_client, db_url: str) -> None:
    conn = raw_client(None)
    fake = conn.execute("SELECT auth.login_salt_by_number(%s, 'S99')", (school.org,)).fetchone()[0]
    again = conn.execute("SELECT auth.login_salt_by_number(%s, ' S99 ')", (school.org,)).fetchone()[0]
    real = conn.execute("SELECT auth.login_salt_by_number(%s, 'S0')", (school.org,)).fetchone()[0]
    assert fake == again and len(fake) == len(real) == 32 and fake != real
    # the salt by 학번 is the account's own salt (same key as the email sign-in)
    assert real == conn.execute("SELECT auth.login_salt(%s)", (email("student1"),)).fetchone()[0]
    # nobody can ask for the email behind a 학번
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT auth.number_login_key(%s, 'S0')", (school.org,))


def test_number_and_email_share_one_lockout(school: School, connect_as) -> None:
    auth = AuthService(connect_as(None))
    for _ in range(3):
        with pytest.raises(PermissionDenied):
            auth.login("S1", "not my password", organization_id=school.org)
    for _ in range(2):
        with pytest.raises(PermissionDenied):
            auth.login(email("student2"), "not my password")
    for who in ("S1", email("student2")):
        with pytest.raises(AccountLocked):
            auth.login(who, PASSWORD, organization_id=school.org)   # even the right password


def test_unknown_numbers_are_locked_too(school: School, connect_as) -> None:
    auth = AuthService(connect_as(None))
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            auth.login("S99", "guess guess", organization_id=school.org)
    with pytest.raises(AccountLocked):
        auth.login("S99", "guess guess", organization_id=school.org)


def test_deactivated_student_cannot_sign_in_by_number(school: School, connect_as, db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("UPDATE users SET is_active = false WHERE id = %s", (school.users["student3"],))
    with pytest.raises(NotAuthenticated):
        AuthService(connect_as(None)).login("S2", PASSWORD, organization_id=school.org)


def test_admin_resets_a_selection_of_passwords(school: School, connect_as, db_url: str) -> None:
    from dreamseed_desktop.services.people.service import PeopleService

    admin = PeopleService(connect_as("admin"))
    students = [school.users["student1"], school.users["student2"]]
    issued = admin.reset_passwords(students)
    assert [p.id for p, _ in issued] == students and len({pw for _, pw in issued}) == 2
    # each can sign in with 학번 and the new password; the old one no longer works
    for (person, password), number in zip(issued, ("S0", "S1"), strict=True):
        assert AuthService(connect_as(None)).login(number, password, organization_id=school.org).user_id \
            == person.id
    with pytest.raises(PermissionDenied):
        AuthService(connect_as(None)).login("S0", PASSWORD, organization_id=school.org)
    with psycopg.connect(db_url) as conn:
        resets = conn.execute("SELECT count(*) FROM audit_log WHERE action LIKE '%password_reset%'").fetchone()[0]
    assert resets >= 2
    # another school's student is refused and nothing changes
    from dreamseed_desktop.services.core.errors import DomainError
    with pytest.raises(DomainError):
        admin.reset_passwords([school.users["student3"], school.users["student_b"]])
    assert AuthService(connect_as(None)).login("S2", PASSWORD, organization_id=school.org).user_id \
        == school.users["student3"]
