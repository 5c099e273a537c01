"""The one shape for background work: a plain callable plus callbacks on the GUI thread.

* :meth:`TaskRunner.read` runs on a small thread pool. Give it a ``key`` and a newer read with
  the same key makes the older one stale: it is removed from the queue if it has not started,
  and its result is dropped if it has (the callable can poll ``token.cancelled``).
* :meth:`TaskRunner.write` runs on one dedicated thread, so database writes are serialised in
  the order the user made them.
* :meth:`TaskRunner.long` runs a callable that receives a :class:`Progress`; a progress dialog
  shows it and its Cancel button sets ``progress.cancelled`` (the callable raises
  :class:`Cancelled` or returns early).

Failures reach ``on_failure`` as a :class:`Failure` whose ``message`` is fit for a user: a
:class:`~dreamseed_desktop.services.core.errors.DomainError` becomes its (translated) message,
anything else a generic message while the traceback goes to the log. Callbacks whose ``owner``
widget has been deleted are skipped.
"""
from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dreamseed_desktop.services.core.errors import DomainError
from dreamseed_desktop.ui.i18n import domain_message, generic_error_message

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by a long task when the user pressed Cancel."""


@dataclass
class CancelToken:
    """Set by the runner when a read became stale or the user cancelled."""

    _event: threading.Event = field(default_factory=threading.Event)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()


class Progress(CancelToken):
    """Handed to long tasks: ``report(done, total)`` and ``check()`` (raises Cancelled)."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        super().__init__()
        self._emit = emit

    def report(self, done: int, total: int, text: str = "") -> None:
        self._emit(done, total, text)

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()


@dataclass(frozen=True)
class Failure:
    """What went wrong, with a message a user can read (never a traceback)."""

    message: str
    error: BaseException

    @property
    def field(self) -> str | None:
        return getattr(self.error, "field", None)

    @property
    def row(self) -> int | None:
        return getattr(self.error, "row", None)

    @property
    def cancelled(self) -> bool:
        return isinstance(self.error, Cancelled)


def to_failure(exc: BaseException) -> Failure:
    """DomainError → its translated message; anything else → generic message (+ log)."""
    if isinstance(exc, DomainError):
        return Failure(domain_message(exc), exc)
    if isinstance(exc, Cancelled):
        return Failure("", exc)
    log.error("unexpected error in background task", exc_info=exc)
    return Failure(generic_error_message(), exc)


@dataclass
class TaskHandle:
    """Returned by every submit; ``cancel()`` drops the callbacks (and stops a long task)."""

    task_id: int
    token: CancelToken

    def cancel(self) -> None:
        self.token.cancel()


class _Relay(QObject):
    """Lives on the GUI thread; worker threads emit, Qt queues the call to the GUI thread."""

    finished = Signal(int, bool, object)
    progressed = Signal(int, int, int, str)


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._runner = runner
        self._task_id = task_id
        self._fn = fn

    def run(self) -> None:
        try:
            result: Any = self._fn()
            ok = True
        except BaseException as exc:  # noqa: BLE001 - reported to on_failure, never swallowed
            result, ok = exc, False
        self._runner._relay.finished.emit(self._task_id, ok, result)


@dataclass
class _Pending:
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[Failure], None] | None
    owner: QObject | None
    handle: TaskHandle
    key: str | None
    job: _Job
    pool: QThreadPool
    dialog: QProgressDialog | None = None


