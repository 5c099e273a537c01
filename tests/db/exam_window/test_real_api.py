"""The exam window's controller against the real exam API on the embedded database.

Includes the crash test: a client process is killed (SIGKILL) right after journalling an
answer; a new client on the same PC replays it, and a client on another PC resumes at the
exact pending item. No answer is lost or duplicated.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from dreamseed_desktop.client.journal import AnswerJournal
from dreamseed_desktop.db.roles import STUDENT_ROLE, client_url
from dreamseed_desktop.services.core.errors import Unavailable
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.exams.presence import ExamPresence
from dreamseed_desktop.services.exams.proctor import ProctorService
from dreamseed_desktop.ui.exam_window.controller import ExamController
from dreamseed_desktop.ui.exam_window.ports import Notice, Phase
from tests.db.exam_window.crash_client import choice_for
from tests.fixtures.exam_fakes import FakeClock, QueueRunner, StubView, answer
from tests.fixtures.school import PASSWORD, email

ROOT = Path(__file__).resolve().parents[3]


class FlakyApi:
    """Real ExamApi behind a switch: ``down`` raises Unavailable before the call,
    ``lose_ack`` performs a submit and then raises Unavailable (reply lost)."""

    def __init__(self, api: ExamApi) -> None:
        self.api, self.down, self.lose_ack = api, False, False

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        target = getattr(self.api, name)

        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            if self.down:
                raise Unavailable()
            result = target(*args, **kwargs)
            if name == "submit" and self.lose_ack:
                raise Unavailable()
            return result
        return call


def client(db, journal: AnswerJournal, exam_id: int, api=None, **kw):  # type: ignore[no-untyped-def]
    view, runner, clock = StubView(), QueueRunner(), FakeClock()
    ctl = ExamController(api=api or ExamApi(db), journal=journal, view=view, scheduler=clock,
                         runner=runner, exam_id=exam_id, user_id=db.identity.user_id, **kw)
    ctl.start()
    runner.drain()
    return ctl, view, runner, clock


def server_answers(db_url: str, session_id: int) -> list[tuple[int, int, int, str]]:
    with psycopg.connect(db_url) as conn:
        return [(seq, item, choice, str(u)) for seq, item, choice, u in conn.execute(
            "SELECT seq, item_id, selected_choice, client_uuid FROM attempts "
            "WHERE exam_session_id = %s ORDER BY seq", (session_id,)).fetchall()]


@pytest.mark.slow
def test_kill_mid_exam_then_resume_on_same_and_other_pc(school, db_url, client_engine_url,
                                                         connect_as, tmp_path) -> None:
    exam = school.exams["quiz_a"]
    journal_a = tmp_path / "pc-a.sqlite3"
    lab_pc_url = client_url(client_engine_url, role=STUDENT_ROLE)      # a student sits at a lab PC
    proc = subprocess.run(
        [sys.executable, "-m", "tests.db.exam_window.crash_client", lab_pc_url, email("student1"),
         PASSWORD, str(journal_a), str(exam), "3"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    pending = json.loads(proc.stdout.strip().splitlines()[-1])
    sid = pending["session_id"]
    assert [a[0] for a in server_answers(db_url, sid)] == [1, 2, 3]      # the 4th never left PC A
    (journalled,) = AnswerJournal(journal_a).pending(sid)               # but it survived the kill
    assert (journalled.seq, journalled.item_id) == (4, pending["item_id"])

    # another PC (empty journal) while PC A is still off: the same pending item comes back
    db_b = connect_as("student1")
    journal_b = AnswerJournal(tmp_path / "pc-b.sqlite3")
    ctl_b, view_b, _, _ = client(db_b, journal_b, exam)
    assert ctl_b.item.seq == 4 and ctl_b.item.item_id == pending["item_id"]
    assert view_b.last("set_progress")[0] == 3
    db_b.engine.dispose()

    # PC A restarts: the journal replays answer 4 before anything is shown, then item 5
    db_a = connect_as("student1")
    ctl_a, view_a, runner_a, clock_a = client(db_a, AnswerJournal(journal_a), exam)
    assert ctl_a.item.seq == 5
    stored = server_answers(db_url, sid)
    assert stored[3] == (4, pending["item_id"], choice_for(4), str(journalled.client_uuid))
    while ctl_a.phase is not Phase.FINISHED:
        clock_a.advance(3.0)
        answer(ctl_a, runner_a, choice_for(ctl_a.item.seq))
    stored = server_answers(db_url, sid)
    assert [s[0] for s in stored] == list(range(1, 9))
    assert [s[2] for s in stored] == [choice_for(k) for k in range(1, 9)]
    journal_entries = AnswerJournal(journal_a).entries(sid)
    assert {str(e.client_uuid) for e in journal_entries} == {s[3] for s in stored}
    assert AnswerJournal(journal_a).pending() == []
    (result,) = view_a.last("show_finished")
    assert result.status == "completed" and result.answered == 8 and result.n_correct is not None
    assert result.percent_correct == round(100 * result.n_correct / 8, 1)


def test_outage_and_lost_ack_against_real_submit(school, db_url, connect_as, journal) -> None:
    db = connect_as("student2")
    flaky = FlakyApi(ExamApi(db))
    ctl, view, runner, clock = client(db, journal, school.exams["quiz_a"], api=flaky)
    sid = ctl.session_id
    flaky.lose_ack = True                      # stored on the server, reply lost
    answer(ctl, runner, 2)
    assert ctl.phase is Phase.OUTAGE and view.last("show_notice") == (Notice.WAITING_SERVER,)
    flaky.lose_ack, flaky.down = False, True   # then the network is gone for a while
    clock.advance(1.0, runner)
    clock.advance(2.0, runner)
    assert ctl.phase is Phase.OUTAGE and len(journal.pending(sid)) == 1
    flaky.down = False
    clock.advance(4.0, runner)
    assert ctl.phase is Phase.ANSWERING and ctl.item.seq == 2
    assert journal.pending() == [] and journal.entries(sid)[0].outcome["replayed"] is True
    assert [(s[0], s[2]) for s in server_answers(db_url, sid)] == [(1, 2)]


def test_proctor_pause_resume_and_heartbeat(school, db_url, connect_as, journal) -> None:
    db = connect_as("student1")
    ctl, view, runner, clock = client(db, journal, school.exams["quiz_a"],
                                      heartbeat=ExamPresence(db).heartbeat)
    sid = ctl.session_id
    teacher = ProctorService(connect_as("teacher1"))
    with psycopg.connect(db_url) as conn:
        conn.execute("UPDATE exam.session_state SET last_activity_at = now() - interval '5 minutes' "
                     "WHERE session_id = %s", (sid,))
        conn.commit()
    clock.advance(15.0, runner)                 # heartbeat: the console sees the student again
    (row,) = [r for r in teacher.live_sessions(school.exams["quiz_a"]) if r.session_id == sid]
    assert row.status == "testing"
    with psycopg.connect(db_url) as conn:
        age = conn.execute("SELECT now() - last_activity_at FROM exam.session_state "
                           "WHERE session_id = %s", (sid,)).fetchone()[0]
    assert age.total_seconds() < 60
    teacher.pause(sid, "fire drill")
    clock.advance(15.0, runner)
    assert ctl.phase is Phase.PAUSED and view.last("show_notice") == (Notice.PAUSED,)
    ctl.choose(1)                               # frozen
    assert ctl.selected is None
    teacher.resume(sid)
    clock.advance(3.0, runner)
    assert ctl.phase is Phase.ANSWERING and ctl.item.seq == 1
    teacher.terminate(sid, "test of termination")
    clock.advance(15.0, runner)
    assert ctl.phase is Phase.FINISHED and view.last("show_finished")[0].status == "terminated"


def test_heartbeat_is_only_for_own_session(school, connect_as, journal) -> None:
    db = connect_as("student1")
    ctl, *_ = client(db, journal, school.exams["quiz_a"])
    other = ExamPresence(connect_as("student2"))
    from dreamseed_desktop.services.core.errors import NotFound
    with pytest.raises(NotFound):
        other.heartbeat(ctl.session_id)


def test_deadline_passed_on_the_server_ends_the_sitting(school, db_url, connect_as,
                                                        journal) -> None:
    db = connect_as("student2")
    ctl, view, runner, clock = client(db, journal, school.exams["quiz_a"])
    sid = ctl.session_id
    answer(ctl, runner, 3)
    with psycopg.connect(db_url) as conn:          # the server clock runs out (plus any grace)
        for table, key in (("exam.session_state", "session_id"), ("exam_sessions", "id")):
            conn.execute(f"UPDATE {table} SET deadline_at = now() - interval '1 hour' "
                         f"WHERE {key} = %s", (sid,))
        conn.commit()
    answer(ctl, runner, 1)                         # too late: journalled, then settled
    assert ctl.phase is Phase.FINISHED
    (result,) = view.last("show_finished")
    assert result.status == "completed" and result.answered == 1
    assert journal.pending() == []
    late = [e for e in journal.entries(sid) if e.seq == 2]
    assert late and late[0].rejected
