"""Every chart with 0, 1 and thousands of points: plotted data, hover text, empty states, PNGs."""
from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from dreamseed_desktop.ui.charts.bank_information import BankInformationChart
from dreamseed_desktop.ui.charts.class_stats import (
    ClassComparisonChart,
    CompletionRateChart,
    ScoreHistogramChart,
    ThetaHistogramChart,
)
from dreamseed_desktop.ui.charts.item_analysis import ExposureChart, PCorrectVsDifficultyChart
from dreamseed_desktop.ui.charts.learning_curve import (
    ClassThetaOverTimeChart,
    LearningCurveChart,
    ThetaSeries,
    linear_trend,
)
from dreamseed_desktop.ui.charts.simulation_results import BandErrorChart, TestLengthChart
from dreamseed_desktop.ui.charts.theta_trajectory import Z95, ThetaTrajectoryChart

SHOTS = os.environ.get("DREAMSEED_SCREENSHOTS")
RNG = np.random.default_rng(11)
T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)


@pytest.fixture
def make(qtbot):
    def factory(cls, *args):
        chart = cls(*args)
        chart.resize(720, 420)
        qtbot.addWidget(chart)
        chart.show()
        qtbot.waitExposed(chart)
        return chart
    return factory


def keep(chart, name: str) -> None:
    if SHOTS:
        chart.export_png(Path(SHOTS) / f"chart_{name}.png")


# --------------------------------------------------------------------------- θ trajectory
def test_trajectory_band_markers_and_hover(make):
    chart = make(ThetaTrajectoryChart)
    theta = [0.4, -0.1, 0.3, 0.5, 0.45]
    se = [0.9, 0.7, 0.55, 0.45, 0.4]
    correct = [True, False, True, True, False]
    chart.set_data(theta, se, correct, [0.0, 0.5, -0.2, 0.6, 0.9], start=(0.0, 1.0))
    drawn = chart.plotted()
    np.testing.assert_allclose(drawn["line"][1], [0.0, *theta])
    np.testing.assert_allclose(drawn["upper"][1] - drawn["lower"][1], 2 * Z95 * np.array([1.0, *se]))
    assert list(drawn["correct"][0]) == [1, 3, 4] and list(drawn["incorrect"][0]) == [2, 5]
    assert list(drawn["difficulty"][1]) == [0.0, 0.5, -0.2, 0.6, 0.9]
    assert chart.hover_text_at(2, -0.1).startswith("Item 2: θ=-0.10 ± 1.37 (incorrect)")
    keep(chart, "theta_trajectory")


def test_trajectory_zero_one_and_long(make):
    chart = make(ThetaTrajectoryChart)
    chart.set_data([], [], [])
    assert chart.empty_message() and chart.plotted()["line"][0].size == 0
    chart.set_data([0.3], [0.8], [True])
    assert chart.plotted()["correct"][0].tolist() == [1.0] and chart.empty_message() == ""
    n = 5000
    chart.set_data(np.cumsum(RNG.normal(0, 0.01, n)), np.linspace(1, 0.2, n), RNG.random(n) < 0.5)
    assert chart.plotted()["line"][0].size == n
    assert chart.plotted()["correct"][0].size + chart.plotted()["incorrect"][0].size == n
    # missing θ after an answer (not stored) is a gap, not a crash
    chart.set_data([0.1, np.nan, 0.3], [0.9, np.nan, 0.6], [True, False, True])
    with pytest.raises(ValueError):
        chart.set_data([0.1], [0.9, 0.8], [True])


# --------------------------------------------------------------------------- learning curves
def test_learning_curve_trend_reference_and_hover(make):
    chart = make(LearningCurveChart)
    times = [T0 + timedelta(days=30 * i) for i in range(4)]
    math = ThetaSeries("Math", times, [-0.5, -0.2, 0.1, 0.4], [0.3, 0.3, 0.28, 0.3])
    eng = ThetaSeries("English", times[:1], [0.2], [0.35])  # one point: no trend
    ref = ThetaSeries("Class average", times, [0.0, 0.05, 0.1, 0.15])
    chart.set_data([math, eng], ref)
    assert chart.trend_slopes() == {"Math": pytest.approx(0.3, rel=1e-3)}
    x, y = chart.series_data(0)
    assert x[0] == pytest.approx(T0.timestamp()) and list(y) == [-0.5, -0.2, 0.1, 0.4]
    assert chart.reference.isVisible() and chart.lines[1].isVisible()
    text = chart.hover_text_at(times[2].timestamp(), 0.1)
    assert text.startswith("Math · ") and "θ=0.10 ± 0.28" in text
    keep(chart, "learning_curve")
    chart.set_data([])
    assert chart.empty_message() and not chart.lines[0].isVisible()


def test_class_theta_over_time_many_points(make):
    chart = make(ClassThetaOverTimeChart)
    n = 3000
    times = [T0 + timedelta(hours=i) for i in range(n)]
    chart.set_data([ThetaSeries(f"반 {k}", times, RNG.normal(0, 0.3, n), np.full(n, 0.1))
                    for k in range(5)])
    assert all(chart.lines[k].isVisible() for k in range(5))
    assert chart.series_data(4)[0].size == n
    assert chart.trend_slopes() == {}  # trends only on learning curves


def test_linear_trend():
    assert linear_trend(np.array([0.0, 1, 2]), np.array([1.0, 3, 5])) == pytest.approx((2.0, 1.0))
    assert linear_trend(np.array([1.0, 1.0]), np.array([0.0, 1.0])) is None
    assert linear_trend(np.array([1.0]), np.array([0.0])) is None