class TaskRunner(QObject):
    """Runs service calls off the GUI thread (reads pooled, writes serialised).

    Signals: ``busy_changed(bool)`` – True while any task is pending; ``failed(str)`` – a task
    without its own ``on_failure`` failed (the main window shows the message).
    """

    busy_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, read_threads: int = 3) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(read_threads)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[str, int] = {}
        # setValue() of a modal progress dialog processes events; while it runs, finished
        # dialogs are only closed and deleted once the outermost setValue() has returned
        self._in_set_value = False
        self._doomed: list[QProgressDialog] = []

    # -- public API -------------------------------------------------------------------------
    def read(self, fn: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[Failure], None] | None = None, *, key: str | None = None,
             owner: QObject | None = None) -> TaskHandle:
        """Run a read; a newer read with the same ``key`` makes this one stale."""
        if key is not None and key in self._latest:
            self._cancel(self._latest[key], remove_from_queue=True)
        handle = self._submit(self._reads, fn, on_success, on_failure, owner, key)
        if key is not None:
            self._latest[key] = handle.task_id
        return handle

    def write(self, fn: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
              on_failure: Callable[[Failure], None] | None = None, *,
              owner: QObject | None = None) -> TaskHandle:
        """Run a write on the single write thread (writes never overlap)."""
        return self._submit(self._writes, fn, on_success, on_failure, owner, None)

    def long(self, fn: Callable[[Progress], Any], on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[Failure], None] | None = None, *, title: str = "",
             parent: QWidget | None = None, write: bool = True) -> TaskHandle:
        """Run long work with a progress dialog and a Cancel button."""
        task_id = next(self._ids)
        progress = Progress(lambda d, t, s: self._relay.progressed.emit(task_id, d, t, s))
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(progress.cancel)
        handle = self._submit(self._writes if write else self._reads, lambda: fn(progress),
                              on_success, on_failure, parent, None, task_id=task_id, token=progress)
        self._pending[task_id].dialog = dialog
        return handle

    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Block until worker threads are done (shutdown, tests); callbacks are not run."""
        return self._reads.waitForDone(timeout_ms) and self._writes.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Drop pending callbacks and wait for running work (call before closing the DB)."""
        for pending in list(self._pending.values()):
            pending.handle.cancel()
            pending.pool.tryTake(pending.job)
        self.wait_idle(timeout_ms)
        self._pending.clear()

    # -- internals --------------------------------------------------------------------------
    def _submit(self, pool: QThreadPool, fn: Callable[[], Any], on_success: Any, on_failure: Any,
                owner: QObject | None, key: str | None, *, task_id: int | None = None,
                token: CancelToken | None = None) -> TaskHandle:
        task_id = task_id if task_id is not None else next(self._ids)
        handle = TaskHandle(task_id, token or CancelToken())
        job = _Job(self, task_id, fn)
        was_idle = not self._pending
        self._pending[task_id] = _Pending(on_success, on_failure, owner, handle, key, job, pool)
        pool.start(job)
        if was_idle:
            self.busy_changed.emit(True)
        return handle

    def _cancel(self, task_id: int, *, remove_from_queue: bool) -> None:
        pending = self._pending.get(task_id)
        if pending is None:
            return
        pending.handle.cancel()
        if remove_from_queue and pending.pool.tryTake(pending.job):
            self._forget(task_id)

    def _forget(self, task_id: int) -> _Pending | None:
        pending = self._pending.pop(task_id, None)
        if pending is not None and pending.key is not None and self._latest.get(pending.key) == task_id:
            del self._latest[pending.key]
        if pending is not None and pending.dialog is not None:
            pending.dialog.close()
            if self._in_set_value:
                self._doomed.append(pending.dialog)
            else:
                pending.dialog.deleteLater()
        if not self._pending:
            self.busy_changed.emit(False)
        return pending

    def _on_progress(self, task_id: int, done: int, total: int, text: str) -> None:
        pending = self._pending.get(task_id)
        if pending is None or pending.dialog is None or self._in_set_value:
            return  # (a newer report arrives while the last one is still being shown: skip)
        dialog = pending.dialog
        if text:
            dialog.setLabelText(text)
        dialog.setMaximum(max(total, 0))
        # On a modal dialog setValue() processes events, which may finish the task; the dialog
        # must then not be deleted before setValue() has returned (it would crash).
        self._in_set_value = True
        try:
            dialog.setValue(min(done, total) if total > 0 else 0)
        finally:
            self._in_set_value = False
        for doomed in self._doomed:
            doomed.deleteLater()
        self._doomed.clear()

    def _on_finished(self, task_id: int, ok: bool, result: object) -> None:
        pending = self._forget(task_id)
        if pending is None:
            return
        cancelled = pending.handle.token.cancelled
        if cancelled and not isinstance(pending.handle.token, Progress):
            return  # a stale read or a cancelled task: nobody wants this result
        if pending.owner is not None and not shiboken6.isValid(pending.owner):
            return
        if ok:
            if pending.on_success is not None:
                pending.on_success(result)
            return
        assert isinstance(result, BaseException)
        failure = to_failure(result)
        if isinstance(result, Cancelled) and pending.on_failure is None:
            return
        if pending.on_failure is not None:
            pending.on_failure(failure)
        else:
            self.failed.emit(failure.message)
