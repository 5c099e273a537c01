"""Bar-based charts: histograms and one-bar-per-category charts.

Concrete charts (class statistics, simulation results) subclass these two and only set titles,
bin edges and tooltips.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from .base import ChartBase, HoverSeries, as_float_array, color

__all__ = ["CategoryBarChart", "HistogramChart", "MAX_CATEGORY_LABELS"]

#: with more categories than this, values are not written above the bars
MAX_CATEGORY_LABELS = 30


def _nice_step(raw: float) -> float:
    """Smallest of 1, 2, 5 × 10^k (and at least 1) not below ``raw``."""
    if raw <= 1:
        return 1.0
    magnitude = 10 ** np.floor(np.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return float(factor * magnitude)
    return float(10 * magnitude)


class HistogramChart(ChartBase):
    """Counts of values in bins, with a dashed line at the mean.

    ``set_data(values)`` bins raw values with ``edges()``; ``set_counts(edges, counts)`` draws
    precomputed bins (e.g. from a SQL ``width_bucket`` query). Values outside the edges are
    counted in the first/last bin so nothing silently disappears.
    """

    #: default bin edges (subclasses override)
    EDGES: tuple[float, ...] = tuple(np.linspace(-4.0, 4.0, 17))

    def __init__(self, parent: QWidget | None = None, title: str = "", x_label: str = "",
                 y_label: str = "") -> None:
        super().__init__(parent)
        self.set_titles(title, x_label, y_label or self.tr("Number of students"))
        self.bars = pg.BarGraphItem(x0=[], x1=[], height=[], brush=color(0), pen=pg.mkPen("w"))
        self.plot_item.addItem(self.bars)
        # (no InfiniteLine label: label and line form a reference cycle whose garbage
        # collection double-frees under PySide; a separate TextItem has no cycle)
        self.mean_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(color(1), width=2,
                                                                style=Qt.PenStyle.DashLine))
        self.mean_line.setVisible(False)
        self.plot_item.addItem(self.mean_line, ignoreBounds=True)
        self.mean_label = pg.TextItem(anchor=(1.0, 0.0), color=color(1), fill=(255, 255, 255, 200))
        self.mean_label.setVisible(False)
        self.plot_item.addItem(self.mean_label, ignoreBounds=True)
        self.plot_item.setMouseEnabled(y=False)
        self._edges = np.asarray(self.EDGES, dtype=np.float64)
        self._counts = np.zeros(self._edges.size - 1)
        self.set_data([])

    def edges(self) -> np.ndarray:
        """Bin edges used by :meth:`set_data`."""
        return np.asarray(self.EDGES, dtype=np.float64)

    def set_data(self, values: Sequence[float] | np.ndarray) -> None:
        """Bin and draw raw values (NaN ignored)."""
        v = as_float_array(values)
        v = v[np.isfinite(v)]
        edges = self.edges()
        counts, _ = np.histogram(np.clip(v, edges[0], edges[-1]), bins=edges)
        self.set_counts(edges, counts, mean=float(v.mean()) if v.size else None)

    def set_counts(self, edges: Sequence[float] | np.ndarray, counts: Sequence[float] | np.ndarray,
                   mean: float | None = None) -> None:
        """Draw precomputed bins: ``len(edges) == len(counts) + 1``."""
        e, c = as_float_array(edges), as_float_array(counts)
        if e.size != c.size + 1:
            raise ValueError("edges must have one more entry than counts")
        self._edges, self._counts = e, c
        self.bars.setOpts(x0=e[:-1], x1=e[1:], height=c)
        total = float(c.sum())
        self.plot_item.setXRange(float(e[0]), float(e[-1]), padding=0.02)
        top = max(float(c.max()) if c.size else 0.0, 1.0)
        self.plot_item.setYRange(0, top * 1.1, padding=0)
        self.mean_line.setVisible(mean is not None)
        self.mean_label.setVisible(mean is not None)
        if mean is not None:
            self.mean_line.setValue(mean)
            self.mean_label.setText(self.tr("mean {0:.2f}").format(mean))
            self.mean_label.setPos(mean, top * 1.09)
        step = _nice_step(top / 5.0)  # counts: whole-number ticks only
        self.plot_item.getAxis("left").setTickSpacing(step, step)
        mid = (e[:-1] + e[1:]) / 2
        text = self.tr("{0:g} – {1:g}: {2:g} ({3:.0f}%)")
        self.set_hover_series([HoverSeries(mid, c, lambda i: text.format(
            e[i], e[i + 1], c[i], 100.0 * c[i] / total if total else 0.0))])
        self.set_empty_message("" if total > 0 else self.tr("No data"))

    def counts(self) -> tuple[np.ndarray, np.ndarray]:
        """(edges, counts) currently drawn."""
        return self._edges.copy(), self._counts.copy()

    def mean_value(self) -> float | None:
        """Position of the mean line, None when hidden."""
        return float(self.mean_line.value()) if self.mean_line.isVisible() else None


class CategoryBarChart(ChartBase):
    """One bar per category (class, item, θ band …) with optional ± error bars and a target line.

    ``set_data(labels, values, errors=None, notes=None)``; ``notes`` are extra hover texts
    (e.g. "12 of 15 finished").
    """

    VALUE_FORMAT = "{0:.2f}"

    def __init__(self, parent: QWidget | None = None, title: str = "", x_label: str = "",
                 y_label: str = "") -> None:
        super().__init__(parent)
        self.set_titles(title, x_label, y_label)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=color(0), pen=pg.mkPen("w"))
        self.highlight_bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=color(1),
                                              pen=pg.mkPen("w"))
        self.plot_item.addItem(self.bars)
        self.plot_item.addItem(self.highlight_bars)
        self.error_bars = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), pen=pg.mkPen("k", width=1.5),
                                          beam=0.25)
        self.plot_item.addItem(self.error_bars)
        self.target_line = pg.InfiniteLine(angle=0, pen=pg.mkPen(color(1), width=2,
                                                                 style=Qt.PenStyle.DashLine))
        self.target_line.setVisible(False)
        self.plot_item.addItem(self.target_line, ignoreBounds=True)
        # room for category names (Hangul glyphs are taller than the axis's automatic height)
        self.plot_item.getAxis("bottom").setHeight(34 if not x_label else 52)
        self._labels: list[str] = []
        self._values = np.zeros(0)
        self.value_labels: list[pg.TextItem] = []
        self.set_data([], [])

    def set_target(self, value: float | None) -> None:
        """Draw (or hide with None) a horizontal dashed target line, e.g. an exposure limit."""
        self.target_line.setVisible(value is not None)
        if value is not None:
            self.target_line.setValue(value)

    def set_data(self, labels: Sequence[str], values: Sequence[float] | np.ndarray,
                 errors: Sequence[float] | np.ndarray | None = None,
                 notes: Sequence[str] | None = None,
                 highlight: Sequence[bool] | np.ndarray | None = None) -> None:
        """Draw one bar per label; ``highlight`` colours chosen bars (e.g. flagged items)."""
        v = as_float_array(values)
        names = [str(x) for x in labels]
        if len(names) != v.size:
            raise ValueError("labels and values must have the same length")
        x = np.arange(v.size, dtype=np.float64)
        heights = np.where(np.isfinite(v), v, 0.0)
        flags = (np.asarray(highlight, dtype=bool).ravel() if highlight is not None
                 else np.zeros(v.size, dtype=bool))
        # two single-colour bar items (pyqtgraph draws per-bar brushes through a QPicture,
        # which has crashed in QPicture::play under PySide6)
        width = 0.7 if v.size < 200 else 1.0
        pen = pg.mkPen("w") if v.size < 200 else pg.mkPen(None)
        self.bars.setOpts(x=x[~flags], height=heights[~flags], width=width, pen=pen)
        self.highlight_bars.setOpts(x=x[flags], height=heights[flags], width=width, pen=pen)
        err = as_float_array(errors) if errors is not None else np.zeros(0)
        if err.size > MAX_CATEGORY_LABELS * 10:  # thousands of whiskers: unreadable and slow
            err = np.zeros(0)
        if err.size:
            self.error_bars.setData(x=x, y=heights, top=err, bottom=err)
        else:
            # setData merges with the old options: drop the old whiskers too (else pyqtgraph
            # broadcasts 0 bars against the previous n and raises while painting)
            self.error_bars.setData(x=np.zeros(0), y=np.zeros(0), top=None, bottom=None)
        self.error_bars.setVisible(bool(err.size))
        self._labels, self._values = names, v
        self._set_ticks(names)
        self._set_value_labels(x, heights, v)
        self.set_empty_message("" if v.size else self.tr("No data"))
        if v.size:
            self.plot_item.setXRange(-0.6, v.size - 0.4, padding=0)
            # heights are finite already; a missing (NaN) whisker must not hide the real bars
            spread = np.abs(heights) + (np.nan_to_num(np.abs(err)) if err.size == heights.size else 0.0)
            if float(np.max(spread)) > 0:
                self.plot_item.enableAutoRange(axis="y")
            else:
                # every bar at 0 (classes without results yet): a fixed range, not pyqtgraph's
                # ±5e-05 around zero with its "-5e-05" ticks
                self.plot_item.setYRange(-1.0, 1.0, padding=0)
        extra = list(notes) if notes is not None else [""] * v.size
        self.set_hover_series([HoverSeries(x, heights, lambda i: (
            f"{names[i]}: {self.VALUE_FORMAT.format(v[i])}"
            + (f" ± {err[i]:.2f}" if err.size else "") + (f"  {extra[i]}" if extra[i] else "")))])

    def bar_values(self) -> tuple[list[str], np.ndarray]:
        """(labels, values) currently drawn."""
        return list(self._labels), self._values.copy()

    def _set_value_labels(self, x: np.ndarray, heights: np.ndarray, v: np.ndarray) -> None:
        """Write each value above its bar when there are few enough bars to read them."""
        shown = v.size if v.size <= MAX_CATEGORY_LABELS else 0
        while len(self.value_labels) < shown:
            label = pg.TextItem(anchor=(0.5, 1.0), color="#222222")
            self.plot_item.addItem(label)
            self.value_labels.append(label)
        for i, label in enumerate(self.value_labels):
            label.setVisible(i < shown)
            if i < shown:
                label.setText(self.VALUE_FORMAT.format(v[i]) if np.isfinite(v[i]) else "–")
                label.setPos(float(x[i]), float(max(heights[i], 0.0)))

    def _set_ticks(self, names: list[str]) -> None:
        """Label every k-th bar so labels never overlap (about 7 px per character)."""
        longest = max((len(n) for n in names), default=1) + 2
        budget = max(self.width(), 400) / 7.0  # characters that fit along the axis
        step = max(1, int(np.ceil(len(names) * longest / budget)))
        ticks = [(float(i), name) for i, name in enumerate(names) if i % step == 0]
        self.plot_item.getAxis("bottom").setTicks([ticks, []])

    def resizeEvent(self, event: object) -> None:
        """Re-space the category labels for the new width."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._set_ticks(self._labels)
