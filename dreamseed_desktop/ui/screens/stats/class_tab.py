"""Classes tab: per-subject means with SE, θ and % correct distributions, θ over time, completion,
and the selected class's students (loaded when the class is selected)."""
from __future__ import annotations

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
from dreamseed_desktop.services.stats.overview import ClassOverview
from dreamseed_desktop.services.stats.statistics import ClassExamStats, StudentExamStats, SubjectSummary
from dreamseed_desktop.ui.charts.class_stats import (
    ClassComparisonChart,
    CompletionRateChart,
    ScoreHistogramChart,
    ThetaHistogramChart,
)
from dreamseed_desktop.ui.charts.feed import (
    feed_class_comparison,
    feed_completion,
    feed_distribution,
    feed_over_time,
    feed_scores,
    subject_label,
)
from dreamseed_desktop.ui.charts.learning_curve import ClassThetaOverTimeChart
from dreamseed_desktop.ui.charts.widgets import chart_grid, make_table
from dreamseed_desktop.ui.common.flow_layout import FlowLayout, keep_together
from dreamseed_desktop.ui.common.grades import WIDEST, fill_grade_combo
from dreamseed_desktop.ui.qtmodels.classes import ClassesModel
from dreamseed_desktop.ui.qtmodels.dto_table import DTO_ROLE, Column, DtoTableModel
from dreamseed_desktop.ui.score_text import fmt_mean
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

__all__ = ["ClassOverview", "ClassStudentsModel", "ClassesTab", "load_overview"]

#: at most this many classes are drawn in "average θ over time" when none are selected
MAX_OVER_TIME = 6


def load_overview(services: Services, grade: int | None) -> list[ClassOverview]:
    """Runs on a worker thread: every class (of a grade) with its statistics, in one
    transaction of two queries whatever the number of classes (no per-student lines: those
    are loaded for the selected class, ``students_requested``)."""
    return list(services.class_overview.classes_overview(grade=grade, bucket="week"))


class ClassStudentsModel(DtoTableModel):
    """The selected class's enrolled students (``StudentExamStats``), each with their sessions in
    the class and their means over their own counted sessions in one subject (the subject the
    class's charts show)."""

    def __init__(self, parent: Any = None) -> None:
        self.subject = ""
        super().__init__([
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda st: st.name),
            Column(QT_TRANSLATE_NOOP("Columns", "Student no."), lambda st: st.student_number),
            Column(QT_TRANSLATE_NOOP("Columns", "Sessions"), lambda st: st.total_exams, align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Counted sessions"), lambda st: st.complete_exams,
                   align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Mean θ"), lambda st: self._mean(st, "theta"),
                   align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Mean % correct"),
                   lambda st: self._mean(st, "percent_correct"), align_right=True),
        ], parent, key=lambda st: st.student_id)
        self._by_key: dict[int, SubjectSummary | None] = {}

    def set_class(self, stats: ClassExamStats | None, subject: str) -> None:
        self.subject = subject
        students = stats.students if stats is not None else ()
        self._by_key = {st.student_id: st.subject(subject) for st in students}
        self.set_rows(list(students))

    def _mean(self, st: StudentExamStats, name: str) -> float | None:
        summary = self._by_key.get(st.student_id)
        return None if summary is None else getattr(summary, name).mean

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # the means show their SE and n (they sort by the mean)
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() in (4, 5):
            summary = self._by_key.get(self.row_at(index.row()).student_id)
            if summary is None:
                return "–"
            return (fmt_mean(summary.theta) if index.column() == 4
                    else fmt_mean(summary.percent_correct, percent=True))
        return super().data(index, role)


