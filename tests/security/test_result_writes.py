"""Staff change results only through the audited correction (issue 12, "Staff rules").

A teacher or admin with their own token and psql (the staff login role, nothing forced at
connect time) cannot INSERT, UPDATE, DELETE or lock rows of ``exam_sessions`` / ``attempts`` —
not for their own classes, not for their own school, not for another school's student; the
sitting reads the same afterwards. Beside each attack the legitimate path works: the same staff
member corrects an answer through ``exam.correct_answer`` (AttemptService), θ is re-scored and the
audit row names them with the old and new values and the reason.
"""
from __future__ import annotations

import uuid

import psycopg
import pytest

from dreamseed_desktop.db.client_isolation import isolation_problems
from dreamseed_desktop.db.roles import STAFF_ROLE
from dreamseed_desktop.services.core.errors import NotFound
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.exams.attempts import AttemptService
from tests.fixtures.school import School, seed_bank

InsufficientPrivilege = psycopg.errors.InsufficientPrivilege


def sit(api: ExamApi, exam_id: int) -> int:
    """A whole sitting through the exam API (the quizzes have 8 items); returns the session id."""
    state = api.start(exam_id)
    for k in range(8):
        item = api.next_item(state.session_id)
        assert item is not None
        api.submit(state.session_id, item.seq, item.item_id, 1 + k % 4, 1200, uuid.uuid4())
    api.finish(state.session_id)
    return state.session_id


def south_high_sitting(db_url: str, school: School, connect_as) -> int:
    """South High gets its own bank, class and exam; its student_b sits it. Returns the session."""
    with psycopg.connect(db_url) as conn:
        teacher_user = conn.execute(
            "INSERT INTO users (organization_id, email, role, name) VALUES (%s, 'teacher_b@school.test', "
            "'teacher', 'Teacher B') RETURNING id", (school.org_b,)).fetchone()[0]
        teacher = conn.execute("INSERT INTO teachers (user_id, organization_id) VALUES (%s, %s) RETURNING id",
                               (teacher_user, school.org_b)).fetchone()[0]
        klass = conn.execute("INSERT INTO classes (organization_id, teacher_id, name, subject, grade, school_year) "
                             "VALUES (%s, %s, 'S1', 'math', 2, 2026) RETURNING id",
                             (school.org_b, teacher)).fetchone()[0]
        conn.execute("INSERT INTO student_classroom (student_id, class_id) VALUES (%s, %s)",
                     (school.students["student_b"], klass))
        bank = seed_bank(conn, 30, seed=11)
        conn.execute("UPDATE items SET organization_id = %s WHERE id = ANY(%s)", (school.org_b, bank))
        exam = conn.execute("INSERT INTO exams (class_id, title, subject, cat_config, show_result) "
                            "VALUES (%s, 'south quiz', 'math', '{\"max_items\": 8, \"min_items\": 8}', "
                            "'correct') RETURNING id", (klass,)).fetchone()[0]
        conn.commit()
    return sit(ExamApi(connect_as("student_b")), exam)


def snapshot(db_url: str, session_id: int) -> tuple:
    with psycopg.connect(db_url) as conn:
        return (conn.execute("SELECT status, theta, standard_error, n_correct, n_answered, version "
                             "FROM exam_sessions WHERE id = %s", (session_id,)).fetchone(),
                conn.execute("SELECT array_agg(correct ORDER BY seq) FROM attempts WHERE exam_session_id = %s",
                             (session_id,)).fetchone()[0],
                conn.execute("SELECT count(*) FROM exam_sessions").fetchone()[0],
                conn.execute("SELECT count(*) FROM attempts").fetchone()[0])


def direct_writes(school: School, session_id: int, student: str) -> list[tuple[str, tuple]]:
    """Every direct write a staff member could try on one sitting (student = whose sitting)."""
    sid, st, item = session_id, school.students[student], school.items[0]
    return [
        ("UPDATE exam_sessions SET theta = 3, standard_error = 0.1 WHERE id = %s", (sid,)),
        ("UPDATE exam_sessions SET status = 'completed', ended_at = now() WHERE id = %s", (sid,)),
        ("UPDATE exam_sessions SET meta = meta WHERE id = %s", (sid,)),
        ("DELETE FROM exam_sessions WHERE id = %s", (sid,)),
        ("SELECT id FROM exam_sessions WHERE id = %s FOR UPDATE", (sid,)),
        ("SELECT id FROM exam_sessions WHERE id = %s FOR NO KEY UPDATE", (sid,)),
        ("UPDATE attempts SET correct = true WHERE exam_session_id = %s", (sid,)),
        ("UPDATE attempts SET theta_after = 3 WHERE exam_session_id = %s", (sid,)),
        ("DELETE FROM attempts WHERE exam_session_id = %s", (sid,)),
        ("SELECT id FROM attempts WHERE exam_session_id = %s FOR UPDATE", (sid,)),
        ("INSERT INTO attempts (student_id, exam_session_id, item_id, seq, correct) VALUES (%s, %s, %s, 99, true)",
         (st, sid, item)),
        ("INSERT INTO exam_sessions (student_id, class_id, exam_id, status, theta, standard_error) "
         "VALUES (%s, %s, %s, 'completed', 3, 0.1)", (st, school.classes["8A"], school.exams["quiz_a"])),
        ("INSERT INTO exam_sessions (student_id, status, theta) VALUES (%s, 'completed', 3)", (st,)),
        ("TRUNCATE attempts", ()),
    ]


