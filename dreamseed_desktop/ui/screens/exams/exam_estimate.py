"""The exam dialog's "what to expect": a quick simulation of the design on the exam's pool.

Before the teacher saves, :class:`EstimatePanel` runs the existing what-if simulation
(``PsychometricsService.what_if``: simulated students of average spread answer the pool's real
items through the chosen design) on a worker thread, and says in plain words how many questions
students will usually get and how close their results will be. A newer request replaces an
older one; *Cancel* stops a run between chunks of simulated students.

Signals: ``finished(object)`` — the WhatIfResult that is shown now (tests wait for it).
"""
from __future__ import annotations

from collections.abc import Callable
from threading import Event
from typing import Any

import numpy as np
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dreamseed_desktop.cat.config import CatConfig
from dreamseed_desktop.services.psychometrics.dto import WhatIfResult
from dreamseed_desktop.ui.workers import Failure, TaskHandle, TaskRunner

#: simulated students per estimate: enough for a stable mean length and error, quick on a laptop
N_SIMULATED = 300
#: wait this long after the last change before simulating
DEBOUNCE_MS = 700

Simulate = Callable[..., WhatIfResult]
#: plural texts (marked in _plural_texts so lupdate writes their plural forms)
USUAL_LENGTH = "Students will usually answer %1–%2 questions (on average %n)."
FINISH_EARLY = "%n% of students finish early because their result is already precise enough."


class _Token:
    """The progress sink handed to the simulation: a cancel flag it checks between chunks."""

    def __init__(self) -> None:
        self._event = Event()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Progress is not shown (the run takes a moment); only the flag matters."""


def describe(result: WhatIfResult, *, advanced: bool) -> str:
    """The expectation in plain words (rich text); the technical figures when ``advanced``."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    lengths = np.asarray(result.lengths, dtype=float)
    low, high = (int(round(v)) for v in np.percentile(lengths, [10, 90]))
    mean = int(round(float(lengths.mean())))
    early = sum(n for reason, n in result.stop_reasons.items() if reason in ("se_target", "min_information"))
    share_early = round(100 * early / max(result.n_examinees, 1))
    lines = [
        translate("EstimatePanel", USUAL_LENGTH, None, mean).replace("%1", str(low)).replace("%2", str(high)),
        translate("EstimatePanel", "Their results will be about ±%1 from their true level (on a scale "
                                   "where most students are between −2 and +2).")
        .replace("%1", f"{1.96 * result.rmse:.2f}"),
        translate("EstimatePanel", FINISH_EARLY, None, share_early),
    ]
    if advanced:
        mean_se = [b.mean_se for b in result.bands if b.mean_se is not None]
        rel = result.marginal_reliability
        lines.append(translate("EstimatePanel", "RMSE %1 · mean SE %2 · reliability %3 · %4 simulated "
                                                "students · pool %5 items")
                     .replace("%1", f"{result.rmse:.3f}")
                     .replace("%2", f"{float(np.mean(mean_se)):.3f}" if mean_se else "–")
                     .replace("%3", f"{rel:.2f}" if rel is not None else "–")
                     .replace("%4", str(result.n_examinees)).replace("%5", str(result.n_items_in_bank)))
    return "<br>".join(lines)


class EstimatePanel(QGroupBox):
    """"What to expect" box: text, *Recalculate* and *Cancel*."""

    finished = Signal(object)

    def __init__(self, runner: TaskRunner, simulate: Simulate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What to expect (a quick simulation of %n students)", "", N_SIMULATED))
        self.setObjectName("estimatePanel")
        self._runner, self._simulate = runner, simulate
        self._request: tuple[str, CatConfig, tuple[int, ...], tuple[str, ...]] | None = None
        self._token: _Token | None = None
        self._handle: TaskHandle | None = None
        self.advanced = False
        self.result: WhatIfResult | None = None
        self.text = QLabel(self.tr("Choose a subject with items to see what to expect."))
        self.text.setObjectName("estimateText")
        self.text.setWordWrap(True)
        self.again = QPushButton(self.tr("Recalculate"))
        self.again.setObjectName("estimateAgain")
        self.cancel = QPushButton(self.tr("Cancel calculation"))
        self.cancel.setObjectName("estimateCancel")
        self.cancel.setEnabled(False)
        self.again.clicked.connect(self.run_now)
        self.cancel.clicked.connect(self.stop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)

    def request(self, subject: str, config: CatConfig, grades: tuple[int, ...],
                strands: tuple[str, ...], *, pool: int) -> None:
        """The design or pool changed: simulate again shortly (nothing to do without a pool)."""
        self._request = (subject, config, grades, strands) if subject and pool > 0 else None
        self.stop()
        if self._request is None:
            self.text.setText(self.tr("No items to simulate: choose a subject, grades and strands "
                                      "that have items."))
            return
        self.text.setText(self.tr("Calculating…"))
        self._timer.start()

    def run_now(self) -> None:
        self._timer.stop()
        if self._request is None:
            return
        self.stop()
        subject, config, grades, strands = self._request
        token = self._token = _Token()
        self.cancel.setEnabled(True)
        self.text.setText(self.tr("Calculating…"))

        def work() -> WhatIfResult:
            return self._simulate(subject, config, n_examinees=N_SIMULATED, seed=1, progress=token,
                                  grades=grades, strands=strands)

        self._handle = self._runner.read(work, lambda r: self._done(token, r),
                                         lambda f: self._failed(token, f), key="exam-estimate", owner=self)

    def stop(self) -> None:
        """Cancel a running simulation (it stops before its next chunk of students)."""
        self._timer.stop()
        if self._token is not None:
            self._token.cancel()
            self._token = None
            self.text.setText(self.tr("Calculation cancelled. Press Recalculate to run it again."))
        self.cancel.setEnabled(False)

    def set_advanced(self, advanced: bool) -> None:
        self.advanced = advanced
        if self.result is not None:
            self.text.setText(describe(self.result, advanced=advanced))

    def _done(self, token: _Token, result: WhatIfResult) -> None:
        if token is not self._token:
            return
        self._token = None
        self.cancel.setEnabled(False)
        self.result = result
        self.text.setText(describe(result, advanced=self.advanced))
        self.finished.emit(result)

    def _failed(self, token: _Token, failure: Failure) -> None:
        if token is not self._token:
            return
        self._token = None
        self.cancel.setEnabled(False)
        if not failure.cancelled:
            self.text.setText(failure.message)

    def pending(self) -> bool:
        return self._token is not None or self._timer.isActive()


def _plural_texts() -> None:  # pragma: no cover - never called: lupdate reads the calls
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.translate("EstimatePanel", "Students will usually answer %1–%2 questions (on average %n).",
                               None, 2)
    QCoreApplication.translate("EstimatePanel", "%n% of students finish early because their result is already "
                                                "precise enough.", None, 2)


__all__: list[Any] = ["DEBOUNCE_MS", "N_SIMULATED", "EstimatePanel", "describe"]
