"""One client cannot hurt the others: each attack as a client login role with real tokens,
beside the legitimate path that must keep working."""
from __future__ import annotations

import threading
import time

import psycopg
import pytest

from dreamseed_desktop.cli import main
from dreamseed_desktop.db.client_isolation import TABLE_POWERS, isolation_problems
from dreamseed_desktop.db.roles import ROLE_TIMEOUTS, STAFF_ROLE, STUDENT_ROLE, client_url
from dreamseed_desktop.services.classes.service import ClassService
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.exams.api import ExamApi
from tests.fixtures.school import PASSWORD, School, email

ROLES = (STUDENT_ROLE, STAFF_ROLE)


def _public_tables(conn: psycopg.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') "
        "ORDER BY relname").fetchall()]


# ---- no table-level write powers, so no exclusive table locks ------------------------------------
def test_no_client_role_holds_table_level_write_powers(school: School, db_url: str) -> None:
    with psycopg.connect(db_url) as conn:
        held = conn.execute(
            "SELECT r, c.relname, p FROM pg_class c CROSS JOIN unnest(%s::text[]) r CROSS JOIN unnest(%s::text[]) p "
            "WHERE c.relnamespace IN ('public'::regnamespace, 'auth'::regnamespace, 'exam'::regnamespace) "
            "AND c.relkind = 'r' AND has_table_privilege(r, c.oid, p)",
            (["dreamseed_client", *ROLES], list(TABLE_POWERS))).fetchall()
        assert held == []
        assert isolation_problems(conn) == []


