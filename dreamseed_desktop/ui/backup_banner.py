"""The banner an administrator of a one-PC install sees when the automatic backup failed.

The start-up backup runs in the background (``bootstrap.start_scheduled_backup``) and keeps its
outcome on the backup service. :class:`BackupBanner` shows a failure at the top of the main
window — what happened, why, and what to do — with a button that opens File ▸ Backups…; it
disappears when a later backup succeeds. :func:`schedule_failure_text` is the same text for the
Backups dialog.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from dreamseed_desktop.services.maintenance.backups import BackupService, ScheduleOutcome
from dreamseed_desktop.ui.a11y.tones import set_tone
from dreamseed_desktop.ui.i18n import domain_message

#: how often the banner looks whether the start-up backup has finished (no database involved)
POLL_MS = 500


def schedule_failure_text(outcome: ScheduleOutcome) -> str:
    """What happened, why, and what to do, in the user's language."""
    when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(outcome.at.timestamp())),
                              QLocale.FormatType.ShortFormat)
    why = domain_message(outcome.error) if outcome.error is not None else ""
    return (QCoreApplication.translate(
        "BackupBanner", "The automatic backup of %1 failed: %2\nUntil a backup succeeds, the data on this PC "
                        "are not backed up. Open File ▸ Backups…, choose a folder that can be written (for example "
                        "on another disk or a USB stick) and press Back up now.")
            .replace("%1", when).replace("%2", why))


class BackupBanner(QFrame):
    """Signals: open_backups() when the administrator asks for File ▸ Backups…."""

    open_backups = Signal()

    def __init__(self, service: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName("backupBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        set_tone(self, "banner:warning")
        self.text = QLabel()
        self.text.setObjectName("backupBannerText")
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Backups…"))
        self.open_button.setObjectName("backupBannerOpen")
        self.open_button.clicked.connect(self.open_backups)
        self.hide_button = QPushButton(self.tr("Hi&de"))
        self.hide_button.setObjectName("backupBannerHide")
        self.hide_button.setToolTip(self.tr("Hide this notice until DreamSeed starts again"))
        self.hide_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.hide_button)
        self.setAccessibleName(self.tr("Backup problem"))
        self.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)

    def watch(self) -> None:
        """Show the outcome now, or as soon as the start-up backup finishes."""
        self.refresh()
        if self.service.schedule_pending:
            self._timer.start()

    def refresh(self) -> None:
        """Show the banner while the last automatic backup stands failed; hide it otherwise."""
        if self.service.schedule_pending:
            return
        self._timer.stop()
        outcome = self.service.last_schedule
        if outcome is not None and outcome.failed:
            self.text.setText(schedule_failure_text(outcome))
            self.show()
        else:
            self.hide()
