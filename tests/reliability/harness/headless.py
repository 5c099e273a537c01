"""Headless stand-ins for the Qt parts of the exam window: an event loop and an auto-student.

:class:`HeadlessLoop` implements the controller's ``Scheduler`` and ``Runner`` ports with a
real monotonic clock and a timer heap (the blocking network call runs on the loop thread —
there is no GUI to keep responsive — and its callback is queued, never re-entrant).
:class:`AutoStudentView` is a passive ``ExamView`` that answers each item after a short
"think" time with a seeded random choice, confirms when asked, and stops the loop at the end.
"""
from __future__ import annotations

import heapq
import itertools
import random
import time
from collections.abc import Callable
from typing import Any

from dreamseed_desktop.services.exams.api import PendingItem, SessionResult
from dreamseed_desktop.ui.exam_window.ports import Notice, Phase, SaveState


class _Handle:
    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class HeadlessLoop:
    """Scheduler + Runner on one thread; ``run_until(stop)`` drives it."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, _Handle, Callable[[], None]]] = []
        self._order = itertools.count()
        self.stopped = False

    def now(self) -> float:
        return time.monotonic()

    def call_later(self, delay_sec: float, fn: Callable[[], None]) -> _Handle:
        handle = _Handle()
        heapq.heappush(self._heap, (self.now() + max(0.0, delay_sec), next(self._order), handle, fn))
        return handle

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        try:
            value = fn()
        except Exception as exc:  # noqa: BLE001 - delivered to the controller like ui/workers does
            error = exc
            self.call_later(0.0, lambda: on_error(error))
            return
        self.call_later(0.0, lambda: on_done(value))

    def stop(self) -> None:
        self.stopped = True

    def run_until_stopped(self, timeout: float) -> bool:
        """Process timers until :meth:`stop` or ``timeout``; True when stopped."""
        deadline = self.now() + timeout
        while not self.stopped and self.now() < deadline:
            if not self._heap:
                return False
            when, _, handle, fn = self._heap[0]
            wait = when - self.now()
            if wait > 0:
                time.sleep(min(wait, 0.05))
                continue
            heapq.heappop(self._heap)
            if not handle.cancelled:
                fn()
        return self.stopped


class AutoStudentView:
    """An ``ExamView`` that plays a student. ``controller`` is attached after construction."""

    def __init__(self, loop: HeadlessLoop, rng: random.Random, think_sec: tuple[float, float]) -> None:
        self.loop, self.rng, self.think_sec = loop, rng, think_sec
        self.controller: Any = None
        self.result: SessionResult | None = None
        self.error: str | None = None
        self.items_shown = 0
        self.notices: dict[str, int] = {}
        self._planned: tuple[int, int] | None = None

    # ExamView ------------------------------------------------------------------------
    def show_notice(self, notice: Notice, detail: str = "") -> None:
        self.notices[notice.value] = self.notices.get(notice.value, 0) + 1
        if notice is Notice.ERROR:
            self.error = detail or "error"
            self.loop.stop()

    def show_item(self, item: PendingItem, number: int) -> None:
        self.items_shown += 1
        key = (item.session_id, item.seq)
        if self._planned == key:
            return
        self._planned = key
        choice = self.rng.randint(1, len(item.choices))
        self.loop.call_later(self.rng.uniform(*self.think_sec), lambda: self._answer(key, choice))

    def _answer(self, key: tuple[int, int], choice: int) -> None:
        ctl = self.controller
        item = ctl.item
        if item is None or (item.session_id, item.seq) != key:
            self._planned = None
            return
        if ctl.phase not in (Phase.ANSWERING, Phase.CONFIRMING):
            self.loop.call_later(0.2, lambda: self._answer(key, choice))
            return
        self._planned = None  # if the same item comes back (refused), it is answered again
        ctl.choose(choice)
        ctl.confirm()

    def set_selected(self, choice: int | None) -> None:
        pass

    def set_confirming(self, choice: int | None) -> None:
        if choice is not None:
            self.loop.call_later(0.0, self.controller.confirm)

    def set_input_enabled(self, enabled: bool) -> None:
        pass

    def set_progress(self, answered: int, max_items: int) -> None:
        pass

    def set_remaining(self, seconds: float | None) -> None:
        pass

    def set_save_state(self, state: SaveState) -> None:
        pass

    def show_finished(self, result: SessionResult) -> None:
        self.result = result
        self.loop.stop()

    def close_window(self) -> None:
        self.loop.stop()
