"""What the exam controller needs from the outside world, as Qt-free protocols.

* :class:`ExamView` — the passive window. It shows what it is told and forwards the
  student's key presses / clicks to the controller; it holds no logic.
* :class:`Scheduler` — a monotonic clock and one-shot timers (QTimer in the app, a fake
  clock in tests).
* :class:`Runner` — runs a blocking call (network) off the GUI thread and delivers the
  result or the exception back on it (ui/workers in the app, synchronous in tests).
"""
from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, Protocol

from dreamseed_desktop.services.core.errors import DomainError
from dreamseed_desktop.services.exams.api import PendingItem, SessionResult


class SaveState(enum.Enum):
    """The calm indicator in the corner of the window."""

    IDLE = "idle"          # nothing to report (item just shown)
    SAVING = "saving"      # written to the journal, being sent
    SAVED = "saved"        # the server has it
    WAITING = "waiting"    # saved on this PC; the server cannot be reached yet
    OFFLINE = "offline"    # a heartbeat failed while reading; answers will be kept on this PC
    NOT_SAVED = "not_saved"  # this PC could not write the answer and the server has not got it


class Notice(enum.Enum):
    """Full-window messages that replace the item while shown."""

    LOADING = "loading"            # starting / resuming
    WAITING_SERVER = "waiting"     # outage: "Your answer is saved. Waiting for the server…"
    RECONNECTING = "reconnecting"  # outage with no unsent answer: "Waiting for the server…"
    PAUSED = "paused"              # the proctor paused the session
    TIME_UP = "time_up"            # the deadline passed, finishing
    ERROR = "error"                # a problem the student cannot fix; detail text attached
    JOURNAL_FAILED = "journal_failed"  # this PC cannot store answers: call the proctor


class Phase(enum.Enum):
    """Controller state machine."""

    IDLE = "idle"
    LOADING = "loading"
    ANSWERING = "answering"
    CONFIRMING = "confirming"
    SENDING = "sending"
    OUTAGE = "outage"
    PAUSED = "paused"
    FINISHING = "finishing"
    FINISHED = "finished"
    STOPPED = "stopped"        # the journal refused a write: no new answers until it works again
    FAILED = "failed"


class ExamView(Protocol):
    """The passive test window."""

    def show_notice(self, notice: Notice, detail: str | DomainError = "") -> None:
        """``detail``: "signed_out", a DomainError to show (translated by the view), or ""."""

    def show_item(self, item: PendingItem, number: int) -> None: ...

    def set_selected(self, choice: int | None) -> None: ...

    def set_confirming(self, choice: int | None) -> None:
        """Show (choice) or hide (None) the "Submit this answer? You cannot go back" step."""

    def set_input_enabled(self, enabled: bool) -> None: ...

    def set_progress(self, answered: int, max_items: int) -> None: ...

    def set_remaining(self, seconds: float | None) -> None: ...

    def set_save_state(self, state: SaveState) -> None: ...

    def show_finished(self, result: SessionResult) -> None: ...

    def close_window(self) -> None:
        """Actually close (the controller allowed it)."""


class TimerHandle(Protocol):
    def cancel(self) -> None: ...


class Scheduler(Protocol):
    def now(self) -> float:
        """Monotonic seconds."""

    def call_later(self, delay_sec: float, fn: Callable[[], None]) -> TimerHandle: ...


class Runner(Protocol):
    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        """Call ``fn`` in the background; exactly one callback later on the GUI thread."""
