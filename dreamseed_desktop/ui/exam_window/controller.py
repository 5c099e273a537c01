"""The exam controller: every decision of the student test window, with no Qt in sight.

The view (``ExamView``) is passive; the controller tells it what to show and reacts to the
student's input. Network calls run through an injected ``Runner`` and timers through an
injected ``Scheduler``, so tests drive the whole flow with a stub view, a fake clock and a
stub API.

Flow: ``start`` → (background) start/resume the session, replay the local journal, fetch the
pending item → the student chooses (1–5 / A–E) and confirms (Enter, plus an optional
"are you sure" step) → the answer is written to the journal *first*, then sent → next item.
On :class:`Unavailable` input freezes, the window says the answer is saved and waits, and
the journal is replayed with backoff until the server acknowledges. The remaining time comes
from the server (``remaining_sec``), is counted down locally and resynchronised on every step
and every ``HEARTBEAT_SEC``.
"""
from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dreamseed_desktop.client.journal import Journal, JournalUnavailable
from dreamseed_desktop.services.core.errors import DomainError, NotAuthenticated, Unavailable
from dreamseed_desktop.services.exams.api import ExamPaused, PendingItem, SessionResult, SessionState
from dreamseed_desktop.ui.exam_window.ports import (
    ExamView,
    Notice,
    Phase,
    Runner,
    SaveState,
    Scheduler,
    TimerHandle,
)
from dreamseed_desktop.ui.exam_window.sync import (
    ACTIVE,
    OVER,
    PAUSED,
    ExamApiLike,
    SyncResult,
    finish_session,
    start_session,
    sync_session,
)

BACKOFF_SEC = (1.0, 2.0, 4.0, 8.0, 15.0)
HEARTBEAT_SEC = 15.0
PAUSED_POLL_SEC = 3.0
TICK_SEC = 1.0
SAVED_FADE_SEC = 2.0
JOURNAL_RETRY_SEC = 5.0
_ANSWERABLE = (Phase.ANSWERING, Phase.CONFIRMING)
log = logging.getLogger(__name__)


@dataclass
class _HeldAnswer:
    """An answer the journal refused: kept in memory only, never reported as saved on this PC."""

    item: PendingItem
    choice: int
    response_time_ms: int
    client_uuid: uuid.UUID
    acked: bool = False        # the server has it (then it is durable there)
    sending: bool = False


