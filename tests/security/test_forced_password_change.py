"""Forced first password change (issue 15), enforced by the server through the client role:
a token issued for an admin-set password can do nothing but change the password; the school
can turn the rule off for its students (never for staff); wrong old passwords count toward
the lockout."""
from __future__ import annotations

import psycopg
import pytest

from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.errors import (
    AccountLocked,
    DomainError,
    NotAuthenticated,
    NotFound,
    PermissionDenied,
)
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.people.organizations import OrganizationService
from dreamseed_desktop.services.people.service import PeopleService
from tests.fixtures.school import PASSWORD, School, email

INITIAL = "initial pw 42"
NEW = "my own pw 77"


def _sign_in(connect_as, who: str, password: str, org: int | None = None):
    db = connect_as(None)
    identity = AuthService(db).login(who, password, organization_id=org)
    return db, identity


def test_initial_password_token_can_only_change_the_password(school: School, connect_as, raw_client) -> None:
    kid = PeopleService(connect_as("admin")).create_student(None, "지우", 2, student_number="20101",
                                                            password=INITIAL)
    db, identity = _sign_in(connect_as, "20101", INITIAL, school.org)
    assert identity.must_change_password and identity.user_id == kid.id
    # the token is nobody for everything else: no rows, no exams, no own profile
    conn = raw_client(identity.token)
    assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 0
    assert conn.execute("SELECT auth.current_user_id()").fetchone()[0] is None
    with pytest.raises(NotAuthenticated):
        ExamApi(db).my_exams()
    with pytest.raises(DomainError):
        ExamApi(db).start(school.exams["quiz_a"])
    with pytest.raises(NotFound):                               # row-level security: no rows
        PeopleService(db).get(kid.id)
    # a wrong old password is refused and counted
    auth = AuthService(db)
    with pytest.raises(PermissionDenied):
        auth.change_password("not the initial", NEW)
    auth.change_password(INITIAL, NEW)
    assert not db.identity.must_change_password
    assert PeopleService(db).get(kid.id).name == "지우"          # the same token now works
    assert conn.execute("SELECT auth.current_user_id()").fetchone()[0] == kid.id
    _, again = _sign_in(connect_as, "20101", NEW, school.org)
    assert not again.must_change_password
    with pytest.raises(PermissionDenied):
        _sign_in(connect_as, "20101", INITIAL, school.org)


def test_wrong_old_passwords_lock_the_account(school: School, connect_as) -> None:
    PeopleService(connect_as("admin")).create_student(None, "지우", 2, student_number="20101", password=INITIAL)
    db, _ = _sign_in(connect_as, "20101", INITIAL, school.org)
    auth = AuthService(db)
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            auth.change_password("guess guess", NEW)
    with pytest.raises(AccountLocked):
        auth.change_password(INITIAL, NEW)


def test_school_setting_and_staff(school: School, connect_as, db_url: str) -> None:
    admin_db = connect_as("admin")
    orgs = OrganizationService(admin_db)
    org = orgs.get(school.org)
    assert org.force_password_change
    orgs.update(org.id, org.version, force_password_change=False)   # young pupils
    people = PeopleService(admin_db)
    people.create_student(None, "어린이", 1, student_number="10101", password=INITIAL)
    teacher = people.create_teacher("new.teacher@school.test", "새선생", password=INITIAL)
    _, kid = _sign_in(connect_as, "10101", INITIAL, school.org)
    assert not kid.must_change_password
    _, staff = _sign_in(connect_as, teacher.email, INITIAL)
    assert staff.must_change_password                       # staff always change an admin's password
    # passwords people choose themselves are never forced: the seeded accounts, the admin's own
    (_, pw), = people.reset_passwords([school.users["student1"]])
    assert not _sign_in(connect_as, email("admin"), PASSWORD)[1].must_change_password
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT must_change FROM auth.credentials WHERE user_id = %s",
                            (school.users["student1"],)).fetchone()[0] is False   # setting is off
    # the client cannot flip its own credentials flag or session mark
    with psycopg.connect(db_url) as conn:
        grants = conn.execute("SELECT has_column_privilege('dreamseed_client', 'auth.sessions', "
                              "'password_change_only', 'UPDATE')").fetchone()[0]
    assert grants is False
