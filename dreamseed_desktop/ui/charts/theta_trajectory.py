"""θ trajectory of one exam session: θ after each item with the ±1.96·SE band.

Markers show whether each answer was correct (filled green circle) or incorrect (red cross);
grey diamonds mark the difficulty ``b`` of the item answered at that step, so a teacher sees the
test "following" the student.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from .base import PALETTE, ChartBase, HoverSeries, as_float_array, color

__all__ = ["ThetaTrajectoryChart", "Z95"]

#: two-sided 95 % normal quantile used for the band
Z95 = 1.96

CORRECT_BRUSH = PALETTE[2]
INCORRECT_PEN = PALETTE[1]


class ThetaTrajectoryChart(ChartBase):
    """θ estimate after each answered item of one session.

    ``set_data(theta, se, correct, difficulty=None, start=None)``: arrays indexed by answer
    sequence (item 1 … n). ``start`` = (θ, SE) before the first item (prior), drawn at x = 0.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_titles(self.tr("θ after each item"), self.tr("Item number"), self.tr("θ (ability)"))
        legend = self.add_legend()
        band_pen = pg.mkPen(color(0), width=1, style=Qt.PenStyle.DashLine)
        self.band_upper = pg.PlotDataItem([], [], pen=band_pen)
        self.band_lower = pg.PlotDataItem([], [], pen=band_pen)
        # the band is one closed polygon (upper edge, then lower edge backwards); pyqtgraph's
        # FillBetweenItem is a plain QGraphicsPathItem, whose ownership PySide loses track of
        self.band = pg.PlotDataItem([], [], pen=None, fillLevel="enclosed",
                                    fillBrush=pg.mkBrush(color(0, 45)))
        self.plot_item.addItem(self.band)
        self.plot_item.addItem(self.band_upper)
        self.plot_item.addItem(self.band_lower)
        self.line = self.plot_item.plot([], [], pen=pg.mkPen(color(0), width=2))
        self.correct_markers = pg.ScatterPlotItem(
            size=10, symbol="o", pen=pg.mkPen("w"), brush=pg.mkBrush(CORRECT_BRUSH))
        self.incorrect_markers = pg.ScatterPlotItem(
            size=11, symbol="x", pen=pg.mkPen(INCORRECT_PEN), brush=pg.mkBrush(INCORRECT_PEN))
        self.difficulty_markers = pg.ScatterPlotItem(
            size=8, symbol="d", pen=pg.mkPen("#555555"), brush=pg.mkBrush(200, 200, 200, 200))
        for item in (self.difficulty_markers, self.correct_markers, self.incorrect_markers):
            self.plot_item.addItem(item)
        legend.addItem(self.line, self.tr("θ estimate"))
        # legend swatch only (a filled polygon makes a poor legend sample)
        self._band_swatch = pg.PlotDataItem(pen=band_pen, fillLevel=0, fillBrush=color(0, 45))
        legend.addItem(self._band_swatch, self.tr("95% band (±1.96·SE)"))
        legend.addItem(self.correct_markers, self.tr("Correct"))
        legend.addItem(self.incorrect_markers, self.tr("Incorrect"))
        legend.addItem(self.difficulty_markers, self.tr("Item difficulty b"))
        self.set_data([], [], [])

    def set_data(
        self,
        theta: Sequence[float] | np.ndarray,
        se: Sequence[float] | np.ndarray,
        correct: Sequence[bool] | np.ndarray,
        difficulty: Sequence[float] | np.ndarray | None = None,
        start: tuple[float, float] | None = None,
    ) -> None:
        """Plot one session; all arrays have one entry per answered item, in order."""
        th, s = as_float_array(theta), as_float_array(se)
        ok = np.asarray(correct, dtype=bool).ravel()
        b = as_float_array(difficulty) if difficulty is not None else np.full(th.size, np.nan)
        if not (th.size == s.size == ok.size == b.size):
            raise ValueError("theta, se, correct and difficulty must have the same length")
        x = np.arange(1, th.size + 1, dtype=np.float64)
        # the line and band start at the prior (x = 0) when it is known
        lx, lth, ls = x, th, s
        if start is not None and th.size:
            lx = np.concatenate(([0.0], x))
            lth = np.concatenate(([float(start[0])], th))
            ls = np.concatenate(([float(start[1])], s))
        # answers without a stored θ are left out: NaN must never reach a QPainterPath (Qt's
        # rasteriser can corrupt memory on NaN coordinates)
        keep = np.isfinite(lth)
        lx, lth, ls = lx[keep], lth[keep], np.where(np.isfinite(ls[keep]), ls[keep], 0.0)
        self.line.setData(lx, lth)
        self.band_upper.setData(lx, lth + Z95 * ls)
        self.band_lower.setData(lx, lth - Z95 * ls)
        self.band.setData(np.concatenate([lx, lx[::-1]]),
                          np.concatenate([lth + Z95 * ls, (lth - Z95 * ls)[::-1]]))
        has_th = np.isfinite(th)
        self.correct_markers.setData(x[ok & has_th], th[ok & has_th])
        self.incorrect_markers.setData(x[~ok & has_th], th[~ok & has_th])
        has_b = np.isfinite(b)
        self.difficulty_markers.setData(x[has_b], b[has_b])
        self.band.setVisible(lx.size > 1)
        if th.size == 0:
            self.set_empty_message(self.tr("No answers in this session yet"))
            self.plot_item.setXRange(0, 10)
            self.plot_item.setYRange(-3, 3)
            self.set_hover_series([])
            return
        self.set_empty_message("")
        self.plot_item.enableAutoRange()
        labels = [self.tr("correct") if v else self.tr("incorrect") for v in ok]
        item_text = self.tr("Item {0}: θ={1:.2f} ± {2:.2f} ({3})")
        b_text = self.tr("Item {0}: difficulty b={1:.2f}")
        xb, bb = x[has_b], b[has_b]
        self.set_hover_series([
            HoverSeries(x, th, lambda i: item_text.format(i + 1, th[i], Z95 * s[i], labels[i])),
            HoverSeries(xb, bb, lambda i: b_text.format(int(xb[i]), bb[i])),
        ])

    def plotted(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """The data currently drawn per element (for tests and exports)."""
        out: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for name, item in (("line", self.line), ("upper", self.band_upper), ("lower", self.band_lower),
                           ("correct", self.correct_markers), ("incorrect", self.incorrect_markers),
                           ("difficulty", self.difficulty_markers)):
            xs, ys = item.getData()
            out[name] = (np.asarray(xs if xs is not None else []),
                         np.asarray(ys if ys is not None else []))
        return out
