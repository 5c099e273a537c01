"""Exam rules the server enforces whatever the client sends (issue 12), each beside its legal path."""
from __future__ import annotations

import time
import uuid

import psycopg
import pytest

from dreamseed_desktop.db.roles import STAFF_ROLE
from dreamseed_desktop.services.core.errors import Conflict
from dreamseed_desktop.services.exams.api import ExamApi, ExamPaused
from dreamseed_desktop.services.exams.proctor import ProctorService
from tests.fixtures.school import School


def _owner(db_url: str, sql: str, params: tuple = ()) -> list[tuple]:
    with psycopg.connect(db_url) as conn:
        cur = conn.execute(sql, params)
        return cur.fetchall() if cur.description else []


def _attempts(db_url: str, sid: int) -> list[tuple]:
    return _owner(db_url, "SELECT seq, selected_choice FROM attempts WHERE exam_session_id = %s ORDER BY seq",
                  (sid,))


def test_no_new_answer_while_the_student_has_suspended(school: School, connect_as, db_url: str) -> None:
    api = ExamApi(connect_as("student1"))
    sid = api.start(school.exams["quiz_a"]).session_id
    item = api.next_item(sid)
    assert api.suspend(sid).status == "suspended"
    with pytest.raises(ExamPaused):                       # the clock is stopped: no answers
        api.submit(sid, item.seq, item.item_id, 2, 900, uuid.uuid4())
    assert _attempts(db_url, sid) == []
    # legitimate path: reopening the exam resumes it, and the same item can be answered
    assert api.start(school.exams["quiz_a"]).status == "in_progress"
    assert api.next_item(sid) == item
    assert api.submit(sid, item.seq, item.item_id, 2, 900, uuid.uuid4()).accepted
    assert _attempts(db_url, sid) == [(1, 2)]


def test_no_new_answer_while_the_proctor_has_paused(school: School, connect_as, db_url: str) -> None:
    api = ExamApi(connect_as("student1"))
    sid = api.start(school.exams["quiz_a"]).session_id
    first = api.next_item(sid)
    u1 = uuid.uuid4()
    api.submit(sid, first.seq, first.item_id, 1, 900, u1)
    second = api.next_item(sid)
    proctor = ProctorService(connect_as("teacher1"))
    proctor.pause(sid, "fire drill")
    with pytest.raises(ExamPaused):
        api.submit(sid, second.seq, second.item_id, 3, 900, uuid.uuid4())
    with pytest.raises(ExamPaused):
        api.finish(sid)
    # a replay of an answer stored before the pause still gets its stored outcome
    replay = api.submit(sid, first.seq, first.item_id, 1, 900, u1)
    assert replay.accepted and replay.replayed
    assert _attempts(db_url, sid) == [(1, 1)]
    # legitimate path: after the proctor resumes, the journalled answer goes through
    proctor.resume(sid)
    assert api.submit(sid, second.seq, second.item_id, 3, 900, uuid.uuid4()).accepted
    assert _attempts(db_url, sid) == [(1, 1), (2, 3)]


def _pause_for(db_url: str, sid: int, minutes: int) -> None:
    """Pretend the session was suspended ``minutes`` ago (time passes without waiting)."""
    _owner(db_url, "UPDATE exam.session_state SET paused_at = now() - make_interval(mins => %s) "
                   "WHERE session_id = %s", (minutes, sid))


def test_resume_never_moves_the_deadline_past_closing_time(school: School, connect_as, db_url: str) -> None:
    exam_id = school.exams["quiz_a"]
    _owner(db_url, "UPDATE exams SET closes_at = now() + interval '30 minutes', cat_config = cat_config || "
                   "'{\"time_limit_seconds\": 1200}' WHERE id = %s", (exam_id,))
    api = ExamApi(connect_as("student1"))
    state = api.start(exam_id)
    closes = _owner(db_url, "SELECT closes_at FROM exams WHERE id = %s", (exam_id,))[0][0]
    api.suspend(state.session_id)
    _pause_for(db_url, state.session_id, 25)              # 20 min limit + 25 min pause > closing
    resumed = api.start(exam_id)
    assert resumed.status == "in_progress"
    assert resumed.deadline_at == closes
    assert _owner(db_url, "SELECT deadline_at FROM exam_sessions WHERE id = %s",
                  (state.session_id,))[0][0] == closes
    # after closing time a resume ends the sitting by the clock instead of granting more time
    api.suspend(state.session_id)
    _owner(db_url, "UPDATE exams SET closes_at = now() - interval '1 minute' WHERE id = %s", (exam_id,))
    over = api.start(exam_id)
    assert over.status == "completed" and over.stop_reason == "time_limit"


