"""The statistics screen fits a 1366×768 laptop (it grew the window to 905 px high before), its
charts' legends sit below the plots, never over data."""
from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings

from dreamseed_desktop.ui.charts.base import ChartBase
from dreamseed_desktop.ui.main_window import MainWindow


def legends_clear_of_plots(chart: ChartBase) -> bool:
    legends = [item for item in chart.plot_widget.scene().items()
               if isinstance(item, pg.LegendItem) and item.isVisible() and item.items]
    boxes = [p.getViewBox().sceneBoundingRect() for p in chart.plots()]
    return all(not legend.sceneBoundingRect().intersects(box) for legend in legends for box in boxes)


def stats_in_main_window(qtbot, ctx, tmp_path):  # type: ignore[no-untyped-def]
    """The statistics screen in the admin's main window at 1366×768, its classes loaded."""
    window = MainWindow(ctx, qsettings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    screen = window.show_screen("stats")
    qtbot.waitUntil(lambda: screen.classes_tab.model.rowCount() == 3)
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())
    return window, screen


@pytest.mark.slow
def test_statistics_fit_1366x768_with_legends_below(qtbot, ctx, korean, tmp_path) -> None:
    window, screen = stats_in_main_window(qtbot, ctx, tmp_path)
    for tab in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(tab)
        qtbot.wait(200)
        assert (window.width(), window.height()) == (1366, 768), tab
        assert window.minimumSizeHint().height() <= 768 and window.minimumSizeHint().width() <= 1366
    charts = screen.findChildren(ChartBase)
    assert len(charts) >= 8
    over_time = screen.classes_tab.over_time
    assert over_time.legend.isVisible() and over_time.legend.items        # one entry per class
    assert legends_clear_of_plots(over_time)
    assert all(legends_clear_of_plots(chart) for chart in charts)


@pytest.mark.slow
def test_every_chart_fits_its_view_with_long_titles(qtbot, ctx, korean, tmp_path) -> None:
    """In the main window at 1366×768 (side menu, class list) the class tab's charts are about
    360 px wide: their titles (a class name and subject) are shortened, and no plot is wider
    than the view that shows it (a title's minimum width pushed the plot out of view)."""
    window, screen = stats_in_main_window(qtbot, ctx, tmp_path)
    qtbot.wait(200)
    wide = []
    for chart in screen.classes_tab.findChildren(ChartBase):
        if not chart.isVisible():
            continue
        view = chart.plot_widget.viewport().width()
        plotted = chart.plot_widget.ci.geometry().width()
        if plotted > view + 1:
            wide.append((chart.accessible_title(), plotted, view, chart.plot_item.titleLabel.item.toPlainText()))
    assert wide == []
