"""ItemCurvesChart: plotted curves equal the IRT formulas; 0, 1, few and many items."""
from __future__ import annotations

import numpy as np
import pytest

from dreamseed_desktop.ui.charts.item_curves import ItemCurvesChart


@pytest.fixture
def chart(qtbot):
    widget = ItemCurvesChart()
    widget.resize(640, 520)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_three_pl_curve_matches_formula(chart):
    chart.set_data([1.5], [0.5], [0.2], ["Q1"])
    theta, p, info = chart.curve_data(0)
    expected = 0.2 + 0.8 / (1.0 + np.exp(-1.5 * (theta - 0.5)))
    np.testing.assert_allclose(p, expected, rtol=1e-12)
    f = 1.0 / (1.0 + np.exp(-1.5 * (theta - 0.5)))
    np.testing.assert_allclose(info, 1.5**2 * f**2 * (1 - expected) / expected, rtol=1e-10)
    # b marker sits at the curve's inflection, P = c + (1 - c) / 2
    xs, ys = chart.b_markers.getData()
    assert list(xs) == [0.5] and ys[0] == pytest.approx(0.6)
    assert chart.empty_message() == ""


def test_hover_reports_nearest_curve_values(chart):
    chart.set_data([1.0, 2.0], [-1.0, 1.0], None, ["easy", "hard"])
    text = chart.hover_text_at(1.0, 0.5)
    assert text.startswith("hard") and "P=0.500" in text
    assert chart.hover_text_at(-3.9, 0.98) == ""


def test_zero_items_shows_message_and_no_curves(chart):
    chart.set_data([1.0], [0.0])
    chart.set_data([], [])
    assert chart.visible_curve_count() == 0
    assert chart.empty_message() != ""
    assert chart.hover_text_at(0.0, 0.5) == ""


def test_many_items_are_aggregated_to_bank_curves(chart):
    rng = np.random.default_rng(1)
    n = 3000
    a, b, c = rng.uniform(0.5, 2.0, n), rng.normal(0, 1, n), rng.uniform(0, 0.25, n)
    chart.set_data(a, b, c)
    assert chart.aggregated and chart.visible_curve_count() == 1
    theta, p, info = chart.curve_data(0)
    i = int(np.argmin(np.abs(theta)))
    manual = np.mean(c + (1 - c) / (1 + np.exp(-a * (theta[i] - b))))
    assert p[i] == pytest.approx(manual)
    assert info.max() > 100  # summed information of 3000 items


def test_non_finite_parameters_are_skipped_and_lengths_checked(chart):
    chart.set_data([1.0, float("nan")], [0.0, 1.0], [0.0, 0.0], ["ok", "bad"])
    assert chart.visible_curve_count() == 1
    with pytest.raises(ValueError):
        chart.set_data([1.0], [0.0, 1.0])


def test_export_png(chart, tmp_path):
    chart.set_data([1.0], [0.0])
    path = chart.export_png(tmp_path / "icc.png")
    assert path.stat().st_size > 1000
