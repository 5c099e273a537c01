"""Class statistics charts for the admins' view.

* :class:`ThetaHistogramChart` — θ distribution of a class (or grade);
* :class:`ScoreHistogramChart` — percent correct of items answered (0–100);
* :class:`ClassComparisonChart` — mean θ per class side by side (± SD);
* :class:`CompletionRateChart` — share of started sessions that were completed, per class/exam;
* average θ per class over time: :class:`~.learning_curve.ClassThetaOverTimeChart`.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtWidgets import QWidget

from .bars import CategoryBarChart, HistogramChart
from .base import as_float_array

__all__ = ["ClassComparisonChart", "CompletionRateChart", "ScoreHistogramChart",
           "ThetaHistogramChart"]


class ThetaHistogramChart(HistogramChart):
    """θ of each student's latest completed session in half-logit bins from −4 to 4."""

    EDGES = tuple(np.linspace(-4.0, 4.0, 17))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("θ distribution"), self.tr("θ (ability)"))


class ScoreHistogramChart(HistogramChart):
    """Percent correct of items answered (0–100) in bins of 10 points; 100 falls in the last bin.

    The axis says what the number is: in an adaptive test it is not a comparable score."""

    EDGES = tuple(float(v) for v in range(0, 101, 10))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("% correct distribution"), self.tr("% correct of items answered"))


class ClassComparisonChart(CategoryBarChart):
    """Mean θ per class with ± one standard deviation; hover shows the number of students."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Classes side by side"), "", self.tr("Mean θ (± SD)"))

    def set_classes(self, names: Sequence[str], mean_theta: Sequence[float],
                    sd_theta: Sequence[float] | None = None,
                    n_students: Sequence[int] | None = None) -> None:
        """Convenience wrapper of ``set_data`` with "n = …" hover notes."""
        notes = None
        if n_students is not None:
            fmt = self.tr("n = {0}")
            notes = [fmt.format(int(n)) for n in n_students]
        self.set_data(names, mean_theta, sd_theta, notes)


class CompletionRateChart(CategoryBarChart):
    """Completed ÷ started sessions per class (or exam), in percent, with a 100 % reference."""

    VALUE_FORMAT = "{0:.0f}%"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Completion rate"), "", self.tr("Completed (%)"))
        self.plot_item.setYRange(0, 112, padding=0)

    def set_counts(self, names: Sequence[str], completed: Sequence[int],
                   started: Sequence[int]) -> None:
        """Rates from counts; a class with nothing started shows 0 % and says so on hover."""
        done, total = as_float_array(completed), as_float_array(started)
        if done.size != total.size:
            raise ValueError("completed and started must have the same length")
        with np.errstate(divide="ignore", invalid="ignore"):
            rates = np.where(total > 0, 100.0 * done / np.maximum(total, 1), 0.0)
        fmt = self.tr("{0:g} of {1:g} finished")
        self.set_data(names, rates, notes=[fmt.format(d, t) for d, t in zip(done, total)])
        self.plot_item.setYRange(0, 112, padding=0)
