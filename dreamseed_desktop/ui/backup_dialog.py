"""File ▸ Backups… (administrators of a one-PC install): the backups, back up now, restore.

The list shows the backups in the folder (the automatic daily ones, manual ones, and the safety
copies a restore takes), newest first. *Back up now* writes a manual backup. *Restore…* asks for
confirmation (what will be replaced, by which backup, and that the current data are backed up
first), runs the restore with progress and then signs everyone out: the restored data have their
own accounts and sessions. The service (``ctx.services.backups``) does the work; this dialog
never touches the database.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.config.settings import save_settings
from dreamseed_desktop.services.maintenance.archive import SUFFIX, Manifest
from dreamseed_desktop.services.maintenance.backups import BackupFile, BackupService, RestoreResult
from dreamseed_desktop.ui.a11y.tones import set_tone
from dreamseed_desktop.ui.backup_banner import schedule_failure_text
from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP
from dreamseed_desktop.ui.workers import Failure, Progress

KIND_LABELS = {
    "automatic": QT_TRANSLATE_NOOP("BackupDialog", "Automatic (daily)"),
    "manual": QT_TRANSLATE_NOOP("BackupDialog", "Manual"),
    "before-restore": QT_TRANSLATE_NOOP("BackupDialog", "Before a restore"),
}
STEP_LABELS = {
    "checking": QT_TRANSLATE_NOOP("BackupDialog", "Checking the backup file…"),
    "safety backup": QT_TRANSLATE_NOOP("BackupDialog", "Backing up the current data first…"),
    "restoring": QT_TRANSLATE_NOOP("BackupDialog", "Restoring and comparing every table…"),
    "upgrading": QT_TRANSLATE_NOOP("BackupDialog", "Upgrading the restored data to this version…"),
    "switching": QT_TRANSLATE_NOOP("BackupDialog", "Switching to the restored data…"),
}


def describe_manifest(manifest: Manifest) -> str:
    """When, from where, how much: the facts a person checks before restoring."""
    locale = QLocale()
    from datetime import datetime

    try:
        when = datetime.fromisoformat(manifest.created_at)
        when_text = locale.toString(QDateTime.fromSecsSinceEpoch(int(when.timestamp())),
                                    QLocale.FormatType.ShortFormat)
    except ValueError:
        when_text = manifest.created_at
    return (QCoreApplication.translate("BackupDialog", "Made %1 from %2 (schema revision %3): %4 tables, %5 rows.")
            .replace("%1", when_text)
            .replace("%2", QCoreApplication.translate("BackupDialog", "this PC") if manifest.source == "this PC"
                     else manifest.source)
            .replace("%3", str(manifest.schema_revision)).replace("%4", locale.toString(len(manifest.tables)))
            .replace("%5", locale.toString(manifest.total_rows)))


class BackupDialog(QDialog):
    """Signals: restored(str) after a successful restore, with what to tell the user (the
    window then signs out); backed_up() after a backup was written."""

    restored = Signal(str)
    backed_up = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.services.backups is not None
        self.ctx = ctx
        self.service: BackupService = ctx.services.backups
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 420)
        self.warning = QLabel()
        self.warning.setObjectName("scheduleWarning")
        self.warning.setWordWrap(True)
        set_tone(self.warning, "banner:warning")
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info = QLabel()
        self.info.setObjectName("backupInfo")
        self._describe_folder()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("File")])
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.restore_button.setObjectName("restoreSelected")
        self.restore_button.clicked.connect(self._restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a &file…"))
        self.restore_file_button.clicked.connect(self._restore_from_file)
        self.folder_button = QPushButton(self.tr("&Open folder"))
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.service.folder))))
        self.choose_folder_button = QPushButton(self.tr("&Change folder…"))
        self.choose_folder_button.setObjectName("changeBackupFolder")
        self.choose_folder_button.clicked.connect(self._choose_folder)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_file_button, self.folder_button,
                       self.choose_folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.info)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def _describe_folder(self) -> None:
        self.info.setText(self.tr("Backups of the data on this PC are kept in %1. A backup is made automatically "
                                  "once a day when DreamSeed starts; the newest %2 automatic backups are kept. "
                                  "Copy backups to a USB stick or another PC from time to time: a backup on "
                                  "the same disk is lost with the disk.")
                          .replace("%1", str(self.service.folder)).replace("%2", str(self.ctx.settings.extra.get(
                              "backup_keep", 7))))

    def _show_schedule(self) -> None:
        """The automatic backup's failure, with what to do, until a backup succeeds."""
        outcome = self.service.last_schedule
        failed = outcome is not None and outcome.failed and not self.service.schedule_pending
        if failed and outcome is not None:
            self.warning.setText(schedule_failure_text(outcome))
        self.warning.setVisible(failed)

    # -- list -------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._show_schedule()
        self.ctx.runner.read(self.service.list_backups, self._show, self._failed, owner=self)

    def _show(self, backups: list[BackupFile]) -> None:
        self.list.clear()
        locale = QLocale()
        for backup in backups:
            try:
                size = backup.path.stat().st_size
            except OSError:
                size = 0
            item = QTreeWidgetItem([
                locale.toString(QDateTime.fromSecsSinceEpoch(int(backup.created.timestamp())),
                                QLocale.FormatType.ShortFormat),
                QCoreApplication.translate("BackupDialog", KIND_LABELS.get(backup.kind, backup.kind)),
                locale.formattedDataSize(size), backup.path.name])
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        if not backups:
            self.status.setText(self.tr("There are no backups yet."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

    def _failed(self, failure: Failure) -> None:
        self.status.setText(failure.message)
        messages.show_failure(self, failure)

    # -- actions ----------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        self.status.setText(self.tr("Backing up…"))
        self.ctx.runner.long(lambda _p: self.service.create("manual"), self._backed_up, self._failed,
                             title=self.tr("Backing up"), parent=self, write=False)

    def _backed_up(self, backup: BackupFile) -> None:
        self.status.setText(self.tr("Backup written: %1").replace("%1", str(backup.path)))
        self.reload()
        self.backed_up.emit()

    def _choose_folder(self) -> None:
        """Keep backups in another folder (remembered in the settings; the next automatic and
        manual backups go there)."""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), str(self.service.folder))
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> None:
        self.service.folder = folder
        self.ctx.settings = self.ctx.settings.with_changes(
            extra={**self.ctx.settings.extra, "backup_folder": str(folder)})
        try:
            save_settings(self.ctx.settings)
        except OSError as exc:
            self.status.setText(self.tr("The folder is used until DreamSeed closes; it could not be remembered: "
                                        "%1").replace("%1", exc.strerror or str(exc)))
        else:
            self.status.setText(self.tr("Backups now go to %1. Press Back up now to make one there.")
                                .replace("%1", str(folder)))
        self._describe_folder()
        self.reload()

    def _restore_selected(self) -> None:
        items = self.list.selectedItems()
        if items:
            self.restore(Path(items[0].data(0, Qt.ItemDataRole.UserRole)))

    def _restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup file"), str(self.service.folder),
                                              self.tr("DreamSeed backups (*%1)").replace("%1", SUFFIX))
        if path:
            self.restore(Path(path))

    def restore(self, path: Path) -> None:
        """Check the file, ask, then restore (the confirmation names what is replaced by what)."""
        self.ctx.runner.read(lambda: self.service.inspect(path), lambda m: self._confirm_restore(path, m),
                             self._failed, owner=self)

    def _confirm_restore(self, path: Path, manifest: Manifest) -> None:
        text = (self.tr("Replace ALL data on this PC with this backup?\n\n%1\n%2\n\nThe current data are backed up "
                        "first, so this can be undone. Everyone is signed out afterwards.")
                .replace("%1", path.name).replace("%2", describe_manifest(manifest)))
        if not messages.confirm(self, self.tr("Restore a backup"), text):
            self.status.setText(self.tr("Restore cancelled. Nothing was changed."))
            return

        def work(progress: Progress) -> RestoreResult:
            def say(step: str) -> None:
                progress.report(0, 0, QCoreApplication.translate("BackupDialog", STEP_LABELS.get(step, step)))
            return self.service.restore(path, progress=say)

        self.ctx.runner.long(work, self._restored, self._failed, title=self.tr("Restoring a backup"),
                             parent=self, write=True)

    def _restored(self, result: RestoreResult) -> None:
        text = (self.tr("The backup was restored: %1 tables, %2 rows, every table checked against the backup.")
                .replace("%1", QLocale().toString(result.tables)).replace("%2", QLocale().toString(result.rows)))
        if result.safety_backup is not None:
            text += "\n" + self.tr("The data from before the restore are in %1.").replace(
                "%1", str(result.safety_backup))
        text += "\n\n" + self.tr("Please sign in again.")
        self.status.setText(text)
        self.restored.emit(text)
