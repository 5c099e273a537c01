"""The statistics screen's classes tab in a bounded number of queries.

:meth:`ClassOverviewService.classes_overview` returns, for every class the caller sees (of one
grade or all), what the tab draws: the class, its :class:`ClassExamStats`, its θ distribution and
its mean θ over time. It runs in one read-only transaction with four statements whatever the
number of classes or students (the classes; their scored sessions; their rosters; θ per period),
where calling ``class_exam_stats``, ``class_theta_distribution`` and ``class_theta_over_time``
per class took three transactions per class. Each figure equals the per-class call's
(tests/db/stats/test_overview.py).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, text

from dreamseed_desktop.services.classes.service import ClassDTO, list_classes
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.stats.charts import (
    BUCKETS,
    ThetaDistribution,
    ThetaOverTime,
    distribution_from,
    over_time_from,
)
from dreamseed_desktop.services.stats.statistics import QUERIES, ClassExamStats, class_stats_from

__all__ = ["ClassOverview", "ClassOverviewService"]


@dataclass(frozen=True)
class ClassOverview:
    """Everything the classes tab draws for one class."""

    cls: ClassDTO
    stats: ClassExamStats
    distribution: ThetaDistribution
    over_time: ThetaOverTime


_SESSIONS = text(QUERIES["scored_sessions"] + " WHERE es.class_id = ANY(:cids) "
                 "ORDER BY es.class_id, es.started_at, es.id").bindparams(bindparam("cids"))

_ROSTERS = text("""
SELECT sc.class_id, st.id AS student_id, u.name, st.student_number
FROM student_classroom sc
JOIN students st ON st.id = sc.student_id
JOIN users u ON u.id = st.user_id
WHERE sc.class_id = ANY(:cids)
ORDER BY sc.class_id, u.name, st.id
""")

_OVER_TIME = text("""
SELECT es.class_id, date_trunc(:bucket, es.started_at) AS period, avg(es.theta) AS mean_theta,
       stddev_samp(es.theta) AS sd_theta, count(*) AS n
FROM exam_sessions es
WHERE es.class_id = ANY(:cids) AND es.status = 'completed' AND es.theta IS NOT NULL
GROUP BY 1, 2 ORDER BY 1, 2
""")


def _latest_per_enrolled(sessions: list[Any], enrolled: set[int]) -> list[Any]:
    """Each enrolled student's latest completed session with a θ, in student order (the
    per-class distribution query's DISTINCT ON)."""
    latest: dict[int, Any] = {}
    for r in sessions:                       # in (started_at, id) order: the last one wins
        if r.status == "completed" and r.theta is not None and r.student_id in enrolled:
            latest[r.student_id] = r
    return [latest[k] for k in sorted(latest)]


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
            sessions: dict[int, list[Any]] = defaultdict(list)
            for r in s.execute(_SESSIONS, {"cids": cids}):
                sessions[r.class_id].append(r)
            rosters: dict[int, list[Any]] = defaultdict(list)
            for r in s.execute(_ROSTERS, {"cids": cids}):
                rosters[r.class_id].append(r)
            periods: dict[int, list[Any]] = defaultdict(list)
            for r in s.execute(_OVER_TIME, {"cids": cids, "bucket": bucket}):
                periods[r.class_id].append(r)
        out = []
        for c in classes:
            rows, roster = sessions.get(c.id, []), rosters.get(c.id, [])
            enrolled = {r.student_id for r in roster}
            out.append(ClassOverview(
                cls=c, stats=class_stats_from(c.id, c.name, rows, roster),
                distribution=distribution_from(c.id, _latest_per_enrolled(rows, enrolled)),
                over_time=over_time_from(c.id, bucket, periods.get(c.id, []))))
        return tuple(out)
