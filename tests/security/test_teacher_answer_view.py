"""Teachers see right/wrong, never the option chosen (which beside right/wrong gives away keys
they may not read); the owning school's admin and the student of an ended session see it."""
from __future__ import annotations

import uuid

import psycopg
import pytest

from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.exams.results import ExamResultsService
from tests.fixtures.school import School


@pytest.fixture
def sitting(school: School, connect_as) -> int:
    api = ExamApi(connect_as("student1"))
    state = api.start(school.exams["quiz_a"])
    for _ in range(8):
        item = api.next_item(state.session_id)
        if item is None:
            break
        api.submit(state.session_id, item.seq, item.item_id, 3, 1200, uuid.uuid4())
    api.finish(state.session_id)
    return state.session_id


def test_teacher_cannot_pair_choices_with_correctness(school: School, sitting: int, raw_client, connect_as) -> None:
    teacher = raw_client(connect_as("teacher1").identity.token, role="dreamseed_staff")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        teacher.execute("SELECT selected_choice, correct FROM attempts")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        teacher.execute("SELECT * FROM attempts")
    assert teacher.execute("SELECT * FROM exam.attempt_choices(%s)", (sitting,)).fetchall() == []
    with pytest.raises(psycopg.errors.InsufficientPrivilege):     # nor by filtering on it
        teacher.execute("SELECT count(*) FROM attempts WHERE selected_choice = 3 AND correct")
    # legitimate path: right/wrong and θ per answer in the results screen's record
    record = ExamResultsService(connect_as("teacher1")).session_record(sitting)
    assert len(record.items) == 8 and all(i.selected_choice is None for i in record.items)
    assert {i.correct for i in record.items} <= {True, False}


def test_admin_and_the_student_see_the_choices(school: School, sitting: int, connect_as, raw_client) -> None:
    record = ExamResultsService(connect_as("admin")).session_record(sitting)
    assert [i.selected_choice for i in record.items] == [3] * 8
    student = raw_client(connect_as("student1").identity.token)
    assert [c for _, c in student.execute("SELECT * FROM exam.attempt_choices(%s)", (sitting,)).fetchall()] == [3] * 8
    other = raw_client(connect_as("student2").identity.token)
    assert other.execute("SELECT * FROM exam.attempt_choices(%s)", (sitting,)).fetchall() == []
    admin_b = raw_client(connect_as("admin_b").identity.token, role="dreamseed_staff")
    assert admin_b.execute("SELECT * FROM exam.attempt_choices(%s)", (sitting,)).fetchall() == []
