"""Chart data: θ trajectories, learning curves, class θ distribution and θ over time.

Every DTO holds plain tuples of equal length (one entry per point) so a chart can hand
them straight to ``setData``. Charts never query; they receive these.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import text

from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.records import (
    require_class,
    require_session,
    require_student,
)
from dreamseed_desktop.services.exams.scoring import SessionScore

BUCKETS = ("day", "week", "month")


class LatestPoint(NamedTuple):
    """One student's latest counted session in a subject: a point of the θ distribution."""

    student_id: int
    theta: float
    standard_error: float | None
    percent_correct: float | None


@dataclass(frozen=True)
class ThetaTrajectory:
    """θ and SE after each answer of one session, with the item's b and the outcome."""

    session_id: int
    student_id: int
    seq: tuple[int, ...]
    item_ids: tuple[int, ...]
    item_b: tuple[float, ...]
    correct: tuple[bool, ...]
    theta: tuple[float | None, ...]
    se: tuple[float | None, ...]
    final_theta: float | None
    final_se: float | None


@dataclass(frozen=True)
class LearningCurve:
    """A student's sessions that count in one subject (``SessionScore.complete``), oldest first."""

    student_id: int
    subject: str
    session_ids: tuple[int, ...]
    started_at: tuple[datetime, ...]
    theta: tuple[float, ...]
    se: tuple[float | None, ...]


@dataclass(frozen=True)
class ThetaDistribution:
    """θ (and percent correct) of each enrolled student's latest counted session in ``subject``
    (``statistics.CLASS_SET``: the set the class's mean θ is taken over; students with none left
    out). ``subject``: the class's own, or (a class without one) the first with sessions."""

    class_id: int
    student_ids: tuple[int, ...]
    theta: tuple[float, ...]
    se: tuple[float | None, ...]
    mean: float | None
    sd: float | None
    subject: str = ""
    percent_correct: tuple[float | None, ...] = ()


@dataclass(frozen=True)
class ThetaOverTime:
    """Mean θ of a class's completed sessions per period (day, week or month)."""

    class_id: int
    bucket: str
    period_start: tuple[datetime, ...]
    mean_theta: tuple[float, ...]
    sd_theta: tuple[float | None, ...]
    n_sessions: tuple[int, ...]


_TRAJECTORY = text("""
SELECT a.seq, a.item_id, i.b, a.correct, a.theta_after, a.se_after
FROM attempts a JOIN items i ON i.id = a.item_id
WHERE a.exam_session_id = :sid
ORDER BY a.seq
""")

# the subject of a session: its exam's, else its class's, else meta.subject
# the sessions that count (as the student's mean θ takes them): a sitting cut short by the time
# limit before the design's minimum is not a point of the curve
_LEARNING = text("""
SELECT es.id, es.started_at, es.theta, es.standard_error,
       coalesce(e.subject, c.subject, es.meta->>'subject', '') AS subject
FROM exam_sessions es
LEFT JOIN exams e ON e.id = es.exam_id
LEFT JOIN classes c ON c.id = es.class_id
WHERE es.student_id = :sid AND es.status = 'completed' AND abs(es.theta) < 'Infinity'::float8
  AND es.n_answered > 0 AND es.n_answered >= COALESCE((es.meta -> 'cat_config' ->> 'min_items')::int, 0)
ORDER BY es.started_at, es.id
""")

# the reference for the distribution: the enrolled students' completed sessions in time order,
# scored in Python (the latest counted one per student and subject is picked below)
_DISTRIBUTION = text("""
SELECT es.student_id, es.theta, es.standard_error, es.status, es.stop_reason, es.n_answered, es.n_correct,
       COALESCE((es.meta -> 'cat_config' ->> 'min_items')::int, 0) AS min_items,
       COALESCE(e.subject, c.subject, es.meta ->> 'subject', '') AS subject
FROM exam_sessions es
JOIN student_classroom sc ON sc.student_id = es.student_id AND sc.class_id = es.class_id
LEFT JOIN exams e ON e.id = es.exam_id
LEFT JOIN classes c ON c.id = es.class_id
WHERE es.class_id = :cid AND es.status = 'completed' AND es.theta IS NOT NULL
ORDER BY es.started_at, es.id
""")

#: a session that counts (``scoring.SessionScore.complete``) with a finite θ, in the class's own
#: subject (every subject when the class has none): what θ over time averages
COUNTED_IN_CLASS_SUBJECT = """es.status = 'completed' AND abs(es.theta) < 'Infinity'::float8 AND es.n_answered > 0
  AND es.n_answered >= COALESCE((es.meta -> 'cat_config' ->> 'min_items')::int, 0)
  AND (c.subject IS NULL OR COALESCE(e.subject, c.subject, es.meta ->> 'subject', '') = c.subject)"""

# mean and SD over the sessions in time order: the same floats whichever plan (and the classes
# tab's query for many classes) feeds them
_OVER_TIME = text(f"""
SELECT date_trunc(:bucket, es.started_at) AS period, avg(es.theta ORDER BY es.started_at, es.id) AS mean_theta,
       stddev_samp(es.theta ORDER BY es.started_at, es.id) AS sd_theta, count(*) AS n
FROM exam_sessions es
LEFT JOIN exams e ON e.id = es.exam_id
LEFT JOIN classes c ON c.id = es.class_id
WHERE es.class_id = :cid AND {COUNTED_IN_CLASS_SUBJECT}
GROUP BY 1 ORDER BY 1
""")


