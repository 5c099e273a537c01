"""Every class's figures per subject in one statement, without the per-student lines.

:func:`class_summaries` is what the statistics screen's classes tab needs when it opens: for each
class, per subject, how many sessions there are, how many count and how many ended short, the
latest date, and each enrolled student's **latest counted session** (θ, SE, percent correct) —
the set the class means, the θ distribution and the score histogram are taken over
(``statistics.CLASS_SET``). The per-student lines (each student's own means over all of their
sessions) are not loaded here: the screen loads them for the class the user selects
(``StatisticsService.class_exam_stats``, :mod:`stats.grouped`).

The same statement returns each class's mean θ per period (day, week or month) for the "θ over
time" chart. Nothing is computed per session in Python and nothing sorts the sessions more than
the figures need: the counts are a hashed ``GROUP BY`` over the classes' sessions, the latest
counted session per enrolled student and subject a ``DISTINCT ON`` over the counted sessions,
θ per period an ordered aggregate over the counted sessions. The class means are computed in
Python by the very function the per-session reference uses (``statistics.latest_means`` over
the points in student id order), so the figures equal the reference's to the last bit;
tests/db/stats/test_grouped.py and test_overview.py compare them with ``==``.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from dreamseed_desktop.services.stats.grouped import LatestTheta, percent_sql
from dreamseed_desktop.services.stats.statistics import ClassSummary, SubjectSummary, latest_means

__all__ = ["SUMMARY_SQL", "ClassPoints", "Period", "class_summaries"]

# level 0: one row per (class, subject) with the session counts; level 1: one row per enrolled
# student and subject with that student's latest counted session (finite θ) in the class;
# level 2: one row per class with the enrolled students and how many of them sat anything there;
# level 3: θ over time, one row per class and period (``charts.COUNTED_IN_CLASS_SUBJECT``'s
# sessions; mean and SD summed in time order, as ``ChartDataService.class_theta_over_time``)
SUMMARY_SQL = text(f"""
WITH s AS MATERIALIZED (
    SELECT es.class_id, es.student_id, es.id, es.started_at, es.status, es.theta,
           es.standard_error AS se, es.n_answered, es.n_correct,
           COALESCE(e.subject, c.subject, es.meta ->> 'subject', '') AS subject, c.subject AS class_subject,
           (es.status = 'completed' AND es.n_answered > 0 AND es.n_answered
               >= COALESCE((es.meta -> 'cat_config' ->> 'min_items')::int, 0)) AS counted
    FROM exam_sessions es
    LEFT JOIN exams e ON e.id = es.exam_id
    LEFT JOIN classes c ON c.id = es.class_id
    WHERE es.class_id = ANY(:cids)
), latest AS (
    SELECT DISTINCT ON (s.class_id, s.student_id, s.subject)
           s.class_id, s.student_id, s.subject, s.theta, s.se, s.n_correct, s.n_answered
    FROM s JOIN student_classroom sc ON sc.class_id = s.class_id AND sc.student_id = s.student_id
    WHERE s.counted AND abs(s.theta) < 'Infinity'::float8
    ORDER BY s.class_id, s.student_id, s.subject, s.started_at DESC, s.id DESC
)
SELECT 0 AS level, class_id, subject, NULL::int AS student_id, count(*) AS total,
       count(*) FILTER (WHERE counted) AS complete,
       count(*) FILTER (WHERE NOT counted AND status NOT IN ('in_progress', 'suspended', 'terminated'))
           AS short,
       max(started_at) AS latest, NULL::float8 AS theta, NULL::float8 AS se, NULL::float8 AS p
FROM s GROUP BY class_id, subject
UNION ALL
SELECT 1, class_id, subject, student_id, NULL, NULL, NULL, NULL, theta, se,
       {percent_sql("n_correct", "n_answered")}
FROM latest
UNION ALL
SELECT 2, sc.class_id, NULL, NULL, count(*),
       count(*) FILTER (WHERE (sc.class_id, sc.student_id) IN (SELECT class_id, student_id FROM s)),
       NULL, NULL, NULL, NULL, NULL
FROM student_classroom sc
WHERE sc.class_id = ANY(:cids)
GROUP BY sc.class_id
UNION ALL
SELECT 3, class_id, NULL, NULL, count(*), NULL, NULL, date_trunc(:bucket, started_at),
       avg(theta ORDER BY started_at, id), stddev_samp(theta ORDER BY started_at, id), NULL
FROM s
WHERE counted AND abs(theta) < 'Infinity'::float8 AND (class_subject IS NULL OR subject = class_subject)
GROUP BY class_id, date_trunc(:bucket, started_at)
""").bindparams(bindparam("cids"))


class Period(NamedTuple):
    """Mean θ of a class's counted sessions in one period (``charts.over_time_from`` reads it)."""

    period: datetime
    mean_theta: float
    sd_theta: float | None
    n: int


@dataclass(frozen=True)
class ClassPoints:
    """One class's figures (:class:`ClassSummary`), per subject each enrolled student's latest
    counted session in student id order (the points of the θ distribution), and its periods."""

    summary: ClassSummary
    latest: dict[str, tuple[LatestTheta, ...]]
    periods: tuple[Period, ...]


def class_summaries(session: Session, classes: Sequence[tuple[int, str]],
                    bucket: str) -> dict[int, ClassPoints]:
    """``{class_id: ClassPoints}`` for ``(class_id, name)`` pairs, in one statement; periods of
    ``bucket`` (``day``, ``week`` or ``month``, checked by the caller)."""
    if not classes:
        return {}
    counts: dict[int, list[Any]] = defaultdict(list)
    points: dict[int, dict[str, list[LatestTheta]]] = defaultdict(lambda: defaultdict(list))
    roster: dict[int, tuple[int, int]] = {}
    periods: dict[int, list[Period]] = defaultdict(list)
    for r in session.execute(SUMMARY_SQL, {"cids": [c for c, _ in classes], "bucket": bucket}).all():
        if r.level == 0:
            counts[r.class_id].append(r)
        elif r.level == 1:
            points[r.class_id][r.subject].append(LatestTheta(r.student_id, r.theta, r.se, r.p))
        elif r.level == 2:
            roster[r.class_id] = (r.total, r.complete)
        else:
            periods[r.class_id].append(Period(r.latest, r.theta, r.se, r.total))
    out = {}
    for cid, name in classes:
        latest = {subject: tuple(sorted(pts, key=lambda x: x.student_id))
                  for subject, pts in sorted(points.get(cid, {}).items())}
        subjects = []
        for r in sorted(counts.get(cid, []), key=lambda x: x.subject):
            theta, percent = latest_means([(q.student_id, q.theta, q.percent_correct)
                                           for q in latest.get(r.subject, ())])
            subjects.append(SubjectSummary(r.subject, r.total, r.complete, r.short, theta, percent, r.latest))
        n_students, n_tested = roster.get(cid, (0, 0))
        out[cid] = ClassPoints(ClassSummary(
            class_id=cid, class_name=name, n_students=n_students, n_students_tested=n_tested,
            total_exams=sum(x.total_exams for x in subjects),
            complete_exams=sum(x.complete_exams for x in subjects),
            latest_exam_date=max((x.latest_exam_date for x in subjects if x.latest_exam_date), default=None),
            subjects=tuple(subjects)), latest,
            tuple(sorted(periods.get(cid, ()), key=lambda x: x.period)))
    return out
