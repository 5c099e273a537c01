"""Live proctor console: the class's students in one exam, refreshed every few seconds.

Polling runs through the task runner (a keyed read, so a slow answer never piles up), the
table keeps its selection across refreshes, and every action asks for confirmation and runs
on the write worker (the server audits it).

Signals: ``sessions_changed(int)`` — a proctor action changed sessions of this exam.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.core.errors import Conflict
from dreamseed_desktop.services.exams.admin import ExamAdminService
from dreamseed_desktop.services.exams.proctor import ProctorService
from dreamseed_desktop.services.people.accommodations import Accommodations
from dreamseed_desktop.ui.a11y.tones import TONES, set_tone, tone_background, tone_color
from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.common.list_screen import make_table
from dreamseed_desktop.ui.qtmodels.dto_table import DTO_ROLE, Column, DtoTableModel
from dreamseed_desktop.ui.score_text import CORRECT, SE, THETA, fmt_se, fmt_theta
from dreamseed_desktop.ui.screens.exams.console_logic import (
    ConsoleRow,
    allowed_actions,
    classify,
    counts,
    format_duration,
)
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP
from dreamseed_desktop.ui.workers import Failure, TaskRunner

POLL_MS = 3000

STATUS_TEXT = {
    "not_started": QT_TRANSLATE_NOOP("ExamStatus", "not started"),
    "testing": QT_TRANSLATE_NOOP("ExamStatus", "testing"),
    "paused": QT_TRANSLATE_NOOP("ExamStatus", "paused"),
    "disconnected": QT_TRANSLATE_NOOP("ExamStatus", "disconnected"),
    "finished": QT_TRANSLATE_NOOP("ExamStatus", "finished"),
    "terminated": QT_TRANSLATE_NOOP("ExamStatus", "terminated"),
    "in_progress": QT_TRANSLATE_NOOP("ExamStatus", "testing"),
    "suspended": QT_TRANSLATE_NOOP("ExamStatus", "paused"),
    "completed": QT_TRANSLATE_NOOP("ExamStatus", "finished"),
}
ALERT_TEXT = {
    "disconnected": QT_TRANSLATE_NOOP("ExamStatus", "no contact for over a minute"),
    "fast": QT_TRANSLATE_NOOP("ExamStatus", "answering implausibly fast"),
    "journal_unwritable": QT_TRANSLATE_NOOP(
        "ExamStatus", "this PC cannot save answers (disk full or write-protected): go to the student"),
}


def status_text(status: str) -> str:
    return QCoreApplication.translate("ExamStatus", STATUS_TEXT.get(status, status))


def accommodation_text(acc: Accommodations | None) -> str:
    """"1.5× time · 200% text · high contrast …" for the console (empty when none)."""
    if acc is None or not acc.any():
        return ""
    parts = []
    if acc.time_factor != 1.0:
        parts.append(QCoreApplication.translate("ProctorConsole", "%1× time").replace(
            "%1", f"{acc.time_factor:g}"))
    if acc.zoom != 1.0:
        parts.append(QCoreApplication.translate("ProctorConsole", "%1% text").replace(
            "%1", str(round(acc.zoom * 100))))
    for on, text in ((acc.high_contrast, QT_TRANSLATE_NOOP("ProctorConsole", "high contrast")),
                     (acc.answer_masking, QT_TRANSLATE_NOOP("ProctorConsole", "answer masking")),
                     (acc.line_reader, QT_TRANSLATE_NOOP("ProctorConsole", "line reader")),
                     (acc.read_aloud, QT_TRANSLATE_NOOP("ProctorConsole", "read aloud"))):
        if on:
            parts.append(QCoreApplication.translate("ProctorConsole", text))
    return " · ".join(parts)


def _alerts(row: ConsoleRow) -> str:
    return " · ".join(QCoreApplication.translate("ExamStatus", ALERT_TEXT[a]) for a in row.alerts)


class ConsoleModel(DtoTableModel):
    """DtoTableModel with a coloured status column and highlighted alert rows."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < self.rowCount():
            row: ConsoleRow = self.row_at(index.row())
            # the status in its colour and alert rows tinted, both from the palette in use
            back = tone_background("alert") if row.alerts else None
            if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2 and row.status in TONES:
                return QBrush(tone_color(row.status, in_table=True, on=back))
            if role == Qt.ItemDataRole.BackgroundRole and back is not None:
                return QBrush(back)
        return super().data(index, role)


