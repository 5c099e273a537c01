"""Keyboard to the end (issue 19): a student who cannot use a mouse takes a whole test.

Every key goes to the widget that has the keyboard focus (``QApplication.focusWidget()``), the
way a real keyboard delivers it; no test here clicks, and none calls a slot or a controller
method to move on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QPushButton, QWidget

from dreamseed_desktop.services.core.errors import Conflict
from dreamseed_desktop.services.core.uow import Identity
from dreamseed_desktop.ui.exam_window import checkin, open_exam_window, run_exam_mode
from dreamseed_desktop.ui.exam_window.checkin import KioskCheckIn
from dreamseed_desktop.ui.exam_window.inputs import ExamWindowInputs
from dreamseed_desktop.ui.exam_window.kiosk import ExamPicker, LabSeat
from dreamseed_desktop.ui.exam_window.ports import Phase
from dreamseed_desktop.ui.exam_window.view import ExamWindow
from dreamseed_desktop.ui.workers import TaskRunner
from tests.fixtures.exam_fakes import FakeExamServer
from tests.gui.exam_window.test_kiosk import KioskServer
from tests.gui.exam_window.zoom_cases import geometry_problems

STUDENT = Identity(token="t", user_id=5, role="student", organization_id=1, name="김민준")


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key press where the keyboard focus is."""
    QTest.keyClick(focus(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focus(), text)


def _when(cond: Callable[[], object], action: Callable[[object], None], log: list[str],
          what: str) -> None:
    """Poll the event loop (nested ``exec`` loops included) until ``cond()`` gives something."""
    def tick() -> None:
        try:
            found = cond()
        except Exception as exc:  # noqa: BLE001 - recorded and asserted by the test
            log.append(f"{what}: {exc!r}")
            return
        if found:
            log.append(what)
            try:
                action(found)
            except Exception as exc:  # noqa: BLE001 - an assertion inside the nested loop
                log.append(f"FAILED in {what}: {exc!r}")
                abort()
        else:
            QTimer.singleShot(20, tick)
    QTimer.singleShot(20, tick)


def abort() -> None:
    """A failed step inside the nested event loops: close every window so that the loop ends
    and the test reports the failure instead of hanging."""
    for w in QApplication.topLevelWidgets():
        if not w.isVisible():
            continue
        if isinstance(w, KioskCheckIn):
            w.quit_requested = True
            w.reject()
        elif isinstance(w, ExamWindow):
            w.close_window()
        elif isinstance(w, QDialog):
            w.reject()


def _top(kind: type) -> QWidget | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible() and w.isActiveWindow()), None)


