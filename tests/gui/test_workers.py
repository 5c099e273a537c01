"""The task runner: results on the GUI thread, stale reads dropped, writes serialised,
progress + cancel, friendly failures (never a traceback)."""
from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QMessageBox, QWidget

from dreamseed_desktop.services.core.errors import Conflict, ValidationError
from dreamseed_desktop.ui.common.messages import show_failure
from dreamseed_desktop.ui.workers import Cancelled, Failure, TaskRunner


def test_success_runs_on_gui_thread(qtbot, qapp):
    runner = TaskRunner()
    seen = []
    runner.read(lambda: threading.current_thread().name,
                lambda name: seen.append((name, QThread.currentThread() is qapp.thread())))
    qtbot.waitUntil(lambda: bool(seen))
    worker_name, on_gui = seen[0]
    assert on_gui and worker_name != threading.main_thread().name
    runner.shutdown()


def test_stale_read_is_dropped(qtbot):
    runner = TaskRunner(read_threads=1)
    gate = threading.Event()
    results = []
    runner.read(lambda: (gate.wait(5), "old")[1], results.append, key="search")
    runner.read(lambda: "queued-and-stale", results.append, key="search")   # removed from queue
    runner.read(lambda: "new", results.append, key="search")
    gate.set()
    qtbot.waitUntil(lambda: not runner.is_busy())
    assert results == ["new"]
    runner.shutdown()


def test_writes_are_serialised_in_order(qtbot):
    runner = TaskRunner()
    active, order, overlap = [0], [], []

    def write(i: int):
        def run() -> int:
            active[0] += 1
            overlap.append(active[0])
            time.sleep(0.01)
            active[0] -= 1
            return i
        return run

    for i in range(6):
        runner.write(write(i), order.append)
    qtbot.waitUntil(lambda: len(order) == 6)
    assert order == list(range(6)) and max(overlap) == 1
    runner.shutdown()


def test_failures_are_friendly(qtbot, caplog):
    runner = TaskRunner()
    failures = []
    runner.write(lambda: (_ for _ in ()).throw(ValidationError("Bad grade.", field="grade")),
                 None, failures.append)
    runner.read(lambda: 1 / 0, None, failures.append)
    with caplog.at_level(logging.ERROR):
        qtbot.waitUntil(lambda: len(failures) == 2)
    by_type = {type(f.error): f for f in failures}
    assert by_type[ValidationError].message == "Bad grade." and by_type[ValidationError].field == "grade"
    generic = by_type[ZeroDivisionError].message
    assert "Traceback" not in generic and "log file" in generic
    assert "ZeroDivisionError" in caplog.text
    messages = []
    runner.failed.connect(messages.append)
    runner.read(lambda: (_ for _ in ()).throw(Conflict()))     # no handler: window shows it
    qtbot.waitUntil(lambda: bool(messages))
    assert messages[0].startswith("Someone else changed")
    runner.shutdown()


def test_long_work_reports_progress_and_cancels(qtbot):
    runner = TaskRunner()
    outcome = []

    def work(progress):
        for i in range(1000):
            progress.report(i, 1000, "step")
            progress.check()
            time.sleep(0.002)
        return "finished"

    handle = runner.long(work, outcome.append, outcome.append, title="Long")
    dialog = runner._pending[handle.task_id].dialog
    qtbot.waitUntil(lambda: dialog.value() > 0)
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton).click()              # the user presses Cancel
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome[0].cancelled and isinstance(outcome[0].error, Cancelled)
    runner.shutdown()


@pytest.mark.slow
def test_deleted_owner_gets_no_callback(qtbot):
    from PySide6.QtWidgets import QWidget

    runner = TaskRunner()
    owner = QWidget()
    calls = []
    gate = threading.Event()
    runner.read(lambda: gate.wait(5), calls.append, owner=owner)
    owner.deleteLater()
    qtbot.wait(20)
    gate.set()
    qtbot.waitUntil(lambda: not runner.is_busy())
    assert calls == []
    runner.shutdown()


def test_failure_titles_say_what_happened(qtbot):
    """Only an edit conflict is titled "Changed by someone else"; a refused delete (also a
    Conflict) is not."""
    parent = QWidget()
    qtbot.addWidget(parent)
    titles = []
    for error in (Conflict(), Conflict("'{name}' still has {count} students.", params={"name": "1-1", "count": 2})):
        show_failure(parent, Failure(error=error, message=error.message))
        box = parent.findChild(QMessageBox, "failureBox")
        titles.append(box.windowTitle())
        box.close()
        box.deleteLater()
        box.setObjectName("closed")
    assert titles == ["Changed by someone else", "Could not complete"]
