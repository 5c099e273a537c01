"""θ over time: a student's learning curve and classes' average θ over time.

Both charts draw one or more :class:`ThetaSeries` (points with ±SE error bars, joined by a line)
on a date axis. The learning curve adds a least-squares trend line per series and the class
average as a dashed reference line.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from dreamseed_desktop.ui.dates import date_text

from .base import ChartBase, HoverSeries, as_float_array, clear_legend, color, to_epoch_seconds

__all__ = ["ClassThetaOverTimeChart", "LearningCurveChart", "ThetaOverTimeChart", "ThetaSeries",
           "linear_trend"]

DAY = 86400.0
#: series with more points than this are drawn without error bars (unreadable and slow)
MAX_ERROR_BARS = 2000
#: trend slopes are reported in θ per this many days
TREND_PERIOD_DAYS = 30.0


@dataclass(frozen=True)
class ThetaSeries:
    """One line: ``label`` (e.g. subject or class name), times, θ and optional SE per point."""

    label: str
    times: Sequence[object] | np.ndarray
    theta: Sequence[float] | np.ndarray
    se: Sequence[float] | np.ndarray | None = None


def linear_trend(x: np.ndarray, y: np.ndarray) -> tuple[float, float] | None:
    """Ordinary least squares ``y = slope * x + intercept``; None with < 2 distinct x."""
    ok = np.isfinite(x) & np.isfinite(y)
    x, y = x[ok], y[ok]
    if x.size < 2 or np.ptp(x) == 0:
        return None
    xm = x.mean()
    slope = float(np.sum((x - xm) * (y - y.mean())) / np.sum((x - xm) ** 2))
    return slope, float(y.mean() - slope * xm)


class ThetaOverTimeChart(ChartBase):
    """Several θ series on a date axis, each with ±1 SE error bars."""

    SHOW_TREND = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, date_axis=True)
        self.set_titles(self.tr("Average θ over time"), self.tr("Date"), self.tr("θ (ability)"))
        self.legend = self.add_legend()
        self.lines: list[pg.PlotDataItem] = []
        self.error_bars: list[pg.ErrorBarItem] = []
        self.trends: list[pg.PlotDataItem] = []
        self.reference = self.plot_item.plot(
            [], [], pen=pg.mkPen("#444444", width=2, style=Qt.PenStyle.DashLine),
            symbol="s", symbolSize=5, symbolBrush="#444444", symbolPen=None)
        self._slopes: dict[str, float] = {}
        self.set_data([])

    def set_data(self, series: Sequence[ThetaSeries], reference: ThetaSeries | None = None) -> None:
        """Draw ``series`` (one colour each) and an optional dashed ``reference`` line."""
        clear_legend(self.legend)
        self._slopes = {}
        hover: list[HoverSeries] = []
        all_x: list[np.ndarray] = []
        for i, s in enumerate(series):
            x, y, se = self._arrays(s)
            self._ensure_handles(i)
            self.lines[i].setData(x, y)
            self.lines[i].setVisible(True)
            bars = 0 < x.size <= MAX_ERROR_BARS  # beyond that they merge into a slow solid band
            self.error_bars[i].setData(x=x if bars else np.zeros(0), y=y if bars else np.zeros(0),
                                       top=se if bars else None, bottom=se if bars else None, beam=0)
            self.error_bars[i].setVisible(bars)
            self.legend.addItem(self.lines[i], s.label)
            self._draw_trend(i, s.label, x, y)
            hover.append(self._hover(s.label, x, y, se))
            all_x.append(x)
        for j in range(len(series), len(self.lines)):
            for item in (self.lines[j], self.error_bars[j], self.trends[j]):
                item.setVisible(False)
            self.lines[j].setData([], [])
            self.trends[j].setData([], [])
        if reference is not None:
            rx, ry, rse = self._arrays(reference)
            self.reference.setData(rx, ry)
            self.legend.addItem(self.reference, reference.label)
            hover.append(self._hover(reference.label, rx, ry, rse))
            all_x.append(rx)
        else:
            self.reference.setData([], [])
        self.reference.setVisible(reference is not None)
        self.set_hover_series(hover)
        xs = np.concatenate(all_x) if all_x else np.zeros(0)
        if xs.size == 0:
            now = datetime.now().timestamp()
            self.plot_item.setXRange(now - 30 * DAY, now)
            self.plot_item.setYRange(-3, 3)
            self.set_empty_message(self.tr("No completed sessions yet"))
            return
        self.set_empty_message("")
        self.plot_item.enableAutoRange(axis="y")
        lo, hi = float(xs.min()), float(xs.max())
        pad = max((hi - lo) * 0.05, 3 * DAY)
        self.plot_item.setXRange(lo - pad, hi + pad, padding=0)

    def trend_slopes(self) -> dict[str, float]:
        """Trend slope per series label in θ per ``TREND_PERIOD_DAYS`` days (trend charts only)."""
        return dict(self._slopes)

    def series_data(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """(x in POSIX seconds, θ) currently drawn for series ``index``."""
        x, y = self.lines[index].getData()
        return np.asarray(x), np.asarray(y)

    # ------------------------------------------------------------------ internals
    @staticmethod
    def _arrays(s: ThetaSeries) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        x, y = to_epoch_seconds(s.times), as_float_array(s.theta)
        se = as_float_array(s.se) if s.se is not None else np.zeros_like(y)
        if not (x.size == y.size == se.size):
            raise ValueError(f"series {s.label!r}: times, theta and se must have the same length")
        order = np.argsort(x, kind="stable")
        x, y, se = x[order], y[order], se[order]
        return x, y, np.where(np.isfinite(se), se, 0.0)

    def _ensure_handles(self, i: int) -> None:
        while len(self.lines) <= i:
            k = len(self.lines)
            self.lines.append(self.plot_item.plot(
                [], [], pen=pg.mkPen(color(k), width=2), symbol="o", symbolSize=8,
                symbolBrush=color(k), symbolPen=pg.mkPen("w")))
            bars = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), pen=pg.mkPen(color(k), width=1.5))
            self.plot_item.addItem(bars)
            self.error_bars.append(bars)
            self.trends.append(self.plot_item.plot(
                [], [], pen=pg.mkPen(color(k), width=1.5, style=Qt.PenStyle.DotLine)))

    def _draw_trend(self, i: int, label: str, x: np.ndarray, y: np.ndarray) -> None:
        fit = linear_trend(x, y) if self.SHOW_TREND else None
        if fit is None:
            self.trends[i].setData([], [])
            self.trends[i].setVisible(False)
            return
        slope, intercept = fit
        ends = np.array([x.min(), x.max()])
        self.trends[i].setData(ends, slope * ends + intercept)
        self.trends[i].setVisible(True)
        self._slopes[label] = slope * TREND_PERIOD_DAYS * DAY

    def _hover(self, label: str, x: np.ndarray, y: np.ndarray, se: np.ndarray) -> HoverSeries:
        text = self.tr("{0} · {1}: θ={2:.2f} ± {3:.2f}")
        return HoverSeries(x, y, lambda i: text.format(
            label, date_text(datetime.fromtimestamp(x[i])), y[i], se[i]))


class LearningCurveChart(ThetaOverTimeChart):
    """A student's θ per completed session over time, per subject, with a trend line per subject
    and the class average (``reference``) for comparison.

    ``set_data(series, reference)`` — one :class:`ThetaSeries` per subject; ``reference`` is the
    class average over the same period (label it e.g. "Class average").
    """

    SHOW_TREND = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_title(self.tr("Learning curve"))
        self.refresh_accessible()


class ClassThetaOverTimeChart(ThetaOverTimeChart):
    """Average θ per class over time (one series per class; SE of the mean as error bars)."""
