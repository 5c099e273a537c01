"""Test information and standard error curves of an item bank (or any set of items)."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from dreamseed_desktop.cat.models import test_information

from .base import ChartBase, HoverSeries, as_float_array, clear_legend, color

__all__ = ["BankInformationChart"]


class BankInformationChart(ChartBase):
    """Total information ``I(θ)`` (top) and ``SE(θ) = 1/√I(θ)`` (bottom) of a bank.

    ``set_data(a, b, c)`` computes both on a θ grid. With ``se_target`` the SE plot shows the
    CAT stopping target as a dashed line, so an admin sees where the bank can reach it.
    Several banks (e.g. old vs new calibration) can be compared with ``set_banks``.
    """

    GRID_POINTS = 161

    def __init__(self, parent: QWidget | None = None,
                 theta_range: tuple[float, float] = (-4.0, 4.0)) -> None:
        super().__init__(parent)
        self._theta = np.linspace(theta_range[0], theta_range[1], self.GRID_POINTS)
        self.set_titles(self.tr("Bank information"), self.tr("θ (ability)"), self.tr("Information"))
        self.legend = self.add_legend()
        self.se_plot = self.add_plot(link_x=self.plot_item)
        self.se_plot.setLabel("bottom", self.tr("θ (ability)"))
        self.se_plot.setLabel("left", self.tr("Standard error"))
        # (no InfiniteLine label: see bars.HistogramChart)
        self.target_line = pg.InfiniteLine(angle=0, pen=pg.mkPen(color(1), width=1.5,
                                                                 style=Qt.PenStyle.DashLine))
        self.se_plot.addItem(self.target_line, ignoreBounds=True)
        self.target_label = pg.TextItem(anchor=(0.0, 1.0), color=color(1))
        self.se_plot.addItem(self.target_label, ignoreBounds=True)
        self.info_curves: list[pg.PlotDataItem] = []
        self.se_curves: list[pg.PlotDataItem] = []
        self.set_data([], [])

    @property
    def theta_grid(self) -> np.ndarray:
        """θ values the curves are evaluated at."""
        return self._theta

    def set_data(self, a: Sequence[float] | np.ndarray, b: Sequence[float] | np.ndarray,
                 c: Sequence[float] | np.ndarray | None = None, label: str = "",
                 se_target: float | None = None) -> None:
        """One bank; ``label`` names it in the legend."""
        self.set_banks([(label or self.tr("Bank"), a, b, c)], se_target)

    def set_banks(self, banks: Sequence[tuple[str, object, object, object]],
                  se_target: float | None = None) -> None:
        """Several banks ``(label, a, b, c)`` drawn in palette order."""
        clear_legend(self.legend)
        hover: list[HoverSeries] = []
        shown = 0
        for label, a, b, c in banks:
            a_arr, b_arr = as_float_array(a), as_float_array(b)  # type: ignore[arg-type]
            c_arr = np.zeros_like(b_arr) if c is None else as_float_array(c)  # type: ignore[arg-type]
            ok = np.isfinite(a_arr) & np.isfinite(b_arr) & np.isfinite(c_arr)
            if not ok.any():
                continue
            info = np.asarray(test_information(self._theta, a_arr[ok], b_arr[ok], c_arr[ok]))
            se = 1.0 / np.sqrt(np.maximum(info, 1e-12))
            self._ensure(shown)
            self.info_curves[shown].setData(self._theta, info)
            self.se_curves[shown].setData(self._theta, se)
            self.legend.addItem(self.info_curves[shown], f"{label} ({int(ok.sum())})")
            hover.append(self._hover(label, info, "I"))
            hover.append(self._hover(label, se, "SE", self.se_plot))
            shown += 1
        for i in range(len(self.info_curves)):
            self.info_curves[i].setVisible(i < shown)
            self.se_curves[i].setVisible(i < shown)
        self.target_line.setVisible(se_target is not None)
        self.target_label.setVisible(se_target is not None)
        if se_target is not None:
            self.target_line.setValue(se_target)
            self.target_label.setText(self.tr("SE target {0:.2f}").format(se_target))
            self.target_label.setPos(float(self._theta[0]) + 0.1, se_target)
        self.set_hover_series(hover)
        self.set_empty_message("" if shown else self.tr("No items"))
        self.plot_item.enableAutoRange(axis="y")
        lowest = min((float(np.min(c.getData()[1])) for c in self.se_curves[:shown]), default=0.5)
        self.se_plot.setYRange(0, min(max(1.5, 2.5 * lowest), 5.0), padding=0)

    def curves(self, index: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(θ, information, SE) drawn for bank ``index``."""
        _, info = self.info_curves[index].getData()
        _, se = self.se_curves[index].getData()
        return self._theta, np.asarray(info), np.asarray(se)

    def _ensure(self, i: int) -> None:
        while len(self.info_curves) <= i:
            k = len(self.info_curves)
            self.info_curves.append(self.plot_item.plot([], [], pen=pg.mkPen(color(k), width=2)))
            self.se_curves.append(self.se_plot.plot([], [], pen=pg.mkPen(color(k), width=2)))

    def _hover(self, label: str, y: np.ndarray, what: str,
               plot: pg.PlotItem | None = None) -> HoverSeries:
        theta = self._theta
        return HoverSeries(theta, y, lambda k: f"{label}: θ={theta[k]:.2f}  {what}={y[k]:.3f}", plot)
