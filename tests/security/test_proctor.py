"""Proctor functions: teacher of the class (or admin) only; pause/resume/extend/terminate audited."""
from __future__ import annotations

import uuid

import psycopg
import pytest

from dreamseed_desktop.services.core.errors import NotFound, ValidationError
from dreamseed_desktop.services.exams.api import ExamApi, ExamPaused
from dreamseed_desktop.services.exams.proctor import ProctorService
from tests.fixtures.school import School


def _set_time_limit(db_url: str, exam_id: int, seconds: int) -> None:
    with psycopg.connect(db_url) as conn:
        conn.execute("UPDATE exams SET cat_config = cat_config || jsonb_build_object('time_limit_seconds', %s) "
                     "WHERE id = %s", (seconds, exam_id))


@pytest.mark.slow
def test_live_view_and_controls(school: School, connect_as, db_url: str) -> None:
    _set_time_limit(db_url, school.exams["quiz_a"], 1200)
    student = ExamApi(connect_as("student1"))
    sid = student.start(school.exams["quiz_a"]).session_id
    item = student.next_item(sid)
    student.submit(sid, item.seq, item.item_id, 1, 4000, uuid.uuid4())
    proctor = ProctorService(connect_as("teacher1"))
    rows = {r.student_id: r for r in proctor.live_sessions(school.exams["quiz_a"])}
    assert set(rows) == {school.students["student1"], school.students["student2"]}
    me = rows[school.students["student1"]]
    assert me.status == "testing" and me.answered == 1 and me.theta is not None and me.se < 1
    # the mean response time is the server's (the client's claimed 4 s is advisory only)
    assert me.mean_response_ms_last5 is not None and me.mean_response_ms_last5 < 4000
    assert me.deadline_at is not None
    assert rows[school.students["student2"]].status == "not_started"

    proctor.pause(sid, "fire drill")
    with pytest.raises(ExamPaused):
        student.next_item(sid)
    state = student.state(sid)
    assert state.status == "suspended" and state.paused
    assert student.start(school.exams["quiz_a"]).paused          # student cannot un-pause
    before = state.deadline_at
    proctor.resume(sid)
    assert student.next_item(sid).seq == 2
    new_deadline = proctor.extend_time(sid, 10)
    assert (new_deadline - before).total_seconds() >= 600
    proctor.terminate(sid, "left the room")
    assert student.next_item(sid) is None and student.state(sid).status == "terminated"
    with psycopg.connect(db_url) as conn:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log WHERE action LIKE 'proctor%%' "
                                              "ORDER BY id")]
    assert actions == ["proctor.pause", "proctor.resume", "proctor.extend_time", "proctor.terminate"]


def test_other_teacher_cannot_proctor(school: School, connect_as) -> None:
    sid = ExamApi(connect_as("student3")).start(school.exams["quiz_b"]).session_id
    other = ProctorService(connect_as("teacher1"))
    with pytest.raises(NotFound):
        other.live_sessions(school.exams["quiz_b"])
    with pytest.raises(NotFound):
        other.pause(sid)
    with pytest.raises(NotFound):
        ProctorService(connect_as("admin_b")).terminate(sid, "x")
    admin = ProctorService(connect_as("admin"))
    with pytest.raises(ValidationError):
        admin.terminate(sid, " ")
    admin.terminate(sid, "admin ended it")


def test_deadline_is_enforced_by_the_server_clock(school: School, connect_as, db_url: str) -> None:
    _set_time_limit(db_url, school.exams["quiz_a"], 600)
    student = ExamApi(connect_as("student2"))
    sid = student.start(school.exams["quiz_a"]).session_id
    item = student.next_item(sid)
    with psycopg.connect(db_url) as conn:   # time passes: the deadline is 2 minutes ago
        conn.execute("UPDATE exam.session_state SET deadline_at = now() - interval '2 minutes' "
                     "WHERE session_id = %s", (sid,))
    late = student.submit(sid, item.seq, item.item_id, 1, 100, uuid.uuid4())
    assert not late.accepted and late.finished
    assert student.state(sid).stop_reason == "time_limit"


def test_student_suspend_and_resume_stops_the_clock(school: School, connect_as, db_url: str) -> None:
    _set_time_limit(db_url, school.exams["quiz_a"], 600)
    student = ExamApi(connect_as("student1"))
    sid = student.start(school.exams["quiz_a"]).session_id
    pending = student.next_item(sid)
    assert student.suspend(sid).status == "suspended"
    with psycopg.connect(db_url) as conn:    # suspended for an hour
        conn.execute("UPDATE exam.session_state SET paused_at = paused_at - interval '1 hour' "
                     "WHERE session_id = %s", (sid,))
    exams = student.my_exams()
    assert exams[0].can_resume and not exams[0].can_start
    state = student.start(school.exams["quiz_a"])
    assert state.status == "in_progress" and state.session_id == sid and state.remaining_sec > 590
    assert student.next_item(sid) == pending                   # the same item, not re-rolled
