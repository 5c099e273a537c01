"""Watch this PC's own database server while the program is open (one-PC install).

Every few seconds a cheap check (is the server's process alive? no query, no network) runs on
the GUI thread. When the server has stopped — killed, crashed, shut down by someone — it is
started again in the background and the user is told what happened in words that fit a PC
without a network; when it cannot be started, the message says what to do. Service calls that
fail meanwhile do the same check themselves (``Database.local_server``), so nothing waits for
the timer.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from dreamseed_desktop.ui.workers import Failure, TaskRunner

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 3000


class ServerWatch(QObject):
    """Signals: healed(str) with "restarted" or "down" after the server was found stopped."""

    healed = Signal(str)

    def __init__(self, is_running: Callable[[], bool], heal: Callable[[], str], runner: TaskRunner,
                 parent: QObject | None = None, *, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._is_running = is_running
        self._heal = heal
        self._runner = runner
        self._healing = False
        self.box: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        if self._healing:
            return
        try:
            running = self._is_running()
        except Exception as exc:  # noqa: BLE001 - a failed check is a stopped server
            log.warning("could not check the database on this PC: %s", exc)
            running = False
        if running:
            return
        self._healing = True
        self._runner.read(self._heal, self._done, self._failed)

    def _failed(self, failure: Failure) -> None:
        log.error("restarting the database on this PC failed: %s", failure.message)
        self._done("down")

    def _done(self, state: object) -> None:
        self._healing = False
        state = str(state)
        if state == "running":
            return
        self.healed.emit(state)
        self._tell(state)

    def _tell(self, state: str) -> None:
        if state == "restarted":
            icon, text = QMessageBox.Icon.Information, self.tr(
                "The database on this PC stopped unexpectedly and has been started again. Everything saved "
                "before is kept; if you were saving something at that moment, check that it was saved.")
        else:
            icon, text = QMessageBox.Icon.Critical, self.tr(
                "The database on this PC has stopped and could not be started again. Close DreamSeed and "
                "start it again; if that does not help, restart the PC.")
        if self.box is not None:
            self.box.close()
        self.box = QMessageBox(icon, self.tr("Database on this PC"), text, QMessageBox.StandardButton.Ok,
                               QApplication.activeWindow())
        self.box.setObjectName("serverWatchBox")
        self.box.open()