def distribution_subject(class_subject: str | None, subjects: Sequence[str]) -> str:
    """The subject a class's θ distribution shows: the class's own, else the first with data."""
    if class_subject or not subjects:
        return class_subject or ""
    return sorted(subjects)[0]


def distribution_from(class_id: int, rows: Sequence[Any], subject: str = "") -> ThetaDistribution:
    """From (student_id, theta, standard_error[, percent_correct]) rows in student order: one per
    student."""
    thetas = tuple(float(r.theta) for r in rows)
    mean = sum(thetas) / len(thetas) if thetas else None
    sd = (math.sqrt(sum((t - mean) ** 2 for t in thetas) / (len(thetas) - 1))
          if mean is not None and len(thetas) > 1 else None)
    return ThetaDistribution(class_id=class_id, student_ids=tuple(r.student_id for r in rows),
                             theta=thetas, se=tuple(r.standard_error for r in rows),
                             mean=mean, sd=sd, subject=subject,
                             percent_correct=tuple(getattr(r, "percent_correct", None) for r in rows))


def over_time_from(class_id: int, bucket: str, rows: Sequence[Any]) -> ThetaOverTime:
    """From (period, mean_theta, sd_theta, n) rows in period order."""
    return ThetaOverTime(
        class_id=class_id, bucket=bucket, period_start=tuple(r.period for r in rows),
        mean_theta=tuple(float(r.mean_theta) for r in rows),
        sd_theta=tuple(None if r.sd_theta is None else float(r.sd_theta) for r in rows),
        n_sessions=tuple(int(r.n) for r in rows))


class ChartDataService:
    """Read-only queries shaped for the charts; one read-only transaction per call."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def session_trajectory(self, session_id: int) -> ThetaTrajectory:
        with self._db.session(readonly=True) as s:
            session = require_session(s, session_id)
            rows = list(s.execute(_TRAJECTORY, {"sid": session_id}))
            return ThetaTrajectory(
                session_id=session_id, student_id=session.student_id,
                seq=tuple(r.seq for r in rows), item_ids=tuple(r.item_id for r in rows),
                item_b=tuple(float(r.b) for r in rows), correct=tuple(bool(r.correct) for r in rows),
                theta=tuple(r.theta_after for r in rows), se=tuple(r.se_after for r in rows),
                final_theta=session.theta, final_se=session.standard_error)

    def learning_curves(self, student_id: int, *,
                        subject: str | None = None) -> tuple[LearningCurve, ...]:
        """One curve per subject (sorted by subject name), or only ``subject``'s."""
        with self._db.session(readonly=True) as s:
            require_student(s, student_id)
            rows = list(s.execute(_LEARNING, {"sid": student_id}))
        by_subject: dict[str, list[Any]] = {}
        for r in rows:
            if subject is None or r.subject == subject:
                by_subject.setdefault(r.subject, []).append(r)
        return tuple(LearningCurve(
            student_id=student_id, subject=name,
            session_ids=tuple(r.id for r in pts), started_at=tuple(r.started_at for r in pts),
            theta=tuple(float(r.theta) for r in pts),
            se=tuple(r.standard_error for r in pts),
        ) for name, pts in sorted(by_subject.items()))

    def class_theta_distribution(self, class_id: int) -> ThetaDistribution:
        """Each enrolled student's latest counted session in the class's subject (see
        :class:`ThetaDistribution`)."""
        with self._db.session(readonly=True) as s:
            klass = require_class(s, class_id)
            rows = list(s.execute(_DISTRIBUTION, {"cid": class_id}))
        latest: dict[str, dict[int, LatestPoint]] = {}
        for r in rows:                                   # time order: the last one wins
            sc = SessionScore(n_correct=int(r.n_correct), n_answered=int(r.n_answered), theta=r.theta,
                              se=r.standard_error, status=r.status, stop_reason=r.stop_reason,
                              min_items=int(r.min_items))
            if sc.complete and math.isfinite(r.theta):
                latest.setdefault(r.subject, {})[r.student_id] = LatestPoint(
                    r.student_id, float(r.theta), r.standard_error, sc.percent_correct)
        subject = distribution_subject(klass.subject, list(latest))
        points = sorted(latest.get(subject, {}).values(), key=lambda p: p.student_id)
        return distribution_from(class_id, points, subject)

    def class_theta_over_time(self, class_id: int, *, bucket: str = "month") -> ThetaOverTime:
        """Periods are truncated in the database session's time zone."""
        if bucket not in BUCKETS:
            raise ValidationError("The period must be one of: {choices}.",
                                  params={"choices": ", ".join(BUCKETS)}, field="bucket")
        with self._db.session(readonly=True) as s:
            require_class(s, class_id)
            rows = list(s.execute(_OVER_TIME, {"cid": class_id, "bucket": bucket}))
        return over_time_from(class_id, bucket, rows)
