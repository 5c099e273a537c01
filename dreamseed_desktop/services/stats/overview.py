"""The statistics screen's classes tab in a bounded number of queries.

:meth:`ClassOverviewService.classes_overview` returns, for every class the caller sees (of one
grade or all), what the tab draws: the class, its :class:`ClassExamStats`, its θ distribution and
its mean θ over time. It runs in one read-only transaction with three statements whatever the
number of classes or students (the classes; every class's and enrolled student's figures per
subject with each enrolled student's latest θ, aggregated in SQL by :mod:`stats.grouped`; θ per
period), and returns rows per class, student and period, never per session, where calling
``class_exam_stats``, ``class_theta_distribution`` and ``class_theta_over_time`` per class took
three transactions per class. Each figure equals the per-class call's
(tests/db/stats/test_overview.py).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from dreamseed_desktop.services.classes.service import ClassDTO, list_classes
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.stats.charts import (
    BUCKETS,
    COUNTED_IN_CLASS_SUBJECT,
    ThetaDistribution,
    ThetaOverTime,
    distribution_from,
    distribution_subject,
    over_time_from,
)
from dreamseed_desktop.services.stats.grouped import class_figures_many
from dreamseed_desktop.services.stats.statistics import ClassExamStats

__all__ = ["ClassOverview", "ClassOverviewService"]


@dataclass(frozen=True)
class ClassOverview:
    """Everything the classes tab draws for one class."""

    cls: ClassDTO
    stats: ClassExamStats
    distribution: ThetaDistribution
    over_time: ThetaOverTime


# mean and SD summed in time order, as the per-class query does, so both give the same floats
_OVER_TIME = text(f"""
SELECT es.class_id, date_trunc(:bucket, es.started_at) AS period,
       avg(es.theta ORDER BY es.started_at, es.id) AS mean_theta,
       stddev_samp(es.theta ORDER BY es.started_at, es.id) AS sd_theta, count(*) AS n
FROM exam_sessions es
LEFT JOIN exams e ON e.id = es.exam_id
LEFT JOIN classes c ON c.id = es.class_id
WHERE es.class_id = ANY(:cids) AND {COUNTED_IN_CLASS_SUBJECT}
GROUP BY 1, 2 ORDER BY 1, 2
""")


class ClassOverviewService:
    """Read-only; one transaction per call."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def classes_overview(self, *, grade: int | None = None,
                         bucket: str = "week") -> tuple[ClassOverview, ...]:
        """Every class the caller sees in their organization (of ``grade``, or all), in the class
        list's order, with its statistics, θ distribution and mean θ per ``bucket``."""
        if bucket not in BUCKETS:
            raise ValidationError("The period must be one of: {choices}.",
                                  params={"choices": ", ".join(BUCKETS)}, field="bucket")
        with self._db.session(readonly=True) as s:
            classes = list_classes(s, organization_id=self._db.identity.organization_id, grade=grade)
            if not classes:
                return ()
            cids = [c.id for c in classes]
            figures = class_figures_many(s, [(c.id, c.name) for c in classes])
            periods: dict[int, list[Any]] = defaultdict(list)
            for r in s.execute(_OVER_TIME, {"cids": cids, "bucket": bucket}):
                periods[r.class_id].append(r)
        out = []
        for c in classes:
            latest = figures[c.id].latest
            subject = distribution_subject(c.subject, list(latest))
            out.append(ClassOverview(cls=c, stats=figures[c.id].stats,
                                     distribution=distribution_from(c.id, latest.get(subject, ()), subject),
                                     over_time=over_time_from(c.id, bucket, periods.get(c.id, []))))
        return tuple(out)
