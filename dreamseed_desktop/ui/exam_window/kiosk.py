"""``dreamseed-desktop --exam``: the lab-PC loop (sign in → choose exam → test → sign out).

The composition root supplies ``sign_in`` (the login dialog; returns the signed-in student's
:class:`LabSeat`, or None to stop). Nothing but the test window and the exam list is ever
shown, both full screen.
"""
from __future__ import annotations

import argparse
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.exams.api import ExamInfo
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.exam_window.inputs import ExamWindowInputs, inputs_from_context
from dreamseed_desktop.ui.workers import Failure

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LabSeat:
    """One signed-in student at a lab PC: the test window's inputs, the exam list, sign-out."""

    inputs: ExamWindowInputs
    my_exams: Callable[[], Sequence[ExamInfo]]
    sign_out: Callable[[], None]


def lab_seat(ctx: AppContext) -> LabSeat:
    """The seat of the student signed in on ``ctx`` (``AuthService.logout`` forgets the token
    on this PC before it tells the server, so a failed sign-out still frees the seat)."""
    return LabSeat(inputs=inputs_from_context(ctx), my_exams=ctx.services.exam_api.my_exams,
                   sign_out=ctx.services.auth.logout)


class ExamPicker(QDialog):
    """Full-screen list of the student's exams that can be started or resumed."""

    def __init__(self, exams: Sequence[ExamInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint
                            | Qt.WindowType.WindowStaysOnTopHint)
        self.chosen: int | None = None
        title = QLabel(self.tr("Choose your test"), self)
        title.setStyleSheet("font-size: 24px; font-weight: bold;")
        self.list = QListWidget(self)
        self.list.setStyleSheet("font-size: 18px;")
        for exam in exams:
            if not (exam.can_start or exam.can_resume):
                continue
            label = exam.title + ("  — " + self.tr("continue") if exam.can_resume else "")
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, exam.exam_id)
        self.empty = QLabel(self.tr("There is no test for you right now."), self)
        self.empty.setVisible(self.list.count() == 0)
        start = QPushButton(self.tr("Start"), self)
        start.clicked.connect(self._accept)
        back = QPushButton(self.tr("Sign out"), self)
        back.clicked.connect(self.reject)
        self.list.itemActivated.connect(lambda _i: self._accept())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 80, 120, 80)
        for w in (title, self.list, self.empty, start, back):
            layout.addWidget(w)

    def _accept(self) -> None:
        item = self.list.currentItem() or self.list.item(0)
        if item is not None:
            self.chosen = int(item.data(Qt.ItemDataRole.UserRole))
            self.accept()


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)  # "--exam" is not "--exam-id"
    parser.add_argument("--exam-id", type=int, default=None)
    known, _ = parser.parse_known_args(argv[1:] if argv else [])
    return known


def _sign_out(seat: LabSeat) -> None:
    try:
        seat.sign_out()
    except Exception:  # the token expires on its own; never block the next student
        log.warning("sign-out after the exam failed", exc_info=True)


def _my_exams(seat: LabSeat) -> list[ExamInfo]:
    """The student's exams, fetched off the GUI thread (the event loop keeps running)."""
    box: list[ExamInfo] = []
    loop = QEventLoop()

    def done(exams: Sequence[ExamInfo]) -> None:
        box.extend(exams)
        loop.quit()

    def failed(failure: Failure) -> None:  # an empty list: the student asks the proctor
        log.warning("could not list exams: %s", failure.message)
        loop.quit()

    seat.inputs.tasks.read(seat.my_exams, done, failed, key="kiosk-my-exams")
    loop.exec()
    return box


def run_loop(argv: list[str], sign_in: Callable[[], LabSeat | None]) -> int:
    """Run until ``sign_in`` returns None; returns the process exit code."""
    from dreamseed_desktop.ui.exam_window import cover_screen, open_exam_window

    app = QApplication.instance() or QApplication(argv)
    args = _parse(argv)
    while True:
        seat = sign_in()
        if seat is None:
            return 0
        exam_id = args.exam_id
        if exam_id is None:
            exams = _my_exams(seat)
            picker = ExamPicker(exams)
            cover_screen(picker)
            picker.showFullScreen()
            if picker.exec() != QDialog.DialogCode.Accepted:
                _sign_out(seat)
                continue
            exam_id = picker.chosen
        loop = QEventLoop()
        window = open_exam_window(seat.inputs, int(exam_id), on_exit=loop.quit)
        window.closed.connect(loop.quit)
        loop.exec()
        window.deleteLater()
        _sign_out(seat)
        app.processEvents()
