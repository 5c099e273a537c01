"""DIF tab: Mantel-Haenszel DIF with the ETS A/B/C classes between two groups of classes."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from dreamseed_desktop.services.psychometrics.service import DifGroup, DifResult
from dreamseed_desktop.ui.a11y.names import pair_labels
from dreamseed_desktop.ui.charts.widgets import DateRange, fill_subject_box, make_table
from dreamseed_desktop.ui.qtmodels.dto_table import Column, DtoTableModel
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

__all__ = ["DifModel", "DifTab"]

ALL_OTHERS = -1


def _num(digits: int) -> Any:
    return lambda v: "" if v is None else f"{v:.{digits}f}"


class DifModel(DtoTableModel):
    """One row per item (DifRow)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(QT_TRANSLATE_NOOP("Columns", "Item"), lambda r: r.code),
            Column(QT_TRANSLATE_NOOP("Columns", "Answers (reference)"), lambda r: r.n_reference,
                   align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Answers (focal)"), lambda r: r.n_focal, align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "MH D-DIF"), lambda r: r.delta, align_right=True,
                   display=_num(2)),
            Column("SE", lambda r: r.se_delta, align_right=True, display=_num(2)),
            Column("p", lambda r: r.p_value, align_right=True, display=_num(3)),
            Column(QT_TRANSLATE_NOOP("Columns", "ETS class"), lambda r: r.ets_class,
                   dim_if=lambda r: r.ets_class in ("", "A")),
        ], parent, key=lambda r: r.item_id)


class DifTab(QWidget):
    """Choose a subject, a reference class and a focal class (or all other classes).

    Signals: ``groups_requested()`` (subject changed), ``run_requested()``.
    """

    groups_requested = Signal()
    run_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject_box = QComboBox()
        self.subject_box.setObjectName("difSubjectBox")
        self.subject_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.subject_box.currentIndexChanged.connect(lambda _i: self.groups_requested.emit())
        self.reference_box = QComboBox()
        self.reference_box.setObjectName("difReferenceBox")
        self.focal_box = QComboBox()
        self.focal_box.setObjectName("difFocalBox")
        for box in (self.reference_box, self.focal_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.dates = DateRange()
        self.min_answers = QSpinBox()
        self.min_answers.setRange(1, 100000)
        self.min_answers.setValue(20)
        self.run_button = QPushButton(self.tr("Analyse DIF"))
        self.run_button.setObjectName("difButton")
        self.run_button.clicked.connect(self.run_requested)
        bar = QHBoxLayout()
        for widget in pair_labels((QLabel(self.tr("Subject:")), self.subject_box, QLabel(self.tr("Reference group:")),
                       self.reference_box, QLabel(self.tr("Focal group:")), self.focal_box, self.dates,
                       QLabel(self.tr("Min. answers per group:")), self.min_answers, self.run_button)):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.summary = QLabel(self.tr(
            "Mantel–Haenszel DIF: students of the two groups are matched on their final θ; a "
            "negative MH D-DIF means the item is harder for the focal group than for reference "
            "students of the same ability. ETS classes: A negligible, B moderate, C large."))
        self.summary.setObjectName("difSummary")
        self.summary.setWordWrap(True)
        self.model = DifModel(self)
        self.table = make_table(self.model, "difTable")
        self.table.setAccessibleName(self.tr("DIF by item"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.result: DifResult | None = None
        self.groups: list[DifGroup] = []

    def set_subjects(self, subjects: list[tuple[str, int]]) -> None:
        fill_subject_box(self.subject_box, subjects)

    def set_groups(self, groups: list[DifGroup]) -> None:
        self.groups = groups
        self.reference_box.clear()
        self.focal_box.clear()
        self.focal_box.addItem(self.tr("All other classes"), ALL_OTHERS)
        for g in groups:
            label = self.tr("{0} (%n session(s))", "", g.n_sessions).format(g.name)
            self.reference_box.addItem(label, g.class_id)
            self.focal_box.addItem(label, g.class_id)
        self.run_button.setEnabled(len(groups) >= 2)

    def request(self) -> dict[str, Any]:
        """Arguments of ``PsychometricsService.dif``."""
        ref = self.reference_box.currentData()
        foc = self.focal_box.currentData()
        focal = [g.class_id for g in self.groups if g.class_id != ref] if foc == ALL_OTHERS else [foc]
        date_from, date_to = self.dates.value()
        return {"subject": self.subject_box.currentData(), "reference": [ref] if ref is not None else [],
                "focal": focal, "date_from": date_from, "date_to": date_to,
                "min_answers": self.min_answers.value()}

    def show_result(self, result: DifResult) -> None:
        self.result = result
        self.model.set_rows(list(result.rows))
        self.table.resizeColumnsToContents()
        counts = {k: sum(1 for r in result.rows if r.ets_class == k) for k in "ABC"}
        tested = sum(counts.values())
        self.summary.setText(self.tr("%n item(s) with enough answers in both groups", "", tested)
                             + ": " + self.tr("A {0}, B {1}, C {2}.").format(counts["A"], counts["B"], counts["C"]))
