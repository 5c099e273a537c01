"""Item characteristic curves (ICC) and item information curves for one or a few items.

Used by the item bank screen (selected items) and the item analysis / calibration screens.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from dreamseed_desktop.cat.models import item_information, prob

from .base import ChartBase, HoverSeries, as_float_array, clear_legend, color

__all__ = ["ItemCurvesChart"]


class ItemCurvesChart(ChartBase):
    """ICC (top) and information (bottom, x-linked) of up to ``MAX_CURVES`` items.

    ``set_data(a, b, c, labels)`` takes 3PL parameters on the logistic metric (``c`` may be
    ``None`` for 2PL). With more than ``MAX_CURVES`` items it draws the bank's test characteristic
    curve (mean P) and total information instead of one curve per item. Observed proportions
    (e.g. per θ group from stored attempts) can be overlaid with :meth:`set_observed`.
    """

    MAX_CURVES = 12
    GRID_POINTS = 161

    def __init__(
        self,
        parent: QWidget | None = None,
        show_information: bool = True,
        theta_range: tuple[float, float] = (-4.0, 4.0),
    ) -> None:
        super().__init__(parent)
        self._theta = np.linspace(theta_range[0], theta_range[1], self.GRID_POINTS)
        self.set_titles(self.tr("Item characteristic curve"), self.tr("θ (ability)"),
                        self.tr("P(correct)"))
        self.plot_item.setYRange(0.0, 1.0, padding=0.02)
        self.plot_item.setXRange(*theta_range, padding=0.0)
        self._legend = self.add_legend()
        self.info_plot: pg.PlotItem | None = None
        if show_information:
            self.info_plot = self.add_plot(link_x=self.plot_item)
            self.info_plot.setLabel("bottom", self.tr("θ (ability)"))
            self.info_plot.setLabel("left", self.tr("Information"))
        self.icc_curves: list[pg.PlotDataItem] = []
        self.info_curves: list[pg.PlotDataItem] = []
        self.b_markers = pg.ScatterPlotItem(size=9, symbol="d", pen=pg.mkPen("k"))
        self.plot_item.addItem(self.b_markers)
        self.observed = pg.ScatterPlotItem(size=8, symbol="o", pen=pg.mkPen("k"),
                                           brush=pg.mkBrush(255, 255, 255, 220))
        self.plot_item.addItem(self.observed)
        self._labels: list[str] = []
        self._aggregated = False
        self.set_data([], [], None)

    # ------------------------------------------------------------------ public API
    @property
    def theta_grid(self) -> np.ndarray:
        """The θ values every curve is evaluated at."""
        return self._theta

    @property
    def aggregated(self) -> bool:
        """True when too many items were given and bank-level curves are drawn instead."""
        return self._aggregated

    def set_data(
        self,
        a: Sequence[float] | np.ndarray,
        b: Sequence[float] | np.ndarray,
        c: Sequence[float] | np.ndarray | None = None,
        labels: Sequence[str] | None = None,
    ) -> None:
        """Show the curves of the items with parameters ``a``, ``b``, ``c`` (equal lengths)."""
        a_arr, b_arr = as_float_array(a), as_float_array(b)
        c_arr = np.zeros_like(b_arr) if c is None else as_float_array(c)
        if not (a_arr.size == b_arr.size == c_arr.size):
            raise ValueError("a, b and c must have the same length")
        names = list(labels) if labels is not None else [f"#{i + 1}" for i in range(b_arr.size)]
        if len(names) != b_arr.size:
            raise ValueError("labels must match the number of items")
        ok = np.isfinite(a_arr) & np.isfinite(b_arr) & np.isfinite(c_arr)
        a_arr, b_arr, c_arr = a_arr[ok], b_arr[ok], c_arr[ok]
        names = [n for n, keep in zip(names, ok) if keep]
        self.observed.setData([], [])
        clear_legend(self._legend)
        if b_arr.size == 0:
            self._show_curves([], [], [])
            self.b_markers.setData([], [])
            self.set_hover_series([])
            self.set_empty_message(self.tr("No items selected"))
            return
        self.set_empty_message("")
        p = prob(self._theta, a_arr, b_arr, c_arr)  # (T, n)
        info = item_information(self._theta, a_arr, b_arr, c_arr)
        self._aggregated = b_arr.size > self.MAX_CURVES
        if self._aggregated:
            names = [self.tr("Mean of %n items", "", b_arr.size)]
            p = p.mean(axis=1, keepdims=True)
            info = info.sum(axis=1, keepdims=True)
            self.b_markers.setData([], [])
        else:
            p_at_b = c_arr + (1.0 - c_arr) / 2.0
            self.b_markers.setData(
                b_arr, p_at_b, brush=[pg.mkBrush(color(i)) for i in range(b_arr.size)]
            )
        self._labels = names
        self._show_curves([p[:, i] for i in range(p.shape[1])],
                          [info[:, i] for i in range(info.shape[1])], names)
        self._set_hover(p, info, a_arr, b_arr, c_arr)

    def set_observed(self, theta: Sequence[float], p_observed: Sequence[float]) -> None:
        """Overlay observed proportions correct (e.g. per θ group) on the ICC plot."""
        x, y = as_float_array(theta), as_float_array(p_observed)
        if x.size != y.size:
            raise ValueError("theta and p_observed must have the same length")
        self.observed.setData(x, y)

    def curve_data(self, index: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(θ, P, information) currently plotted for curve ``index`` (for tests and export)."""
        x, y = self.icc_curves[index].getData()
        info = self.info_curves[index].getData()[1] if self.info_curves else np.zeros(0)
        return np.asarray(x), np.asarray(y), np.asarray(info)

    def visible_curve_count(self) -> int:
        """Number of ICC curves currently drawn."""
        return sum(1 for curve in self.icc_curves if curve.isVisible())

    # ------------------------------------------------------------------ internals
    def _curve(self, plot: pg.PlotItem, index: int) -> pg.PlotDataItem:
        return plot.plot([], [], pen=pg.mkPen(color(index), width=2))

    def _show_curves(self, p_cols: list[np.ndarray], info_cols: list[np.ndarray],
                     names: list[str]) -> None:
        while len(self.icc_curves) < len(p_cols):
            i = len(self.icc_curves)
            self.icc_curves.append(self._curve(self.plot_item, i))
            if self.info_plot is not None:
                self.info_curves.append(self._curve(self.info_plot, i))
        for curves, cols in ((self.icc_curves, p_cols), (self.info_curves, info_cols)):
            for i, curve in enumerate(curves):
                if i < len(cols):
                    curve.setData(self._theta, cols[i])
                else:
                    curve.setData([], [])
                curve.setVisible(i < len(cols))
        for i in range(len(p_cols)):
            self._legend.addItem(self.icc_curves[i], names[i])
        if self.info_plot is not None:
            self.info_plot.enableAutoRange(axis="y")
        self.plot_widget.setCursor(Qt.CursorShape.CrossCursor)

    def _set_hover(self, p: np.ndarray, info: np.ndarray, a: np.ndarray, b: np.ndarray,
                   c: np.ndarray) -> None:
        series: list[HoverSeries] = []
        theta = self._theta

        def describe(name: str, col: np.ndarray, what: str, extra: str = "") -> Callable[[int], str]:
            return lambda k: f"{name}: θ={theta[k]:.2f}  {what}={col[k]:.3f}{extra}"

        for i in range(p.shape[1]):
            name = self._labels[i]
            extra = "" if self._aggregated else f"  (a={a[i]:.2f}, b={b[i]:.2f}, c={c[i]:.2f})"
            series.append(HoverSeries(theta, p[:, i], describe(name, p[:, i], "P", extra)))
            if self.info_plot is not None:
                series.append(HoverSeries(theta, info[:, i], describe(name, info[:, i], "I"),
                                          plot=self.info_plot))
        self.set_hover_series(series)
