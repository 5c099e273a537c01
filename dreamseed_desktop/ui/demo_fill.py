"""The demo school's past sittings, taken in the background once the sign-in dialog can show.

A first ``--demo`` start writes the school (accounts, classes, item bank, exams) before the
sign-in dialog, then hands the school's past sittings — hundreds of real adaptive exams through
the exam API — to a :class:`DemoFill`, which takes them on a thread of its own while the user
signs in and looks around. Every demo account can sign in from the start; the statistics screen
and the status bar say that the figures are still being filled in and by how much, and the
screens reload when it is done. Quitting early stops the sittings after the ones in progress;
the next start takes the rest (the seed resumes).

The work itself comes from ``bootstrap`` (``services.demo``): this module only runs it and
reports, in the GUI thread, through Qt signals.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from dreamseed_desktop.config import startup
from dreamseed_desktop.ui.a11y.tones import set_tone

__all__ = ["DemoFill", "FillNotice", "FillWork"]

log = logging.getLogger(__name__)

# ``work(progress, stop) -> complete``: takes the sittings, calls ``progress(done, total)`` after
# each, ends early when ``stop`` is set; True when every sitting was taken
FillWork = Callable[[Callable[[int, int], None], threading.Event], bool]

# the timing line (``config.startup``) written when the last sitting is taken
FILLED = "demo sittings taken"


class DemoFill(QObject):
    """Runs the demo's past sittings on a background thread and reports in the GUI thread.

    Signals (always delivered in the thread this object lives in):
        progressed(int, int): sittings taken so far and the plan's total.
        finished(bool): True when all are taken; False when stopped or failed (the next start
            takes the rest).
    """

    progressed = Signal(int, int)
    finished = Signal(bool)
    _reported = Signal(int, int)
    _ended = Signal(bool)

    def __init__(self, work: FillWork, total: int, done: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.done = done
        self.total = total
        self.running = False
        self.complete = False
        self._reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)
        self._ended.connect(self._on_ended, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        """Begin on a thread of its own (once)."""
        if self._thread is not None:
            return
        self.running = True
        self._thread = threading.Thread(target=self._run, name="demo-sittings")
        self._thread.start()

    def stop(self) -> None:
        """Quitting: end after the sittings in progress and wait for the thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        QCoreApplication.sendPostedEvents(self)   # deliver the last reports while the app exists

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread (tests); True when it has ended."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def status_text(self) -> str:
        """What the statistics and the status bar say while (or after) the sittings are taken."""
        if self.running:
            return self.tr("The demo school's past exams are still being taken in the background "
                           "(%1 of %n sittings): the figures are not complete yet and update when "
                           "it is done.", "", self.total).replace("%1", str(self.done))
        if not self.complete:
            return self.tr("The demo school's past exams were not all taken (%1 of %n sittings); "
                           "the rest are taken at the next start.", "", self.total).replace("%1", str(self.done))
        return ""

    # ------------------------------------------------------------------ worker thread
    def _run(self) -> None:
        complete = False
        try:
            complete = bool(self._work(self._reported.emit, self._stop))
        except Exception:  # reported in the status; the next start resumes
            log.exception("the demo school's past sittings could not all be taken")
        self._ended.emit(complete)

    # ------------------------------------------------------------------ GUI thread
    def _on_reported(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        self.progressed.emit(done, total)

    def _on_ended(self, complete: bool) -> None:
        self.running, self.complete = False, complete
        if complete:
            startup.mark(FILLED)
        self.finished.emit(complete)


class FillNotice(QLabel):
    """The notice a screen of figures (statistics, calibration) shows while the demo's past
    sittings are being taken — how far they are and that the figures are not complete — or,
    when they stopped early, that the rest come at the next start. Hidden otherwise.

    Signals:
        filled(): the sittings ended (the screen reloads its figures).
    """

    filled = Signal()

    def __init__(self, fill: DemoFill | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoFillNotice")
        self.setWordWrap(True)
        set_tone(self, "banner:warning")
        self._fill = fill
        if fill is not None and fill.running:
            fill.progressed.connect(self._progressed)      # methods: disconnected with the widget
            fill.finished.connect(self._ended)
        self._show_state()

    def _show_state(self) -> None:
        text = self._fill.status_text() if self._fill is not None else ""
        self.setText(text)
        self.setVisible(bool(text))

    def _progressed(self, _done: int, _total: int) -> None:
        self._show_state()

    def _ended(self, _complete: bool) -> None:
        self._show_state()
        self.filled.emit()
