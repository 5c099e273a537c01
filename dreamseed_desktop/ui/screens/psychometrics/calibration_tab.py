"""Calibration tab: recalibrate a subject's items from stored answers, compare, accept."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.psychometrics.service import CalibrationRequest, CalibrationRun
from dreamseed_desktop.ui.a11y.names import pair_labels
from dreamseed_desktop.ui.charts.bank_information import BankInformationChart
from dreamseed_desktop.ui.charts.item_curves import ItemCurvesChart
from dreamseed_desktop.ui.charts.widgets import DateRange, fill_subject_box, make_table
from dreamseed_desktop.ui.qtmodels.dto_table import DTO_ROLE, Column, DtoTableModel
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

__all__ = ["CalibrationModel", "CalibrationTab"]

ModelIndex = QModelIndex | QPersistentModelIndex


def _num(v: object, digits: int = 2) -> str:
    return f"{v:.{digits}f}" if isinstance(v, (int, float)) else ""


def _with_se(value: float | None, se: float | None) -> str:
    if value is None:
        return ""
    if se is None:
        return f"{value:.2f}"
    return f"{value:.2f} ({se:.2f})" if se < 100 else f"{value:.2f} (>99)"


def note_text(item: Any) -> str:
    """The item's note in the UI language (template translated, then filled in)."""
    if not item.note_template:
        return str(item.note)
    try:
        return QCoreApplication.translate("CalibrationNote", item.note_template).format(*item.note_args)
    except (IndexError, KeyError, ValueError):
        return str(item.note)


def _displacement(item: Any) -> str:
    """``+0.74 (z 22.1)`` for anchors of a fixed-anchor run, empty otherwise."""
    if item.displacement is None:
        return ""
    z = "" if item.drift_z is None else f" (z {item.drift_z:.1f})"
    return f"{item.displacement:+.2f}{z}"