# --------------------------------------------------------------------------- class statistics
def test_histograms_counts_mean_and_clipping(make):
    chart = make(ThetaHistogramChart)
    values = np.concatenate([RNG.normal(0.3, 1.0, 4000), [-9.0, 9.0, np.nan]])
    chart.set_data(values)
    edges, counts = chart.counts()
    assert counts.sum() == 4002  # out-of-range values land in the end bins; NaN ignored
    assert counts[0] >= 1 and counts[-1] >= 1
    assert chart.mean_value() == pytest.approx(np.nanmean(values))
    assert "(" in chart.hover_text_at(0.25, counts[8])
    keep(chart, "theta_histogram")
    chart.set_data([])
    assert chart.counts()[1].sum() == 0 and chart.mean_value() is None and chart.empty_message()
    scores = make(ScoreHistogramChart)
    scores.set_data([100.0])
    assert scores.counts()[1][-1] == 1
    with pytest.raises(ValueError):
        scores.set_counts([0, 10], [1, 2])


def test_class_comparison_and_completion(make):
    chart = make(ClassComparisonChart)
    chart.set_classes(["1-1", "1-2", "2-1"], [0.1, -0.2, 0.5], [0.8, 0.9, 1.0], [28, 30, 1])
    labels, values = chart.bar_values()
    assert labels == ["1-1", "1-2", "2-1"] and list(values) == [0.1, -0.2, 0.5]
    assert chart.hover_text_at(1, -0.2) == "1-2: -0.20 ± 0.90  n = 30"
    keep(chart, "class_comparison")
    rates = make(CompletionRateChart)
    rates.set_counts(["a", "b", "none"], [9, 10, 0], [10, 10, 0])
    assert list(rates.bar_values()[1]) == [90.0, 100.0, 0.0]
    assert "0 of 0 finished" in rates.hover_text_at(2, 0)
    rates.set_counts([], [], [])
    assert rates.empty_message()
    many = [f"반{i}" for i in range(2000)]
    rates.set_counts(many, np.arange(2000) % 10, np.full(2000, 10))
    assert len(rates.bar_values()[0]) == 2000
    assert not any(label.isVisible() for label in rates.value_labels)  # too many to write


# --------------------------------------------------------------------------- items
def test_p_correct_vs_b_flags(make):
    chart = make(PCorrectVsDifficultyChart)
    n = 3000
    b = RNG.normal(0, 1, n)
    pe = np.full(n, 0.55)
    po = np.clip(pe + RNG.normal(0, 0.03, n), 0, 1)
    flagged = np.zeros(n, bool)
    flagged[[5, 17]] = True
    codes = [f"I{i:04d}" for i in range(n)]
    po[np.isnan(po)] = 0.5
    chart.set_data(codes, b, po, pe, np.full(n, 50), flagged)
    assert chart.flagged_codes() == ["I0005", "I0017"]
    assert chart.observed.getData()[0].size == n - 2
    assert chart.hover_text_at(b[17], po[17]).startswith("I0017")
    chart.set_data(["only"], [0.2], [np.nan])  # an item nobody answered is not drawn
    assert chart.empty_message()


def test_exposure_sorted_with_target(make):
    chart = make(ExposureChart)
    chart.set_rates(["a", "b", "c", "d"], [0.1, 0.4, 0.0, 0.3], target=0.25)
    labels, values = chart.bar_values()
    assert labels == ["b", "d", "a", "c"] and list(values) == [0.4, 0.3, 0.1, 0.0]
    assert chart.target_line.isVisible() and chart.target_line.value() == 0.25
    assert chart.hover_text_at(0, 0.4) == "b: 40.0%"
    keep(chart, "exposure")
    chart.set_rates([f"I{i}" for i in range(5000)], RNG.beta(1, 8, 5000), target=0.2)
    assert len(chart.bar_values()[0]) == 5000


def test_bank_information_matches_formula(make):
    chart = make(BankInformationChart)
    a, b, c = np.array([1.0, 2.0]), np.array([-1.0, 1.0]), np.array([0.0, 0.2])
    chart.set_data(a, b, c, label="math", se_target=0.3)
    theta, info, se = chart.curves(0)
    k = int(np.argmin(np.abs(theta - 1.0)))
    p = c + (1 - c) / (1 + np.exp(-a * (theta[k] - b)))
    f = 1 / (1 + np.exp(-a * (theta[k] - b)))
    assert info[k] == pytest.approx(np.sum(a**2 * f**2 * (1 - p) / p))
    assert se[k] == pytest.approx(1 / np.sqrt(info[k]))
    assert chart.target_line.isVisible()
    keep(chart, "bank_information")
    chart.set_banks([("none", [], [], [])])
    assert chart.empty_message()


# --------------------------------------------------------------------------- simulation
def test_simulation_charts(make):
    bands = make(BandErrorChart)
    bands.set_data(["< -2", "-2 – -1", "≥ 2"], [0.5, 0.3, np.nan], [0.2, -0.05, np.nan], [10, 40, 0])
    rmse, bias = bands.values()
    assert rmse[0] == 0.5 and np.isnan(rmse[2])
    assert bands.hover_text_at(1 - bands.WIDTH / 2, 0.3) == "-2 – -1: RMSE 0.300, bias -0.050, n=40"
    lengths = make(TestLengthChart)
    lengths.set_data(RNG.integers(8, 21, 10000))
    edges, counts = lengths.counts()
    assert counts.sum() == 10000 and edges[0] == 7.5 and edges[-1] == 20.5
    lengths.set_data([15] * 50)
    assert lengths.counts()[1].tolist() == [50]
    lengths.set_data([])
    assert lengths.empty_message()
