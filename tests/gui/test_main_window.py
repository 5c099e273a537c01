"""Role-based navigation: every screen of a role opens; teachers never see admin screens."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from dreamseed_desktop.ui.main_window import MainWindow

ADMIN_ONLY = {"organizations", "people", "classes", "stats", "psychometrics", "audit"}


@pytest.fixture
def qsettings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def open_all(qtbot, window: MainWindow) -> None:
    for key in window.keys():
        window.show_screen(key)
        assert window.current_key() == key
        assert window.current_screen() is window.screens[key]
        assert window.stack.currentWidget().isAncestorOf(window.screens[key])
        # a screen that failed to build would be the "could not be opened" notice
        assert window.screens[key].findChild(QLabel, "placeholderText") is None, key
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not window.ctx.runner.is_busy(), timeout=10000)


@pytest.mark.slow
def test_admin_sees_admin_screens(qtbot, ctx, qsettings):
    window = MainWindow(ctx, qsettings=qsettings)
    qtbot.addWidget(window)
    window.show()
    assert ADMIN_ONLY <= set(window.keys())
    assert "launcher" not in window.keys()
    open_all(qtbot, window)
    assert "test" in window.server_label.text()


@pytest.mark.slow
def test_teacher_navigation(qtbot, ctx_for, school, qsettings):
    ctx = ctx_for(school.teacher_email)
    assert ctx.identity.role == "teacher" and ctx.identity.user_id == school.teacher_user_id
    window = MainWindow(ctx, qsettings=qsettings)
    qtbot.addWidget(window)
    window.show()
    keys = set(window.keys())
    assert not keys & ADMIN_ONLY
    assert {"my_classes", "enrollment", "exams", "results", "items"} <= keys
    open_all(qtbot, window)
    classes = window.screens["my_classes"]
    qtbot.waitUntil(lambda: classes.model.rowCount() == 1)
    assert classes.model.row_at(0).teacher_id == school.teacher_id
    # teachers see no delete button and no answer keys
    assert classes.findChild(object, "deleteButton") is None
    items = window.screens["items"]
    assert items.findChild(object, "retireButton") is None


def test_student_gets_launcher_only(qtbot, ctx_for, school, qsettings):
    ctx = ctx_for("s1@school.kr")
    assert ctx.identity.role == "student" and ctx.identity.user_id == school.student_user_ids[0]
    window = MainWindow(ctx, qsettings=qsettings)
    qtbot.addWidget(window)
    assert window.keys() == ["launcher", "my_results"]


@pytest.mark.slow
def test_window_state_and_last_screen_remembered(qtbot, ctx, qsettings):
    window = MainWindow(ctx, qsettings=qsettings)
    qtbot.addWidget(window)
    window.show()
    window.show_screen("classes")
    window.close()
    again = MainWindow(ctx, qsettings=qsettings)
    qtbot.addWidget(again)
    assert again.current_key() == "classes"
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=10000)


@pytest.mark.slow
def test_language_choice_is_saved_and_offers_restart(qtbot, ctx, qsettings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from dreamseed_desktop.config.settings import load_settings

    monkeypatch.setenv("DREAMSEED_CONFIG_DIR", str(tmp_path))
    window = MainWindow(ctx, qsettings=qsettings)
    qtbot.addWidget(window)
    window.choose_language("ko")
    assert ctx.settings.language == "ko" and load_settings().language == "ko"
    box = window.findChild(QMessageBox)
    assert "restart" in box.text().lower()
    with qtbot.waitSignal(window.restart_requested):
        box.button(QMessageBox.StandardButton.Yes).click()