def test_clients_cannot_lock_tables_exclusively(school: School, raw_client, connect_as) -> None:
    staff = raw_client(connect_as("admin").identity.token, role=STAFF_ROLE)
    student = raw_client(connect_as("student1").identity.token, role=STUDENT_ROLE)
    for conn in (staff, student):
        for table in _public_tables(conn):
            for mode in ("ACCESS EXCLUSIVE", "EXCLUSIVE", "SHARE ROW EXCLUSIVE", "SHARE"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    with conn.transaction():
                        conn.execute(f"LOCK TABLE public.{table} IN {mode} MODE")


def test_what_a_client_can_still_lock_does_not_block_sign_in_or_exams(school: School, raw_client,
                                                                      connect_as) -> None:
    """A teacher holds every lock the grants still allow (ROW EXCLUSIVE on tables it may insert
    into, FOR UPDATE on the rows it may change) in an open transaction; students sign in, start
    and answer, and an admin edits another class, meanwhile."""
    teacher = raw_client(connect_as("teacher2").identity.token, role=STAFF_ROLE)
    teacher.execute("BEGIN")
    locked = []
    for table in _public_tables(teacher):
        try:
            teacher.execute("SAVEPOINT s")
            teacher.execute(f"LOCK TABLE public.{table} IN ROW EXCLUSIVE MODE")
            teacher.execute("RELEASE SAVEPOINT s")
            locked.append(table)
        except psycopg.errors.InsufficientPrivilege:
            teacher.execute("ROLLBACK TO SAVEPOINT s")
    teacher.execute("SELECT * FROM public.classes FOR UPDATE")
    teacher.execute("SELECT * FROM public.users FOR UPDATE")   # RLS: only rows it may change (none)
    assert "audit_log" not in locked and "item_stats" not in locked and "classes" in locked
    # results are written only by the server (0017): no lock on them, not even on own classes' rows
    assert "exam_sessions" not in locked and "attempts" not in locked
    for table in ("exam_sessions", "attempts"):
        teacher.execute("SAVEPOINT s")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            teacher.execute(f"SELECT * FROM public.{table} FOR UPDATE")
        teacher.execute("ROLLBACK TO SAVEPOINT s")
    try:
        done = threading.Event()

        def student_day() -> None:
            db = connect_as("student1")
            api = ExamApi(db)
            exams = api.my_exams()
            assert [e.exam_id for e in exams] == [school.exams["quiz_a"]]
            done.set()

        worker = threading.Thread(target=student_day)
        worker.start()
        worker.join(timeout=30)
        assert done.is_set()
        classes = ClassService(connect_as("admin"))
        cls = classes.get(school.classes["8A"])
        assert classes.update(cls.id, cls.version, name="8A renamed").name == "8A renamed"
    finally:
        teacher.execute("ROLLBACK")


# ---- audit rows are the server's ------------------------------------------------------------------
def test_clients_cannot_forge_audit_rows(school: School, raw_client, connect_as, db_url: str) -> None:
    student = raw_client(connect_as("student1").identity.token)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        student.execute("INSERT INTO audit_log (actor_user_id, action, object_type, object_id, affected_user_ids) "
                        "VALUES (%s, 'proctor.terminate', 'exam_session', '1', to_jsonb(ARRAY[%s]))",
                        (school.users["teacher1"], school.users["student2"]))
    forged = ("proctor.terminate", "exam_session", "1", [school.users["student2"]], None, '{"reason": "cheating"}')
    with pytest.raises(psycopg.Error) as err:
        student.execute("SELECT auth.record_action(%s, %s, %s, %s, %s, %s::jsonb)", forged)
    assert err.value.sqlstate == "DS403"
    teacher = raw_client(connect_as("teacher1").identity.token, role=STAFF_ROLE)
    for action, affected, org in (("proctor.terminate", [school.users["student2"]], None),
                                  ("auth.login", [school.users["student2"]], None),
                                  ("exam_session.suspend", [school.users["student2"]], None),
                                  ("class.update", [school.users["student_b"]], None),
                                  ("class.update", [], school.org_b)):
        with pytest.raises(psycopg.Error) as err:
            teacher.execute("SELECT auth.record_action(%s, 'x', '1', %s, %s, '{}')", (action, affected, org))
        assert err.value.sqlstate == "DS403", action
    # legitimate path: a staff service call is audited by the server, naming the real actor
    db = connect_as("teacher1")
    classes = ClassService(db)
    cls = classes.get(school.classes["8A"])
    classes.update(cls.id, cls.version, name="8A-1")
    with psycopg.connect(db_url) as conn:
        rows = conn.execute("SELECT actor_user_id, action FROM audit_log WHERE action IN "
                            "('class.update', 'proctor.terminate') ORDER BY id").fetchall()
    assert rows == [(school.users["teacher1"], "class.update")]


def test_deletes_go_through_checked_functions(school: School, raw_client, connect_as, db_url: str) -> None:
    teacher = raw_client(connect_as("teacher1").identity.token, role=STAFF_ROLE)
    for sql in ("DELETE FROM student_classroom", "DELETE FROM classes", "TRUNCATE audit_log",
                "DELETE FROM audit_log", "UPDATE audit_log SET action = 'x'"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            teacher.execute(sql)
    # another teacher's class: nothing removed, nothing disclosed
    with pytest.raises(psycopg.Error) as err:
        teacher.execute("SELECT * FROM public.remove_enrollments(%s, %s)",
                        (school.classes["8B"], [school.students["student3"]]))
    assert err.value.sqlstate == "DS404"
    with pytest.raises(psycopg.Error) as err:
        teacher.execute("SELECT public.delete_class(%s)", (school.classes["8A"],))
    assert err.value.sqlstate == "DS403"
    # legitimate path: the teacher removes a student of their own class, audited by the server
    from dreamseed_desktop.services.classes.enrollment import EnrollmentService
    EnrollmentService(connect_as("teacher1")).unenroll(school.students["student2"], school.classes["8A"])
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM student_classroom WHERE class_id = %s",
                            (school.classes["8A"],)).fetchone()[0] == 1
        assert conn.execute("SELECT actor_user_id FROM audit_log WHERE action = 'enrollment.remove'"
                            ).fetchall() == [(school.users["teacher1"],)]


# ---- built-ins that act on other sessions --------------------------------------------------------
def test_builtins_that_act_on_other_sessions_are_refused(school: School, raw_client, connect_as,
                                                         db_url: str) -> None:
    victim = raw_client(connect_as("student2").identity.token)
    victim.execute("SELECT 1")
    victim_pid = victim.info.backend_pid
    attacker = raw_client(connect_as("student1").identity.token)
    for sql in (f"SELECT pg_terminate_backend({victim_pid})", f"SELECT pg_cancel_backend({victim_pid})",
                "SELECT pg_advisory_lock(1)", "SELECT pg_try_advisory_xact_lock(1, 2)",
                "SELECT pg_advisory_unlock_all()", "SELECT pg_notify('x', 'y')",
                "SELECT query FROM pg_stat_activity", "SELECT * FROM pg_stat_get_activity(NULL)",
                "SELECT pg_stat_get_backend_activity(1)"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            attacker.execute(sql)
    assert victim.execute("SELECT 1").fetchone() == (1,)
    # legitimate path: starting an exam (which takes an advisory lock inside the server) works
    assert ExamApi(connect_as("student1")).start(school.exams["quiz_a"]).session_id > 0


# ---- settings a client plants on its own role ----------------------------------------------------
@pytest.mark.slow
def test_planted_role_settings_do_not_break_sign_in_and_check_finds_them(
        school: School, raw_client, connect_as, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    teacher = raw_client(connect_as("teacher1").identity.token, role=STAFF_ROLE)
    student = raw_client(connect_as("student1").identity.token, role=STUDENT_ROLE)
    try:
        teacher.execute("ALTER ROLE dreamseed_staff SET default_transaction_read_only = on")
        teacher.execute("ALTER ROLE dreamseed_staff SET statement_timeout = 0")
        student.execute("ALTER ROLE dreamseed_student SET DateStyle = 'SQL, DMY'")
        student.execute("ALTER ROLE dreamseed_student SET search_path = pg_temp")
        # a plain connection of the role now gets them ...
        plain = raw_client(None, role=STAFF_ROLE)
        assert plain.execute("SHOW default_transaction_read_only").fetchone() == ("on",)
        # ... the app does not: it signs in and writes
        admin = connect_as("admin")
        cls = ClassService(admin).create("2C", 2, subject="math", school_year=2026,
                                          teacher_id=school.teachers["teacher1"])
        assert cls.name == "2C"
        exam = ExamApi(connect_as("student2")).start(school.exams["quiz_a"])
        assert exam.session_id > 0
        assert main(["security", "check", "--database-url", db_url]) == 4
        out = capsys.readouterr().out
        assert "setting planted on dreamseed_staff: default_transaction_read_only=on" in out
        assert "setting planted on dreamseed_staff: statement_timeout=0" in out
        assert "setting planted on dreamseed_student: DateStyle=SQL, DMY" in out
    finally:
        assert main(["security", "check", "--fix", "--database-url", db_url]) == 0
    assert "Security check passed." in capsys.readouterr().out
    fresh = raw_client(None, role=STAFF_ROLE)
    assert fresh.execute("SHOW default_transaction_read_only").fetchone() == ("off",)
    assert fresh.execute("SHOW statement_timeout").fetchone() == ("5min",)


# ---- timeouts ---------------------------------------------------------------------------------------
def test_timeouts_hold_for_client_sessions(school: School, connect_as, raw_client) -> None:
    for key, role in (("student1", STUDENT_ROLE), ("teacher1", STAFF_ROLE)):
        db = connect_as(key)
        with db.engine.connect() as conn:
            shown = {k: conn.exec_driver_sql(f"SHOW {k}").scalar_one() for k in ROLE_TIMEOUTS[role]}
        plain = raw_client(None, role=role)
        plain_shown = {k: plain.execute(f"SHOW {k}").fetchone()[0] for k in ROLE_TIMEOUTS[role]}
        assert shown == plain_shown
        assert all(v not in ("0", "0ms") for v in shown.values()), shown


@pytest.mark.slow
def test_a_client_that_switches_its_timeouts_off_is_ended_at_the_next_sign_in(
        school: School, connect_as, raw_client, db_url: str) -> None:
    stuck = raw_client(connect_as("teacher1").identity.token, role=STAFF_ROLE)
    stuck.execute("SET idle_in_transaction_session_timeout = 0")
    stuck.execute("SET statement_timeout = 0")
    stuck.execute("BEGIN")
    stuck.execute("SELECT * FROM public.classes FOR UPDATE")
    busy = raw_client(connect_as("teacher2").identity.token, role=STAFF_ROLE)   # a normal, short session
    busy.execute("BEGIN")
    with psycopg.connect(db_url, autocommit=True) as owner:
        owner.execute("UPDATE auth.settings SET value = 2 WHERE key = 'reap_idle_seconds'")
    time.sleep(2.5)
    busy.execute("COMMIT")
    AuthService(connect_as(None)).login(email("student3"), PASSWORD)      # the next sign-in reaps
    with pytest.raises(psycopg.OperationalError):
        stuck.execute("SELECT 1")
    assert busy.execute("SELECT 1").fetchone() == (1,)
    with psycopg.connect(db_url) as owner:
        assert owner.execute("SELECT count(*) FROM audit_log WHERE action = 'server.session_ended'"
                             ).fetchone()[0] == 1


# ---- connection limits --------------------------------------------------------------------------------
def test_students_cannot_use_up_the_staff_connections(school: School, client_engine_url: str, db_url: str,
                                                      connect_as) -> None:
    with psycopg.connect(db_url, autocommit=True) as owner:
        limits = dict(owner.execute("SELECT rolname, rolconnlimit FROM pg_roles WHERE rolname = ANY(%s)",
                                    (list(ROLES),)).fetchall())
        budget = owner.execute("SELECT current_setting('max_connections')::int "
                               "- current_setting('superuser_reserved_connections')::int - 10").fetchone()[0]
        assert all(v > 0 for v in limits.values()) and sum(limits.values()) <= budget
        owner.execute("ALTER ROLE dreamseed_student CONNECTION LIMIT 3")
    from sqlalchemy.engine import make_url

    def plain(role: str) -> str:
        return make_url(client_url(client_engine_url, role=role)).set(
            drivername="postgresql").render_as_string(hide_password=False)
    held: list[psycopg.Connection] = []
    try:
        while len(held) < 10:
            try:
                held.append(psycopg.connect(plain(STUDENT_ROLE)))
            except psycopg.OperationalError as exc:
                assert "too many connections for role" in str(exc)
                break
        assert len(held) <= 3
        # staff still get in and sign in
        assert AuthService(connect_as("admin")).current().role == "admin"
    finally:
        for c in held:
            c.close()
        with psycopg.connect(db_url, autocommit=True) as owner:
            owner.execute(f"ALTER ROLE dreamseed_student CONNECTION LIMIT {limits[STUDENT_ROLE]}")
