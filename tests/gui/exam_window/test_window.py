"""The real test window (qtbot) driven by keyboard against the in-memory exam server."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from dreamseed_desktop.services.exams.admin import hash_quit_password
from dreamseed_desktop.ui.exam_window import QUIT_HASH_SETTING, open_exam_window
from dreamseed_desktop.ui.exam_window.inputs import ExamWindowInputs, settings_quit_hashes
from dreamseed_desktop.ui.exam_window.ports import Phase
from dreamseed_desktop.ui.exam_window.view import ExamWindow
from dreamseed_desktop.ui.workers import TaskRunner
from tests.fixtures.exam_fakes import FakeExamServer


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _open(qtbot, server, journal, tasks, **settings_extra):
    inputs = ExamWindowInputs(api=server, tasks=tasks,
                              quit_hashes=settings_quit_hashes(settings_extra))
    window = open_exam_window(inputs, 1, title="Math check", journal=journal)
    qtbot.addWidget(window)
    return window


def _on_item(window: ExamWindow, n: int) -> bool:
    return (window.stack.currentWidget() is window.item_page
            and window.item_label.text() == f"Question {n}"
            and window.item_page.buttons[0].isEnabled())


def test_kiosk_window_end_to_end(qtbot, journal, tasks) -> None:
    server = FakeExamServer(n_items=3, max_items=3, show_result="correct")
    window = _open(qtbot, server, journal, tasks)
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.isFullScreen()
    qtbot.waitUntil(lambda: _on_item(window, 1), timeout=5000)
    assert "Question 1" in window.item_page.stem.toPlainText()

    qtbot.keyClick(window, Qt.Key.Key_2)
    assert window.item_page.buttons[1].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_Escape)               # never leaves the window
    window.close()                                          # Alt+F4 / window manager
    assert window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _on_item(window, 2), timeout=5000)
    assert window.progress.value() == 333

    server.online = False                                   # the network goes away
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.keyClick(window, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.message_page.title.text() == "Your answer is saved.",
                    timeout=5000)
    assert window.save_label.text() == "Saved on this PC"
    assert len(journal.pending()) == 1
    server.online = True
    qtbot.waitUntil(lambda: _on_item(window, 3), timeout=8000)
    assert journal.pending() == []

    window.item_page.buttons[0].click()                     # mouse works too
    window.item_page.next_button.click()
    qtbot.waitUntil(lambda: window.controller.phase is Phase.FINISHED, timeout=5000)
    assert window.message_page.body.text().startswith("You answered 2 of your 3 items correctly (67% correct).")
    with qtbot.waitSignal(window.closed, timeout=2000):
        window.message_page.button.click()
    assert not window.isVisible()
    assert [a[1] for a in sorted(server.session.answers.values())] == [2, 1, 1]


def test_confirm_step_and_quit_password(qtbot, journal, tasks) -> None:
    server = FakeExamServer(n_items=3, confirm=True)
    window = _open(qtbot, server, journal, tasks, **{QUIT_HASH_SETTING: hash_quit_password("letmeout")})
    qtbot.waitUntil(lambda: _on_item(window, 1), timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_3)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.item_page.confirm_frame.isVisible()
    assert "③" in window.item_page.confirm_label.text()
    qtbot.keyClick(window, Qt.Key.Key_Escape)               # back out of the confirmation
    assert not window.item_page.confirm_frame.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    window.item_page.yes_button.click()
    qtbot.waitUntil(lambda: _on_item(window, 2), timeout=5000)
    assert not window.controller.try_quit("wrong")
    assert window.isVisible()
    with qtbot.waitSignal(window.closed, timeout=2000):
        assert window.controller.try_quit("letmeout")
    assert not window.isVisible()


def test_choice_text_wraps_and_is_escaped(qtbot) -> None:
    from dreamseed_desktop.ui.exam_window.pages import ChoiceButton

    long = ChoiceButton("E", "AB cannot be found from the given facts alone " * 3)
    qtbot.addWidget(long)
    assert long.heightForWidth(300) > long.heightForWidth(3000) >= 48
    plain = ChoiceButton("A", "x < 3 and y > 2")
    qtbot.addWidget(plain)
    assert "x &lt; 3" in plain.label.text()
    rich = ChoiceButton("B", "<span>x<sup>2</sup></span>")
    qtbot.addWidget(rich)
    assert "<sup>2</sup>" in rich.label.text()


def test_kiosk_window_takes_the_front_back(qtbot, journal, tasks) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    window = _open(qtbot, FakeExamServer(n_items=2), journal, tasks)
    qtbot.waitUntil(lambda: _on_item(window, 1), timeout=5000)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=2000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def test_full_disk_shows_call_the_proctor_and_not_saved(qtbot, tmp_path, tasks) -> None:
    """Issue 17: the journal refuses the answer → the real window says so; nothing claims saved."""
    import sqlite3

    from dreamseed_desktop.client.journal import AnswerJournal, ResilientJournal

    class FullDisk(AnswerJournal):
        full = False

        def record(self, **kw):  # type: ignore[no-untyped-def, override]
            if self.full:
                raise sqlite3.OperationalError("database or disk is full")
            return super().record(**kw)

    store = FullDisk(tmp_path / "j.sqlite3")
    journal = ResilientJournal(tmp_path / "j.sqlite3", store=store)
    server = FakeExamServer(n_items=3, max_items=3)
    server.online = True
    window = _open(qtbot, server, journal, tasks)
    qtbot.waitUntil(lambda: _on_item(window, 1), timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_1)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _on_item(window, 2), timeout=5000)
    store.full = True
    server.online = False
    qtbot.keyClick(window, Qt.Key.Key_2)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.message_page.title.text()
                    == "Please raise your hand and call the proctor.", timeout=5000)
    assert "cannot save your answers" in window.message_page.body.text()
    assert window.save_label.text() == "Not saved – call the proctor"
    assert window.controller.phase is Phase.STOPPED
    qtbot.keyClick(window, Qt.Key.Key_3)                    # no new answers taken
    assert window.controller.held.choice == 2
    assert len(store.pending()) == 0 and len(store.entries(77)) == 1   # disk intact: item 1 only
    window.grab().save(str(tmp_path / "journal_failed.png"))
    window.controller._quit_granted = True
    window.close()
    store.close()
