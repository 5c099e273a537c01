"""Test doubles for the exam window: an in-memory exam server, a stub view, a fake clock.

``FakeExamServer`` follows the contract of ``services.exam_api.ExamApi``: ``next_item`` is
idempotent, ``submit`` is exactly-once by (session, seq) + client UUID, and while ``online``
is False every call raises ``Unavailable`` (optionally *after* the write happened, to model a
lost acknowledgement).
"""
from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from dreamseed_desktop.services.core.errors import Conflict, NotFound, Unavailable
from dreamseed_desktop.services.exams.api import (
    PendingItem, SessionResult, SessionState, SubmitOutcome,
)

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)


@dataclass
class _Session:
    session_id: int
    status: str = "in_progress"
    answers: dict[int, tuple[int, int | None, uuid.UUID, int | None]] = field(default_factory=dict)


class FakeExamServer:
    """One exam, one student; items are served in order ``1..n_items``."""

    def __init__(self, *, n_items: int = 5, max_items: int = 5, confirm: bool = False,
                 show_result: str = "score", time_limit: float | None = 600.0,
                 clock: Callable[[], float] | None = None) -> None:
        self.n_items, self.max_items = n_items, max_items
        self.confirm, self.show_result = confirm, show_result
        self.time_limit = time_limit
        self.clock = clock or (lambda: 0.0)
        self.started_clock: float | None = None
        self.extra_sec = 0.0
        self.online = True
        self.lose_ack = False          # apply the submit, then raise Unavailable
        self.session: _Session | None = None
        self.calls: list[str] = []
        self.submits: list[tuple[int, int, uuid.UUID]] = []

    # ------------------------------------------------------------ helpers
    def _gate(self, name: str) -> None:
        self.calls.append(name)
        if not self.online:
            raise Unavailable()

    def _sess(self, session_id: int) -> _Session:
        if self.session is None or self.session.session_id != session_id:
            raise NotFound("no such session")
        return self.session

    def _remaining(self) -> float | None:
        if self.time_limit is None or self.started_clock is None:
            return None
        return max(0.0, self.time_limit + self.extra_sec - (self.clock() - self.started_clock))

    def _state(self, s: _Session) -> SessionState:
        rem = self._remaining()
        if s.status == "in_progress" and rem == 0.0:
            s.status = "completed"
        return SessionState(
            session_id=s.session_id, exam_id=1, status=s.status, answered=len(s.answers),
            min_items=1, max_items=self.max_items, server_now=T0,
            deadline_at=None if rem is None else T0 + timedelta(seconds=rem),
            remaining_sec=rem, confirm_answers=self.confirm, show_result=self.show_result)

    # ------------------------------------------------------------ API
    def start(self, exam_id: int) -> SessionState:
        self._gate("start")
        if self.session is None:
            self.session = _Session(session_id=77)
            self.started_clock = self.clock()
        return self._state(self.session)

    def state(self, session_id: int) -> SessionState:
        self._gate("state")
        return self._state(self._sess(session_id))

    def next_item(self, session_id: int) -> PendingItem | None:
        self._gate("next_item")
        s = self._sess(session_id)
        seq = len(s.answers) + 1
        if s.status != "in_progress" or seq > self.n_items:
            return None
        return PendingItem(session_id=session_id, seq=seq, item_id=100 + seq,
                           stem=f"<p>Question {seq}: 2 + {seq} = ?</p>",
                           choices=tuple(str(seq + k) for k in range(1, 6)))

    def submit(self, session_id: int, seq: int, item_id: int, choice: int | None,
               response_time_ms: int | None, client_uuid: uuid.UUID) -> SubmitOutcome:
        self._gate("submit")
        s = self._sess(session_id)
        stored = s.answers.get(seq)
        if stored is not None:
            if stored[2] != client_uuid:
                raise Conflict("This item was already answered.")
            return SubmitOutcome(session_id, seq, True, True, self._done(s), len(s.answers))
        if s.status != "in_progress":
            raise Conflict("The session is not running.")
        if seq != len(s.answers) + 1 or item_id != 100 + seq:
            raise Conflict("Not the pending item.")
        s.answers[seq] = (item_id, choice, client_uuid, response_time_ms)
        self.submits.append((session_id, seq, client_uuid))
        if self.lose_ack:
            raise Unavailable()
        return SubmitOutcome(session_id, seq, True, False, self._done(s), len(s.answers))

    def _done(self, s: _Session) -> bool:
        return len(s.answers) >= self.n_items

    def finish(self, session_id: int) -> SessionResult:
        self._gate("finish")
        s = self._sess(session_id)
        if s.status == "in_progress":
            s.status = "completed"
        n = len(s.answers)
        right = sum(1 for (_, c, _, _) in s.answers.values() if c == 1)
        return SessionResult(session_id, s.status, n, 100.0 * right / max(n, 1), 0.5, 0.3,
                             self.show_result)


class _Handle:
    def __init__(self, clock: "FakeClock", due: float, fn: Callable[[], None]) -> None:
        self.clock, self.due, self.fn, self.cancelled = clock, due, fn, False

    def cancel(self) -> None:
        self.cancelled = True


class FakeClock:
    """Scheduler with a manual monotonic clock."""

    def __init__(self) -> None:
        self.t = 0.0
        self.timers: list[_Handle] = []

    def now(self) -> float:
        return self.t

    def call_later(self, delay_sec: float, fn: Callable[[], None]) -> _Handle:
        h = _Handle(self, self.t + delay_sec, fn)
        self.timers.append(h)
        return h

    def advance(self, seconds: float, runner: "QueueRunner | None" = None) -> None:
        end = self.t + seconds
        while True:
            live = [h for h in self.timers if not h.cancelled and h.due <= end]
            if not live:
                break
            h = min(live, key=lambda x: x.due)
            self.timers.remove(h)
            self.t = max(self.t, h.due)
            h.fn()
            if runner is not None:
                runner.drain()
        self.t = end
        self.timers = [h for h in self.timers if not h.cancelled]


class QueueRunner:
    """Queues background calls; ``drain()`` runs them (and whatever they queue) in order."""

    def __init__(self) -> None:
        self.queue: list[tuple[Callable[[], Any], Callable[[Any], None],
                               Callable[[BaseException], None]]] = []

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        self.queue.append((fn, on_done, on_error))

    def drain(self) -> None:
        while self.queue:
            fn, ok, err = self.queue.pop(0)
            try:
                value = fn()
            except Exception as exc:  # noqa: BLE001 - delivered like the real runner does
                err(exc)
            else:
                ok(value)


def answer(ctl: Any, runner: QueueRunner, choice: int) -> None:
    """Choose, confirm (twice when the exam asks for confirmation) and let the send run."""
    from dreamseed_desktop.ui.exam_window.ports import Phase

    ctl.choose(choice)
    ctl.confirm()
    if ctl.phase is Phase.CONFIRMING:
        ctl.confirm()
    runner.drain()


class StubView:
    """Records every call the controller makes; ``last`` gives the latest args per method."""

    def __init__(self) -> None:
        self.log: list[tuple[str, tuple[Any, ...]]] = []
        self.closed = False

    def __getattr__(self, name: str) -> Callable[..., None]:
        if name.startswith("_"):
            raise AttributeError(name)

        def record(*args: Any) -> None:
            self.log.append((name, args))
            if name == "close_window":
                self.closed = True
        return record

    def last(self, name: str) -> tuple[Any, ...] | None:
        for n, args in reversed(self.log):
            if n == name:
                return args
        return None

    def calls(self, name: str) -> list[tuple[Any, ...]]:
        return [args for n, args in self.log if n == name]