@pytest.mark.slow
@pytest.mark.parametrize("staff", ["teacher1", "admin", "root"])
def test_staff_cannot_write_sessions_or_attempts_but_correct_through_the_audited_function(
        staff: str, school: School, connect_as, raw_client, db_url: str) -> None:
    # student1 of 8A (teacher1's class, North High = admin's school) sits quiz_a through the exam API
    session_id = sit(ExamApi(connect_as("student1")), school.exams["quiz_a"])
    staff_db = connect_as(staff)
    conn = raw_client(staff_db.identity.token, role=STAFF_ROLE)
    # the staff member sees the sitting (reading is their job) ...
    assert conn.execute("SELECT id FROM exam_sessions WHERE id = %s", (session_id,)).fetchall() == [(session_id,)]
    assert len(conn.execute("SELECT id FROM attempts WHERE exam_session_id = %s", (session_id,)).fetchall()) == 8
    before = snapshot(db_url, session_id)
    # ... and cannot write it in any way, in autocommit or inside a transaction of their own
    for sql, params in direct_writes(school, session_id, "student1"):
        with pytest.raises(InsufficientPrivilege):
            conn.execute(sql, params)
        with pytest.raises(InsufficientPrivilege), conn.transaction():
            conn.execute("SELECT 1")
            conn.execute(sql, params)
    assert snapshot(db_url, session_id) == before

    # the legitimate path: the audited correction, as the same staff member through the app's service
    with psycopg.connect(db_url) as owner:
        attempt, was = owner.execute("SELECT id, correct FROM attempts WHERE exam_session_id = %s AND seq = 2",
                                     (session_id,)).fetchone()
    out = AttemptService(staff_db).correct(attempt, correct=not was, reason="key of item 2 was wrong")
    with psycopg.connect(db_url) as owner:
        theta, corrected = owner.execute(
            "SELECT es.theta, a.correct FROM exam_sessions es JOIN attempts a ON a.exam_session_id = es.id "
            "WHERE a.id = %s", (attempt,)).fetchone()
        actor, details = owner.execute("SELECT actor_user_id, details FROM audit_log WHERE action = 'attempt.correct' "
                                       "AND object_id = %s", (str(attempt),)).fetchone()
    assert corrected is (not was) and theta == out["new"]["theta"] != before[0][1]
    assert actor == school.users[staff]
    assert details["reason"] == "key of item 2 was wrong"
    assert details["old"] == {"correct": was, "theta": before[0][1], "se": before[0][2]}
    assert details["new"]["correct"] is (not was) and details["new"]["theta"] == theta


@pytest.mark.slow
def test_another_schools_student_is_out_of_reach(school: School, connect_as, raw_client, db_url: str) -> None:
    south = south_high_sitting(db_url, school, connect_as)
    before = snapshot(db_url, south)
    with psycopg.connect(db_url) as owner:
        attempt, was = owner.execute("SELECT id, correct FROM attempts WHERE exam_session_id = %s AND seq = 1",
                                     (south,)).fetchone()
    for staff in ("teacher1", "admin"):                     # North High's staff
        staff_db = connect_as(staff)
        conn = raw_client(staff_db.identity.token, role=STAFF_ROLE)
        assert conn.execute("SELECT id FROM exam_sessions WHERE id = %s", (south,)).fetchall() == []
        for sql, params in direct_writes(school, south, "student_b"):
            with pytest.raises(InsufficientPrivilege):
                conn.execute(sql, params)
        # nor through their own class: South High's student cannot be enrolled into 8A ...
        with pytest.raises(InsufficientPrivilege):
            conn.execute("INSERT INTO student_classroom (student_id, class_id) VALUES (%s, %s)",
                         (school.students["student_b"], school.classes["8A"]))
        # ... and the correction function tells them nothing about the answer
        with pytest.raises(NotFound):
            AttemptService(staff_db).correct(attempt, correct=not was, reason="not my school")
    assert snapshot(db_url, south) == before
    # South High's own admin corrects it (the legitimate path for that school)
    out = AttemptService(connect_as("admin_b")).correct(attempt, correct=not was, reason="appeal upheld")
    assert out["old"]["correct"] is was and out["new"]["correct"] is (not was)


def test_no_client_role_may_write_results_and_security_check_says_so(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT r.rolname, t.tbl, p.priv FROM pg_roles r "
            "CROSS JOIN (VALUES ('public.exam_sessions'), ('public.attempts')) t(tbl) "
            "CROSS JOIN (VALUES ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE')) p(priv) "
            "WHERE r.rolname IN ('dreamseed_client', 'dreamseed_student', 'dreamseed_staff') "
            "AND (has_table_privilege(r.oid, t.tbl, p.priv) OR (p.priv IN ('INSERT', 'UPDATE') "
            "     AND has_any_column_privilege(r.oid, t.tbl, p.priv)))").fetchall()
        assert rows == []
        policies = conn.execute("SELECT polname FROM pg_policy WHERE polrelid IN "
                                "('exam_sessions'::regclass, 'attempts'::regclass) AND polcmd <> 'r' "
                                "AND polname <> 'owner_all'").fetchall()
        assert policies == []
        assert not [p for p in isolation_problems(conn) if "results" in p]
        # a grant put back by hand (e.g. an old hardening script re-run) is reported
        conn.execute("GRANT UPDATE (theta) ON exam_sessions TO dreamseed_client")
        conn.execute("GRANT INSERT ON attempts TO dreamseed_staff")
        found = [p for p in isolation_problems(conn) if "results" in p]
        assert any("exam_sessions" in p and "dreamseed_client" in p for p in found)
        assert any("attempts" in p and "dreamseed_staff" in p for p in found)