class CalibrationModel(DtoTableModel):
    """Old vs new parameters (ItemCalibration); column 0 is a check box (eligible rows only)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(QT_TRANSLATE_NOOP("Columns", "Accept"), lambda i: ""),
            Column(QT_TRANSLATE_NOOP("Columns", "Item"), lambda i: i.code),
            Column(QT_TRANSLATE_NOOP("Columns", "Answers"), lambda i: i.n_responses, align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "a old"), lambda i: i.old_a, align_right=True, display=_num),
            Column(QT_TRANSLATE_NOOP("Columns", "a new (SE)"), lambda i: _with_se(i.new_a, i.se_a),
                   align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "b old"), lambda i: i.old_b, align_right=True, display=_num),
            Column(QT_TRANSLATE_NOOP("Columns", "b new (SE)"), lambda i: _with_se(i.new_b, i.se_b),
                   align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "c old"), lambda i: i.old_c, align_right=True, display=_num),
            Column(QT_TRANSLATE_NOOP("Columns", "c new (SE)"), lambda i: _with_se(i.new_c, i.se_c),
                   align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Fit (RMSD)"), lambda i: i.fit, align_right=True,
                   display=lambda v: _num(v, 3)),
            Column(QT_TRANSLATE_NOOP("Columns", "Anchor displacement"), _displacement, align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Note"), note_text, dim_if=lambda i: not i.eligible),
        ], parent, key=lambda i: i.item_id)
        self._checked: set[int] = set()

    def set_rows(self, rows: Any) -> None:
        rows = list(rows)
        self._checked = {r.item_id for r in rows if r.eligible}
        super().set_rows(rows)

    def checked_ids(self) -> list[int]:
        return [r.item_id for r in self.rows() if r.item_id in self._checked]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0 and self.row_at(index.row()).eligible:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            row = self.row_at(index.row())
            if not row.eligible:
                return None
            return Qt.CheckState.Checked if row.item_id in self._checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole):
            return False
        row = self.row_at(index.row())
        if not row.eligible:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        (self._checked.add if checked else self._checked.discard)(row.item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class CalibrationTab(QWidget):
    """Form, results and acceptance of a calibration run.

    Signals: ``run_requested()``, ``accept_requested()`` — the screen runs the service calls.
    """

    run_requested = Signal()
    accept_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject_box = QComboBox()
        self.subject_box.setObjectName("calibrationSubjectBox")
        self.subject_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.dates = DateRange()
        self.model_box = QComboBox()
        for code in ("3PL", "2PL", "1PL"):
            self.model_box.addItem(code, code)
        self.min_responses = QSpinBox()
        self.min_responses.setRange(5, 100000)
        self.min_responses.setValue(50)
        self.a_prior_box = QComboBox()
        self.a_prior_box.setObjectName("aPriorBox")
        self.a_prior_box.addItem(self.tr("Log-normal"), "lognormal")
        self.a_prior_box.addItem(self.tr("None"), "none")
        self.a_prior_box.setToolTip(self.tr("Prior on the discrimination a (2PL, 3PL): a normal "
                                            "distribution on log a with this standard deviation"))
        self.a_prior_sd = QDoubleSpinBox()
        self.a_prior_sd.setObjectName("aPriorSd")
        self.a_prior_sd.setRange(0.1, 5.0)
        self.a_prior_sd.setSingleStep(0.1)
        self.a_prior_sd.setValue(1.5)
        self.a_prior_sd.setPrefix(self.tr("SD "))
        self.a_prior_sd.setAccessibleName(self.tr("Standard deviation of log a"))
        self.c_prior_box = QComboBox()
        self.c_prior_box.setObjectName("cPriorBox")
        self.c_prior_box.addItem(self.tr("Beta"), "beta")
        self.c_prior_box.addItem(self.tr("None"), "none")
        self.c_prior_box.setToolTip(self.tr("Prior on the guessing parameter c (3PL): Beta(A, B)"))
        self.c_alpha, self.c_beta = QDoubleSpinBox(), QDoubleSpinBox()
        for spin, value, name, prefix in ((self.c_alpha, 5.0, "cPriorA", "A "),
                                          (self.c_beta, 17.0, "cPriorB", "B ")):
            spin.setObjectName(name)
            spin.setAccessibleName(self.tr("Beta prior on c, parameter %1").replace("%1", prefix.strip()))
            spin.setRange(1.0, 1000.0)
            spin.setDecimals(1)
            spin.setValue(value)
            spin.setPrefix(prefix)
        self.a_prior_box.currentIndexChanged.connect(lambda _i: self._sync_priors())
        self.c_prior_box.currentIndexChanged.connect(lambda _i: self._sync_priors())
        self.model_box.currentIndexChanged.connect(lambda _i: self._sync_priors())
        self.method_box = QComboBox()
        self.method_box.setObjectName("methodBox")
        self.method_box.addItem(self.tr("Free calibration"), "link")
        self.method_box.addItem(self.tr("Fixed anchors (new items only)"), "anchors")
        self.method_box.setToolTip(self.tr("Fixed anchors: the chosen new items are estimated while every "
                                           "other active item keeps its parameters, so the new items land "
                                           "on the bank's scale"))
        self.new_items_button = QPushButton(self.tr("New items…"))
        self.new_items_button.setObjectName("newItemsButton")
        self.new_items_button.clicked.connect(self._choose_new_items)
        self.new_items_label = QLabel()
        self.new_item_ids: tuple[int, ...] = ()
        self.bank_items: list[tuple[int, str, float]] = []
        self.method_box.currentIndexChanged.connect(lambda _i: self._sync_method())
        self.link = QCheckBox(self.tr("Keep the bank's scale"))
        self.link.setChecked(True)
        self.link.setToolTip(self.tr("Mean/mean linking of the new estimates to the current parameters"))
        self.run_button = QPushButton(self.tr("Calibrate"))
        self.run_button.setObjectName("calibrateButton")
        self.run_button.clicked.connect(self.run_requested)
        self.accept_button = QPushButton(self.tr("Accept checked items as a new bank version…"))
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.accept_requested)
        # three short rows instead of one long one: the tab fits a 1366-px laptop screen (it
        # needed 1245 px of width in one row; tests/gui/a11y/test_psychometrics_size.py)
        form = QHBoxLayout()
        for widget in pair_labels((QLabel(self.tr("Subject:")), self.subject_box, QLabel(self.tr("Answers:")),
                                   self.dates, QLabel(self.tr("Model:")), self.model_box,
                                   QLabel(self.tr("Min. answers per item:")), self.min_responses)):
            form.addWidget(widget)
        form.addStretch(1)
        method = QHBoxLayout()
        for widget in pair_labels((QLabel(self.tr("Method:")), self.method_box, self.new_items_button,
                                   self.new_items_label, self.link)):
            method.addWidget(widget)
        method.addStretch(1)
        priors = QHBoxLayout()
        prior_widgets: tuple[QWidget, ...] = (
            QLabel(self.tr("Prior on a:")), self.a_prior_box, self.a_prior_sd,
            QLabel(self.tr("Prior on c:")), self.c_prior_box, self.c_alpha, self.c_beta)
        for prior_widget in pair_labels(prior_widgets):
            priors.addWidget(prior_widget)
        priors.addStretch(1)
        priors.addWidget(self.run_button)
        self.summary = QLabel(self.tr("Choose a subject and press Calibrate. Nothing is changed "
                                      "until you accept the result."))
        self.summary.setObjectName("calibrationSummary")
        self.summary.setWordWrap(True)
        self.model = CalibrationModel(self)
        self.table = make_table(self.model, "calibrationTable")
        self.table.setAccessibleName(self.tr("Calibration result"))
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_picked())
        self.information = BankInformationChart()
        self.curves = ItemCurvesChart()
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.information)
        charts.addWidget(self.curves)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(charts)
        split.setSizes([820, 560])
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(method)
        layout.addLayout(priors)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.run: CalibrationRun | None = None
        self._sync_priors()
        self._sync_method()

    def _sync_method(self) -> None:
        anchors = self.method_box.currentData() == "anchors"
        self.new_items_button.setEnabled(anchors)
        self.new_items_label.setVisible(anchors)
        self.link.setEnabled(not anchors)
        n = len(self.new_item_ids)
        self.new_items_label.setText(self.tr("%n new item(s)", "", n))

    def set_bank_items(self, items: list[tuple[int, str, float]]) -> None:
        """The calibration subject's active items (id, code, b), offered as new items."""
        self.bank_items = items
        known = {i for i, _, _ in items}
        self.new_item_ids = tuple(i for i in self.new_item_ids if i in known)
        self._sync_method()

    def _choose_new_items(self) -> None:
        from .new_items_dialog import NewItemsDialog

        dialog = NewItemsDialog(self.bank_items, self.new_item_ids, self)
        if dialog.exec() == NewItemsDialog.DialogCode.Accepted:
            self.new_item_ids = dialog.chosen()
            self._sync_method()

    def _sync_priors(self) -> None:
        """Enable only the prior fields the chosen model uses."""
        model = self.model_box.currentData()
        self.a_prior_box.setEnabled(model != "1PL")
        self.a_prior_sd.setEnabled(model != "1PL" and self.a_prior_box.currentData() == "lognormal")
        self.c_prior_box.setEnabled(model == "3PL")
        on = model == "3PL" and self.c_prior_box.currentData() == "beta"
        self.c_alpha.setEnabled(on)
        self.c_beta.setEnabled(on)

    def set_subjects(self, subjects: list[tuple[str, int]]) -> None:
        fill_subject_box(self.subject_box, subjects)

    def request(self) -> CalibrationRequest:
        date_from, date_to = self.dates.value()
        return CalibrationRequest(subject=self.subject_box.currentData(), date_from=date_from,
                                  date_to=date_to, model=self.model_box.currentData(),
                                  min_responses=self.min_responses.value(),
                                  link_to_bank=self.link.isChecked(),
                                  method=self.method_box.currentData(),
                                  new_item_ids=(self.new_item_ids
                                                if self.method_box.currentData() == "anchors" else ()),
                                  a_prior_sd=(self.a_prior_sd.value()
                                              if self.a_prior_box.currentData() == "lognormal" else None),
                                  c_prior=((self.c_alpha.value(), self.c_beta.value())
                                           if self.c_prior_box.currentData() == "beta" else None))

    def show_run(self, run: CalibrationRun | None) -> None:
        self.run = run
        self.model.set_rows(run.items if run else [])
        self.table.resizeColumnsToContents()
        self.accept_button.setEnabled(bool(run and run.eligible))
        if run is None:
            self.information.set_banks([])
            self.curves.set_data([], [])
            return
        converged = self.tr("converged") if run.converged else self.tr("NOT converged")
        head = "; ".join((
            self.tr("%n session(s)", "", run.n_sessions) + ", "
            + self.tr("%n answer(s)", "", run.n_responses),
            self.tr("%1 after %n EM iteration(s)", "", run.iterations).replace("%1", converged),
            self.tr("%1 of %n item(s) can be accepted", "", len(run.items))
            .replace("%1", str(len(run.eligible))))) + ". "
        priors = self.tr("Priors: a {0}, c {1}; log-likelihood {2:.1f}.").format(
            self._prior_text(run.priors.get("a", "")), self._prior_text(run.priors.get("c", "")),
            run.log_likelihood)
        if run.method == "anchors":
            released = ", ".join(i.code for i in run.released) or self.tr("none")
            anchors = sum(1 for i in run.items if i.anchor and not i.released)
            tail = self.tr("Fixed anchors: {0}, released for drift: {1}; students' ability: "
                           "mean {2:.2f}, SD {3:.2f}.").format(
                anchors, released, float(run.summary.get("theta_mean", 0.0)),
                float(run.summary.get("theta_sd", 1.0)))
        else:
            tail = self.tr("Scale link: b* = {0:.3f}·b {1:+.3f}.").format(run.link_slope,
                                                                         run.link_intercept)
        self.summary.setText(head + tail + " " + priors)
        self._show_charts(run)

    def _show_charts(self, run: CalibrationRun) -> None:
        ok = run.eligible
        self.information.set_banks([
            (self.tr("Current"), [i.old_a for i in ok], [i.old_b for i in ok], [i.old_c for i in ok]),
            (self.tr("Recalibrated"), [i.new_a for i in ok], [i.new_b for i in ok],
             [i.new_c for i in ok])])
        if run.items:
            self.table.selectRow(0)

    def _prior_text(self, value: str) -> str:
        """The engine's prior description (``lognormal(0, 1.5)``, ``none``, ``not used``) in words."""
        if value == "none":
            return self.tr("none")
        if value == "not used":
            return self.tr("not used")
        if value.startswith("lognormal"):
            return self.tr("log-normal, SD {0}").format(value[len("lognormal(0, "):-1])
        if value.startswith("beta"):
            return self.tr("Beta({0})").format(value[len("beta("):-1])
        return value

    def _row_picked(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        item = self.model.data(index, DTO_ROLE)
        if item.new_a is None or item.new_b is None:
            self.curves.set_data([item.old_a], [item.old_b], [item.old_c], [self.tr("current")])
            return
        self.curves.set_data([item.old_a, item.new_a], [item.old_b, item.new_b],
                             [item.old_c, item.new_c or 0.0],
                             [self.tr("current"), self.tr("recalibrated")])
