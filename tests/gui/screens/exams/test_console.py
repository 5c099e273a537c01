"""Proctor console (qtbot): statuses, alerts, polling without blocking, confirmed actions."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dreamseed_desktop.services.core.errors import Conflict, Unavailable
from dreamseed_desktop.services.exams.proctor import LiveSessionRow
from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.screens.exams.console import ProctorConsole
from dreamseed_desktop.ui.screens.exams.console_logic import classify
from dreamseed_desktop.ui.workers import TaskRunner

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def live(sid: int | None, name: str, status: str, answered: int = 0, idle: float | None = 5,
         mean_ms: float | None = 20000) -> LiveSessionRow:
    return LiveSessionRow(
        session_id=sid, student_id=(sid or 0) + 1000 if sid else hash(name) % 1000,
        student_name=name, student_number=f"{(sid or 0):05d}", status=status, answered=answered,
        theta=None if sid is None else 0.25 * answered - 1, se=None if sid is None else 0.9 / (1 + answered) ** 0.5,
        started_at=None if sid is None else NOW - timedelta(minutes=12),
        last_activity_at=None if idle is None else NOW - timedelta(seconds=idle),
        time_used_sec=None if sid is None else 720.0, deadline_at=None,
        mean_response_ms_last5=mean_ms, n_correct=(2 * answered) // 3)


class FakeProctor:
    def __init__(self) -> None:
        self.rows = [
            live(1, "강민서", "testing", 7),
            live(2, "이도윤", "testing", 4, idle=95),
            live(3, "박서연", "testing", 9, mean_ms=1400),
            live(4, "최하준", "paused", 3),
            live(5, "정지우", "finished", 15),
            live(None, "윤서준", "not_started", idle=None, mean_ms=None),
        ]
        self.calls: list[tuple[str, object]] = []
        self.fail = False
        self.at_closing: set[int] = set()

    def live_sessions(self, exam_id: int) -> list[LiveSessionRow]:
        self.calls.append(("live", exam_id))
        if self.fail:
            raise Unavailable()
        return list(self.rows)

    def pause(self, sid: int, reason: str = "") -> None:
        self.calls.append(("pause", sid))

    def resume(self, sid: int) -> None:
        self.calls.append(("resume", sid))

    def terminate(self, sid: int, reason: str) -> None:
        self.calls.append(("terminate", sid))

    def extend_time(self, sid: int, minutes: int) -> None:
        if sid in self.at_closing:       # as exam.proctor_extend answers (DS409)
            raise Conflict("This student's time already runs until the exam closes. To give more time, "
                           "move the exam's closing time first.")
        self.calls.append(("extend", (sid, minutes)))


class FakeAdmin:
    def server_now(self) -> datetime:
        return NOW


def test_time_left_only_for_running_sessions() -> None:
    row = live(1, "a", "testing")
    running = classify(row.__class__(**{**row.__dict__, "deadline_at": NOW + timedelta(minutes=7)}), NOW)
    assert running.remaining_sec == 420.0
    paused = classify(row.__class__(**{**row.__dict__, "status": "paused",
                                       "deadline_at": NOW + timedelta(minutes=7)}), NOW)
    assert paused.remaining_sec is None


def test_classify_rules() -> None:
    assert classify(live(1, "a", "testing", idle=61), NOW).status == "disconnected"
    assert classify(live(1, "a", "testing", idle=59), NOW).status == "testing"
    assert classify(live(1, "a", "paused", idle=600), NOW).status == "paused"
    fast = classify(live(1, "a", "testing", answered=5, mean_ms=2500), NOW)
    assert fast.alerts == ("fast",)
    assert classify(live(1, "a", "testing", answered=4, mean_ms=900), NOW).alerts == ()
    assert classify(live(1, "a", "finished", answered=9, mean_ms=900), NOW).alerts == ()


@pytest.fixture
def console(qtbot):
    runner = TaskRunner()
    proctor = FakeProctor()
    widget = ProctorConsole(proctor, FakeAdmin(), runner, 7, "중간 점검", poll_ms=60000)
    qtbot.addWidget(widget)
    widget.resize(1000, 420)
    widget.start()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 6, timeout=5000)
    yield widget, proctor
    widget.stop()
    runner.shutdown()


def _row_of(widget: ProctorConsole, name: str) -> int:
    return next(r for r in range(widget.model.rowCount())
                if widget.model.row_at(r).live.student_name == name)


def test_console_shows_status_and_alerts(console, qtmodeltester) -> None:
    widget, _ = console
    qtmodeltester.check(widget.model)
    order = [widget.model.row_at(r).live.student_name for r in range(6)]
    assert order[0] == "이도윤"                     # disconnected first
    texts = {widget.model.index(r, 0).data(): widget.model.index(r, 8).data() for r in range(6)}
    assert texts["이도윤"] == "no contact for over a minute"
    assert texts["박서연"] == "answering implausibly fast"
    assert texts["강민서"] == ""
    assert widget.model.index(_row_of(widget, "최하준"), 2).data() == "paused"
    assert "disconnected 1" in widget.summary.text() and "finished 1" in widget.summary.text()


def test_actions_follow_status_and_need_confirmation(console, qtbot, monkeypatch) -> None:
    widget, proctor = console
    widget.view.selectRow(_row_of(widget, "강민서"))
    assert widget.buttons["pause"].isEnabled() and not widget.buttons["resume"].isEnabled()
    monkeypatch.setattr(messages, "ask", lambda *_a: False)
    widget.buttons["pause"].click()
    assert ("pause", 1) not in proctor.calls
    monkeypatch.setattr(messages, "ask", lambda *_a: True)
    widget.buttons["pause"].click()
    qtbot.waitUntil(lambda: ("pause", 1) in proctor.calls, timeout=3000)
    widget.view.selectRow(_row_of(widget, "최하준"))
    assert widget.buttons["resume"].isEnabled() and not widget.buttons["pause"].isEnabled()
    widget.view.selectRow(_row_of(widget, "윤서준"))   # not started: nothing to do for them
    assert not any(b.isEnabled() for k, b in widget.buttons.items() if not k.endswith("_all"))


def test_pause_all_resume_all_and_extend_all(console, qtbot, monkeypatch) -> None:
    """The whole class at once: only the students the action applies to, after one question."""
    from PySide6.QtWidgets import QInputDialog

    widget, proctor = console
    assert all(widget.buttons[k].isEnabled() for k in ("pause_all", "resume_all", "extend_all"))
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda _p, _t, text: asked.append(text) or False)
    widget.buttons["pause_all"].click()
    assert not [c for c in proctor.calls if c[0] == "pause"]          # declined: nothing paused
    monkeypatch.setattr(messages, "ask", lambda _p, _t, text: asked.append(text) or True)
    with qtbot.waitSignal(widget.sessions_changed, timeout=3000):
        widget.buttons["pause_all"].click()
    assert sorted(sid for kind, sid in proctor.calls if kind == "pause") == [1, 2, 3]   # the 3 testing
    assert "3" in asked[-1]
    with qtbot.waitSignal(widget.sessions_changed, timeout=3000):
        widget.buttons["resume_all"].click()
    assert [sid for kind, sid in proctor.calls if kind == "resume"] == [4]              # the paused one
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *_a, **_k: (7, True)))
    with qtbot.waitSignal(widget.sessions_changed, timeout=3000):
        widget.buttons["extend_all"].click()
    assert sorted(v for kind, v in proctor.calls if kind == "extend") == [(1, 7), (2, 7), (3, 7), (4, 7)]


def test_extend_all_goes_on_past_students_at_closing_time(console, qtbot, monkeypatch) -> None:
    """Students whose time already runs to the exam's closing get none (the server refuses); the
    others still get theirs, and the proctor is told how many were skipped and what to do."""
    from PySide6.QtWidgets import QInputDialog

    widget, proctor = console
    proctor.at_closing = {1, 3}
    told: list[str] = []
    monkeypatch.setattr(messages, "inform", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *_a, **_k: (5, True)))
    with qtbot.waitSignal(widget.sessions_changed, timeout=3000):
        widget.buttons["extend_all"].click()
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    assert sorted(v for kind, v in proctor.calls if kind == "extend") == [(2, 5), (4, 5)]
    assert told == ["2 students already had time until the exam closes and got no more. To give more time, "
                    "move the exam's closing time first."]


def test_polling_keeps_selection_and_reports_outage(console, qtbot) -> None:
    widget, proctor = console
    widget.view.selectRow(_row_of(widget, "정지우"))
    n = len(proctor.calls)
    widget.timer.setInterval(30)
    qtbot.waitUntil(lambda: len(proctor.calls) >= n + 3, timeout=5000)
    assert widget.selected().live.student_name == "정지우"
    proctor.fail = True
    qtbot.waitUntil(lambda: widget.banner.isVisibleTo(widget), timeout=5000)
    assert widget.model.rowCount() == 6               # last known table stays
    proctor.fail = False
    qtbot.waitUntil(lambda: not widget.banner.isVisibleTo(widget), timeout=5000)


def test_extend_time_asks_for_minutes(console, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    widget, proctor = console
    widget.view.selectRow(_row_of(widget, "최하준"))          # paused students can get time too
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *_a, **_k: (0, False)))
    widget.buttons["extend"].click()
    assert not [c for c in proctor.calls if c[0] == "extend"]
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *_a, **_k: (10, True)))
    with qtbot.waitSignal(widget.sessions_changed, timeout=3000):
        widget.buttons["extend"].click()
    assert ("extend", (4, 10)) in proctor.calls


def test_polling_pauses_while_hidden(console, qtbot) -> None:
    widget, proctor = console
    widget.show()
    assert widget.timer.isActive()
    widget.hide()
    assert not widget.timer.isActive()
    n = len(proctor.calls)
    widget.show()
    assert widget.timer.isActive()
    qtbot.waitUntil(lambda: len(proctor.calls) > n, timeout=3000)   # refreshed on return
