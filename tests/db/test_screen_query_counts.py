"""Each list screen loads in a bounded number of statements, whatever the number of rows.

The data calls of the people, classes, results and proctor screens are made as a signed-in
admin through the client role, before and after the school grows (more people, classes,
enrolled students and sittings); statements are counted on the engine with a SQLAlchemy
``before_cursor_execute`` listener. (The statistics screen's classes tab: tests/db/stats/
test_overview.py.) Every unit of work adds its own two statements (the token, and SET
TRANSACTION READ ONLY for reads), counted here too.
"""
from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest

from dreamseed_desktop.services.classes.service import ClassService
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.proctor import ProctorService
from dreamseed_desktop.services.exams.results import ExamResultsService
from dreamseed_desktop.services.people.service import PeopleService
from tests.fixtures.school import School
from tests.fixtures.statements import counting


def _sit(conn: psycopg.Connection, student: int, klass: int, exam: int, n: int) -> None:
    sid = conn.execute("INSERT INTO exam_sessions (student_id, class_id, exam_id, exam_type, status, "
                       "started_at, ended_at, theta, standard_error) VALUES (%s, %s, %s, 'formative', "
                       "'completed', now() - interval '1 hour', now(), 0.1, 0.3) RETURNING id",
                       (student, klass, exam)).fetchone()[0]
    items = conn.execute("SELECT id FROM items ORDER BY id LIMIT %s", (n,)).fetchall()
    for seq, (item,) in enumerate(items, start=1):
        conn.execute("INSERT INTO attempts (student_id, exam_session_id, item_id, seq, correct) "
                     "VALUES (%s, %s, %s, %s, %s)", (student, sid, item, seq, seq % 2 == 0))


def _grow(owner_url: str, sch: School, n: int) -> None:
    """n more students in class 8A with a finished sitting of quiz_a each, and n more classes."""
    with psycopg.connect(owner_url) as conn:
        for k in range(n):
            uid = conn.execute("INSERT INTO users (organization_id, email, role, name) VALUES "
                               "(%s, %s, 'student', %s) RETURNING id",
                               (sch.org, f"more{k}@school.test", f"More {k}")).fetchone()[0]
            st = conn.execute("INSERT INTO students (user_id, organization_id, grade, student_number) "
                              "SELECT %s, %s, grade, %s FROM students WHERE id = %s RETURNING id",
                              (uid, sch.org, f"M{k}", sch.students["student1"])).fetchone()[0]
            conn.execute("INSERT INTO student_classroom (student_id, class_id) VALUES (%s, %s)",
                         (st, sch.classes["8A"]))
            _sit(conn, st, sch.classes["8A"], sch.exams["quiz_a"], 3)
            conn.execute("INSERT INTO classes (organization_id, teacher_id, name, subject, grade, school_year) "
                         "SELECT %s, %s, %s, 'math', grade, school_year FROM classes WHERE id = %s",
                         (sch.org, sch.teachers["teacher1"], f"X{k}", sch.classes["8A"]))
        conn.commit()


@pytest.mark.parametrize("screen", ["people", "classes", "results", "proctor"])
def test_screen_statement_count_does_not_grow_with_rows(
        db_url: str, school: School, connect_as: Callable[[str | None], Database], screen: str) -> None:
    admin = connect_as("admin")
    exam = school.exams["quiz_a"]
    with psycopg.connect(db_url) as conn:
        _sit(conn, school.students["student1"], school.classes["8A"], exam, 2)
        conn.commit()
    load: dict[str, Callable[[], int]] = {
        "people": lambda: len(PeopleService(admin).list(limit=100).items),
        "classes": lambda: len(ClassService(admin).list()),
        "results": lambda: len(ExamResultsService(admin).results(exam)),
        "proctor": lambda: len(ProctorService(admin).live_sessions(exam)),
    }
    with counting(admin) as before:
        n_before = load[screen]()
    _grow(db_url, school, 25)
    with counting(admin) as after:
        n_after = load[screen]()
    if screen != "proctor":                   # the proctor lists live sittings only
        assert n_after >= n_before + 25
    assert len(after) == len(before), after
    bound = {"people": 4, "classes": 3, "results": 6, "proctor": 3}[screen]
    assert len(after) <= bound, after


def test_exam_list_refresh_is_one_statement(db_url: str, school: School,
                                            connect_as: Callable[[str | None], Database]) -> None:
    """The exams screen refreshes its 응시/완료 counts on a timer: one statement per refresh (plus
    the unit of work's two), however many exams and sittings there are."""
    from dreamseed_desktop.services.exams.admin import ExamAdminService

    admin = ExamAdminService(connect_as("admin"))
    with counting(admin._db) as before:
        first = admin.list_exams()
    with psycopg.connect(db_url) as conn:
        for k in range(15):
            exam = conn.execute("INSERT INTO exams (class_id, title, subject) VALUES (%s, %s, 'math') "
                                "RETURNING id", (school.classes["8A"], f"more {k}")).fetchone()[0]
            _sit(conn, school.students["student1"], school.classes["8A"], exam, 2)
        conn.execute("INSERT INTO exam_kiosk_settings (exam_id, quit_salt, quit_verifier) VALUES (%s, %s, %s)",
                     (school.exams["quiz_a"], "0" * 32, "f" * 64))
        conn.commit()
    with counting(admin._db) as after:
        exams = admin.list_exams()
    assert len(exams) == len(first) + 15
    assert len(after) == len(before) == 3, after
    quiz = next(e for e in exams if e.id == school.exams["quiz_a"])
    assert quiz.has_quit_password and quiz.class_name == "8A"
    assert all((e.n_sessions, e.n_finished) == (1, 1) for e in exams if e.title.startswith("more"))
