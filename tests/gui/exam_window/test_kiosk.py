"""``run_exam_mode``: sign in → exam list → test window → end screen → next sign-in."""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.services.exams.api import ExamInfo
from dreamseed_desktop.ui.exam_window import run_exam_mode
from dreamseed_desktop.ui.exam_window.inputs import ExamWindowInputs
from dreamseed_desktop.ui.exam_window.kiosk import ExamPicker, LabSeat
from dreamseed_desktop.ui.exam_window.ports import Phase
from dreamseed_desktop.ui.exam_window.view import ExamWindow
from dreamseed_desktop.ui.workers import TaskRunner
from tests.fixtures.exam_fakes import FakeExamServer


def info(exam_id: int, title: str, *, start: bool = True, resume: bool = False) -> ExamInfo:
    return ExamInfo(exam_id, title, "math", 1, "2-3", datetime(2026, 11, 25, tzinfo=UTC),
                    None, None, None, 0, start, resume)


class KioskServer(FakeExamServer):
    def my_exams(self) -> list[ExamInfo]:
        return [info(1, "단원평가"), info(2, "closed", start=False)]


def _when(cond: Callable[[], object], action: Callable[[object], None]) -> None:
    """Poll the event loop until ``cond()`` gives something, then act on it."""
    def tick() -> None:
        found = cond()
        if found:
            action(found)
        else:
            QTimer.singleShot(20, tick)
    QTimer.singleShot(20, tick)


def _top(kind: type) -> object | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
                None)


def test_picker_lists_only_startable_exams(qtbot) -> None:
    picker = ExamPicker([info(1, "A"), info(2, "B", start=False, resume=True), info(3, "C", start=False)])
    qtbot.addWidget(picker)
    assert picker.list.count() == 2 and not picker.empty.isVisible()
    picker.list.setCurrentRow(1)
    picker._accept()
    assert picker.chosen == 2


def test_lab_pc_loop_signs_in_tests_and_signs_out(qtbot, journal, monkeypatch) -> None:
    monkeypatch.setattr("dreamseed_desktop.client.journal.AnswerJournal", lambda *a, **k: journal)
    server = KioskServer(n_items=1, show_result="none")
    signed_out: list[bool] = []
    tasks = TaskRunner()
    seat = LabSeat(inputs=ExamWindowInputs(api=server, tasks=tasks), my_exams=server.my_exams,
                   sign_out=lambda: signed_out.append(True))
    seats = [seat, None]

    def pick(picker: object) -> None:
        assert isinstance(picker, ExamPicker) and picker.list.count() == 1
        picker.list.setCurrentRow(0)
        picker._accept()
        _when(lambda: _top(ExamWindow), take_test)

    def take_test(window: object) -> None:
        assert isinstance(window, ExamWindow)

        def ready() -> bool:
            return window.controller is not None and window.controller.phase is Phase.ANSWERING

        def answer(_w: object) -> None:
            qtbot.keyClick(window, Qt.Key.Key_1)
            qtbot.keyClick(window, Qt.Key.Key_Return)
            _when(lambda: window.controller.phase is Phase.FINISHED, lambda _x: window.controller.done())
        _when(ready, answer)

    _when(lambda: _top(ExamPicker), pick)
    code = run_exam_mode(["dreamseed-desktop", "--exam"], sign_in=lambda: seats.pop(0))
    tasks.shutdown()
    assert code == 0
    assert server.session is not None and server.session.status == "completed"
    assert list(server.session.answers) == [1] and signed_out == [True]
