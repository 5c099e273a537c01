"""Hand service DTOs to charts: the one place that knows both shapes.

Screens and PDF reports call these so a chart looks the same in both. Nothing here queries;
every function takes a chart and a DTO (or DTO fields) and calls the chart's ``set_*`` method.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication

from dreamseed_desktop.ui.subject_names import subject_label as school_subject_label

from .bank_information import BankInformationChart
from .class_stats import ClassComparisonChart, CompletionRateChart, ScoreHistogramChart, ThetaHistogramChart
from .item_analysis import ExposureChart, PCorrectVsDifficultyChart
from .learning_curve import ThetaOverTimeChart, ThetaSeries
from .simulation_results import BandErrorChart, TestLengthChart
from .theta_trajectory import ThetaTrajectoryChart

if TYPE_CHECKING:
    from dreamseed_desktop.services.psychometrics.dto import (
        BankParameters,
        ItemAnalysis,
        WhatIfResult,
    )
    from dreamseed_desktop.services.stats.charts import (
        LearningCurve,
        ThetaDistribution,
        ThetaOverTime,
        ThetaTrajectory,
    )
    from dreamseed_desktop.services.stats.statistics import ClassSummary

translate = QCoreApplication.translate

__all__ = [
    "feed_bank", "feed_class_comparison", "feed_completion", "feed_distribution",
    "feed_item_analysis", "feed_learning_curves", "feed_over_time", "feed_scores",
    "feed_trajectory", "feed_what_if", "subject_label",
]



def subject_label(subject: str) -> str:
    """The school's name of a subject code (ui/subject_names.py)."""
    return school_subject_label(subject) if subject else translate("ChartFeed", "(no subject)")


def _nan(values: Sequence[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)


def feed_trajectory(chart: ThetaTrajectoryChart, traj: ThetaTrajectory | None,
                    prior: tuple[float, float] | None = (0.0, 1.0)) -> None:
    """One session's θ path (answers without a stored θ are drawn as gaps)."""
    if traj is None:
        chart.set_data([], [], [])
        return
    chart.set_data(_nan(traj.theta), _nan(traj.se), traj.correct, traj.item_b, start=prior)


def over_time_series(label: str, data: ThetaOverTime) -> ThetaSeries:
    """A class's mean θ per period as a series (error bars = standard error of the mean)."""
    se = [None if sd is None or n < 2 else sd / np.sqrt(n)
          for sd, n in zip(data.sd_theta, data.n_sessions)]
    return ThetaSeries(label, data.period_start, data.mean_theta, _nan(se))


def feed_learning_curves(chart: ThetaOverTimeChart, curves: Sequence[LearningCurve],
                         class_average: ThetaOverTime | None = None,
                         class_name: str | None = None) -> None:
    """One series per subject, the class average (if given) as the dashed reference."""
    series = [ThetaSeries(subject_label(c.subject), c.started_at, c.theta, _nan(c.se))
              for c in curves]
    reference = None
    if class_average is not None and class_average.period_start:
        label = translate("ChartFeed", "Class average") + (f" ({class_name})" if class_name else "")
        reference = ThetaSeries(label, class_average.period_start, class_average.mean_theta)
    chart.set_data(series, reference)


def feed_over_time(chart: ThetaOverTimeChart, classes: Sequence[tuple[str, ThetaOverTime]]) -> None:
    """Average θ over time of several classes (name, data)."""
    chart.set_data([over_time_series(name, data) for name, data in classes])


def feed_distribution(chart: ThetaHistogramChart, dist: ThetaDistribution) -> None:
    chart.set_data(dist.theta)


def feed_scores(chart: ScoreHistogramChart, scores: Sequence[float | None]) -> None:
    chart.set_data(_nan(scores))


def feed_class_comparison(chart: ClassComparisonChart,
                          rows: Sequence[tuple[str, ThetaDistribution]]) -> None:
    """Mean ± SD of each class's latest θ per student."""
    chart.set_classes([name for name, _ in rows],
                      [np.nan if d.mean is None else d.mean for _, d in rows],
                      [0.0 if d.sd is None else d.sd for _, d in rows],
                      [len(d.theta) for _, d in rows])


def feed_completion(chart: CompletionRateChart, stats: Sequence[ClassSummary]) -> None:
    chart.set_counts([s.class_name for s in stats], [s.complete_exams for s in stats],
                     [s.total_exams for s in stats])


def feed_item_analysis(scatter: PCorrectVsDifficultyChart, exposure: ExposureChart | None,
                       analysis: ItemAnalysis, exposure_target: float | None = None) -> None:
    rows = [r for r in analysis.rows if r.n_attempts > 0]
    scatter.set_data([r.code for r in rows], [r.b for r in rows],
                     _nan([r.p_observed for r in rows]), _nan([r.p_expected for r in rows]),
                     [r.n_attempts for r in rows], [r.flagged for r in rows])
    if exposure is not None:
        exposure.set_rates([r.code for r in analysis.rows], [r.exposure for r in analysis.rows],
                           exposure_target)


def feed_bank(chart: BankInformationChart, banks: Sequence[tuple[str, BankParameters]],
              se_target: float | None = None) -> None:
    chart.set_banks([(label, p.a, p.b, p.c) for label, p in banks], se_target)


def feed_what_if(bands: BandErrorChart, lengths: TestLengthChart, exposure: ExposureChart,
                 result: WhatIfResult) -> None:
    bands.set_data([b.label for b in result.bands], _nan([b.rmse for b in result.bands]),
                   _nan([b.bias for b in result.bands]), [b.n for b in result.bands])
    lengths.set_data(result.lengths)
    exposure.set_rates(result.item_codes, result.exposure, result.exposure_target)