def console_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Student"), lambda r: r.live.student_name),
        Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: r.live.student_number),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status, display=lambda v: status_text(str(v))),
        Column(CORRECT, lambda r: (r.live.n_correct, r.live.answered), align_right=True,
               display=lambda v: f"{v[0]} / {v[1]}"),  # type: ignore[index]
        Column(THETA, lambda r: r.live.theta if r.live.answered else None, align_right=True,
               display=lambda v: "" if v is None else fmt_theta(float(str(v)))),
        Column(SE, lambda r: r.live.se if r.live.answered else None, align_right=True,
               display=lambda v: "" if v is None else fmt_se(float(str(v)))),
        Column(QT_TRANSLATE_NOOP("Columns", "Time used"), lambda r: r.live.time_used_sec, align_right=True,
               display=lambda v: format_duration(v)),  # type: ignore[arg-type]
        Column(QT_TRANSLATE_NOOP("Columns", "Time left"), lambda r: r.remaining_sec, align_right=True,
               display=lambda v: format_duration(v)),  # type: ignore[arg-type]
        Column(QT_TRANSLATE_NOOP("Columns", "Alerts"), _alerts),
        Column(QT_TRANSLATE_NOOP("Columns", "Accommodations"), lambda r: accommodation_text(r.accommodations)),
    ]


