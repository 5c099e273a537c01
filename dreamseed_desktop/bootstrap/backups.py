"""The one-PC install's automatic backups: where they go, how many are kept, and the daily run
started in the background at start-up."""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from dreamseed_desktop.config import paths
from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.services.maintenance.backups import BackupService, ScheduleOutcome

if TYPE_CHECKING:
    from dreamseed_desktop.ui.workers import TaskRunner

log = logging.getLogger(__name__)


def backup_folder(settings: Settings) -> Path:
    """Where this PC's backups go: ``DREAMSEED_BACKUP_DIR``, else the folder an administrator
    chose in File ▸ Backups… (settings ``extra.backup_folder``), else the documents folder."""
    chosen = settings.extra.get("backup_folder")
    if not os.environ.get("DREAMSEED_BACKUP_DIR") and isinstance(chosen, str) and chosen.strip():
        return Path(chosen)
    return paths.backups_dir()


def backup_keep(settings: Settings) -> int:
    """How many automatic backups to keep (settings ``extra.backup_keep``, default 7)."""
    value = settings.extra.get("backup_keep", 7)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else 7


def start_scheduled_backup(runner: TaskRunner, backups: BackupService, *, keep: int) -> None:
    """The one-PC schedule, in the background at start-up: a backup when the newest is older
    than a day (see :meth:`BackupService.run_schedule`). The outcome stays on the service: an
    administrator's main window shows a failure as a banner with what to do, and File ▸
    Backups… shows it too; the program carries on."""
    def done(outcome: ScheduleOutcome) -> None:
        if outcome.made is not None:
            log.info("automatic backup written: %s", outcome.made.path)

    def failed(failure: object) -> None:   # not a domain error: a bug; run_schedule keeps those
        log.warning("automatic backup failed: %s", getattr(failure, "message", failure))

    backups.begin_schedule()
    runner.read(lambda: backups.run_schedule(keep=keep), done, failed)