@pytest.mark.parametrize("zoomed", [False, True], ids=["100%", "200%"])
def test_whole_exam_by_keyboard_sign_in_to_sign_in(qtbot, journal, monkeypatch, zoomed) -> None:
    """…and the same at 200 %: Ctrl++ four times on the first question, every page of the
    sitting checked for clipped or overlapping widgets at that size."""
    monkeypatch.setattr("dreamseed_desktop.client.journal.AnswerJournal", lambda *a, **k: journal)
    server = KioskServer(n_items=3, max_items=3, show_result="correct")
    tasks = TaskRunner()
    steps: list[str] = []
    signed_out: list[bool] = []
    check_ins: list[int] = []

    def login(user: str, password: str) -> Identity:
        assert (user, password) == ("10101", "pw")
        return STUDENT

    def sign_in() -> LabSeat | None:
        check_ins.append(1)
        if any("FAILED" in s or "timed out" in s for s in steps):
            return None
        if len(check_ins) == 1:
            _when(lambda: _top(KioskCheckIn), sign_in_by_keys, steps, "check-in")
        else:
            _when(lambda: _top(KioskCheckIn), back_at_check_in, steps, "check-in again")
        identity = checkin.check_in(login, tasks, language="en", quit_check=lambda p: p == "bye")
        if identity is None:
            return None
        return LabSeat(inputs=ExamWindowInputs(api=server, tasks=tasks), my_exams=server.my_exams,
                       sign_out=lambda: signed_out.append(True))

    def sign_in_by_keys(dialog: object) -> None:
        assert isinstance(dialog, KioskCheckIn)
        assert focus() is dialog.user
        type_text("10101")
        press(Qt.Key.Key_Tab)
        assert focus() is dialog.password
        type_text("pw")
        press(Qt.Key.Key_Return)                      # the default button: Sign in
        _when(lambda: _top(ExamPicker), pick_by_keys, steps, "exam list")

    def pick_by_keys(picker: object) -> None:
        assert isinstance(picker, ExamPicker)
        assert focus() is picker.list
        press(Qt.Key.Key_Down)                        # the first (only startable) exam
        press(Qt.Key.Key_Return)
        _when(lambda: _question(1), answer(1, Qt.Key.Key_2), steps, "question 1")

    def _question(n: int) -> ExamWindow | None:
        window = _top(ExamWindow)
        if (window is not None and window.stack.currentWidget() is window.item_page
                and window.item_label.text() == f"Question {n}"
                and window.item_page.buttons and window.item_page.buttons[0].isEnabled()):
            return window
        return None

    def answer(n: int, key: Qt.Key) -> Callable[[object], None]:
        def act(window: object) -> None:
            assert isinstance(window, ExamWindow)
            press(Qt.Key.Key_Tab)                     # Tab does not walk away from the question
            assert focus() is window
            if zoomed and n == 1:
                for _ in range(4):
                    press(Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
                QTest.keyRelease(focus(), Qt.Key.Key_Control)
                assert window.zoom == 2.0
            if zoomed:
                QApplication.processEvents()
                assert window.zoom == 2.0
                problems = geometry_problems(window)
                assert not problems, problems
                for _ in range(12):                   # the whole question and its answers
                    press(Qt.Key.Key_PageDown)
                last = window.item_page.buttons[-1]
                viewport = window.item_page.scroller.viewport()
                top = last.mapTo(viewport, QPoint(0, 0)).y()
                assert 0 <= top and top + last.height() <= viewport.height()
                press(Qt.Key.Key_Home)
            press(key)
            assert window.item_page.group.checkedId() == int(key) - int(Qt.Key.Key_0)
            press(Qt.Key.Key_Return)
            if n < 3:
                _when(lambda: _question(n + 1), answer(n + 1, Qt.Key.Key_1), steps, f"question {n + 1}")
            else:
                _when(lambda: window.controller is not None
                      and window.controller.phase is Phase.FINISHED and window,
                      end_screen, steps, "end screen")
        return act

    def end_screen(window: object) -> None:
        assert isinstance(window, ExamWindow)
        if zoomed:
            QApplication.processEvents()
            assert window.zoom == 2.0 and not geometry_problems(window), geometry_problems(window)
        done = window.message_page.button
        assert done.isVisible() and done.text() == "Done"
        assert focus() is done, f"Done has no focus ({focus()!r})"
        assert window.focus_ring.isVisible() and window.focus_ring.target is done   # and shows it
        press(Qt.Key.Key_Tab)                         # Tab works again and keeps Done reachable
        press(Qt.Key.Key_Tab)
        assert isinstance(focus(), QPushButton) and focus() is done
        press(Qt.Key.Key_Return)                      # Done

    def back_at_check_in(dialog: object) -> None:
        assert isinstance(dialog, KioskCheckIn)
        assert focus() is dialog.user and dialog.user.text() == ""
        # the password dialog runs inside the shortcut's key press: wait for it first
        _when(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog)
              and QApplication.activeModalWidget(), proctor_password, steps, "proctor password")
        press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)

    def proctor_password(dialog: object) -> None:
        assert isinstance(dialog, QInputDialog)
        type_text("bye")
        press(Qt.Key.Key_Return)

    def watchdog() -> None:
        steps.append("timed out")
        abort()

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(watchdog)
    guard.start(30_000)
    code = run_exam_mode(["dreamseed-desktop", "--exam"], sign_in=sign_in)
    guard.stop()
    tasks.shutdown()
    assert not [s for s in steps if "FAILED" in s or ":" in s or "timed out" in s], steps
    assert steps == ["check-in", "exam list", "question 1", "question 2", "question 3",
                     "end screen", "check-in again", "proctor password"], steps
    assert code == 0
    assert server.session is not None and server.session.status == "completed"
    assert [a[1] for a in sorted(server.session.answers.values())] == [2, 1, 1]
    assert signed_out == [True] and len(check_ins) == 2


class ClosedExamServer(FakeExamServer):
    def start(self, exam_id: int):  # type: ignore[no-untyped-def]
        raise Conflict("The exam is not open.")


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return])
def test_error_screen_back_by_keyboard(qtbot, journal, tasks, key) -> None:
    window = open_exam_window(ExamWindowInputs(api=ClosedExamServer(), tasks=tasks), 1,
                              title="Math", journal=journal)
    qtbot.addWidget(window)
    back = window.message_page.button
    qtbot.waitUntil(lambda: back.isVisible() and QApplication.focusWidget() is back, timeout=5000)
    assert back.text() == "Back"
    press(Qt.Key.Key_Tab)
    assert focus() is back                            # the only control; Tab is not swallowed
    with qtbot.waitSignal(window.closed, timeout=2000):
        press(key)
    assert not window.isVisible()


def test_done_works_when_the_focus_is_on_the_window(qtbot, journal, tasks) -> None:
    window = open_exam_window(ExamWindowInputs(api=FakeExamServer(n_items=1, max_items=1),
                                               tasks=tasks), 1, title="Math", journal=journal)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(window.item_page.buttons)
                    and window.item_page.buttons[0].isEnabled(), timeout=5000)
    press(Qt.Key.Key_1)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.message_page.button.isVisible(), timeout=5000)
    window.setFocus()                                 # e.g. after the proctor's dialog closed
    with qtbot.waitSignal(window.closed, timeout=2000):
        press(Qt.Key.Key_Space)