def test_resume_moves_the_deadline_by_the_pause_when_the_exam_stays_open(school: School, connect_as,
                                                                        db_url: str) -> None:
    exam_id = school.exams["quiz_a"]
    _owner(db_url, "UPDATE exams SET closes_at = now() + interval '1 day', cat_config = cat_config || "
                   "'{\"time_limit_seconds\": 1200}' WHERE id = %s", (exam_id,))
    api = ExamApi(connect_as("student1"))
    state = api.start(exam_id)
    api.suspend(state.session_id)
    _pause_for(db_url, state.session_id, 10)
    resumed = api.start(exam_id)
    moved = (resumed.deadline_at - state.deadline_at).total_seconds()
    assert 599 <= moved <= 605                            # the 10 minutes paused (+ the seconds passed)
    assert resumed.remaining_sec is not None and resumed.remaining_sec > 1100


@pytest.mark.slow
def test_response_times_come_from_the_server_clock(school: School, connect_as, db_url: str) -> None:
    api = ExamApi(connect_as("student1"))
    sid = api.start(school.exams["quiz_a"]).session_id
    claims = (600_000, 1, 0)                              # "10 minutes", "1 ms", "0 ms"
    waits = (0.0, 0.35, 0.0)
    for claim, wait in zip(claims, waits):
        item = api.next_item(sid)
        time.sleep(wait)
        api.submit(sid, item.seq, item.item_id, 1, claim, uuid.uuid4())
    rows = _owner(db_url, "SELECT response_time_ms, server_response_ms FROM attempts WHERE exam_session_id = %s "
                          "ORDER BY seq", (sid,))
    assert [r[0] for r in rows] == list(claims)           # the client's figure is kept, as advisory
    server = [r[1] for r in rows]
    assert server[0] < 60_000                             # not the claimed 10 minutes
    assert server[1] >= 350                               # the real wait, whatever the client says
    live = {r.session_id: r for r in ProctorService(connect_as("teacher1")).live_sessions(school.exams["quiz_a"])}
    assert live[sid].mean_response_ms_last5 == pytest.approx(sum(server) / 3)
    # a proctor pause is not counted as thinking time
    item = api.next_item(sid)
    proctor = ProctorService(connect_as("teacher1"))
    proctor.pause(sid, "x")
    _pause_for(db_url, sid, 30)
    proctor.resume(sid)
    api.submit(sid, item.seq, item.item_id, 1, 10, uuid.uuid4())
    last = _owner(db_url, "SELECT server_response_ms FROM attempts WHERE exam_session_id = %s ORDER BY seq DESC "
                          "LIMIT 1", (sid,))[0][0]
    assert last < 60_000


def test_proctor_extend_never_moves_the_deadline_past_closing_time(school: School, connect_as, raw_client,
                                                                   db_url: str) -> None:
    exam_id = school.exams["quiz_a"]
    _owner(db_url, "UPDATE exams SET closes_at = date_trunc('second', now()) + interval '30 minutes', "
                   "cat_config = cat_config || '{\"time_limit_seconds\": 1200}' WHERE id = %s", (exam_id,))
    closes = _owner(db_url, "SELECT closes_at FROM exams WHERE id = %s", (exam_id,))[0][0]
    sid = ExamApi(connect_as("student1")).start(exam_id).session_id
    teacher = connect_as("teacher1")
    proctor = ProctorService(teacher)
    # legitimate path: extra time inside the exam's window is given in full
    first = _owner(db_url, "SELECT deadline_at FROM exam_sessions WHERE id = %s", (sid,))[0][0]
    assert (proctor.extend_time(sid, 5) - first).total_seconds() == 300
    # more than the window allows: up to the closing time, never past it (also through raw SQL)
    conn = raw_client(teacher.identity.token, role=STAFF_ROLE)
    assert conn.execute("SELECT exam.proctor_extend(%s, 600)", (sid,)).fetchone()[0] == closes
    assert _owner(db_url, "SELECT deadline_at FROM exam_sessions WHERE id = %s", (sid,))[0][0] == closes
    assert _owner(db_url, "SELECT deadline_at FROM exam.session_state WHERE session_id = %s", (sid,))[0][0] == closes
    details = _owner(db_url, "SELECT details FROM audit_log WHERE action = 'proctor.extend_time' ORDER BY id")
    assert [d[0]["capped_at_closing"] for d in details] == [False, True]
    # already at the closing time: refused with a clear message, nothing changes, nothing audited
    with pytest.raises(Conflict, match="move the exam's closing time first"):
        proctor.extend_time(sid, 1)
    assert _owner(db_url, "SELECT deadline_at, version FROM exam_sessions WHERE id = %s", (sid,))[0][0] == closes
    assert len(_owner(db_url, "SELECT 1 FROM audit_log WHERE action = 'proctor.extend_time'")) == 2
    # the teacher moves the closing time (their exam setting): then extra time is possible again
    _owner(db_url, "UPDATE exams SET closes_at = closes_at + interval '1 hour' WHERE id = %s", (exam_id,))
    assert (proctor.extend_time(sid, 10) - closes).total_seconds() == 600
