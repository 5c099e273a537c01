"""Login, lockout, token expiry, logout, password change and admin reset through the client role."""
from __future__ import annotations

import psycopg
import pytest

from dreamseed_desktop.services.core.auth import WRONG_CREDENTIALS, AuthService
from dreamseed_desktop.services.core.errors import (
    AccountLocked,
    NotAuthenticated,
    NotFound,
    PermissionDenied,
)
from dreamseed_desktop.services.exams.api import ExamApi
from tests.fixtures.school import PASSWORD, School, email


def _audit(db_url: str, action: str) -> list[tuple]:
    with psycopg.connect(db_url) as conn:
        return conn.execute("SELECT actor_user_id, details FROM audit_log WHERE action = %s ORDER BY id",
                            (action,)).fetchall()


def test_login_returns_identity_and_audits(school: School, connect_as, db_url: str) -> None:
    db = connect_as(None)
    ident = AuthService(db).login(email("teacher1").upper() + " ", PASSWORD)
    assert ident.user_id == school.users["teacher1"] and ident.role == "teacher" and ident.organization_id == school.org
    assert len(ident.token) == 64 and db.identity is ident
    assert AuthService(db).current().user_id == ident.user_id
    assert _audit(db_url, "auth.login")[-1][0] == ident.user_id
    with psycopg.connect(db_url) as conn:   # only the hash of the token is stored
        stored = conn.execute("SELECT encode(token_hash, 'hex') FROM auth.sessions").fetchall()
    assert ident.token not in {s[0] for s in stored}


def test_unknown_email_and_wrong_password_look_the_same(school: School, connect_as, raw_client, db_url) -> None:
    auth = AuthService(connect_as(None))
    for who, pw in ((email("nobody"), PASSWORD), (email("student1"), "wrong password")):
        with pytest.raises(PermissionDenied) as err:
            auth.login(who, pw)
        assert str(err.value) == WRONG_CREDENTIALS
    conn = raw_client(None)
    fake1 = conn.execute("SELECT auth.login_salt('nobody@school.test')").fetchone()[0]
    fake2 = conn.execute("SELECT auth.login_salt(' NOBODY@school.test')").fetchone()[0]
    real = conn.execute("SELECT auth.login_salt('student1@school.test')").fetchone()[0]
    assert fake1 == fake2 and len(fake1) == len(real) == 32 and fake1 != real
    assert [d["reason"] for _, d in _audit(db_url, "auth.login_failed")] == ["unknown_email", "bad_password"]


@pytest.mark.slow
def test_lockout_after_five_failures(school: School, connect_as, db_url: str) -> None:
    auth = AuthService(connect_as(None))
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            auth.login(email("student2"), "not my password")
    with pytest.raises(AccountLocked) as err:
        auth.login(email("student2"), PASSWORD)          # even the right password
    assert "15 more minute" in str(err.value)
    assert len(_audit(db_url, "auth.account_locked")) == 1 and len(_audit(db_url, "auth.login_locked")) == 1
    with psycopg.connect(db_url) as conn:    # the lock expires after 15 minutes
        conn.execute("UPDATE auth.login_failures SET locked_until = now() - interval '1 second'")
    assert auth.login(email("student2"), PASSWORD).user_id == school.users["student2"]


@pytest.mark.slow
def test_failures_outside_the_window_do_not_lock(school: School, connect_as, db_url: str) -> None:
    auth = AuthService(connect_as(None))
    for n in range(8):
        with pytest.raises(PermissionDenied) as err:
            auth.login(email("student2"), "bad")
        assert not isinstance(err.value, AccountLocked)
        if n % 4 == 3:
            with psycopg.connect(db_url) as conn:
                conn.execute("UPDATE auth.login_failures SET window_start = now() - interval '16 minutes'")


@pytest.mark.slow
def test_token_expiry_and_logout(school: School, connect_as, db_url: str) -> None:
    db = connect_as("student1")
    api = ExamApi(db)
    sid = api.start(school.exams["quiz_a"]).session_id
    with psycopg.connect(db_url) as conn:
        conn.execute("UPDATE auth.sessions SET expires_at = now() - interval '1 second'")
    with pytest.raises(NotAuthenticated):
        api.my_exams()
    with pytest.raises(NotAuthenticated):
        api.next_item(sid)
    assert AuthService(db).current() is None
    db2 = connect_as("student1")
    token = db2.identity.token
    AuthService(db2).logout()
    assert db2.identity.token is None
    db2.identity.token = token             # a stolen copy of the old token is dead too
    with pytest.raises(NotAuthenticated):
        ExamApi(db2).my_exams()


@pytest.mark.slow
def test_change_password(school: School, connect_as) -> None:
    db = connect_as("teacher2")
    other = connect_as("teacher2")
    auth = AuthService(db)
    with pytest.raises(PermissionDenied):
        auth.change_password("wrong old one", "a new password 9")
    auth.change_password(PASSWORD, "a new password 9")
    assert AuthService(other).current() is None             # other sign-ins ended
    assert AuthService(db).current() is not None            # this one kept
    with pytest.raises(PermissionDenied):
        AuthService(connect_as(None)).login(email("teacher2"), PASSWORD)
    assert AuthService(connect_as(None)).login(email("teacher2"), "a new password 9")


@pytest.mark.slow
def test_admin_reset_password_same_org_only(school: School, connect_as) -> None:
    victim = connect_as("student3")
    AuthService(connect_as("admin")).admin_reset_password(school.users["student3"], "reset pass 123")
    assert AuthService(victim).current() is None
    assert AuthService(connect_as(None)).login(email("student3"), "reset pass 123")
    with pytest.raises(NotFound):
        AuthService(connect_as("admin_b")).admin_reset_password(school.users["student1"], "reset pass 123")
    with pytest.raises(PermissionDenied):
        AuthService(connect_as("teacher1")).admin_reset_password(school.users["student1"], "reset pass 123")
    AuthService(connect_as("root")).admin_reset_password(school.users["student_b"], "reset pass 456")
