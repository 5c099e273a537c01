"""Render charts for printing: create the chart, feed it, draw it into an image, delete it."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QImage

from dreamseed_desktop.ui.charts.base import ChartBase

__all__ = ["CHART_SIZE", "chart_image"]

#: logical size of a full-width chart in a report (drawn 180 mm wide: ~4.2 px per mm)
CHART_SIZE = (760, 350)

C = TypeVar("C", bound=ChartBase)


def chart_image(factory: Callable[[], C], feed: Callable[[C], None],
                size: tuple[int, int] = CHART_SIZE, scale: float = 3.0) -> QImage:
    """A print-resolution image of a chart made by ``factory`` and fed by ``feed``."""
    chart = factory()
    try:
        feed(chart)
        return chart.render_image(size[0], size[1], scale)
    finally:
        chart.deleteLater()
