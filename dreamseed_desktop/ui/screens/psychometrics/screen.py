"""Psychometrics screen (admins): bank information, recalibration, what-if simulation."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from dreamseed_desktop.services.psychometrics.service import (
    AcceptedCalibration,
    CalibrationCancelled,
    PsychometricsService,
)
from dreamseed_desktop.ui.charts.bank_information import BankInformationChart
from dreamseed_desktop.ui.charts.feed import feed_bank, subject_label
from dreamseed_desktop.ui.charts.widgets import fill_subject_box
from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.demo_fill import FillNotice
from dreamseed_desktop.ui.subject_names import ensure_subject_names
from dreamseed_desktop.ui.workers import Failure

from .calibration_tab import CalibrationTab
from .dif_tab import DifTab
from .simulation_tab import SimulationTab

__all__ = ["PsychometricsScreen", "create_screen"]


class PsychometricsScreen(QWidget):
    """Tabs: Bank information, Calibration, What-if simulation.

    Emits ``ctx.events.items_changed`` after a calibration is accepted and reloads the subject
    list when items change elsewhere.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service: PsychometricsService = ctx.services.psychometrics
        self.bank_subject = QComboBox()
        self.bank_subject.setObjectName("bankSubjectBox")
        self.bank_subject.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.bank_chart = BankInformationChart()
        bank = QWidget()
        bank_bar = QHBoxLayout()
        bank_label = QLabel(self.tr("Subject:"))
        bank_label.setBuddy(self.bank_subject)
        bank_bar.addWidget(bank_label)
        bank_bar.addWidget(self.bank_subject)
        bank_bar.addStretch(1)
        bank_layout = QVBoxLayout(bank)
        bank_layout.addLayout(bank_bar)
        bank_layout.addWidget(self.bank_chart, 1)
        self.calibration = CalibrationTab()
        self.simulation = SimulationTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("psychometricsTabs")
        self.tabs.addTab(bank, self.tr("Bank information"))
        self.tabs.addTab(self.calibration, self.tr("Calibration"))
        self.tabs.addTab(self.simulation, self.tr("What-if simulation"))
        self.dif = DifTab()
        self.tabs.addTab(self.dif, self.tr("DIF"))
        self.status = QLabel()
        self.status.setObjectName("psychometricsStatus")
        # a first demo start: calibration and DIF would see only part of the demo's answers
        self.filling = FillNotice(ctx.demo_fill)
        self.filling.filled.connect(self.load_subjects)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filling)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.bank_subject.currentIndexChanged.connect(lambda _i: self.load_bank())
        self.calibration.run_requested.connect(self.calibrate)
        self.dif.groups_requested.connect(self.load_dif_groups)
        self.dif.run_requested.connect(self.analyse_dif)
        self.calibration.subject_box.currentIndexChanged.connect(lambda _i: self.load_calibration_items())
        self.calibration.accept_requested.connect(self.accept)
        self.simulation.run_requested.connect(self.simulate)
        ctx.events.items_changed.connect(self.load_subjects)
        ctx.events.subjects_changed.connect(self.load_subjects)
        ensure_subject_names(ctx)
        self._loaded = False

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.load_subjects()

    # ------------------------------------------------------------------ bank
    def load_subjects(self) -> None:
        self.ctx.runner.read(self.service.subjects, self._subjects_loaded, self._failed,
                             key="psy.subjects", owner=self)

    def _subjects_loaded(self, subjects: list[tuple[str, int]]) -> None:
        fill_subject_box(self.bank_subject, subjects)
        self.calibration.set_subjects(subjects)
        self.simulation.set_subjects(subjects)
        self.dif.set_subjects(subjects)
        self.load_bank()

    def load_bank(self) -> None:
        subject = self.bank_subject.currentData()
        if subject is None:
            self.bank_chart.set_banks([])
            return
        label = subject_label(subject)
        self.ctx.runner.read(lambda: self.service.bank_parameters(subject),
                             lambda p: feed_bank(self.bank_chart, [(label, p)], se_target=0.3),
                             self._failed, key="psy.bank", owner=self)

    # ------------------------------------------------------------------ DIF
    def load_dif_groups(self) -> None:
        subject = self.dif.subject_box.currentData()
        self.ctx.runner.read(lambda: self.service.dif_groups(subject), self.dif.set_groups, self._failed,
                             key="psy.dif_groups", owner=self)

    def analyse_dif(self) -> None:
        kwargs = self.dif.request()
        self.ctx.runner.read(lambda: self.service.dif(**kwargs), self.dif.show_result, self._failed,
                             key="psy.dif", owner=self)

    # ------------------------------------------------------------------ calibration
    def load_calibration_items(self) -> None:
        """The calibration subject's active items, offered as new items of a fixed-anchor run."""
        subject = self.calibration.subject_box.currentData()
        if subject is None:
            self.calibration.set_bank_items([])
            return
        self.ctx.runner.read(
            lambda: self.service.bank_parameters(subject),
            lambda p: self.calibration.set_bank_items(list(zip(p.item_ids, p.codes, p.b))),
            self._failed, key="psy.calibration_items", owner=self)

    def calibrate(self) -> None:
        request = self.calibration.request()
        self.calibration.run_button.setEnabled(False)
        self.ctx.runner.long(lambda progress: self.service.calibrate(request, progress),
                             self._calibrated, self._long_failed,
                             title=self.tr("Calibrating items…"), parent=self, write=False)

    def _calibrated(self, run: Any) -> None:
        self.calibration.run_button.setEnabled(True)
        self.calibration.show_run(run)
        self.status.setText(self.tr("Calibration finished; review and accept the items you trust."))

    def accept(self) -> None:
        run, ids = self.calibration.run, self.calibration.model.checked_ids()
        if run is None or not ids:
            return
        question = self.tr("Store new parameters for %n item(s) as a new bank version? The old "
                           "parameters stay in the history and finished sessions keep theirs.",
                           "", len(ids))
        if not messages.confirm(self, self.tr("Accept calibration"), question):
            return
        self.ctx.runner.write(lambda: self.service.accept_calibration(run, ids), self._accepted,
                              self._failed, owner=self)

    def _accepted(self, result: AcceptedCalibration) -> None:
        self.calibration.show_run(None)
        self.status.setText(self.tr("%n item(s) now have new parameters (new bank version).", "",
                                    result.n_items))
        self.ctx.events.status_message.emit(self.status.text())
        self.ctx.events.items_changed.emit()

    # ------------------------------------------------------------------ simulation
    def simulate(self) -> None:
        try:
            config = self.simulation.config()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        subject, kwargs = self.simulation.subject_box.currentData(), self.simulation.request()
        self.simulation.run_button.setEnabled(False)
        self.ctx.runner.long(
            lambda progress: self.service.what_if(subject, config, progress=progress, **kwargs),
            self._simulated, self._long_failed, title=self.tr("Simulating…"), parent=self,
            write=False)

    def _simulated(self, result: Any) -> None:
        self.simulation.run_button.setEnabled(True)
        self.simulation.show_result(result)
        self.status.setText(self.tr("Simulation finished."))

    # ------------------------------------------------------------------ failures
    def _long_failed(self, failure: Failure) -> None:
        self.calibration.run_button.setEnabled(True)
        self.simulation.run_button.setEnabled(True)
        if failure.cancelled or isinstance(failure.error, CalibrationCancelled):
            self.status.setText(self.tr("Cancelled; nothing was changed."))
            return
        self._failed(failure)

    def _failed(self, failure: Failure) -> None:
        self.status.setText(failure.message)
        messages.show_failure(self, failure)


def create_screen(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    """Entry point for the main window's psychometrics (calibration/simulation) slot."""
    return PsychometricsScreen(ctx, parent)