class ProctorConsole(QWidget):
    """Table of students + summary + actions for one exam."""

    sessions_changed = Signal(int)

    def __init__(self, proctor: ProctorService, admin: ExamAdminService, runner: TaskRunner,
                 exam_id: int, title: str = "",
                 parent: QWidget | None = None, *, poll_ms: int = POLL_MS,
                 accommodations: Callable[[list[int]], dict[int, Accommodations]] | None = None) -> None:
        super().__init__(parent)
        self._accommodations = accommodations
        self.setObjectName("proctorConsole")
        self._proctor, self._admin, self._runner, self.exam_id = proctor, admin, runner, exam_id
        self.model = ConsoleModel(console_columns(), self)
        self.view: QTableView = make_table(self.model, sortable=False)
        self.view.setObjectName("consoleTable")
        self.view.setAccessibleName(self.tr("Students"))
        self.title = QLabel(title, self)
        self.title.setObjectName("screenTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("consoleSummary")
        self.banner = QLabel(self)
        self.banner.setObjectName("consoleBanner")
        set_tone(self.banner, "alert")
        self.banner.hide()
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text in (("pause", self.tr("Pause")), ("resume", self.tr("Resume")),
                          ("extend", self.tr("Extend time…")), ("terminate", self.tr("End test…"))):
            b = QPushButton(text, self)
            b.setObjectName(f"{key}Button")
            b.clicked.connect(lambda _c=False, k=key: self.act(k))
            actions.addWidget(b)
            self.buttons[key] = b
        actions.addStretch(1)
        # the whole class at once: a fire drill, a network outage, a late start
        for key, text in (("pause_all", self.tr("Pause all")), ("resume_all", self.tr("Resume all")),
                          ("extend_all", self.tr("Extend all…"))):
            b = QPushButton(text, self)
            b.setObjectName(f"{key}Button")
            b.clicked.connect(lambda _c=False, k=key: self.act_all(k.removesuffix("_all")))
            actions.addWidget(b)
            self.buttons[key] = b
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.refresh)
        self._update_buttons()

    # ------------------------------------------------------------------ polling
    def start(self) -> None:
        self._polling = True
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self._polling = False
        self.timer.stop()

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()            # another tab or screen is in front: no polling meanwhile
        super().hideEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if getattr(self, "_polling", False) and not self.timer.isActive():
            self.refresh()
            self.timer.start()

    def refresh(self) -> None:
        exam_id = self.exam_id

        lookup = self._accommodations

        def work() -> tuple[list[Any], datetime, dict[int, Accommodations]]:
            rows = self._proctor.live_sessions(exam_id)
            extra = lookup([r.student_id for r in rows]) if lookup is not None else {}
            return rows, self._admin.server_now(), extra

        self._runner.read(work, self._show, self._poll_failed, key=f"proctor:{exam_id}", owner=self)

    def _show(self, result: tuple[Any, ...]) -> None:
        rows, now = result[0], result[1]
        extra: dict[int, Accommodations] = result[2] if len(result) > 2 else {}
        self.banner.hide()
        selected = self.selected()
        keep = selected.id if selected else None
        self.set_rows([replace(classify(r, now), accommodations=extra.get(r.student_id)) for r in rows])
        if keep is not None:
            row = self.model.find_row(keep)
            if row >= 0:
                self.view.selectRow(row)

    def set_rows(self, rows: list[ConsoleRow]) -> None:
        order = {"disconnected": 0, "testing": 1, "paused": 2, "not_started": 3}
        rows = sorted(rows, key=lambda r: (order.get(r.status, 4), r.live.student_name))
        self.model.set_rows(rows)
        n = counts(rows)
        self.summary.setText(
            self.tr("Testing %1 · paused %2 · disconnected %3 · not started %4 · finished %5")
            .replace("%1", str(n["testing"])).replace("%2", str(n["paused"]))
            .replace("%3", str(n["disconnected"])).replace("%4", str(n["not_started"]))
            .replace("%5", str(n["finished"] + n["terminated"])))
        self._update_buttons()

    def _poll_failed(self, failure: Failure) -> None:
        self.banner.setText(self.tr("Cannot reach the server; retrying… (%1)").replace(
            "%1", failure.message))
        self.banner.show()

    # ------------------------------------------------------------------ actions
    def selected(self) -> ConsoleRow | None:
        rows = self.view.selectionModel().selectedRows(0)
        return self.model.data(rows[0], DTO_ROLE) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        allowed = allowed_actions(row.status) if row and row.live.session_id else frozenset()
        for key, button in self.buttons.items():
            if key.endswith("_all"):
                button.setEnabled(bool(self.targets(key.removesuffix("_all"))))
            else:
                button.setEnabled(key in allowed)

    def targets(self, action: str) -> list[ConsoleRow]:
        """The students ``action`` applies to right now (pause: those testing, …)."""
        rows = [self.model.data(self.model.index(r, 0), DTO_ROLE) for r in range(self.model.rowCount())]
        return [r for r in rows if r is not None and r.live.session_id is not None
                and action in allowed_actions(r.status)]

    def act_all(self, action: str) -> None:
        """Pause, resume or extend every student of the exam that the action applies to."""
        targets = self.targets(action)
        if not targets:
            return
        ids = [r.live.session_id for r in targets if r.live.session_id is not None]
        if action == "extend":
            minutes, ok = QInputDialog.getInt(
                self, self.tr("Extend time"),
                self.tr("Extra minutes for each of the %n student(s) still testing:", "", len(ids)),
                5, 1, 120)
            if not ok:
                return
            def work() -> int:
                at_closing = 0
                for sid in ids:
                    try:
                        self._proctor.extend_time(sid, minutes)
                    except Conflict:      # already given time up to the exam's closing: skip, go on
                        at_closing += 1
                return at_closing
        else:
            questions = {
                "pause": self.tr("Pause the test of all %n student(s) now? Their clocks stop until "
                                 "you resume.", "", len(ids)),
                "resume": self.tr("Let all %n paused student(s) continue?", "", len(ids)),
            }
            if not messages.confirm(self, self.tr("Proctor"), questions[action]):
                return
            pausing = action == "pause"

            def work() -> int:
                for sid in ids:
                    if pausing:
                        self._proctor.pause(sid, "proctor")
                    else:
                        self._proctor.resume(sid)
                return 0
        self._runner.write(work, self._acted_all, lambda f: messages.show_failure(self, f), owner=self)

    def _acted_all(self, at_closing: object) -> None:
        self._acted()
        if isinstance(at_closing, int) and at_closing:
            messages.inform(self, self.tr("Extend time"), self.tr(
                "%n student(s) already had time until the exam closes and got no more. To give more time, "
                "move the exam's closing time first.", "", at_closing))

    def act(self, action: str) -> None:
        row = self.selected()
        if row is None or row.live.session_id is None or action not in allowed_actions(row.status):
            return
        sid, name = row.live.session_id, row.live.student_name
        work: Callable[[], Any]
        if action == "extend":
            minutes, ok = QInputDialog.getInt(self, self.tr("Extend time"),
                                              self.tr("Extra minutes for %1:").replace("%1", name),
                                              5, 1, 120)
            if not ok:
                return
            work = lambda: self._proctor.extend_time(sid, minutes)  # noqa: E731
        else:
            questions = {
                "pause": self.tr("Pause the test of %1? Their clock stops until you resume."),
                "resume": self.tr("Resume the test of %1?"),
                "terminate": self.tr("End the test of %1 now? This cannot be undone."),
            }
            if not messages.confirm(self, self.tr("Proctor"), questions[action].replace("%1", name)):
                return
            calls: dict[str, Callable[[], Any]] = {
                "pause": lambda: self._proctor.pause(sid, "proctor"),
                "resume": lambda: self._proctor.resume(sid),
                "terminate": lambda: self._proctor.terminate(sid, "ended by proctor"),
            }
            work = calls[action]
        self._runner.write(work, lambda _r: self._acted(), lambda f: messages.show_failure(self, f),
                           owner=self)

    def _acted(self) -> None:
        self.sessions_changed.emit(self.exam_id)
        self.refresh()
