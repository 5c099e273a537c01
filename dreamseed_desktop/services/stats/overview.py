"""The statistics screen's classes tab in a bounded number of queries.

:meth:`ClassOverviewService.classes_overview` returns, for every class the caller sees (of one
grade or all), what the tab draws when it opens: the class, its :class:`ClassSummary` (figures
per subject), its θ distribution and its mean θ over time. It runs in one read-only transaction
with two statements whatever the number of classes or students (the classes; every class's
figures per subject with each enrolled student's latest counted θ and its θ per period,
:mod:`stats.summary`), where calling ``class_exam_stats``, ``class_theta_distribution`` and
``class_theta_over_time`` per class took three transactions per class. The per-student lines
of a class are a second, small call when the user selects it
(``StatisticsService.class_exam_stats``). Each figure equals the per-class call's
(tests/db/stats/test_overview.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from dreamseed_desktop.services.classes.service import ClassDTO, list_classes
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.stats.charts import (
    BUCKETS,
    ThetaDistribution,
    ThetaOverTime,
    distribution_from,
    distribution_subject,
    over_time_from,
)
from dreamseed_desktop.services.stats.statistics import ClassSummary
from dreamseed_desktop.services.stats.summary import class_summaries

__all__ = ["ClassOverview", "ClassOverviewService"]


@dataclass(frozen=True)
class ClassOverview:
    """Everything the classes tab draws for one class."""

    cls: ClassDTO
    stats: ClassSummary
    distribution: ThetaDistribution
    over_time: ThetaOverTime


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
            figures = class_summaries(s, [(c.id, c.name) for c in classes], bucket)
        out = []
        for c in classes:
            latest = figures[c.id].latest
            subject = distribution_subject(c.subject, list(latest))
            out.append(ClassOverview(cls=c, stats=figures[c.id].summary,
                                     distribution=distribution_from(c.id, latest.get(subject, ()), subject),
                                     over_time=over_time_from(c.id, bucket, figures[c.id].periods)))
        return tuple(out)
