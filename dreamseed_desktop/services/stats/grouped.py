"""A class's statistics for many classes at once, aggregated in PostgreSQL.

:func:`class_stats_many` returns :class:`ClassExamStats` for every requested class in two
statements whatever the number of classes, students or sessions: one grouped query that returns
one row per (class, subject) and one per (enrolled student, subject) with the counts and the
sums the means and standard errors are made of, and nothing per session. Row-level security
applies as to any query of the caller.

The figures are **identical** to the per-session reference (``statistics.class_stats_from``,
which scores every session in Python), not merely close: every float is computed by the same
IEEE operations in the same order —

* a session's percent correct is ``round(100·n_correct/n_answered, 1)`` (Python rounds half to
  even): here it is rounded in integers, ``q = 1000·n_correct div n_answered`` plus one when the
  remainder is over half, or exactly half with ``q`` odd, then ``q / 10`` — the same double for
  every test shorter than 2,000 items (a tie of the exact fraction is then a binary-exact .25 or
  .75; any other fraction is further than 1/(20·n) from a tie, far beyond a rounding error);
* a mean is ``sum / n`` with the sum taken in session order (started_at, id), as Python's
  ``sum`` adds the values in the order the per-session path saw them (``sum(x ORDER BY …)``);
* the standard error is two-pass, ``sqrt(Σ(x − m)² / (n − 1) / n)``: the window gives ``m``
  exactly as above, ``Σ power(x − m, 2)`` is summed in the same order, and the last two
  divisions and the square root are done in Python as in ``scoring.mean_with_se``.

tests/db/stats/test_grouped.py compares both paths with ``==`` on sittings of many shapes.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from dreamseed_desktop.services.exams.scoring import MeanWithSE
from dreamseed_desktop.services.stats.statistics import (
    ClassExamStats,
    StudentExamStats,
    SubjectSummary,
    latest_means,
)

__all__ = ["ClassFigures", "LatestTheta", "class_figures_many", "class_stats_many", "percent_sql"]

def percent_sql(nc: str, n: str) -> str:
    """A session's percent correct in SQL, as ``scoring.percent_correct`` gives it (see the
    module docstring), from the integer columns ``nc`` (correct) and ``n`` (answered)."""
    q, r = f"((1000 * {nc}) / {n})", f"((1000 * {nc}) % {n})"
    return (f"(({q} + CASE WHEN 2 * {r} > {n} OR (2 * {r} = {n} AND {q} % 2 = 1) "
            f"THEN 1 ELSE 0 END)::float8 / 10)")


_ORDER = "ORDER BY started_at, id"
_FRAME = f"{_ORDER} ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING"


def _last(column: str) -> str:
    """``column`` of the group's latest counted session with a finite θ (``statistics.CLASS_SET``:
    the class means', the θ distribution's and the score histogram's pick)."""
    return (f"(array_agg({column} {_ORDER}) FILTER (WHERE dist))"
            f"[count(*) FILTER (WHERE dist)] AS d_{column}")


def _aggregates(keys: str, latest: bool = False) -> str:
    """The per-group figures over the sessions ``v`` grouped by ``keys`` (with ``latest``: the
    latest completed session with a θ, for the θ distribution)."""
    window = f"(PARTITION BY {keys}, subject {_FRAME})"
    last = ", " + ", ".join(_last(c) for c in ("started_at", "id", "theta", "se", "p")) if latest else ""
    return f"""
    SELECT {keys}, subject{last}, count(*) AS total, count(*) FILTER (WHERE counted) AS complete,
           count(*) FILTER (WHERE short) AS short, max(started_at) AS latest,
           count(t) AS n_t, sum(t {_ORDER}) AS sum_t, sum(power(t - m_t, 2) {_ORDER}) AS ss_t,
           count(p) AS n_p, sum(p {_ORDER}) AS sum_p, sum(power(p - m_p, 2) {_ORDER}) AS ss_p
    FROM (SELECT v.*, sum(t) OVER {window} / count(t) OVER {window} AS m_t,
                 sum(p) OVER {window} / count(p) OVER {window} AS m_p
          FROM v) w
    GROUP BY {keys}, subject"""


_FIGURES = text(f"""
WITH v AS MATERIALIZED (
    SELECT class_id, student_id, id, started_at, subject, counted, theta, se,
           counted AND abs(theta) < 'Infinity'::float8 AS dist,
           NOT counted AND status NOT IN ('in_progress', 'suspended', 'terminated') AS short,
           CASE WHEN counted AND abs(theta) < 'Infinity'::float8 THEN theta END AS t,
           CASE WHEN counted THEN {percent_sql("n_correct", "n_answered")} END AS p
    FROM (SELECT es.class_id, es.student_id, es.id, es.started_at, es.status, es.theta,
                 es.standard_error AS se,
                 es.n_answered, es.n_correct,
                 COALESCE(e.subject, c.subject, es.meta ->> 'subject', '') AS subject,
                 (es.status = 'completed' AND es.n_answered > 0 AND es.n_answered
                     >= COALESCE((es.meta -> 'cat_config' ->> 'min_items')::int, 0)) AS counted
          FROM exam_sessions es
          LEFT JOIN exams e ON e.id = es.exam_id
          LEFT JOIN classes c ON c.id = es.class_id
          WHERE es.class_id = ANY(:cids)) s
), by_class AS ({_aggregates("class_id")}
), by_student AS ({_aggregates("class_id, student_id", latest=True)}
)
SELECT 0 AS level, class_id, NULL::int AS student_id, NULL::text AS name,
       NULL::text AS student_number, subject, total, complete, short, latest,
       n_t, sum_t, ss_t, n_p, sum_p, ss_p,
       NULL::timestamptz AS d_started_at, NULL::int AS d_id, NULL::float8 AS d_theta, NULL::float8 AS d_se,
       NULL::float8 AS d_p
FROM by_class
UNION ALL
SELECT 1, sc.class_id, sc.student_id, u.name, st.student_number, b.subject, b.total, b.complete,
       b.short, b.latest, b.n_t, b.sum_t, b.ss_t, b.n_p, b.sum_p, b.ss_p,
       b.d_started_at, b.d_id, b.d_theta, b.d_se, b.d_p
FROM student_classroom sc
JOIN students st ON st.id = sc.student_id
JOIN users u ON u.id = st.user_id
LEFT JOIN by_student b ON b.class_id = sc.class_id AND b.student_id = sc.student_id
WHERE sc.class_id = ANY(:cids)
ORDER BY 1, 2, 4, 3
""").bindparams(bindparam("cids"))


