"""Charts of a what-if CAT simulation: error by θ band and the test length distribution.

(The exposure chart of a simulation is :class:`~.item_analysis.ExposureChart`.)
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from .bars import HistogramChart
from .base import ChartBase, HoverSeries, as_float_array, color

__all__ = ["BandErrorChart", "TestLengthChart"]


class BandErrorChart(ChartBase):
    """RMSE and bias of the θ estimate per true-θ band, as grouped bars.

    ``set_data(labels, rmse, bias, n)``: one entry per band (e.g. "−1 – 0"); bands without
    simulees have NaN and are left empty.
    """

    WIDTH = 0.38

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_titles(self.tr("Precision by θ band"), self.tr("True θ band"), self.tr("θ units"))
        legend = self.add_legend()
        self.rmse_bars = pg.BarGraphItem(x=[], height=[], width=self.WIDTH, brush=color(0))
        self.bias_bars = pg.BarGraphItem(x=[], height=[], width=self.WIDTH, brush=color(1))
        self.plot_item.addItem(self.rmse_bars)
        self.plot_item.addItem(self.bias_bars)
        self.plot_item.addLine(y=0, pen=pg.mkPen("k", width=1))
        legend.addItem(self.rmse_bars, self.tr("RMSE"))
        legend.addItem(self.bias_bars, self.tr("Bias"))
        self._values: tuple[np.ndarray, np.ndarray] = (np.zeros(0), np.zeros(0))
        self.set_data([], [], [])

    def set_data(self, labels: Sequence[str], rmse: Sequence[float] | np.ndarray,
                 bias: Sequence[float] | np.ndarray, n: Sequence[int] | None = None) -> None:
        """Draw RMSE (left bar) and bias (right bar) per band."""
        names = [str(x) for x in labels]
        r, bi = as_float_array(rmse), as_float_array(bias)
        counts = as_float_array(n) if n is not None else np.full(r.size, np.nan)
        if not (len(names) == r.size == bi.size == counts.size):
            raise ValueError("labels, rmse, bias and n must have the same length")
        x = np.arange(r.size, dtype=np.float64)
        rh, bh = np.nan_to_num(r), np.nan_to_num(bi)
        self.rmse_bars.setOpts(x=x - self.WIDTH / 2, height=rh)
        self.bias_bars.setOpts(x=x + self.WIDTH / 2, height=bh)
        self._values = (r, bi)
        self.plot_item.getAxis("bottom").setTicks([[(float(i), s) for i, s in enumerate(names)], []])
        self.set_empty_message("" if r.size else self.tr("Run a simulation to see results"))
        if r.size:
            self.plot_item.setXRange(-0.6, r.size - 0.4, padding=0)
            self.plot_item.enableAutoRange(axis="y")
        text = self.tr("{0}: RMSE {1:.3f}, bias {2:+.3f}, n={3:g}")
        describe = lambda i: text.format(names[i], r[i], bi[i], counts[i])  # noqa: E731
        self.set_hover_series([HoverSeries(x - self.WIDTH / 2, rh, describe),
                               HoverSeries(x + self.WIDTH / 2, bh, describe)])

    def values(self) -> tuple[np.ndarray, np.ndarray]:
        """(rmse, bias) currently drawn."""
        return self._values[0].copy(), self._values[1].copy()


class TestLengthChart(HistogramChart):
    """Number of simulees per test length (one bin per length)."""

    __test__ = False  # not a pytest test class despite the name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Test length distribution"), self.tr("Items administered"),
                         self.tr("Number of simulees"))
        self.set_empty_message(self.tr("Run a simulation to see results"))

    def set_data(self, values: Sequence[float] | np.ndarray) -> None:
        """Integer lengths; bins are centred on each length from the shortest to the longest."""
        v = as_float_array(values)
        v = v[np.isfinite(v)]
        if v.size == 0:
            self.set_counts([0.5, 1.5], [0])
            return
        lo, hi = int(v.min()), int(v.max())
        edges = np.arange(lo - 0.5, hi + 1.5, 1.0)
        counts, _ = np.histogram(v, bins=edges)
        self.set_counts(edges, counts, mean=float(v.mean()))
        step = max(1, int(np.ceil((hi - lo + 1) / 12)))  # whole lengths on the axis
        self.plot_item.getAxis("bottom").setTickSpacing(step, step)
        if hi - lo < 4:
            self.plot_item.setXRange(lo - 2.5, hi + 2.5, padding=0)
