"""No English in the Korean UI's dialogs: as a teacher and an admin at 1366×768, every button
of every screen that opens a dialog ("…") is pressed and the dialog is walked like the screens
(tests/gui/test_korean_everywhere.py): labels, buttons, tabs, placeholders, headers, tooltips.
File pickers and number prompts answer "cancel" so the walk never blocks."""
from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QPushButton

from dreamseed_desktop.ui.main_window import MainWindow
from tests.gui.test_korean_everywhere import FOREIGN_DATE, english_words, qsettings, school_data, visible_texts  # noqa: F401

#: examples of codes the school types as they are (the subject dialog's "e.g. physics")
CODE_EXAMPLES = {"physics"}


@pytest.mark.slow
@pytest.mark.parametrize("who", ["teacher", "admin"])
def test_no_english_in_any_dialog(qtbot, korean, ctx_for, school, qsettings, who,  # noqa: F811
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (0, False)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    ctx = ctx_for({"admin": school.admin_email, "teacher": school.teacher_email}[who])
    window = MainWindow(ctx, qsettings=qsettings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    data = school_data(school) | CODE_EXAMPLES
    found: list[str] = []
    walked: list[str] = []

    def walk(key: str, button: str) -> None:
        for top in QApplication.topLevelWidgets():
            if top is window or not top.isVisible() or not isinstance(top, (QDialog, QMessageBox)):
                continue
            qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20000)
            QApplication.processEvents()
            walked.append(f"{key}: {button}")
            for where, text in visible_texts(top):
                bad = english_words(text, data) + FOREIGN_DATE.findall(text)
                if bad:
                    found.append(f"{key} [{button}] {type(top).__name__}: {where}: {text!r} → {bad}")
            QTimer.singleShot(0, lambda t=top: shiboken6.isValid(t) and t.reject())

    for key in window.keys():
        window.show_screen(key)
        qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20000)
        QApplication.processEvents()
        screen = window.screens[key]
        for button in [b for b in screen.findChildren(QPushButton)
                       if b.isVisible() and b.isEnabled() and b.text().endswith("…")]:
            label = button.text()
            QTimer.singleShot(1500, lambda k=key, t=label: walk(k, t))
            button.click()
            qtbot.wait(1800)
            for top in QApplication.topLevelWidgets():
                if shiboken6.isValid(top) and top is not window and top.isVisible() and isinstance(top, QDialog):
                    top.reject()
            qtbot.wait(100)
    expected = ({"my_classes", "exams", "items"} if who == "teacher"
                else {"organizations", "people", "classes", "exams", "items", "subjects"})
    assert {w.split(":")[0] for w in walked} >= expected, walked        # the dialogs were really opened
    assert not found, "\n".join(sorted(set(found)))