_NONE = MeanWithSE(0, None, None)


def _mean(n: int, total: Any, squares: Any) -> MeanWithSE:
    """``scoring.mean_with_se`` from n, the ordered sum and the ordered Σ(x − m)²."""
    if n == 0:
        return _NONE
    m = total / n
    if n < 2:
        return MeanWithSE(1, m, None)
    return MeanWithSE(n, m, math.sqrt(squares / (n - 1) / n))


def _summary(r: Any) -> SubjectSummary:
    # r: (level, class_id, student_id, name, number, subject, total, complete, short, latest,
    #     n_t, sum_t, ss_t, n_p, sum_p, ss_p)
    return SubjectSummary(r[5], r[6], r[7], r[8], _mean(r[10], r[11], r[12]),
                          _mean(r[13], r[14], r[15]), r[9])


def _by_subject(rows: Sequence[Any]) -> tuple[SubjectSummary, ...]:
    if len(rows) == 1:
        return () if rows[0][5] is None else (_summary(rows[0]),)
    return tuple(sorted((_summary(r) for r in rows if r[5] is not None), key=lambda x: x.subject))


def _student(rows: Sequence[Any]) -> StudentExamStats:
    subjects = _by_subject(rows)
    return StudentExamStats(
        student_id=rows[0][2], total_exams=sum(x.total_exams for x in subjects),
        complete_exams=sum(x.complete_exams for x in subjects),
        latest_exam_date=max((x.latest_exam_date for x in subjects if x.latest_exam_date), default=None),
        subjects=subjects, name=rows[0][3], student_number=rows[0][4])


class LatestTheta(NamedTuple):
    """An enrolled student's latest counted session in a subject (``statistics.CLASS_SET``: one
    point of the θ distribution and of the score histogram)."""

    student_id: int
    theta: float
    standard_error: float | None
    percent_correct: float | None = None


class ClassFigures(NamedTuple):
    stats: ClassExamStats
    latest: dict[str, tuple[LatestTheta, ...]]   # per subject, in student id order


def _latest(rows: Sequence[Any]) -> dict[str, LatestTheta]:
    # r[16..20]: the subject's latest counted session with a finite θ (started_at, id, θ, SE, %)
    return {r[5]: LatestTheta(r[2], r[18], r[19], r[20]) for r in rows if r[17] is not None}


def class_figures_many(session: Session, classes: Sequence[tuple[int, str]]) -> dict[int, ClassFigures]:
    """``{class_id: ClassFigures}`` for ``(class_id, name)`` pairs, in one statement."""
    if not classes:
        return {}
    class_rows: dict[int, list[Any]] = defaultdict(list)
    # enrolled students per class in roster order (name, id), each with its subject rows
    students: dict[int, dict[int, list[Any]]] = defaultdict(dict)
    for r in session.execute(_FIGURES, {"cids": [c for c, _ in classes]}).all():
        if r[0] == 0:
            class_rows[r[1]].append(r)
        else:
            students[r[1]].setdefault(r[2], []).append(r)
    out = {}
    for cid, name in classes:
        rosters = students.get(cid, {})
        per_student = tuple(_student(rows) for rows in rosters.values())
        latest: dict[str, list[LatestTheta]] = defaultdict(list)
        for rows in rosters.values():
            for subject, point in _latest(rows).items():
                latest[subject].append(point)
        ordered = {k: tuple(sorted(v, key=lambda x: x.student_id)) for k, v in sorted(latest.items())}
        subjects = tuple(replace(x, theta=t, percent_correct=p) for x in _by_subject(class_rows.get(cid, []))
                         for t, p in [latest_means([(q.student_id, q.theta, q.percent_correct)
                                                    for q in ordered.get(x.subject, ())])])
        out[cid] = ClassFigures(ClassExamStats(
            class_id=cid, class_name=name, n_students=len(per_student),
            n_students_tested=sum(1 for st in per_student if st.total_exams),
            total_exams=sum(x.total_exams for x in subjects),
            complete_exams=sum(x.complete_exams for x in subjects),
            latest_exam_date=max((x.latest_exam_date for x in subjects if x.latest_exam_date), default=None),
            subjects=subjects, students=per_student), ordered)
    return out


def class_stats_many(session: Session, classes: Sequence[tuple[int, str]]) -> dict[int, ClassExamStats]:
    """``{class_id: ClassExamStats}`` for ``(class_id, name)`` pairs, in one statement."""
    return {cid: f.stats for cid, f in class_figures_many(session, classes).items()}
