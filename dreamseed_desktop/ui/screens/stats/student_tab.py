"""Student tab: a class's roster, the chosen student's learning curve and sessions, θ per item."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.container import Services
from dreamseed_desktop.services.stats.charts import LearningCurve, ThetaOverTime
from dreamseed_desktop.services.stats.statistics import ExamHistoryEntry
from dreamseed_desktop.ui.charts.feed import feed_learning_curves, feed_trajectory, subject_label
from dreamseed_desktop.ui.charts.learning_curve import LearningCurveChart
from dreamseed_desktop.ui.charts.theta_trajectory import ThetaTrajectoryChart
from dreamseed_desktop.ui.charts.widgets import make_table
from dreamseed_desktop.ui.common.flow_layout import FlowLayout, keep_together
from dreamseed_desktop.ui.qtmodels.dto_table import DTO_ROLE, Column, DtoTableModel
from dreamseed_desktop.ui.qtmodels.labels import label
from dreamseed_desktop.ui.qtmodels.roster import SHORT_ROSTER_COLUMNS, RosterModel
from dreamseed_desktop.ui.score_text import (
    CORRECT,
    COUNTED,
    ENDED,
    PERCENT,
    SE,
    THETA,
    fmt_correct,
    fmt_percent,
    fmt_se,
    fmt_theta,
    stop_reason_text,
)
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

__all__ = ["StudentData", "StudentTab", "load_student"]


@dataclass(frozen=True)
class StudentData:
    """A student's curves, class average and history (loaded on a worker thread)."""

    student_id: int
    curves: tuple[LearningCurve, ...]
    class_average: ThetaOverTime | None
    class_name: str | None
    history: tuple[ExamHistoryEntry, ...]


def load_student(services: Services, student_id: int, class_id: int | None,
                 class_name: str | None) -> StudentData:
    return StudentData(
        student_id, services.charts.learning_curves(student_id),
        services.charts.class_theta_over_time(class_id) if class_id is not None else None,
        class_name, services.statistics.student_exam_history(student_id))


