"""File ▸ Backups… on a one-PC install: an admin backs up, restores with confirmation and is
signed out; every table is back as it was (rows and md5). Teachers and school-server PCs have no
such menu entry."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from dreamseed_desktop.db.dump import fingerprint_database
from dreamseed_desktop.services.maintenance.backups import BackupService
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.main_window import MainWindow
from tests.fixtures.school import Roster

SHOTS = os.environ.get("DREAMSEED_SCREENSHOTS")


def _window(ctx: AppContext, tmp_path: Path, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, qsettings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def _menu_names(window: MainWindow) -> list[str]:
    return [a.objectName() for a in window.findChildren(type(window.menuBar().actions()[0]))]


@pytest.mark.slow
def test_admin_backs_up_restores_and_is_signed_out(qtbot, qapp: QApplication, ctx: AppContext, school: Roster,
                                                   db_url: str, tmp_path: Path, answer_yes: list[str]) -> None:
    ctx = dataclasses.replace(ctx, services=dataclasses.replace(ctx.services,
                                                                backups=BackupService(db_url, tmp_path / "b")))
    window = _window(ctx, tmp_path, qtbot)
    assert "backupsAction" in _menu_names(window)
    dialog = window.open_backups()
    qtbot.waitUntil(lambda: dialog.status.text() == "There are no backups yet.")
    original = fingerprint_database(db_url)

    dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1, timeout=60000)
    assert dialog.status.text().startswith("Backup written: ")
    assert dialog.list.topLevelItem(0).text(1) == "Manual"

    with psycopg.connect(db_url, autocommit=True) as conn:   # a mistake after the backup
        conn.execute("UPDATE users SET name = 'wrong' WHERE role = 'student'")
    assert fingerprint_database(db_url) != original

    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(window.sign_out_requested, timeout=120000):
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "restoredBox") is not None, timeout=120000)
        box = window.findChild(QMessageBox, "restoredBox")
        assert "every table checked against the backup" in box.text() and "Please sign in again." in box.text()
        box.button(QMessageBox.StandardButton.Ok).click()
    assert len(answer_yes) == 1 and "Replace ALL data on this PC" in answer_yes[0]
    assert "The current data are backed up first" in answer_yes[0]
    assert fingerprint_database(db_url) == original
    kinds = sorted(b.kind for b in ctx.services.backups.list_backups())  # type: ignore[union-attr]
    assert kinds == ["before-restore", "manual"]


def test_no_backup_menu_for_teachers_or_a_school_server(qtbot, ctx: AppContext, ctx_for, school: Roster,
                                                        db_url: str, tmp_path: Path) -> None:
    assert "backupsAction" not in _menu_names(_window(ctx, tmp_path, qtbot))        # server: no service
    teacher = ctx_for(school.teacher_email)
    teacher = dataclasses.replace(teacher, services=dataclasses.replace(
        teacher.services, backups=BackupService(db_url, tmp_path / "b")))
    assert "backupsAction" not in _menu_names(_window(teacher, tmp_path, qtbot))


@pytest.mark.slow
def test_backup_dialog_korean_screenshot(qtbot, qapp: QApplication, ctx: AppContext, school: Roster,
                                         db_url: str, tmp_path: Path) -> None:
    service = BackupService(db_url, tmp_path / "DreamSeed Backups")
    from datetime import UTC, datetime, timedelta

    service.create("manual", now=datetime.now(UTC) - timedelta(days=2))
    assert service.backup_if_due() is not None
    i18n.install_language("ko", qapp)
    try:
        ctx = dataclasses.replace(ctx, services=dataclasses.replace(ctx.services, backups=service))
        window = _window(ctx, tmp_path, qtbot)
        dialog = window.open_backups()
        qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 2, timeout=20000)
        assert dialog.windowTitle() == "백업"
        assert dialog.backup_button.text() == "지금 백업(&B)"
        assert {dialog.list.topLevelItem(i).text(1) for i in range(2)} == {"수동", "자동(매일)"}
        dialog.resize(900, 420)
        shot = dialog.grab()
        assert not shot.isNull()
        if SHOTS:   # DREAMSEED_SCREENSHOTS=docs/screenshots refreshes the picture
            shot.save(str(Path(SHOTS) / "backup_dialog_ko.png"))
    finally:
        i18n.install_language("en", qapp)
