"""Issue 17, the student PC: "saved" only when durable; a failing journal stops the test.

Three kinds of failing disk:

* a fault-injecting journal store (always runs): the real SQLite journal whose writes start
  failing on demand, and the real SQLite journal capped with ``max_page_count`` so SQLite itself
  reports "database or disk is full";
* a real small filesystem that fills up and a read-only mount (tmpfs in a private mount
  namespace through ``unshare``; skipped only where the kernel does not allow it — the
  fault-injecting tests above prove the behaviour regardless).
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dreamseed_desktop.client.journal import AnswerJournal, JournalUnavailable, ResilientJournal
from dreamseed_desktop.services.core.errors import Conflict
from dreamseed_desktop.ui.exam_window.controller import JOURNAL_RETRY_SEC, ExamController
from dreamseed_desktop.ui.exam_window.ports import Notice, Phase, SaveState
from dreamseed_desktop.ui.exam_window.sync import SETTLED_NOTE
from tests.fixtures.exam_fakes import FakeClock, FakeExamServer, QueueRunner, StubView, answer


class FaultyStore(AnswerJournal):
    """The real file journal, with writes that fail like a full disk while ``full`` is set."""

    full = False

    def record(self, **kw):  # type: ignore[no-untyped-def, override]
        if self.full:
            raise sqlite3.OperationalError("database or disk is full")
        return super().record(**kw)


def disk_rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT session_id, seq, item_id, choice, client_uuid FROM answers "
                            "ORDER BY session_id, seq").fetchall()


def checksum(rows: list[tuple[object, ...]]) -> str:
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def start(server, journal, view, clock, runner, alerts=None) -> ExamController:  # type: ignore[no-untyped-def]
    ctl = ExamController(api=server, journal=journal, view=view, scheduler=clock, runner=runner,
                         exam_id=1, user_id=9,
                         journal_alert=None if alerts is None else
                         (lambda sid, kind: alerts.append((sid, kind))))
    ctl.start()
    runner.drain()
    return ctl


def saved_states(view: StubView) -> list[SaveState]:
    return [a[0] for a in view.calls("set_save_state")]


def test_full_disk_stops_the_test_and_never_says_saved_on_this_pc(tmp_path: Path) -> None:
    clock, runner, view = FakeClock(), QueueRunner(), StubView()
    server = FakeExamServer(clock=clock.now, n_items=5, max_items=5)
    store = FaultyStore(tmp_path / "j.sqlite3")
    journal = ResilientJournal(tmp_path / "j.sqlite3", store=store)
    alerts: list[tuple[int, str]] = []
    ctl = start(server, journal, view, clock, runner, alerts)
    answer(ctl, runner, 1)
    answer(ctl, runner, 2)
    before = disk_rows(tmp_path / "j.sqlite3")
    assert len(before) == 2

    server.online = False          # worst case: no server to take the answer either
    store.full = True
    view.log.clear()
    ctl.choose(3)
    ctl.confirm()
    assert ctl.phase is Phase.STOPPED and not journal.healthy
    assert view.last("show_notice") == (Notice.JOURNAL_FAILED,)
    assert view.last("set_input_enabled") == (False,)
    runner.drain()
    assert SaveState.SAVED not in saved_states(view) and SaveState.WAITING not in saved_states(view)
    assert view.last("set_save_state") == (SaveState.NOT_SAVED,)
    # no new answers are taken while the journal fails
    ctl.choose(4)
    ctl.confirm()
    assert ctl.phase is Phase.STOPPED and ctl.held is not None and ctl.held.choice == 3
    assert not ctl.can_close()
    # the disk holds exactly what it held before (nothing half-written)
    assert checksum(disk_rows(tmp_path / "j.sqlite3")) == checksum(before)

    server.online = True           # the server takes the held answer: durable there
    clock.advance(JOURNAL_RETRY_SEC, runner)
    assert view.last("set_save_state") == (SaveState.SAVED,)
    assert server.session.answers[3][1] == 3
    assert ctl.phase is Phase.STOPPED              # still no new answers: the proctor must fix it
    assert alerts == [(77, "journal_unwritable")] and ctl.journal_alerted

    store.full = False             # the proctor freed space: the test goes on by itself
    clock.advance(JOURNAL_RETRY_SEC, runner)
    assert ctl.phase is Phase.ANSWERING and view.last("show_item")[1] == 4
    assert alerts == [(77, "journal_unwritable"), (77, None)]     # the console alert is cleared
    answer(ctl, runner, 1)
    answer(ctl, runner, 1)
    assert ctl.phase is Phase.FINISHED
    assert [server.session.answers[k][1] for k in range(1, 6)] == [1, 2, 3, 1, 1]
    assert [s[1] for s in server.submits] == [1, 2, 3, 4, 5]     # each answer exactly once
    assert journal.pending() == [] and len(disk_rows(tmp_path / "j.sqlite3")) == 5
    store.close()


def test_sqlite_reports_full_disk_and_written_answers_stay(tmp_path: Path) -> None:
    """The real SQLite store, capped so that SQLite itself runs out of pages."""
    path = tmp_path / "cap.sqlite3"
    store = AnswerJournal(path)
    pages = store.pragma("page_count")
    store._conn().execute(f"PRAGMA max_page_count = {int(pages) + 2}")
    journal = ResilientJournal(path, store=store)
    written = []
    with pytest.raises(JournalUnavailable, match="full"):
        for seq in range(1, 10_000):
            written.append(journal.record(session_id=5, seq=seq, item_id=seq, choice=1,
                                          response_time_ms=900, user_id=9))
    assert 0 < len(written) < 9_999 and not journal.healthy
    assert [e.client_uuid for e in journal.pending(5)] == [e.client_uuid for e in written]
    store.close()
    reopened = ResilientJournal(path)            # after a restart every written answer is there
    assert [e.seq for e in reopened.pending(5)] == list(range(1, len(written) + 1))
    assert reopened.healthy


def test_unopenable_journal_refuses_answers(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    journal = ResilientJournal(blocker / "j.sqlite3")
    assert not journal.healthy and journal.pending() == []
    with pytest.raises(JournalUnavailable):
        journal.record(session_id=1, seq=1, item_id=1, choice=2, response_time_ms=None)


def test_answer_of_a_session_finished_on_another_pc_is_settled(tmp_path: Path) -> None:
    """PC A journalled item 3 but crashed before sending; the student finished on PC B."""
    clock = FakeClock()

    class Server(FakeExamServer):
        def start(self, exam_id):  # type: ignore[no-untyped-def]
            if self.session is not None and self.session.status != "in_progress":
                raise Conflict("You have already finished this test.")
            return super().start(exam_id)

    server = Server(clock=clock.now, n_items=5, max_items=5)
    pc_a = AnswerJournal(tmp_path / "pc-a.sqlite3")
    runner_a = QueueRunner()
    ctl_a = start(server, pc_a, StubView(), clock, runner_a)
    answer(ctl_a, runner_a, 1)
    answer(ctl_a, runner_a, 1)
    ctl_a.choose(2)                  # item 3 goes to the journal, the PC dies before sending
    ctl_a.confirm()
    runner_a.queue.clear()
    (lost,) = pc_a.pending(77)
    other_student = pc_a.record(session_id=99, seq=1, item_id=5, choice=1, response_time_ms=1,
                                user_id=10)

    pc_b = AnswerJournal(tmp_path / "pc-b.sqlite3")   # the student moves and finishes there
    view_b, runner_b = StubView(), QueueRunner()
    ctl_b = start(server, pc_b, view_b, clock, runner_b)
    for choice in (4, 4, 4):
        answer(ctl_b, runner_b, choice)
    assert ctl_b.phase is Phase.FINISHED
    server_answers = {k: v[1] for k, v in server.session.answers.items()}
    assert server_answers == {1: 1, 2: 1, 3: 4, 4: 4, 5: 4}

    view_a2, runner_a2 = StubView(), QueueRunner()   # back on PC A, the same student signs in
    start(server, pc_a, view_a2, clock, runner_a2)
    assert [e.client_uuid for e in pc_a.pending()] == [other_student.client_uuid]  # others kept
    (settled,) = [e for e in pc_a.entries(77) if e.client_uuid == lost.client_uuid]
    assert settled.rejected and settled.outcome["note"] == SETTLED_NOTE
    assert {k: v[1] for k, v in server.session.answers.items()} == server_answers  # server wins
    assert view_a2.last("show_notice")[0] is Notice.ERROR   # "already finished", as the server says
    pc_a.close()
    pc_b.close()


# ------------------------------------------------------------------ real filesystems
_CHILD = textwrap.dedent("""
    import json, os, subprocess, sys
    from pathlib import Path
    from dreamseed_desktop.client.journal import JournalUnavailable, ResilientJournal
    mnt = Path(sys.argv[1])
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mnt)], check=True)
    path = mnt / "journal.sqlite3"
    j = ResilientJournal(path)
    written, error = [], ""
    try:
        for seq in range(1, 100000):
            written.append(str(j.record(session_id=3, seq=seq, item_id=seq, choice=2,
                                        response_time_ms=700, user_id=9, ).client_uuid))
    except JournalUnavailable as exc:
        error = str(exc)
    out = {"written": len(written), "error": error, "healthy": j.healthy,
           "pending_full": [str(e.client_uuid) for e in j.pending(3)] == written}
    j.file.close()
    j2 = ResilientJournal(path)            # restart on the still-full disk
    out["pending_restart"] = [str(e.client_uuid) for e in j2.pending(3)] == written
    ro = mnt.parent / "ro"                 # the same folder, mounted read-only
    ro.mkdir()
    subprocess.run(["mount", "--bind", str(mnt), str(ro)], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], check=True)
    j3 = ResilientJournal(ro / "journal.sqlite3")            # read-only folder
    out["ro_healthy"] = j3.healthy
    out["pending_ro"] = [str(e.client_uuid) for e in j3.pending(3)] == written
    try:
        j3.record(session_id=3, seq=999999, item_id=1, choice=1, response_time_ms=1)
        out["ro_record"] = "accepted"
    except JournalUnavailable as exc:
        out["ro_record"] = str(exc)
    print(json.dumps(out))
""")


def test_real_tmpfs_that_fills_up_and_goes_read_only(tmp_path: Path) -> None:
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-rm", "true"], capture_output=True).returncode:
        pytest.skip("no private mount namespace here (the fault-injecting tests cover the logic)")
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    script = tmp_path / "child.py"
    script.write_text(_CHILD)
    proc = subprocess.run([unshare, "-rm", sys.executable, str(script), str(mnt)],
                          capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["written"] > 10 and "full" in out["error"] and out["healthy"] is False
    assert out["pending_full"] and out["pending_restart"]     # written answers replayable
    assert out["ro_healthy"] is False and out["pending_ro"]   # read-only: still replayed
    assert out["ro_record"] != "accepted"
