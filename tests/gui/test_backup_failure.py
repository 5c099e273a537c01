"""Issue 17: a failed automatic backup (one-PC install) is shown to the administrator — a banner
at sign-in and a notice in File ▸ Backups…, saying what happened, why and what to do — in
Korean and English; choosing a folder that can be written and backing up clears it. Nothing is
written anywhere while it fails and the database is unchanged."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.bootstrap.backups import backup_folder, start_scheduled_backup
from dreamseed_desktop.config.settings import load_settings
from dreamseed_desktop.db.dump import fingerprint_database
from dreamseed_desktop.services.maintenance.backups import BackupService
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.backup_dialog import BackupDialog
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.main_window import MainWindow
from tests.fixtures.school import Roster

SHOTS = os.environ.get("DREAMSEED_SCREENSHOTS")
TEXTS = {
    "ko": ("자동 백업이 실패했습니다", "경로의 일부가 폴더가 아님", "파일 ▸ 백업…을 열고, 쓸 수 있는 폴더",
           "지금 백업을 누르세요"),
    "en": ("automatic backup of", "a part of the path is not a folder", "Open File ▸ Backups…, choose a folder "
           "that can be written", "press Back up now"),
}


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.mark.slow
@pytest.mark.parametrize("language", ["ko", "en"])
def test_failed_automatic_backup_is_shown_with_what_to_do(qtbot, qapp: QApplication, ctx: AppContext,
                                                          school: Roster, db_url: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    monkeypatch.setenv("DREAMSEED_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("DREAMSEED_BACKUP_DIR", raising=False)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder's parent should be", encoding="utf-8")
    service = BackupService(db_url, blocker / "DreamSeed Backups")      # cannot be created, even by root
    ctx = dataclasses.replace(ctx, services=dataclasses.replace(ctx.services, backups=service))
    before, files_before = fingerprint_database(db_url), _files(tmp_path)
    i18n.install_language(language, qapp)
    try:
        start_scheduled_backup(ctx.runner, service, keep=7)              # what start-up does, in the background
        window = MainWindow(ctx, qsettings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        banner = window.backup_banner
        assert banner is not None
        qtbot.waitUntil(lambda: not service.schedule_pending and banner.isVisible(), timeout=60000)
        text = banner.text.text()
        assert all(part in text for part in TEXTS[language]), text
        assert str(blocker / "DreamSeed Backups") in text                # which folder
        assert service.last_schedule is not None and service.last_schedule.made is None
        assert fingerprint_database(db_url) == before and _files(tmp_path) == files_before   # nothing written
        if SHOTS and language == "ko":
            window.grab().save(str(Path(SHOTS) / "backup_failed_banner_ko.png"))

        banner.open_button.click()                                       # File ▸ Backups… says it too
        dialogs = window.findChildren(BackupDialog, "backupDialog")
        assert len(dialogs) == 1
        dialog = dialogs[0]
        qtbot.waitUntil(lambda: dialog.warning.isVisible(), timeout=10000)
        assert all(part in dialog.warning.text() for part in TEXTS[language])
        if SHOTS and language == "ko":
            dialog.resize(900, 460)
            dialog.grab().save(str(Path(SHOTS) / "backup_failed_dialog_ko.png"))

        good = tmp_path / "USB" / "backups"                              # what to do: another folder, back up
        good.mkdir(parents=True)
        dialog.set_folder(good)
        assert load_settings().extra["backup_folder"] == str(good)       # remembered for the next start
        assert backup_folder(load_settings()) == good
        dialog.back_up_now()
        qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1, timeout=60000)
        qtbot.waitUntil(lambda: not banner.isVisible() and not dialog.warning.isVisible(), timeout=10000)
        assert [b.kind for b in service.list_backups()] == ["manual"]
        assert service.verify(service.list_backups()[0].path).total_rows > 0   # a real, restorable backup
        assert fingerprint_database(db_url) == before
    finally:
        i18n.install_language("en", qapp)


def test_no_banner_when_the_automatic_backup_works_or_for_teachers(qtbot, ctx: AppContext, ctx_for,
                                                                   school: Roster, db_url: str,
                                                                   tmp_path: Path) -> None:
    service = BackupService(db_url, tmp_path / "backups")
    outcome = service.run_schedule(keep=7)
    assert outcome.made is not None and not outcome.failed
    admin = dataclasses.replace(ctx, services=dataclasses.replace(ctx.services, backups=service))
    window = MainWindow(admin, qsettings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.backup_banner is not None and not window.backup_banner.isVisible()
    failing = BackupService(db_url, tmp_path / "backups" / outcome.made.path.name / "x")   # under a file
    assert failing.run_schedule(keep=7).failed
    teacher = ctx_for(school.teacher_email)
    teacher = dataclasses.replace(teacher, services=dataclasses.replace(teacher.services, backups=failing))
    window = MainWindow(teacher, qsettings=QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.backup_banner is None                                  # only administrators see it
