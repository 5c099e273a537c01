"""A student with the client credential and their own token runs arbitrary SQL: each attack fails."""
from __future__ import annotations

import uuid

import psycopg
import pytest

from dreamseed_desktop.services.core.errors import NotFound, PermissionDenied
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.exams.proctor import ProctorService
from tests.fixtures.school import School


@pytest.fixture
def attacker(school: School, connect_as, raw_client):
    """(psql-like connection with student1's token, student1's Database, victim student2's session id)."""
    db1 = connect_as("student1")
    db2 = connect_as("student2")
    api2 = ExamApi(db2)
    victim = api2.start(school.exams["quiz_a"])
    item = api2.next_item(victim.session_id)
    api2.submit(victim.session_id, item.seq, item.item_id, 1, 900, uuid.uuid4())
    own = ExamApi(db1).start(school.exams["quiz_a"])
    conn = raw_client(db1.identity.token)
    return conn, db1, victim.session_id, own.session_id


def _rows(conn: psycopg.Connection, sql: str, params: tuple = ()) -> list:
    return conn.execute(sql, params).fetchall()


def test_cannot_read_keys_or_item_parameters(attacker) -> None:
    conn, *_ = attacker
    assert _rows(conn, "SELECT * FROM item_keys") == []
    assert _rows(conn, "SELECT a, b, c FROM items") == []
    assert _rows(conn, "SELECT * FROM item_param_history") == []
    assert _rows(conn, "SELECT * FROM item_stats") == []
    for table in ("exam.session_state", "exam.band_candidates", "exam.item_exposure", "auth.sessions",
                  "auth.server_secret", "auth.login_failures", "auth.credentials"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"SELECT * FROM {table}")


@pytest.mark.slow
def test_cannot_read_other_students_sessions_attempts_or_classes(attacker, school: School) -> None:
    conn, db1, victim, own = attacker
    assert db1.identity.role == "student"
    # their own sitting too is hidden while it runs (revision 0036: no score oracle mid-exam)
    assert _rows(conn, "SELECT id FROM exam_sessions") == []
    assert _rows(conn, "SELECT id FROM exam_sessions WHERE id = %s", (own,)) == []
    assert _rows(conn, "SELECT id FROM exam_sessions WHERE id = %s", (victim,)) == []
    assert _rows(conn, "SELECT id, correct FROM attempts WHERE exam_session_id = %s", (victim,)) == []
    assert _rows(conn, "SELECT id FROM classes") == [(school.classes["8A"],)]
    assert _rows(conn, "SELECT * FROM student_classroom WHERE class_id = %s", (school.classes["8B"],)) == []
    assert _rows(conn, "SELECT student_id FROM student_classroom") == [(school.students["student1"],)]
    assert _rows(conn, "SELECT id FROM users") == [(school.users["student1"],)]
    assert _rows(conn, "SELECT id FROM students") == [(school.students["student1"],)]
    assert _rows(conn, "SELECT * FROM teachers") == []
    assert _rows(conn, "SELECT id FROM exams") == [(school.exams["quiz_a"],)]
    assert _rows(conn, "SELECT * FROM audit_log WHERE actor_user_id <> %s", (db1.identity.user_id,)) == []
    assert _rows(conn, "SELECT id FROM organizations") == [(school.org,)]


@pytest.mark.slow
def test_cannot_write_scores_or_sessions(attacker, school: School) -> None:
    conn, _db1, victim, own = attacker
    # no client role holds any write privilege on sessions or attempts (revision 0017)
    for sql, sid in (("UPDATE exam_sessions SET theta = 3 WHERE id = %s", own),
                     ("UPDATE exam_sessions SET n_correct = n_answered WHERE id = %s", own),
                     ("UPDATE exam_sessions SET theta = 3 WHERE id = %s", victim),
                     ("UPDATE attempts SET correct = true WHERE exam_session_id = %s", victim)):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(sql, (sid,))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):   # no DELETE grant at all any more
        conn.execute("DELETE FROM attempts")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):   # no INSERT grant
        conn.execute("INSERT INTO attempts (student_id, exam_session_id, item_id, seq, correct) "
                     "VALUES (%s, %s, %s, 1, true)", (school.students["student1"], own, school.items[0]))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO exam_sessions (student_id, status) VALUES (%s, 'completed')",
                     (school.students["student1"],))
    assert conn.execute("UPDATE users SET role = 'admin'").rowcount == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO student_classroom (student_id, class_id) VALUES (%s, %s)",
                     (school.students["student1"], school.classes["8B"]))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE exam.session_state SET theta = 3")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM audit_log")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):   # cannot forge another actor
        conn.execute("INSERT INTO audit_log (actor_user_id, action, object_type) VALUES (%s, 'x', 'y')",
                     (school.users["admin"],))


