"""Items tab: observed vs expected p-correct, misfit flags, exposure and item curves."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.psychometrics.service import ItemAnalysis
from dreamseed_desktop.ui.a11y.keyboard import enable_keyboard_sort
from dreamseed_desktop.ui.a11y.names import pair_labels
from dreamseed_desktop.ui.charts.feed import feed_item_analysis
from dreamseed_desktop.ui.charts.item_analysis import ExposureChart, PCorrectVsDifficultyChart
from dreamseed_desktop.ui.charts.item_curves import ItemCurvesChart
from dreamseed_desktop.ui.charts.widgets import DateRange, chart_grid, fill_subject_box, make_table
from dreamseed_desktop.ui.common.flow_layout import FlowLayout, keep_together
from dreamseed_desktop.ui.qtmodels.dto_table import DTO_ROLE, SORT_ROLE, Column, DtoTableModel
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

__all__ = ["ItemAnalysisModel", "ItemsTab"]


def _num(digits: int) -> Any:
    return lambda v: "" if v is None else f"{v:.{digits}f}"


class ItemAnalysisModel(DtoTableModel):
    """One row per item (ItemAnalysisRow); flagged rows first when sorted by |z|."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(QT_TRANSLATE_NOOP("Columns", "Item"), lambda r: r.code),
            Column(QT_TRANSLATE_NOOP("Columns", "Answers"), lambda r: r.n_attempts, align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Pretest answers"), lambda r: r.n_pretest, align_right=True),
            Column("b", lambda r: r.b, align_right=True, display=_num(2)),
            Column(QT_TRANSLATE_NOOP("Columns", "Observed p"), lambda r: r.p_observed,
                   align_right=True, display=_num(2)),
            Column(QT_TRANSLATE_NOOP("Columns", "Expected p"), lambda r: r.p_expected,
                   align_right=True, display=_num(2)),
            Column("|z|", lambda r: None if r.z is None else abs(r.z), align_right=True,
                   display=_num(1)),
            Column(QT_TRANSLATE_NOOP("Columns", "Infit"), lambda r: r.infit, align_right=True,
                   display=_num(2)),
            Column(QT_TRANSLATE_NOOP("Columns", "Outfit"), lambda r: r.outfit, align_right=True,
                   display=_num(2)),
            Column(QT_TRANSLATE_NOOP("Columns", "Exposure"), lambda r: r.exposure, align_right=True,
                   display=lambda v: f"{v:.0%}"),
            Column(QT_TRANSLATE_NOOP("Columns", "Flagged"), lambda r: r.flagged),
        ], parent, key=lambda r: r.item_id)


class ItemsTab(QWidget):
    """Item analysis of a subject over a date range.

    Signals: ``analysis_requested()`` — the screen loads with :meth:`request`'s arguments.
    """

    analysis_requested = Signal()
    csv_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject_box = QComboBox()
        self.subject_box.setObjectName("itemSubjectBox")
        self.subject_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.dates = DateRange()
        self.min_attempts = QSpinBox()
        self.min_attempts.setRange(1, 100000)
        self.min_attempts.setValue(30)
        self.z_flag = QDoubleSpinBox()
        self.z_flag.setRange(1.0, 10.0)
        self.z_flag.setSingleStep(0.5)
        self.z_flag.setValue(3.0)
        self.run_button = QPushButton(self.tr("Analyse"))
        self.run_button.setObjectName("analyseButton")
        self.run_button.clicked.connect(self.analysis_requested)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.setObjectName("itemCsvButton")
        self.csv_button.setEnabled(False)
        self.csv_button.clicked.connect(self.csv_requested)
        self.summary = QLabel()
        self.summary.setObjectName("itemSummary")
        # the filters wrap onto more rows on a narrow window (200 %): no sideways scrolling
        bar = FlowLayout()
        subject_label, answers_label, flag_label = (QLabel(self.tr("Subject:")), QLabel(self.tr("Min. answers:")),
                                                    QLabel(self.tr("Flag when |z| >")))
        pair_labels((subject_label, self.subject_box, self.dates, answers_label, self.min_attempts,
                     flag_label, self.z_flag, self.run_button, self.csv_button))
        for item in (keep_together(subject_label, self.subject_box), self.dates,
                     keep_together(answers_label, self.min_attempts), keep_together(flag_label, self.z_flag),
                     keep_together(self.run_button, self.csv_button)):
            bar.addWidget(item)
        self.model = ItemAnalysisModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = make_table(self.proxy, "itemAnalysisTable")
        self.table.setAccessibleName(self.tr("Item analysis"))
        self.table.setSortingEnabled(True)
        enable_keyboard_sort(self.table)                       # Ctrl+Shift+S, announced
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._item_picked())
        self.scatter = PCorrectVsDifficultyChart()
        self.exposure = ExposureChart()
        self.curves = ItemCurvesChart()
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.table)
        top.addWidget(self.curves)
        top.setSizes([560, 440])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(chart_grid([self.scatter, self.exposure], columns=2, min_height=240))
        split.setSizes([380, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.analysis: ItemAnalysis | None = None

    def set_subjects(self, subjects: list[tuple[str, int]]) -> None:
        fill_subject_box(self.subject_box, subjects)

    def request(self) -> dict[str, Any]:
        """Keyword arguments for ``PsychometricsService.item_analysis``."""
        date_from, date_to = self.dates.value()
        return {"subject": self.subject_box.currentData(), "date_from": date_from,
                "date_to": date_to, "min_attempts": self.min_attempts.value(),
                "z_flag": self.z_flag.value()}

    def show_analysis(self, analysis: ItemAnalysis) -> None:
        self.analysis = analysis
        feed_item_analysis(self.scatter, self.exposure, analysis)
        self.model.set_rows(list(analysis.rows))
        self.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
        parts = [self.tr("%n session(s)", "", analysis.n_sessions),
                 self.tr("%n item(s)", "", len(analysis.rows)),
                 self.tr("%n flagged", "", len(analysis.flagged))]
        if analysis.reliability is not None:
            parts.append(self.tr("marginal reliability of θ {0:.2f}").format(analysis.reliability))
        self.summary.setText(", ".join(parts))
        self.csv_button.setEnabled(bool(analysis.rows))
        if analysis.rows:
            self.table.selectRow(0)
        else:
            self.curves.set_data([], [])

    def _item_picked(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.proxy.data(index, DTO_ROLE)
        self.curves.set_data([row.a], [row.b], [row.c], [row.code])
