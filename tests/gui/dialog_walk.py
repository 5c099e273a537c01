"""Open every dialog a staff member can open from a screen (every enabled "…" button of every
screen of the main window) and hand each to a visitor while it is open; file pickers and number
prompts answer "cancel" so nothing blocks. Used by the Korean-text walk and the Tab walk."""
from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QPushButton

from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.main_window import MainWindow

#: the screens whose dialogs each role must have opened (the walk really happened)
EXPECTED = {"teacher": {"my_classes", "exams", "items"},
            "admin": {"organizations", "people", "classes", "exams", "items", "subjects"}}


def answer_cancel(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in (("getSaveFileName", ("", "")), ("getOpenFileName", ("", "")),
                        ("getExistingDirectory", "")):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, _v=value, **k: _v))
    for name, value in (("getInt", (0, False)), ("getItem", ("", False)), ("getText", ("", False))):
        monkeypatch.setattr(QInputDialog, name, staticmethod(lambda *a, _v=value, **k: _v))


def each_dialog(qtbot, window: MainWindow, ctx: AppContext,  # type: ignore[no-untyped-def]
                visit: Callable[[str, str, QDialog], None]) -> list[str]:
    """Call ``visit(screen key, button text, dialog)`` for each dialog the screens open, once
    its data has loaded; returns "key: button" of every dialog visited."""
    walked: list[str] = []

    def visit_open(key: str, button: str) -> None:
        for top in QApplication.topLevelWidgets():
            if top is window or not top.isVisible() or not isinstance(top, QDialog):
                continue
            qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20000)
            QApplication.processEvents()
            walked.append(f"{key}: {button}")
            visit(key, button, top)
            QTimer.singleShot(0, lambda t=top: shiboken6.isValid(t) and t.reject())

    for key in window.keys():
        window.show_screen(key)
        qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20000)
        QApplication.processEvents()
        screen = window.screens[key]
        for button in [b for b in screen.findChildren(QPushButton)
                       if b.isVisible() and b.isEnabled() and b.text().endswith("…")]:
            label = button.text()
            QTimer.singleShot(1500, lambda k=key, t=label: visit_open(k, t))
            button.click()
            qtbot.wait(1800)
            for top in QApplication.topLevelWidgets():
                if shiboken6.isValid(top) and top is not window and top.isVisible() and isinstance(top, QDialog):
                    top.reject()
            qtbot.wait(100)
    return walked


def staff_window(qtbot, ctx_for, school, qsettings, who: str) -> tuple[AppContext, MainWindow]:  # type: ignore[no-untyped-def]
    """The main window of the school's teacher or admin, signed in, at 1366×768."""
    ctx = ctx_for({"admin": school.admin_email, "teacher": school.teacher_email}[who])
    window = MainWindow(ctx, qsettings=qsettings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return ctx, window
