"""Tokens and login roles (issue 12): a student's token does not work on the staff login role,
so a student who learns the staff password still cannot bring their sign-in to the connections
staff need; a staff token works on both (a teacher may sign in at a lab PC). The one-PC
(embedded) server allows students on the staff role (``students_on_staff_role`` = 1)."""
from __future__ import annotations

import psycopg
import pytest

from dreamseed_desktop.bootstrap import allow_students_on_staff_role
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.roles import STAFF_ROLE, STUDENT_ROLE, client_url
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.errors import PermissionDenied
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.api import ExamApi
from tests.fixtures.school import PASSWORD, School, email


def _on_staff_role(client_engine_url: str) -> Database:
    return Database(make_engine(client_url(client_engine_url, role=STAFF_ROLE), pool_size=1))


def test_a_students_token_is_dead_on_the_staff_role(school: School, connect_as, raw_client) -> None:
    student = connect_as("student1")                      # signed in on the lab PC's role
    token = student.identity.token
    staff_conn = raw_client(token, role=STAFF_ROLE)       # ... brought to a staff connection
    assert staff_conn.execute("SELECT * FROM auth.whoami()").fetchall() == []
    assert staff_conn.execute("SELECT (auth.me()).user_id").fetchone() == (None,)
    for table in ("users", "students", "classes", "exams", "exam_sessions", "student_classroom"):
        assert staff_conn.execute(f"SELECT * FROM {table}").fetchall() == [], table
    with pytest.raises(psycopg.Error) as err:
        staff_conn.execute("SELECT * FROM exam.my_exams()")
    assert err.value.sqlstate == "DS401"
    # legitimate path: the same token on the student role is the student
    lab = raw_client(token, role=STUDENT_ROLE)
    assert lab.execute("SELECT user_id FROM auth.whoami()").fetchall() == [(school.users["student1"],)]
    assert [e.exam_id for e in ExamApi(student).my_exams()] == [school.exams["quiz_a"]]


def test_a_student_signing_in_on_a_staff_pc_is_told_where_to_go(school: School, client_engine_url: str,
                                                                db_url: str) -> None:
    db = _on_staff_role(client_engine_url)
    try:
        with pytest.raises(PermissionDenied, match="test station"):
            AuthService(db).login(email("student1"), PASSWORD)
        assert not db.identity.token
        # the refused sign-in left no session behind: its token was ended on the server
        with psycopg.connect(db_url) as conn:
            assert conn.execute("SELECT count(*) FROM auth.sessions WHERE user_id = %s",
                                (school.users["student1"],)).fetchone() == (0,)
        # a wrong password still gets the ordinary answer (no hint that the account is a student's)
        with pytest.raises(PermissionDenied, match="Wrong"):
            AuthService(db).login(email("student1"), "wrong password 1")
        # staff sign in on the staff role, of course
        assert AuthService(db).login(email("teacher1"), PASSWORD).role == "teacher"
    finally:
        db.engine.dispose()


def test_a_staff_token_works_on_the_student_role(school: School, connect_as, raw_client) -> None:
    teacher = connect_as("teacher1")
    lab = raw_client(teacher.identity.token, role=STUDENT_ROLE)
    assert lab.execute("SELECT role FROM auth.whoami()").fetchone() == ("teacher",)
    assert lab.execute("SELECT id FROM classes").fetchall() == [(school.classes["8A"],)]


def test_the_one_pc_server_lets_students_use_the_staff_role(school: School, client_engine_url: str,
                                                            db_url: str) -> None:
    allow_students_on_staff_role(db_url)                  # what start_app_embedded does
    db = _on_staff_role(client_engine_url)
    try:
        identity = AuthService(db).login(email("student1"), PASSWORD)
        assert identity.role == "student"
        assert [e.exam_id for e in ExamApi(db).my_exams()] == [school.exams["quiz_a"]]
    finally:
        db.engine.dispose()
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT value FROM auth.settings WHERE key = 'students_on_staff_role'"
                            ).fetchone() == (1.0,)


@pytest.mark.slow
def test_start_app_embedded_allows_students_on_the_staff_role(monkeypatch: pytest.MonkeyPatch) -> None:
    """The one-PC install (bootstrap.start_app_embedded) turns the setting on; a school server
    (the migrations alone, as in every other test here) keeps it off."""
    import shutil
    import tempfile
    from pathlib import Path

    from dreamseed_desktop import bootstrap

    base = Path(tempfile.mkdtemp(prefix="ds-one-pc-"))
    base.chmod(0o755)                                     # the server's user must traverse it as root
    monkeypatch.setattr(bootstrap, "embedded_pgdata", lambda: base / "pgdata")
    server = bootstrap.start_app_embedded()
    try:
        with psycopg.connect(server.url(bootstrap.APP_DATABASE)) as conn:
            assert conn.execute("SELECT value FROM auth.settings WHERE key = 'students_on_staff_role'"
                                ).fetchone() == (1.0,)
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


def test_a_school_server_keeps_students_off_the_staff_role(db_url: str) -> None:
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT value FROM auth.settings WHERE key = 'students_on_staff_role'"
                            ).fetchone() == (0.0,)
