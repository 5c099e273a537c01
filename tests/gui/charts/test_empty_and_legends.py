"""Every chart says something before it has data, and its legend is laid out below the plots."""
from __future__ import annotations

import inspect

import pytest

from dreamseed_desktop.ui.charts import (
    bank_information,
    bars,
    class_stats,
    item_analysis,
    item_curves,
    learning_curve,
    simulation_results,
    theta_trajectory,
)
from dreamseed_desktop.ui.charts.base import ChartBase

MODULES = (bank_information, bars, class_stats, item_analysis, item_curves, learning_curve,
           simulation_results, theta_trajectory)
CHARTS = sorted({cls for module in MODULES for _name, cls in inspect.getmembers(module, inspect.isclass)
                 if issubclass(cls, ChartBase) and cls is not ChartBase and cls.__module__ == module.__name__
                 and not inspect.isabstract(cls)}, key=lambda c: c.__name__)


def test_every_chart_module_is_covered() -> None:
    assert len(CHARTS) >= 12


@pytest.mark.parametrize("chart_class", CHARTS, ids=lambda c: c.__name__)
def test_chart_shows_a_message_before_data_and_keeps_legends_off_the_plot(qtbot, chart_class) -> None:
    chart = chart_class()
    qtbot.addWidget(chart)
    chart.resize(480, 320)
    chart.show()
    qtbot.wait(20)
    assert chart.empty_message(), chart_class.__name__
    from tests.gui.screens.stats.test_fits_laptop import legends_clear_of_plots
    assert legends_clear_of_plots(chart)


def test_bars_all_at_zero_get_a_readable_axis(qtbot) -> None:
    """Classes without results yet (every mean 0): ticks at whole numbers, not pyqtgraph's
    ±5e-05 around zero; real data afterwards scales again."""
    chart = class_stats.ClassComparisonChart()
    qtbot.addWidget(chart)
    chart.resize(600, 400)
    chart.show()
    chart.set_classes(["1반", "2반"], [0.0, 0.0], [0.0, 0.0], [0, 0])
    low, high = chart.plot_item.viewRange()[1]
    assert (low, high) == (-1.0, 1.0)
    chart.set_classes(["1반", "2반"], [2.5, -0.5], [0.3, 0.2], [20, 21])
    qtbot.waitUntil(lambda: chart.plot_item.viewRange()[1][1] >= 2.5)
    chart.set_classes(["1반", "2반"], [0.0, 0.0], [0.0, 0.0], [0, 0])
    chart.set_classes(["1반", "2반"], [2.5, -0.5], [float("nan"), 0.2], [20, 1])   # one class without an SD
    qtbot.waitUntil(lambda: chart.plot_item.viewRange()[1][1] >= 2.5)
