"""What-if simulation tab: a CAT design on the real bank, simulated for N students."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.cat.config import CatConfig
from dreamseed_desktop.services.psychometrics.service import WhatIfResult
from dreamseed_desktop.ui.charts.feed import feed_what_if
from dreamseed_desktop.ui.charts.item_analysis import ExposureChart
from dreamseed_desktop.ui.charts.simulation_results import BandErrorChart, TestLengthChart
from dreamseed_desktop.ui.charts.widgets import chart_grid, fill_subject_box
from dreamseed_desktop.ui.score_text import stop_reason_text

__all__ = ["SimulationTab"]


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def _dspin(low: float, high: float, value: float, step: float = 0.05) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(2)
    box.setValue(value)
    return box


class SimulationTab(QWidget):
    """CAT settings on the left, precision / length / exposure results on the right.

    Signals: ``run_requested()`` — the screen runs ``PsychometricsService.what_if``.
    """

    run_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        defaults = CatConfig()
        self.subject_box = QComboBox()
        self.subject_box.setObjectName("simulationSubjectBox")
        self.subject_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.estimator = QComboBox()
        for code, text in (("eap", self.tr("EAP (expected a posteriori)")),
                           ("map", self.tr("MAP (maximum a posteriori)")),
                           ("mle", self.tr("MLE (maximum likelihood)")),
                           ("wle", self.tr("WLE (Warm's weighted likelihood)"))):
            self.estimator.addItem(text, code)
        self.start_rule = QComboBox()
        self.start_rule.setObjectName("startRuleBox")
        for code, text in (("fisher", self.tr("Fisher information at θ")),
                           ("kl", self.tr("Kullback–Leibler (posterior-weighted)")),
                           ("pwi", self.tr("Posterior-weighted information"))):
            self.start_rule.addItem(text, code)
        self.start_items = _spin(1, 20, defaults.start_selection_items)
        self.start_rule.currentIndexChanged.connect(
            lambda _i: self.start_items.setEnabled(self.start_rule.currentData() != "fisher"))
        self.start_items.setEnabled(False)
        self.min_items = _spin(0, 200, defaults.min_items)
        self.max_items = _spin(1, 200, defaults.max_items)
        self.use_se = QCheckBox(self.tr("Stop when SE ≤"))
        self.use_se.setChecked(True)
        self.se_target = _dspin(0.1, 1.5, defaults.se_target or 0.3)
        self.use_se.toggled.connect(self.se_target.setEnabled)
        self.randomesque = _spin(1, 20, defaults.randomesque_k)
        self.exposure = QComboBox()
        self.exposure.addItem(self.tr("None"), "none")
        self.exposure.addItem(self.tr("Sympson–Hetter"), "sympson_hetter")
        self.exposure_target = _dspin(0.05, 1.0, defaults.exposure_target)
        self.n_students = _spin(10, 100000, 1000)
        self.theta_mean = _dspin(-3.0, 3.0, 0.0, 0.1)
        self.theta_sd = _dspin(0.2, 3.0, 1.0, 0.1)
        self.seed = _spin(0, 2**31 - 1, 0)
        self.run_button = QPushButton(self.tr("Simulate"))
        self.run_button.setObjectName("simulateButton")
        self.run_button.clicked.connect(self.run_requested)
        se_row = QHBoxLayout()
        se_row.addWidget(self.use_se)
        se_row.addWidget(self.se_target)
        design = QGroupBox(self.tr("CAT design"))
        form = QFormLayout(design)
        form.addRow(self.tr("Bank (subject):"), self.subject_box)
        form.addRow(self.tr("Estimator:"), self.estimator)
        form.addRow(self.tr("First items chosen by:"), self.start_rule)
        form.addRow(self.tr("Number of first items:"), self.start_items)
        form.addRow(self.tr("Minimum items:"), self.min_items)
        form.addRow(self.tr("Maximum items:"), self.max_items)
        form.addRow(se_row)
        form.addRow(self.tr("Randomesque (pick among k best):"), self.randomesque)
        form.addRow(self.tr("Exposure control:"), self.exposure)
        form.addRow(self.tr("Exposure target:"), self.exposure_target)
        students = QGroupBox(self.tr("Simulated students"))
        sform = QFormLayout(students)
        sform.addRow(self.tr("Number:"), self.n_students)
        sform.addRow(self.tr("Mean θ:"), self.theta_mean)
        sform.addRow(self.tr("SD of θ:"), self.theta_sd)
        sform.addRow(self.tr("Random seed:"), self.seed)
        left = QVBoxLayout()
        left.addWidget(design)
        left.addWidget(students)
        left.addWidget(self.run_button)
        self.summary = QLabel(self.tr("Pick settings and press Simulate to see how precise and how "
                                      "long the test would be on your bank."))
        self.summary.setObjectName("simulationSummary")
        self.summary.setWordWrap(True)
        left.addWidget(self.summary)
        left.addStretch(1)
        self.bands = BandErrorChart()
        self.lengths = TestLengthChart()
        self.exposure_chart = ExposureChart()
        right = QVBoxLayout()
        right.addWidget(chart_grid([self.bands, self.lengths], columns=2, min_height=260), 1)
        right.addWidget(self.exposure_chart, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.result: WhatIfResult | None = None

    def set_subjects(self, subjects: list[tuple[str, int]]) -> None:
        fill_subject_box(self.subject_box, subjects)

    def config(self) -> CatConfig:
        """The design in the form (ValueError when inconsistent, e.g. min > max)."""
        return CatConfig(
            estimator=self.estimator.currentData(), min_items=self.min_items.value(),
            max_items=self.max_items.value(),
            se_target=self.se_target.value() if self.use_se.isChecked() else None,
            randomesque_k=self.randomesque.value(), exposure_control=self.exposure.currentData(),
            exposure_target=self.exposure_target.value(), start_selection=self.start_rule.currentData(),
            start_selection_items=self.start_items.value())

    def request(self) -> dict[str, Any]:
        """Keyword arguments of ``PsychometricsService.what_if`` (besides subject and config)."""
        return {"n_examinees": self.n_students.value(), "seed": self.seed.value(),
                "theta_mean": self.theta_mean.value(), "theta_sd": self.theta_sd.value()}

    def show_result(self, result: WhatIfResult) -> None:
        self.result = result
        feed_what_if(self.bands, self.lengths, self.exposure_chart, result)
        corr = "–" if result.correlation is None else f"{result.correlation:.3f}"
        # "최대 문항 수 도달 621명" — the reason in words, never its code
        reasons = ", ".join(self.tr("%1: %n student(s)", "", v).replace("%1", stop_reason_text(k))
                            for k, v in result.stop_reasons.items())
        self.summary.setText(self.tr(
            "{0} students on {1} items. RMSE {2:.3f}, bias {3:+.3f}, correlation {4}. "
            "Mean length {5:.1f} items (min {6}, max {7}). Items never used: {8:.0%}. "
            "Stopped by: {9}. Marginal reliability {10}.").format(
            result.n_examinees, result.n_items_in_bank, result.rmse, result.bias, corr,
            result.mean_length, min(result.lengths), max(result.lengths), result.share_never_used,
            reasons, "–" if result.marginal_reliability is None else f"{result.marginal_reliability:.3f}"))