class ClassesTab(QWidget):
    """Class statistics for admins.

    Signals: ``class_report_requested(int)``, ``class_csv_requested(int)``,
    ``grade_reports_requested()`` — handled by the screen's export controller;
    ``students_requested(int)`` — the class whose student lines the screen should load
    (the first selected one).
    """

    students_requested = Signal(int)
    class_report_requested = Signal(int)
    class_csv_requested = Signal(int)
    grade_reports_requested = Signal()

    def grades_shown(self) -> list[int]:
        """The 학년 of the classes in the list (what "Reports for a grade…" offers)."""
        return sorted({row.cls.grade for row in self._rows})

    def grades_offered(self) -> list[int]:
        """The 학년 the grade box offers (those of the school once its level is known)."""
        return [self.grade_box.itemData(i) for i in range(1, self.grade_box.count())]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ClassOverview] = []
        self.grade_box = QComboBox()
        self.grade_box.setObjectName("gradeBox")
        # 학년 1-6 until the school's level is known (the screen: follow_school_level)
        fill_grade_combo(self.grade_box, WIDEST, self.tr("All grades"))
        self.report_button = QPushButton(self.tr("Class report (PDF)…"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.grade_button = QPushButton(self.tr("Reports for a grade…"))
        for button in (self.report_button, self.csv_button):
            button.setEnabled(False)
        self.report_button.clicked.connect(lambda: self._emit_current(self.class_report_requested))
        self.csv_button.clicked.connect(lambda: self._emit_current(self.class_csv_requested))
        self.grade_button.clicked.connect(self.grade_reports_requested)
        bar = FlowLayout()                 # wraps on a narrow window (200 %) instead of scrolling
        grade_label = QLabel(self.tr("Grade:"))
        grade_label.setBuddy(self.grade_box)
        bar.addWidget(keep_together(grade_label, self.grade_box))
        for button in (self.report_button, self.csv_button, self.grade_button):
            bar.addWidget(button)
        self.model = ClassesModel(self)
        self.table = make_table(self.model, "classTable", multi=True)
        self.table.setAccessibleName(self.tr("Classes"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._redraw_selection())
        for header in ("Year", "Subject", "Teacher"):  # the list stays narrow; the class's name shows
            self.table.setColumnHidden(self.model.column_of(header), True)
        self.theta_hist = ThetaHistogramChart()
        self.score_hist = ScoreHistogramChart()
        self.over_time = ClassThetaOverTimeChart()
        self.comparison = ClassComparisonChart()
        self.completion = CompletionRateChart()
        self.summary = QLabel()
        self.summary.setObjectName("classSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        charts = chart_grid([self.theta_hist, self.score_hist, self.over_time, self.comparison,
                             self.completion], columns=2, min_height=230)
        self.students = ClassStudentsModel(self)
        self.students_view = make_table(self.students, "classStudentsTable")
        self.students_view.setAccessibleName(self.tr("Students of the selected class"))
        self.students_title = QLabel(self.tr("Students of the selected class"))
        self.students_title.setBuddy(self.students_view)
        students_box = QWidget()
        students_layout = QVBoxLayout(students_box)
        students_layout.setContentsMargins(0, 0, 0, 0)
        students_layout.addWidget(self.students_title)
        students_layout.addWidget(self.students_view, 1)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(students_box)
        left.setSizes([300, 300])
        self._students_of: int | None = None     # the class whose lines are shown or loading
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(charts)
        split.setSizes([460, 940])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    # ------------------------------------------------------------------ data in
    def grade(self) -> int | None:
        return self.grade_box.currentData()

    def set_overview(self, rows: list[ClassOverview]) -> None:
        """Show freshly loaded statistics (keeps the selection by class id)."""
        keep = set(self.selected_class_ids())
        self._rows = rows
        self._students_of = None                 # the figures changed: load the lines again
        self.model.set_rows([r.cls for r in rows])
        feed_class_comparison(self.comparison, [(r.cls.name, r.distribution) for r in rows])
        feed_completion(self.completion, [r.stats for r in rows])
        selection = self.table.selectionModel()
        for i, r in enumerate(rows):
            if r.cls.id in keep:
                selection.select(self.model.index(i, 0), selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)
        if not keep and rows:
            self.table.selectRow(0)
        self._redraw_selection()

    def show_students(self, stats: ClassExamStats) -> None:
        """The per-student lines of the selected class (a stale answer for another class is
        ignored)."""
        current = self._selected()
        if not current or current[0].cls.id != stats.class_id:
            return
        subject = current[0].distribution.subject
        self.students.set_class(stats, subject)
        self.students_view.resizeColumnsToContents()
        if subject:
            self.students_title.setText(self.tr("Students of {0} (means in {1})").format(
                current[0].cls.name, subject_label(subject)))
        else:
            self.students_title.setText(self.tr("Students of {0}").format(current[0].cls.name))

    def selected_class_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.data(self.model.index(r, 0), DTO_ROLE).id for r in rows]

    # ------------------------------------------------------------------ internals
    def _selected(self) -> list[ClassOverview]:
        ids = self.selected_class_ids()
        return [r for r in self._rows if r.cls.id in ids]

    def _redraw_selection(self) -> None:
        chosen = self._selected()
        current = chosen[0] if chosen else None
        for button in (self.report_button, self.csv_button):
            button.setEnabled(current is not None)
        if current is None:
            self.theta_hist.set_data([])
            self.score_hist.set_data([])
        else:
            # the same students and sessions as the summary's means: each enrolled student's
            # latest counted session in the subject
            dist = current.distribution
            feed_distribution(self.theta_hist, dist)
            feed_scores(self.score_hist, [p for p in dist.percent_correct if p is not None])
            label = f"{current.cls.name} · {subject_label(dist.subject)}" if dist.subject else current.cls.name
            self.theta_hist.set_title(self.tr("θ, latest counted session per student — {0}").format(label))
            self.score_hist.set_title(self.tr("% correct, latest counted session per student — {0}")
                                               .format(label))
        self.summary.setText(self._summary_text(current))
        wanted = current.cls.id if current is not None else None
        if wanted != self._students_of:
            self._students_of = wanted
            self.students.set_class(None, "")
            self.students_title.setText(self.tr("Students of the selected class"))
            if wanted is not None:
                self.students_requested.emit(wanted)
        shown = chosen or self._rows[:MAX_OVER_TIME]
        feed_over_time(self.over_time, [(r.cls.name, r.over_time) for r in shown])

    def _summary_text(self, current: ClassOverview | None) -> str:
        """Per subject: mean θ and mean % correct with their SE over each enrolled student's latest
        counted session (the charts' set, said on screen)."""
        if current is None:
            return ""
        parts = [self.tr("Means and the two histograms: each student's latest counted session per subject.")]
        for sub in current.stats.subjects:
            text = self.tr("%1: mean θ %2 · mean % correct %3").replace("%1", subject_label(sub.subject)) \
                .replace("%2", fmt_mean(sub.theta)).replace("%3", fmt_mean(sub.percent_correct, percent=True))
            if sub.short_exams:
                text += " · " + self.tr("%n session(s) ended short, not averaged", "", sub.short_exams)
            parts.append(text)
        return "\n".join(parts) if len(parts) > 1 else self.tr("No sessions yet.")

    def _emit_current(self, signal: SignalInstance) -> None:
        ids = self.selected_class_ids()
        if ids:
            signal.emit(ids[0])
