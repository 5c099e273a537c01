"""Qt implementations of the controller's Scheduler and Runner ports."""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer

from dreamseed_desktop.ui.workers import Failure, TaskRunner


class _TimerHandle:
    def __init__(self, timer: QTimer) -> None:
        self._timer = timer

    def cancel(self) -> None:
        if shiboken6.isValid(self._timer):   # already fired and deleted: nothing to do
            self._timer.stop()
            self._timer.deleteLater()


class QtScheduler:
    """``time.monotonic`` plus single-shot QTimers parented to ``owner``."""

    def __init__(self, owner: QObject) -> None:
        self._owner = owner

    def now(self) -> float:
        return time.monotonic()

    def call_later(self, delay_sec: float, fn: Callable[[], None]) -> _TimerHandle:
        timer = QTimer(self._owner)
        timer.setSingleShot(True)

        def fire() -> None:
            timer.deleteLater()
            fn()

        timer.timeout.connect(fire)
        timer.start(max(0, int(delay_sec * 1000)))
        return _TimerHandle(timer)


class WorkerRunner:
    """Adapts ui.workers.TaskRunner: exam calls go through its serialised write queue.

    Serialising keeps answers, replays and heartbeats in order on one connection at a time.
    """

    def __init__(self, tasks: TaskRunner, owner: QObject | None = None) -> None:
        self._tasks = tasks
        self._owner = owner

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        def failed(failure: Failure) -> None:
            on_error(failure.error)

        self._tasks.write(fn, on_done, failed, owner=self._owner)