class ExamController:
    """Runs one student's sitting of one exam. See the module docstring for the flow."""

    def __init__(self, *, api: ExamApiLike, journal: Journal, view: ExamView,
                 scheduler: Scheduler, runner: Runner, exam_id: int,
                 user_id: int | None = None,
                 quit_check: Callable[[str], bool] | None = None,
                 server_quit: Callable[[str], bool] | None = None,
                 heartbeat: Callable[[int], None] | None = None,
                 on_exit: Callable[[], None] | None = None,
                 journal_alert: Callable[[int, str | None], None] | None = None) -> None:
        self.api, self.journal, self.view = api, journal, view
        self.scheduler, self.runner = scheduler, runner
        self.exam_id, self.user_id = exam_id, user_id
        self._quit_check = quit_check
        self._server_quit = server_quit
        self._presence = heartbeat
        self._on_exit = on_exit
        self._journal_alert = journal_alert
        self.held: _HeldAnswer | None = None
        self.journal_alerted = False
        self.phase = Phase.IDLE
        self.session_id: int | None = None
        self.state: SessionState | None = None
        self.item: PendingItem | None = None
        self.selected: int | None = None
        self.result: SessionResult | None = None
        self.error: str = ""
        self.failures = 0
        self._shown_at = 0.0
        self._clock: tuple[float, float] | None = None   # (remaining_sec, monotonic at sync)
        self._busy = False
        self._timers: dict[str, TimerHandle] = {}
        self._quit_granted = False
        self._offline = False

    # ================================================================ view → controller
    def start(self) -> None:
        """Begin or resume the sitting."""
        self._set_phase(Phase.LOADING)
        self.view.set_input_enabled(False)
        self.view.show_notice(Notice.LOADING)
        self._schedule("tick", TICK_SEC, self._tick)
        self._load()

    def _load(self) -> None:
        self._run(lambda: start_session(self.api, self.journal, self.exam_id, self.user_id),
                  self._on_synced)

    def choose(self, choice: int) -> None:
        """The student picked choice ``choice`` (1-based); ignored unless an item is answerable."""
        if self.phase not in _ANSWERABLE or self.item is None:
            return
        if not 1 <= choice <= len(self.item.choices):
            return
        if self.phase is Phase.CONFIRMING:
            self.view.set_confirming(None)
            self._set_phase(Phase.ANSWERING)
        self.selected = choice
        self.view.set_selected(choice)

    def confirm(self) -> None:
        """Enter / the Next button: ask for confirmation if the exam wants it, else submit."""
        if self.phase is Phase.ANSWERING and self.selected is not None:
            if self.state is not None and self.state.confirm_answers:
                self._set_phase(Phase.CONFIRMING)
                self.view.set_confirming(self.selected)
            else:
                self._submit()
        elif self.phase is Phase.CONFIRMING:
            self.view.set_confirming(None)
            self._submit()

    def cancel_confirm(self) -> None:
        """Back out of the confirmation step (the answer stays selected)."""
        if self.phase is Phase.CONFIRMING:
            self.view.set_confirming(None)
            self._set_phase(Phase.ANSWERING)

    def can_close(self) -> bool:
        """Whether the window may close now (exam over, failed, or proctor's quit granted)."""
        return self._quit_granted or self.phase in (Phase.FINISHED, Phase.FAILED, Phase.IDLE)

    def try_quit(self, password: str) -> bool:
        """Proctor's quit password: on success the window closes; pending answers stay journalled.

        The lab PC's own password is checked here (it works offline); otherwise the exam's
        password is checked by the server in the background (``server_quit``) and the window
        closes when the server grants it. Returns True when granted at once."""
        if self._quit_check is not None and self._quit_check(password):
            self._grant_quit()
            return True
        if self._server_quit is not None and password:
            check = self._server_quit

            def done(granted: object) -> None:
                if granted is True:
                    self._grant_quit()

            self.runner.run(lambda: check(password), done, lambda _exc: None)
        return False

    def _grant_quit(self) -> None:
        self._quit_granted = True
        self._exit()

    def done(self) -> None:
        """The student dismissed the end (or error) screen."""
        if self.can_close():
            self._exit()

    # ================================================================ internals
    def _set_phase(self, phase: Phase) -> None:
        self.phase = phase

    def _run(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self._busy = True

        def ok(value: Any) -> None:
            self._busy = False
            if self.phase in (Phase.FINISHED, Phase.IDLE) and not isinstance(value, SessionResult):
                return
            self.failures = 0
            on_done(value)

        def fail(exc: BaseException) -> None:
            self._busy = False
            self._on_error(exc)

        self.runner.run(work, ok, fail)

    def _schedule(self, name: str, delay: float, fn: Callable[[], None]) -> None:
        self._cancel(name)
        self._timers[name] = self.scheduler.call_later(delay, fn)

    def _cancel(self, name: str) -> None:
        handle = self._timers.pop(name, None)
        if handle is not None:
            handle.cancel()

    def _exit(self) -> None:
        for name in list(self._timers):
            self._cancel(name)
        if self.phase is not Phase.FINISHED:
            self._set_phase(Phase.IDLE)
        self.view.close_window()
        if self._on_exit is not None:
            self._on_exit()

    # ---------------------------------------------------------------- answering
    def _submit(self) -> None:
        item, choice = self.item, self.selected
        if item is None or choice is None or self.session_id is None:
            return
        elapsed_ms = max(0, int(round((self.scheduler.now() - self._shown_at) * 1000)))
        # the journal first: from here on the answer survives a crash or an outage
        try:
            self.journal.record(session_id=item.session_id, seq=item.seq, item_id=item.item_id,
                                choice=choice, response_time_ms=elapsed_ms, user_id=self.user_id)
        except JournalUnavailable as exc:
            self._journal_failed(_HeldAnswer(item, choice, elapsed_ms, uuid.uuid4()), str(exc))
            return
        self._set_phase(Phase.SENDING)
        self.view.set_input_enabled(False)
        self.view.set_save_state(SaveState.SAVING)
        self._sync()

    # ---------------------------------------------------------------- journal failure
    def _journal_failed(self, held: _HeldAnswer, reason: str) -> None:
        """The disk refused the answer: stop taking answers, say it is NOT saved, call the proctor.

        The answer is sent straight to the server (then it is durable there and the pill says
        saved); the journal is retried every ``JOURNAL_RETRY_SEC`` and the test goes on by
        itself once this PC can store answers again."""
        log.error("exam journal refused an answer (session %s, item %s): %s",
                  held.item.session_id, held.item.seq, reason)
        self.held = held
        self._set_phase(Phase.STOPPED)
        self.view.set_confirming(None)
        self.view.set_input_enabled(False)
        self.view.set_save_state(SaveState.NOT_SAVED)
        self.view.show_notice(Notice.JOURNAL_FAILED)
        if self._journal_alert is not None and not self.journal_alerted:
            alert, sid = self._journal_alert, held.item.session_id
            self.runner.run(lambda: alert(sid, "journal_unwritable"), self._alert_sent,
                            lambda exc: log.warning("proctor alert not delivered: %s", exc))
        self._send_held()
        self._schedule("journal", JOURNAL_RETRY_SEC, self._retry_journal)

    def _alert_sent(self, _value: object) -> None:
        self.journal_alerted = True

    def _send_held(self) -> None:
        held = self.held
        if held is None or held.acked or held.sending:
            return
        held.sending = True
        item = held.item

        def done(_outcome: object) -> None:
            held.sending, held.acked = False, True
            if self.held is held and self.phase is Phase.STOPPED:
                self.view.set_save_state(SaveState.SAVED)   # durable on the server

        def failed(exc: BaseException) -> None:
            held.sending = False
            if isinstance(exc, DomainError) and not isinstance(exc, Unavailable):
                held.acked = True     # the server settled this item otherwise; its answer wins

        self.runner.run(lambda: self.api.submit(item.session_id, item.seq, item.item_id, held.choice,
                                                held.response_time_ms, held.client_uuid),
                        done, failed)

    def _retry_journal(self) -> None:
        held = self.held
        if held is None or self.phase is not Phase.STOPPED:
            return
        item = held.item
        try:
            self.journal.record(session_id=item.session_id, seq=item.seq, item_id=item.item_id,
                                choice=held.choice, response_time_ms=held.response_time_ms,
                                user_id=self.user_id, client_uuid=held.client_uuid)
        except JournalUnavailable:
            self._send_held()
            self._schedule("journal", JOURNAL_RETRY_SEC, self._retry_journal)
            return
        log.info("exam journal writable again; the test continues")
        if self._journal_alert is not None and self.journal_alerted:
            alert, sid = self._journal_alert, item.session_id
            self.journal_alerted = False
            self.runner.run(lambda: alert(sid, None), lambda _v: None,
                            lambda exc: log.warning("proctor alert not cleared: %s", exc))
        self.held = None          # on disk now (same uuid: a replay is answered exactly once)
        self._set_phase(Phase.SENDING)
        self.view.set_save_state(SaveState.SAVING)
        self._sync()

    def _sync(self) -> None:
        sid = self.session_id
        assert sid is not None
        self._run(lambda: sync_session(self.api, self.journal, sid), self._on_synced)

    def _on_synced(self, res: SyncResult) -> None:
        was_sending = self.phase in (Phase.SENDING, Phase.OUTAGE)
        self.session_id = res.state.session_id
        self._apply_state(res.state)
        if was_sending and not self.journal.pending(self.session_id):
            self.view.set_save_state(SaveState.SAVED)
            self._schedule("saved_fade", SAVED_FADE_SEC,
                           lambda: self.view.set_save_state(SaveState.IDLE))
        status = res.state.status
        if status == PAUSED:
            self._pause()
        elif status in OVER or (status == ACTIVE and res.item is None):
            self._finish()
        elif self._time_left() == 0.0:
            self._time_up()
        elif res.item is not None:
            self._show(res.item)
        self._schedule("heartbeat", HEARTBEAT_SEC, self._heartbeat)

    def _show(self, item: PendingItem) -> None:
        same = (self.item is not None and self.item.seq == item.seq
                and self.item.item_id == item.item_id and self.phase in _ANSWERABLE)
        if not same:
            self.item, self.selected = item, None
            self._shown_at = self.scheduler.now()
            self.view.show_item(item, item.seq)
            self.view.set_selected(None)
            self.view.set_confirming(None)
            self._set_phase(Phase.ANSWERING)
        self.view.set_input_enabled(True)

    def _apply_state(self, state: SessionState) -> None:
        self.state = state
        self.view.set_progress(state.answered, state.max_items)
        if state.remaining_sec is None:
            self._clock = None
        else:
            self._clock = (max(0.0, float(state.remaining_sec)), self.scheduler.now())
        self.view.set_remaining(self._time_left())

    # ---------------------------------------------------------------- clock
    def _time_left(self) -> float | None:
        if self._clock is None:
            return None
        remaining, at = self._clock
        if self.phase is Phase.PAUSED:
            return remaining
        return max(0.0, remaining - (self.scheduler.now() - at))

    def _tick(self) -> None:
        left = self._time_left()
        self.view.set_remaining(left)
        if left == 0.0 and self.phase in _ANSWERABLE:
            self._time_up()
        if self.phase not in (Phase.FINISHED, Phase.IDLE, Phase.FAILED):
            self._schedule("tick", TICK_SEC, self._tick)

    def _time_up(self) -> None:
        self.view.set_input_enabled(False)
        self.view.show_notice(Notice.TIME_UP)
        self._finish()

    def _heartbeat(self) -> None:
        """Resync the clock and notice pauses/terminations while the student reads."""
        sid = self.session_id
        if sid is None or self._busy or self.phase not in _ANSWERABLE:
            self._schedule("heartbeat", HEARTBEAT_SEC, self._heartbeat)
            return

        def done(state: SessionState) -> None:
            if self.phase not in _ANSWERABLE:
                return
            if self._offline:
                self._offline = False
                self.view.set_save_state(SaveState.IDLE)
            self._apply_state(state)
            if state.status == PAUSED:
                self._pause()
            elif state.status in OVER:
                self._finish()
            self._schedule("heartbeat", HEARTBEAT_SEC, self._heartbeat)

        def failed(exc: BaseException) -> None:
            # a missed heartbeat does not interrupt reading; the next answer goes to the journal
            if isinstance(exc, Unavailable) and self.phase in _ANSWERABLE:
                self._offline = True
                self.view.set_save_state(SaveState.OFFLINE)
            self._schedule("heartbeat", HEARTBEAT_SEC, self._heartbeat)

        self.runner.run(lambda: self._beat(sid), done, failed)

    def _beat(self, sid: int) -> SessionState:
        """Background: tell the server we are here (best effort), then read the state."""
        if self._presence is not None:
            try:
                self._presence(sid)
            except DomainError as exc:
                if isinstance(exc, Unavailable):
                    raise
        return self.api.state(sid)

    # ---------------------------------------------------------------- pause / finish
    def _pause(self) -> None:
        self._set_phase(Phase.PAUSED)
        self.view.set_confirming(None)
        self.view.set_input_enabled(False)
        self.view.show_notice(Notice.PAUSED)
        self._schedule("retry", PAUSED_POLL_SEC, self._sync)

    def _finish(self) -> None:
        sid = self.session_id
        if sid is None or self.phase is Phase.FINISHED:
            return
        self._set_phase(Phase.FINISHING)
        self.view.set_input_enabled(False)
        self._run(lambda: finish_session(self.api, self.journal, sid), self._on_finished)

    def _on_finished(self, result: SessionResult) -> None:
        self.result = result
        self._set_phase(Phase.FINISHED)
        for name in list(self._timers):
            self._cancel(name)
        self.view.set_save_state(SaveState.IDLE)
        self.view.show_finished(result)

    # ---------------------------------------------------------------- errors
    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, Unavailable):
            self._outage()
            return
        if isinstance(exc, ExamPaused) and self.session_id is not None:
            self._pause()
            return
        self._cancel("retry")
        if isinstance(exc, DomainError) and self.phase is Phase.FINISHING:
            # the server refused to finish (e.g. already ended): show what we know
            self._on_finished(SessionResult(
                session_id=self.session_id or 0, status="completed",
                answered=self.state.answered if self.state else 0, n_correct=None, percent_correct=None, theta=None,
                se=None, show_result="none"))
            return
        self.error = str(exc) if isinstance(exc, DomainError) else ""
        self._set_phase(Phase.FAILED)
        self.view.set_input_enabled(False)
        detail: str | DomainError = exc if isinstance(exc, DomainError) else ""
        if isinstance(exc, NotAuthenticated):
            detail = "signed_out"
        self.view.show_notice(Notice.ERROR, detail)

    def _outage(self) -> None:
        finishing = self.phase is Phase.FINISHING
        if not finishing and self.phase is not Phase.LOADING:
            self._set_phase(Phase.OUTAGE)
        self.view.set_input_enabled(False)
        saved = bool(self.session_id is not None and self.journal.pending(self.session_id))
        self.view.set_save_state(SaveState.WAITING if saved else SaveState.IDLE)
        self.view.show_notice(Notice.WAITING_SERVER if saved else Notice.RECONNECTING)
        delay = BACKOFF_SEC[min(self.failures, len(BACKOFF_SEC) - 1)]
        self.failures += 1
        if finishing:
            self._schedule("retry", delay, self._retry_finish)
        elif self.session_id is None:
            self._schedule("retry", delay, self._load)
        else:
            self._schedule("retry", delay, self._sync)

    def _retry_finish(self) -> None:
        self._set_phase(Phase.OUTAGE)
        self._finish()
