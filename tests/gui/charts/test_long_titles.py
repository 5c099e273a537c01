"""A chart title wider than its chart (a class name in the statistics screen's titles, a chart
grid cell at 200 %) is shortened with "…" instead of cut off; the full title stays the chart's
tooltip and accessible name, and the whole title comes back when the chart is wide enough."""
from __future__ import annotations

from PySide6.QtGui import QAccessible, QFont, QFontMetricsF

from dreamseed_desktop.ui.charts.class_stats import ThetaHistogramChart

TITLE = "θ, 최근 반영된 응시(학생별) — 2학년 영어 심화반(방과후 보충 수업) · 영어"


def shown_title(chart) -> str:  # type: ignore[no-untyped-def]
    return chart.plot_item.titleLabel.item.toPlainText()


def title_width(chart) -> float:  # type: ignore[no-untyped-def]
    label = chart.plot_item.titleLabel
    font = QFont(label.item.font())
    font.setPointSizeF(float(str(label.opts["size"])[:-2]))
    return QFontMetricsF(font).horizontalAdvance(shown_title(chart))


def test_a_long_title_is_shortened_with_its_full_text_kept(qtbot) -> None:
    chart = ThetaHistogramChart()
    qtbot.addWidget(chart)
    chart.resize(320, 240)          # the narrowest chart-grid cell (ui/charts/widgets.ChartGrid)
    chart.show()
    chart.set_title(TITLE)
    qtbot.waitUntil(lambda: shown_title(chart).endswith("…"))
    assert title_width(chart) <= chart.plot_widget.width() - 2 * 12
    assert shown_title(chart).startswith("θ, 최근")
    assert chart.plot_widget.toolTip() == TITLE
    for widget in (chart, chart.plot_widget):
        assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name) == TITLE
    chart.resize(1400, 300)         # room enough: the whole title, no tooltip
    qtbot.waitUntil(lambda: shown_title(chart) == TITLE)
    assert chart.plot_widget.toolTip() == ""
    assert chart.accessible_title() == TITLE