class HistoryModel(DtoTableModel):
    """A student's sessions, newest first (ExamHistoryEntry), each score under its name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(QT_TRANSLATE_NOOP("Columns", "Started at"), lambda h: h.started_at),
            Column(QT_TRANSLATE_NOOP("Columns", "Subject"), lambda h: subject_label(h.subject)),
            Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda h: h.status, display=label),
            Column(ENDED, lambda h: h.score.stop_reason, display=lambda v: stop_reason_text(
                None if v is None else str(v))),
            Column(CORRECT, lambda h: h.score.n_correct, align_right=True,
                   display=None),
            Column(PERCENT, lambda h: h.score.percent_correct, align_right=True,
                   display=lambda v: fmt_percent(None if v is None else float(str(v)))),
            Column(THETA, lambda h: h.score.theta, align_right=True,
                   display=lambda v: fmt_theta(None if v is None else float(str(v)))),
            Column(SE, lambda h: h.score.se, align_right=True,
                   display=lambda v: fmt_se(None if v is None else float(str(v)))),
            Column(COUNTED, lambda h: h.score.complete, dim_if=lambda h: not h.score.complete),
        ], parent, key=lambda h: h.session_id)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # "Correct / answered" shows both numbers (it sorts by the number correct)
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == 4:
            return fmt_correct(self.row_at(index.row()).score)
        return super().data(index, role)


class StudentTab(QWidget):
    """Pick a class and a student; see the learning curve and any session's θ trajectory.

    Signals: ``class_changed(int)``, ``student_changed(int)``, ``session_changed(int)`` (the
    screen loads data for them), ``student_report_requested(int, int)`` and
    ``student_csv_requested(int, int)`` (student id, class id).
    """

    class_changed = Signal(int)
    student_changed = Signal(int)
    session_changed = Signal(int)
    student_report_requested = Signal(int, int)
    student_csv_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.class_box = QComboBox()
        self.class_box.setObjectName("studentClassBox")
        self.class_box.currentIndexChanged.connect(self._class_picked)
        self.report_button = QPushButton(self.tr("Student report (PDF)…"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        for button in (self.report_button, self.csv_button):
            button.setEnabled(False)
        self.report_button.clicked.connect(lambda: self._emit(self.student_report_requested))
        self.csv_button.clicked.connect(lambda: self._emit(self.student_csv_requested))
        bar = FlowLayout()                 # wraps on a narrow window (200 %) instead of scrolling
        class_label = QLabel(self.tr("Class:"))
        class_label.setBuddy(self.class_box)
        bar.addWidget(keep_together(class_label, self.class_box))
        bar.addWidget(self.report_button)
        bar.addWidget(self.csv_button)
        self.roster = RosterModel(self, SHORT_ROSTER_COLUMNS)
        self.roster_view = make_table(self.roster, "rosterTable")
        self.roster_view.setAccessibleName(self.tr("Students of the class"))
        self.roster_view.selectionModel().currentRowChanged.connect(lambda *_: self._student_picked())
        self.history = HistoryModel(self)
        self.history_view = make_table(self.history, "historyTable")
        self.history_view.setAccessibleName(self.tr("Sessions of the student"))
        self.history_view.selectionModel().currentRowChanged.connect(lambda *_: self._session_picked())
        self.learning = LearningCurveChart()
        self.trajectory = ThetaTrajectoryChart()
        self.learning.setMinimumHeight(240)
        self.trajectory.setMinimumHeight(220)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.learning)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.history_view)
        bottom.addWidget(self.trajectory)
        bottom.setSizes([520, 620])
        right.addWidget(bottom)
        right.setSizes([420, 420])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.roster_view)
        split.addWidget(right)
        split.setSizes([230, 1170])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self._data: StudentData | None = None

    # ------------------------------------------------------------------ data in
    def set_classes(self, classes: list[tuple[int, str]]) -> None:
        current = self.class_id()
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for cid, name in classes:
            self.class_box.addItem(name, cid)
        index = max(0, self.class_box.findData(current)) if current is not None else 0
        self.class_box.setCurrentIndex(index if classes else -1)
        self.class_box.blockSignals(False)
        self._class_picked()

    def set_roster(self, students: list[Any]) -> None:
        self.roster.set_rows(students)
        if students:
            self.roster_view.selectRow(0)
        else:
            self.show_student(None)

    def show_student(self, data: StudentData | None) -> None:
        self._data = data
        for button in (self.report_button, self.csv_button):
            button.setEnabled(data is not None)
        if data is None:
            self.learning.set_data([])
            self.history.set_rows([])
            feed_trajectory(self.trajectory, None)
            return
        feed_learning_curves(self.learning, data.curves, data.class_average, data.class_name)
        self.history.set_rows(list(data.history))
        first = next((i for i, h in enumerate(data.history) if h.total_attempts), None)
        if first is not None:
            self.history_view.selectRow(first)
        else:
            feed_trajectory(self.trajectory, None)

    def show_trajectory(self, trajectory: Any) -> None:
        feed_trajectory(self.trajectory, trajectory)

    # ------------------------------------------------------------------ selection
    def class_id(self) -> int | None:
        return self.class_box.currentData()

    def student_id(self) -> int | None:
        index = self.roster_view.currentIndex()
        return self.roster.data(index, DTO_ROLE).student_id if index.isValid() else None

    def _class_picked(self) -> None:
        cid = self.class_id()
        if cid is not None:
            self.class_changed.emit(cid)

    def _student_picked(self) -> None:
        sid = self.student_id()
        if sid is not None:
            self.student_changed.emit(sid)

    def _session_picked(self) -> None:
        index = self.history_view.currentIndex()
        if index.isValid():
            self.session_changed.emit(self.history.data(index, DTO_ROLE).session_id)

    def _emit(self, signal: SignalInstance) -> None:
        sid, cid = self.student_id(), self.class_id()
        if sid is not None:
            signal.emit(sid, cid if cid is not None else -1)
