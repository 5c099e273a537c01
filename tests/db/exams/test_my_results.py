"""A student's own finished exams, through row-level security as that student, with exactly
what each exam's teacher chose to show (none / number correct / θ)."""
from __future__ import annotations

import psycopg
import pytest

from dreamseed_desktop.services.core.errors import PermissionDenied
from dreamseed_desktop.services.exams.api import ExamApi
from tests.fixtures.school import School


def sit(conn: psycopg.Connection, sch: School, student: str, exam: int, *, status: str = "completed",
        answers: tuple[bool, ...] = (True, False, True, True)) -> None:
    sid = conn.execute("INSERT INTO exam_sessions (student_id, class_id, exam_id, exam_type, status, started_at, "
                       "ended_at, theta, standard_error) VALUES (%s, %s, %s, 'formative', %s, "
                       "now() - interval '1 hour', now(), 0.42, 0.31) RETURNING id",
                       (sch.students[student], sch.classes["8A" if student != "student3" else "8B"], exam,
                        status)).fetchone()[0]
    items = conn.execute("SELECT id FROM items ORDER BY id LIMIT %s", (len(answers),)).fetchall()
    for seq, ((item,), ok) in enumerate(zip(items, answers, strict=True), start=1):
        conn.execute("INSERT INTO attempts (student_id, exam_session_id, item_id, seq, correct) "
                     "VALUES (%s, %s, %s, %s, %s)", (sch.students[student], sid, item, seq, ok))


def test_each_exam_shows_what_its_teacher_chose(db_url: str, two_schools: School, connect_as) -> None:
    sch = two_schools
    with psycopg.connect(db_url) as conn:
        q = conn.execute
        theta_exam = q("INSERT INTO exams (class_id, title, subject, show_result) VALUES (%s, '능력', 'math', "
                       "'theta') RETURNING id", (sch.classes["8A"],)).fetchone()[0]
        hidden = q("INSERT INTO exams (class_id, title, subject, show_result) VALUES (%s, '비공개', 'math', "
                   "'none') RETURNING id", (sch.classes["8A"],)).fetchone()[0]
        ended = q("INSERT INTO exams (class_id, title, subject, show_result) VALUES (%s, '중단', 'math', "
                  "'theta') RETURNING id", (sch.classes["8A"],)).fetchone()[0]
        sit(conn, sch, "student1", sch.exams["quiz_a"])            # quiz_a shows number correct
        sit(conn, sch, "student1", theta_exam)
        sit(conn, sch, "student1", hidden)
        sit(conn, sch, "student1", ended, status="terminated")
        sit(conn, sch, "student2", sch.exams["quiz_a"], answers=(False, False))   # a classmate
        q("INSERT INTO exam_sessions (student_id, class_id, exam_id, exam_type, status) VALUES "
          "(%s, %s, %s, 'formative', 'in_progress')", (sch.students["student1"], sch.classes["8A"], theta_exam))
    mine = {r.title: r for r in ExamApi(connect_as("student1")).my_results()}
    assert set(mine) == {"quiz_a", "능력", "비공개", "중단"}          # own, finished only
    quiz = mine["quiz_a"]
    assert (quiz.show_result, quiz.n_correct, quiz.answered, quiz.percent_correct) == ("correct", 3, 4, 75.0)
    assert quiz.theta is None and quiz.se is None
    ability = mine["능력"]
    assert (ability.theta, ability.se) == (0.42, 0.31) and ability.n_correct is None
    assert all(v is None for v in (mine["비공개"].theta, mine["비공개"].n_correct, mine["비공개"].answered))
    assert mine["중단"].status == "terminated" and mine["중단"].theta is None
    assert mine["quiz_a"].subject == "math" and mine["quiz_a"].class_name == "8A"
    other = ExamApi(connect_as("student2")).my_results()
    assert [(r.title, r.n_correct, r.answered) for r in other] == [("quiz_a", 0, 2)]
    assert ExamApi(connect_as("student_b")).my_results() == []
    with pytest.raises(PermissionDenied):
        ExamApi(connect_as("teacher1")).my_results()
