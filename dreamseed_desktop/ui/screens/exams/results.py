"""Results of one exam (per student) and the drill-down into one session's record."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from dreamseed_desktop.services.exams.results import ExamResultsService, RecordItem, SessionRecord
from dreamseed_desktop.ui.a11y.tones import set_tone
from dreamseed_desktop.ui.common.list_screen import make_table
from dreamseed_desktop.ui.qtmodels.dto_table import DTO_ROLE, Column, DtoTableModel
from dreamseed_desktop.ui.qtmodels.proxy import SearchProxy
from dreamseed_desktop.ui.score_text import (
    CORRECT,
    COUNTED,
    ENDED,
    INTERVAL,
    PERCENT,
    SE,
    THETA,
    completeness_text,
    definitions,
    fmt_correct,
    fmt_interval,
    fmt_percent,
    fmt_se,
    fmt_theta,
    name,
    stop_reason_text,
)
from dreamseed_desktop.ui.screens.exams.console import status_text
from dreamseed_desktop.ui.screens.exams.console_logic import format_duration
from dreamseed_desktop.ui.screens.exams.correction import AnswerCorrectionDialog
from dreamseed_desktop.ui.subject_names import strand_label
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP
from dreamseed_desktop.ui.workers import Failure, TaskRunner


def _num(fmt: str) -> Any:
    return lambda v: "" if v is None else format(v, fmt)


RESULT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Student"), lambda r: r.student_name),
    Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: r.student_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status, display=lambda v: status_text(str(v))),
    Column(CORRECT, lambda r: (r.score.n_correct, r.score.n_answered) if r.score else None,
           align_right=True, display=lambda v: "" if v is None else f"{v[0]} / {v[1]}"),  # type: ignore[index]
    Column(PERCENT, lambda r: r.score.percent_correct if r.score else None, align_right=True,
           display=lambda v: "" if v is None else fmt_percent(float(str(v)))),
    Column(THETA, lambda r: r.theta, align_right=True,
           display=lambda v: "" if v is None else fmt_theta(float(str(v)))),
    Column(SE, lambda r: r.se, align_right=True, display=lambda v: "" if v is None else fmt_se(float(str(v)))),
    Column(INTERVAL, lambda r: fmt_interval(r.theta, r.se) if r.score else None, align_right=True),
    Column(ENDED, lambda r: r.score.stop_reason if r.score else None,
           display=lambda v: "" if v is None else stop_reason_text(str(v))),
    Column(COUNTED, lambda r: r.score.complete if r.score else None,
           dim_if=lambda r: r.score is not None and not r.score.complete),
    Column(QT_TRANSLATE_NOOP("Columns", "Duration"), lambda r: r.duration_sec, align_right=True,
           display=lambda v: format_duration(v)),  # type: ignore[arg-type]
]

RECORD_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "#"), lambda i: i.seq, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Item"), lambda i: i.item_code),
    Column(QT_TRANSLATE_NOOP("Columns", "Strand"), lambda i: strand_label(i.subject, i.strand)),
    Column(QT_TRANSLATE_NOOP("Columns", "Difficulty b"), lambda i: i.b, align_right=True, display=_num("+.2f")),
    Column(QT_TRANSLATE_NOOP("Columns", "Answer"), lambda i: i.selected_choice, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Correct"), lambda i: i.correct),
    Column(QT_TRANSLATE_NOOP("Columns", "Time (s)"), lambda i: i.response_time_ms, align_right=True,
           display=lambda v: "" if v is None else f"{v / 1000:.1f}"),  # type: ignore[operator]
    Column(QT_TRANSLATE_NOOP("Columns", "θ after"), lambda i: i.theta_after, align_right=True,
           display=_num("+.2f")),
    Column(QT_TRANSLATE_NOOP("Columns", "SE after"), lambda i: i.se_after, align_right=True,
           display=_num(".2f")),
]


class ResultsView(QWidget):
    """Per-student results; double-click (or Open) shows the session's record.

    Signals: ``sessions_changed(int)`` — an answer of this exam was corrected (θ/SE re-scored).
    """

    sessions_changed = Signal(int)

    def __init__(self, results: ExamResultsService, runner: TaskRunner, exam_id: int, title: str = "",
                 parent: QWidget | None = None, *, can_correct: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self._results, self._runner, self.exam_id = results, runner, exam_id
        self.can_correct = can_correct
        self.record_dialog: SessionRecordDialog | None = None
        self.model = DtoTableModel(RESULT_COLUMNS, self, key=lambda r: r.student_id)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table(self.proxy)
        self.view.setObjectName("resultsTable")
        self.view.setAccessibleName(self.tr("Results"))
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.title = QLabel(title, self)
        self.title.setObjectName("screenTitle")
        self.status = QLabel(self)
        self.open_button = QPushButton(self.tr("Open session record"), self)
        self.open_button.clicked.connect(self.open_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.legend = QLabel(definitions(), self)
        self.legend.setObjectName("scoreDefinitions")
        self.legend.setWordWrap(True)
        set_tone(self.legend, "legend")
        layout.addWidget(self.legend)

    def reload(self) -> None:
        exam_id = self.exam_id
        self._runner.read(lambda: self._results.results(exam_id), self.set_rows,
                          self._failed, key=f"results:{exam_id}", owner=self)

    def set_rows(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        done = [r for r in rows if r.status in ("completed", "terminated")]
        self.status.setText(self.tr("%1 of %n student(s) finished", "", len(rows))
                            .replace("%1", str(len(done))))

    def _failed(self, failure: Failure) -> None:
        self.status.setText(failure.message)

    def open_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows(0)
        dto = self.proxy.data(rows[0], DTO_ROLE) if rows else None
        if dto is None or dto.session_id is None:
            return
        sid = dto.session_id
        self._runner.read(lambda: self._results.session_record(sid), self._show_record,
                          self._failed, key="session-record", owner=self)

    def _show_record(self, record: SessionRecord) -> None:
        dialog = SessionRecordDialog(record, self, results=self._results if self.can_correct else None,
                                     runner=self._runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.corrected.connect(self._corrected)
        self.record_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "record_dialog", None))
        dialog.open()

    def _corrected(self, exam_id: int) -> None:
        self.reload()
        self.sessions_changed.emit(exam_id)


ENDED_STATUSES = ("completed", "terminated")


class SessionRecordDialog(QDialog):
    """θ trajectory chart above the item-by-item table of one session. With ``results`` (staff
    who may correct), "Correct answer…" marks the selected answer right or wrong with a reason.

    Signals: ``corrected(int)`` — an answer was corrected; the exam's id (the dialog shows the
    re-scored session already).
    """

    corrected = Signal(int)

    def __init__(self, record: SessionRecord, parent: QWidget | None = None, *,
                 results: ExamResultsService | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionRecordDialog")
        self._results, self._runner = results, runner
        self.setWindowTitle(self.tr("Session record — %1").replace("%1", record.student_name))
        self.resize(900, 640)
        self.header = header = QLabel(self)
        header.setObjectName("recordHeader")
        header.setWordWrap(True)
        settings = record.settings or {}
        algo = QLabel(self.tr("Algorithm %1 · item bank version %2 · stored with the session")
                      .replace("%1", str(settings.get("algorithm_version", "?")))
                      .replace("%2", str(settings.get("bank_version", "?"))), self)
        algo.setObjectName("algorithmLabel")
        set_tone(algo, "legend")
        self.model = DtoTableModel(RECORD_COLUMNS, self, key=lambda i: i.seq)
        self.table = make_table(self.model, sortable=False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.chart = _trajectory_chart(splitter)
        splitter.addWidget(self.table)
        splitter.setSizes([340, 300])
        self.correct_button = QPushButton(self.tr("&Correct answer…"), self)
        self.correct_button.setObjectName("correctAnswerButton")
        self.correct_button.setToolTip(self.tr("Mark the selected answer right or wrong (e.g. a wrong answer key); "
                                               "the session is re-scored and the change is audited."))
        self.correct_button.setVisible(results is not None and runner is not None)
        self.correct_button.clicked.connect(self.correct_selected)
        self.message = QLabel(self)
        self.message.setObjectName("correctionMessage")
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.correct_button)
        actions.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(algo)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        legend = QLabel(definitions(), self)
        legend.setWordWrap(True)
        set_tone(legend, "legend")
        layout.addWidget(legend)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self.set_record(record)

    def set_record(self, record: SessionRecord) -> None:
        """Show ``record`` (also after a correction: header, table and chart re-read)."""
        self.record = record
        sc = record.score
        self.header.setText(" · ".join([
            record.exam_title, status_text(record.status),
            f"{name(ENDED)}: {stop_reason_text(sc.stop_reason)}",
            f"{name(CORRECT)}: {fmt_correct(sc)}", f"{name(PERCENT)}: {fmt_percent(sc.percent_correct)}",
            f"{name(THETA)}: {fmt_theta(sc.theta)}", f"{name(SE)}: {fmt_se(sc.se)}",
            f"{name(INTERVAL)}: {fmt_interval(sc.theta, sc.se)}",
            f"{name(COUNTED)}: {completeness_text(sc)}"]))
        self.model.set_rows(list(record.items))
        points = _points(record)
        self.chart.set_data([p[0] for p in points], [p[1] for p in points], [p[2] for p in points],
                            [p[3] for p in points])
        self._update_button()

    def selected_item(self) -> RecordItem | None:
        rows = self.table.selectionModel().selectedRows(0)
        dto = self.model.data(rows[0], DTO_ROLE) if rows else None
        return dto if isinstance(dto, RecordItem) else None

    def _update_button(self) -> None:
        item = self.selected_item()
        self.correct_button.setEnabled(self.record.status in ENDED_STATUSES and item is not None
                                       and item.attempt_id is not None)

    def correct_selected(self) -> None:
        item = self.selected_item()
        if item is None or item.attempt_id is None or self._results is None or self._runner is None:
            return
        dialog = AnswerCorrectionDialog(item, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._send(item, dialog.marked_correct(), dialog.reason_text()))
        dialog.open()

    def _send(self, item: RecordItem, correct: bool, reason: str) -> None:
        results, attempt_id = self._results, item.attempt_id
        if results is None or self._runner is None or attempt_id is None:
            return
        self.correct_button.setEnabled(False)
        self.message.setText(self.tr("Re-scoring…"))
        self._runner.write(lambda: results.correct_answer(attempt_id, correct=correct, reason=reason),
                           lambda record: self._done(record, item.seq), self._failed)

    def _done(self, record: SessionRecord, seq: int) -> None:
        old = self.record.score
        self.set_record(record)
        self.message.setText(self.tr("Question %1 corrected. θ %2 → %3, SE %4 → %5.")
                             .replace("%1", str(seq)).replace("%2", fmt_theta(old.theta))
                             .replace("%3", fmt_theta(record.score.theta)).replace("%4", fmt_se(old.se))
                             .replace("%5", fmt_se(record.score.se)))
        self.corrected.emit(record.exam_id or 0)

    def _failed(self, failure: Failure) -> None:
        self.message.setText(failure.message)
        self._update_button()


def _points(record: SessionRecord) -> list[tuple[float, float, bool, float]]:
    return [(i.theta_after, i.se_after, i.correct, i.b) for i in record.items
            if i.theta_after is not None and i.se_after is not None]


def _trajectory_chart(parent: QWidget) -> Any:
    """The θ trajectory chart (with ±SE band); :meth:`SessionRecordDialog.set_record` fills it."""
    from dreamseed_desktop.ui.charts.theta_trajectory import ThetaTrajectoryChart  # pyqtgraph: on use

    chart = ThetaTrajectoryChart(parent)
    if isinstance(parent, QSplitter):
        parent.addWidget(chart)
    return chart
