"""Item analysis charts: observed p-correct against difficulty, and exposure per item.

Misfit flags are computed by the service layer (services.psychometrics.item_fit); the charts
only draw them.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from .bars import CategoryBarChart
from .base import ChartBase, HoverSeries, as_float_array, color

__all__ = ["ExposureChart", "PCorrectVsDifficultyChart"]


class PCorrectVsDifficultyChart(ChartBase):
    """Each item's observed proportion correct against its difficulty ``b``.

    ``set_data(codes, b, p_observed, p_expected=None, n=None, flagged=None)``. ``p_expected`` is
    what the item's parameters predict for the students who actually answered it (in a CAT that
    is near 0.5 for every b, so compare dots with their grey expected marks, not with the axis);
    flagged items (observed disagrees with expected) are drawn larger in orange.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_titles(self.tr("Observed p-correct vs difficulty"), self.tr("Difficulty b"),
                        self.tr("Proportion correct"))
        legend = self.add_legend()
        self.expected = pg.ScatterPlotItem(size=7, symbol="t", pen=pg.mkPen("#666666"),
                                           brush=pg.mkBrush(255, 255, 255, 0))
        self.observed = pg.ScatterPlotItem(size=7, symbol="o", pen=None, brush=color(0))
        self.flagged = pg.ScatterPlotItem(size=12, symbol="o", pen=pg.mkPen("k"), brush=color(1))
        for item in (self.expected, self.observed, self.flagged):
            self.plot_item.addItem(item)
        legend.addItem(self.observed, self.tr("Observed"))
        legend.addItem(self.expected, self.tr("Expected from parameters"))
        legend.addItem(self.flagged, self.tr("Flagged (misfit)"))
        self.plot_item.setYRange(0, 1, padding=0.03)
        self._flag_codes: list[str] = []
        self.set_data([], [], [])

    def set_data(self, codes: Sequence[str], b: Sequence[float] | np.ndarray,
                 p_observed: Sequence[float] | np.ndarray,
                 p_expected: Sequence[float] | np.ndarray | None = None,
                 n: Sequence[int] | np.ndarray | None = None,
                 flagged: Sequence[bool] | np.ndarray | None = None) -> None:
        """Draw one dot per item (arrays aligned with ``codes``)."""
        names = [str(c) for c in codes]
        bb, po = as_float_array(b), as_float_array(p_observed)
        pe = as_float_array(p_expected) if p_expected is not None else np.full(po.size, np.nan)
        nn = as_float_array(n) if n is not None else np.full(po.size, np.nan)
        fl = np.asarray(flagged, dtype=bool).ravel() if flagged is not None else np.zeros(po.size, bool)
        if not (len(names) == bb.size == po.size == pe.size == nn.size == fl.size):
            raise ValueError("all item arrays must have the same length")
        ok = np.isfinite(bb) & np.isfinite(po)
        self.observed.setData(bb[ok & ~fl], po[ok & ~fl])
        self.flagged.setData(bb[ok & fl], po[ok & fl])
        has_e = ok & np.isfinite(pe)
        self.expected.setData(bb[has_e], pe[has_e])
        self._flag_codes = [names[i] for i in np.flatnonzero(ok & fl)]
        self.set_empty_message("" if ok.any() else self.tr("No items with answers"))
        if ok.any():
            lo, hi = float(bb[ok].min()), float(bb[ok].max())
            self.plot_item.setXRange(lo - 0.3, hi + 0.3, padding=0)
        idx = np.flatnonzero(ok)
        text = self.tr("{0}: b={1:.2f}, observed {2:.2f}, expected {3:.2f}, n={4:g}")
        self.set_hover_series([HoverSeries(bb[idx], po[idx], lambda k: text.format(
            names[idx[k]], bb[idx[k]], po[idx[k]], pe[idx[k]], nn[idx[k]]))])

    def flagged_codes(self) -> list[str]:
        """Codes of the items currently drawn as flagged."""
        return list(self._flag_codes)


class ExposureChart(CategoryBarChart):
    """Exposure rate per item (share of sessions that saw it), sorted high to low, with the
    exposure target as a dashed line; items above the target are orange."""

    VALUE_FORMAT = "{0:.1%}"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Item exposure (most used first)"), "",
                         self.tr("Exposure rate"))

    def set_rates(self, codes: Sequence[str], rates: Sequence[float] | np.ndarray,
                  target: float | None = None) -> None:
        """Sort items by rate (descending) and draw them; ``target`` draws the limit line."""
        r = as_float_array(rates)
        if len(codes) != r.size:
            raise ValueError("codes and rates must have the same length")
        order = np.argsort(-np.where(np.isfinite(r), r, -1.0), kind="stable")
        names = [str(codes[i]) for i in order]
        over = r[order] > target if target is not None else None
        self.set_data(names, r[order], highlight=over)
        self.set_target(target)
        if r.size:
            top = max(float(np.nanmax(r)) if np.isfinite(r).any() else 0.0, target or 0.0)
            self.plot_item.setYRange(0, max(top, 0.01) * 1.15, padding=0)