@pytest.mark.slow
def test_exam_functions_reject_someone_elses_session(attacker, school: School) -> None:
    conn, db1, victim, _own = attacker
    api = ExamApi(db1)
    for call in (lambda: api.next_item(victim), lambda: api.state(victim), lambda: api.finish(victim),
                 lambda: api.submit(victim, 2, school.items[0], 1, 10, uuid.uuid4())):
        with pytest.raises(NotFound):
            call()
    with pytest.raises(psycopg.DatabaseError):
        conn.execute("SELECT * FROM exam.next_item(%s, %s)", (db1.identity.token, victim))
    with pytest.raises(NotFound):
        api.start(school.exams["quiz_b"])      # not enrolled in 8B


@pytest.mark.slow
def test_internal_functions_are_not_callable(attacker) -> None:
    conn, _db1, _victim, own = attacker
    for sql in (f"SELECT exam.finalize({own}, 'completed', 'x')",
                f"SELECT exam.advance({own})",
                "SELECT exam.rebuild_bands('math')",
                "SELECT auth.audit(1, 1, 'x', 'y', null, null, null)",
                "SELECT auth.fake_salt('a@b.c')",
                "SELECT public.item_stats_apply()"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(sql)


def test_guessed_token_role_switch_and_ddl_fail(attacker, raw_client) -> None:
    conn, _db1, _victim, _own = attacker
    guess = raw_client(uuid.uuid4().hex + uuid.uuid4().hex)
    assert _rows(guess, "SELECT * FROM users") == []
    assert _rows(guess, "SELECT auth.current_user_id()") == [(None,)]
    with pytest.raises(psycopg.DatabaseError):
        guess.execute("SELECT * FROM exam.my_exams()")
    for sql in ("SET ROLE dreamseed_owner", "SET ROLE postgres", "SET SESSION AUTHORIZATION postgres",
                "CREATE TABLE x (id int)", "CREATE TEMP TABLE x (id int)", "CREATE SCHEMA x",
                "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                "CREATE FUNCTION auth.current_user_id2() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                "ALTER TABLE users DISABLE ROW LEVEL SECURITY", "ALTER ROLE dreamseed_client BYPASSRLS",
                "TRUNCATE attempts", "GRANT dreamseed_owner TO dreamseed_client", "SELECT lo_create(0)",
                "SELECT lo_from_bytea(0, 'x')"):
        with pytest.raises(psycopg.Error):
            conn.execute(sql)


def test_student_cannot_proctor(attacker, school: School) -> None:
    _conn, db1, victim, own = attacker
    proctor = ProctorService(db1)
    with pytest.raises(PermissionDenied):
        proctor.live_sessions(school.exams["quiz_a"])
    for call in (lambda: proctor.pause(victim), lambda: proctor.terminate(victim, "x"),
                 lambda: proctor.extend_time(own, 60), lambda: proctor.resume(victim)):
        with pytest.raises(PermissionDenied):
            call()


@pytest.mark.slow
def test_teacher_cannot_reach_other_classes_or_keys(school: School, connect_as, raw_client) -> None:
    other = ExamApi(connect_as("student3"))                   # 8B belongs to teacher2
    sid = other.start(school.exams["quiz_b"]).session_id
    item = other.next_item(sid)
    other.submit(sid, item.seq, item.item_id, 1, 500, uuid.uuid4())
    conn = raw_client(connect_as("teacher1").identity.token)
    assert _rows(conn, "SELECT id FROM classes") == [(school.classes["8A"],)]
    assert _rows(conn, "SELECT * FROM exam_sessions WHERE id = %s", (sid,)) == []
    assert _rows(conn, "SELECT id, correct FROM attempts WHERE exam_session_id = %s", (sid,)) == []
    assert _rows(conn, "SELECT * FROM student_classroom WHERE class_id = %s", (school.classes["8B"],)) == []
    assert _rows(conn, "SELECT * FROM exams WHERE id = %s", (school.exams["quiz_b"],)) == []
    assert _rows(conn, "SELECT * FROM item_keys") == []
    assert len(_rows(conn, "SELECT id FROM items")) == len(school.items)      # bank content: yes
    assert conn.execute("UPDATE classes SET name = 'x' WHERE id = %s", (school.classes["8B"],)).rowcount == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):    # no client writes sessions (0017)
        conn.execute("UPDATE exam_sessions SET theta = 3 WHERE id = %s", (sid,))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE classes SET teacher_id = %s WHERE id = %s",
                     (school.teachers["teacher2"], school.classes["8A"]))   # cannot give a class away
    assert _rows(conn, "SELECT id FROM users WHERE organization_id = %s", (school.org_b,)) == []
