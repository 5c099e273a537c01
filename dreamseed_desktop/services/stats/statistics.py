"""Exam statistics: the queries of the customer's design document as service calls.

* student exam stats (total_exams, completed_exams, average_score, average_theta,
  latest_exam_date) — averages are over completed sessions;
* class exam stats: the same per enrolled student (sessions taken in that class) and overall;
* a student's exam history (with class name and attempt count), newest first;
* a class leaderboard (completed sessions in the class, ordered by average θ);
* item difficulty statistics (p-correct, mean response time, items with >= 10 attempts)
  read from ``item_stats`` (kept current by a trigger), plus the document's plain
  ``GROUP BY`` over ``attempts`` as the reference the tests and the benchmark compare with.

Chart data (θ trajectories, learning curves, distributions) lives in :mod:`stats_charts`.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import starmap
from typing import Any

from sqlalchemy import text

from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.exams.records import require_class, require_student
from dreamseed_desktop.services.core.uow import Database

MIN_ITEM_ATTEMPTS = 10


@dataclass(frozen=True)
class StudentExamStats:
    """Summary of one student's sessions (in one class, for class statistics)."""

    student_id: int
    total_exams: int
    completed_exams: int
    average_score: float | None
    average_theta: float | None
    latest_exam_date: datetime | None
    name: str | None = None
    student_number: str | None = None


@dataclass(frozen=True)
class ClassExamStats:
    """A class's sessions overall plus one line per enrolled student."""

    class_id: int
    class_name: str
    n_students: int
    n_students_tested: int
    total_exams: int
    completed_exams: int
    average_score: float | None
    average_theta: float | None
    latest_exam_date: datetime | None
    students: tuple[StudentExamStats, ...]


@dataclass(frozen=True)
class ExamHistoryEntry:
    """One session in a student's history."""

    session_id: int
    exam_type: str
    status: str
    score: float | None
    theta: float | None
    standard_error: float | None
    started_at: datetime
    ended_at: datetime | None
    class_id: int | None
    class_name: str | None
    total_attempts: int


@dataclass(frozen=True)
class LeaderboardEntry:
    """One student on a class leaderboard (rank 1 = highest average θ)."""

    rank: int
    student_id: int
    name: str
    student_number: str | None
    average_score: float | None
    average_theta: float | None
    total_exams: int


@dataclass(frozen=True)
class ItemDifficultyStat:
    """Classical difficulty of one item: share of correct answers and mean response time."""

    item_id: int
    total_attempts: int
    correct_count: int
    p_correct: float
    avg_response_time: float | None


@dataclass(frozen=True)
class ItemDifficultyStats:
    """Difficulty of every item with enough attempts, easiest first, as parallel tuples.

    Entry ``i`` of each tuple belongs to one item (columns suit table models and charts and
    cost almost nothing to build for 10,000 items); :meth:`row` / :meth:`rows` give
    per-item :class:`ItemDifficultyStat` objects.
    """

    item_id: tuple[int, ...]
    total_attempts: tuple[int, ...]
    correct_count: tuple[int, ...]
    p_correct: tuple[float, ...]
    avg_response_time: tuple[float | None, ...]

    def __len__(self) -> int:
        return len(self.item_id)

    def row(self, index: int) -> ItemDifficultyStat:
        return ItemDifficultyStat(self.item_id[index], self.total_attempts[index],
                                  self.correct_count[index], self.p_correct[index],
                                  self.avg_response_time[index])

    def rows(self) -> tuple[ItemDifficultyStat, ...]:
        return tuple(starmap(ItemDifficultyStat, zip(
            self.item_id, self.total_attempts, self.correct_count, self.p_correct,
            self.avg_response_time, strict=True)))


def _f(value: Any) -> float | None:
    return None if value is None else float(value)


_SESSION_AGGREGATES = """
    count(es.id) AS total_exams,
    count(es.id) FILTER (WHERE es.status = 'completed') AS completed_exams,
    avg(es.score) FILTER (WHERE es.status = 'completed') AS average_score,
    avg(es.theta) FILTER (WHERE es.status = 'completed') AS average_theta,
    max(es.started_at) AS latest_exam_date
"""

_STUDENT_STATS = text(f"SELECT {_SESSION_AGGREGATES} FROM exam_sessions es "
                      "WHERE es.student_id = :sid")

# one aggregate per enrolled student over their sessions in this class (index look-ups only)
_CLASS_STUDENTS = text(f"""
SELECT st.id AS student_id, u.name, st.student_number, agg.*
FROM student_classroom sc
JOIN students st ON st.id = sc.student_id
JOIN users u ON u.id = st.user_id
CROSS JOIN LATERAL (SELECT {_SESSION_AGGREGATES} FROM exam_sessions es
                    WHERE es.student_id = sc.student_id AND es.class_id = sc.class_id) agg
WHERE sc.class_id = :cid
ORDER BY u.name, st.id
""")

_CLASS_OVERALL = text(f"SELECT {_SESSION_AGGREGATES} FROM exam_sessions es WHERE es.class_id = :cid")

# the design document's history query, plus status/SE/end time and the class id; counting
# a.seq (in the (exam_session_id, seq) index) allows an index-only scan of attempts
_HISTORY = text("""
SELECT es.id, es.exam_type, es.status, es.score, es.theta, es.standard_error, es.started_at,
       es.ended_at, es.class_id, c.name AS class_name, count(a.seq) AS total_attempts
FROM exam_sessions es
LEFT JOIN classes c ON es.class_id = c.id
LEFT JOIN attempts a ON a.exam_session_id = es.id
WHERE es.student_id = :sid
GROUP BY es.id, c.name
ORDER BY es.started_at DESC, es.id DESC
LIMIT :lim
""")

# the design document's leaderboard (students carry their name on users here)
_LEADERBOARD = text("""
SELECT rank() OVER (ORDER BY avg(es.theta) DESC NULLS LAST) AS rank,
       s.id AS student_id, u.name, s.student_number,
       avg(es.score) AS average_score, avg(es.theta) AS average_theta, count(es.id) AS total_exams
FROM students s
JOIN users u ON u.id = s.user_id
JOIN student_classroom sc ON sc.student_id = s.id
JOIN exam_sessions es ON es.student_id = s.id AND es.class_id = sc.class_id
WHERE sc.class_id = :cid AND es.status = 'completed'
GROUP BY s.id, u.name, s.student_number
ORDER BY average_theta DESC NULLS LAST, s.id
LIMIT :lim
""")

# fast path: per-item running aggregates maintained by the attempts trigger
_ITEM_STATS_FAST = text("""
SELECT item_id, n_attempts AS total_attempts, n_correct AS correct_count,
       n_correct::float8 / n_attempts AS p_correct,
       sum_response_time_ms::float8 / nullif(n_timed, 0) AS avg_response_time
FROM item_stats
WHERE n_attempts >= :min_n
ORDER BY p_correct DESC, item_id
""")

# reference: the design document's GROUP BY over every attempt. The averages are written as
# sum / count in float8 (the document's AVG gives numeric) so both paths give identical floats.
_ITEM_STATS_REFERENCE = text("""
SELECT a.item_id, count(*) AS total_attempts, count(*) FILTER (WHERE a.correct) AS correct_count,
       count(*) FILTER (WHERE a.correct)::float8 / count(*) AS p_correct,
       sum(a.response_time_ms)::float8 / nullif(count(a.response_time_ms), 0) AS avg_response_time
FROM attempts a
GROUP BY a.item_id
HAVING count(*) >= :min_n
ORDER BY p_correct DESC, a.item_id
""")


def _difficulty(rows: Sequence[Any]) -> ItemDifficultyStats:
    columns = tuple(zip(*rows, strict=True)) if rows else ((), (), (), (), ())
    return ItemDifficultyStats(*columns)


def _stats(sid: int, row: Any, name: str | None = None,
           number: str | None = None) -> StudentExamStats:
    return StudentExamStats(
        student_id=sid, total_exams=int(row.total_exams), completed_exams=int(row.completed_exams),
        average_score=_f(row.average_score), average_theta=_f(row.average_theta),
        latest_exam_date=row.latest_exam_date, name=name, student_number=number)


def _check_limit(limit: int | None) -> int | None:
    if limit is not None and (isinstance(limit, bool) or limit < 1):
        raise ValidationError("The limit must be 1 or more.", field="limit")
    return limit


class StatisticsService:
    """Read-only statistics; every call is one read-only transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def student_exam_stats(self, student_id: int) -> StudentExamStats:
        with self._db.session(readonly=True) as s:
            require_student(s, student_id)
            row = s.execute(_STUDENT_STATS, {"sid": student_id}).one()
            return _stats(student_id, row)

    def class_exam_stats(self, class_id: int) -> ClassExamStats:
        with self._db.session(readonly=True) as s:
            klass = require_class(s, class_id)
            students = tuple(_stats(r.student_id, r, r.name, r.student_number)
                             for r in s.execute(_CLASS_STUDENTS, {"cid": class_id}))
            overall = s.execute(_CLASS_OVERALL, {"cid": class_id}).one()
            return ClassExamStats(
                class_id=class_id, class_name=klass.name, n_students=len(students),
                n_students_tested=sum(1 for st in students if st.total_exams),
                total_exams=int(overall.total_exams), completed_exams=int(overall.completed_exams),
                average_score=_f(overall.average_score), average_theta=_f(overall.average_theta),
                latest_exam_date=overall.latest_exam_date, students=students)

    def student_exam_history(self, student_id: int, *,
                             limit: int | None = None) -> tuple[ExamHistoryEntry, ...]:
        _check_limit(limit)
        with self._db.session(readonly=True) as s:
            require_student(s, student_id)
            rows = s.execute(_HISTORY, {"sid": student_id, "lim": limit})
            return tuple(ExamHistoryEntry(
                session_id=r.id, exam_type=r.exam_type, status=r.status, score=r.score,
                theta=r.theta, standard_error=r.standard_error, started_at=r.started_at,
                ended_at=r.ended_at, class_id=r.class_id, class_name=r.class_name,
                total_attempts=int(r.total_attempts)) for r in rows)

    def class_leaderboard(self, class_id: int, *,
                          limit: int | None = None) -> tuple[LeaderboardEntry, ...]:
        _check_limit(limit)
        with self._db.session(readonly=True) as s:
            require_class(s, class_id)
            rows = s.execute(_LEADERBOARD, {"cid": class_id, "lim": limit})
            return tuple(LeaderboardEntry(
                rank=int(r.rank), student_id=r.student_id, name=r.name,
                student_number=r.student_number, average_score=_f(r.average_score),
                average_theta=_f(r.average_theta), total_exams=int(r.total_exams)) for r in rows)

    def item_difficulty_stats(self, *, min_attempts: int = MIN_ITEM_ATTEMPTS
                              ) -> ItemDifficultyStats:
        """From ``item_stats``: easiest first (p_correct descending, then item id)."""
        return self._difficulty(_ITEM_STATS_FAST, min_attempts)

    def item_difficulty_stats_reference(self, *, min_attempts: int = MIN_ITEM_ATTEMPTS
                                        ) -> ItemDifficultyStats:
        """The same figures by the plain ``GROUP BY`` over all attempts (slow; reference)."""
        return self._difficulty(_ITEM_STATS_REFERENCE, min_attempts)

    def _difficulty(self, query: Any, min_attempts: int) -> ItemDifficultyStats:
        if isinstance(min_attempts, bool) or not isinstance(min_attempts, int) or min_attempts < 1:
            raise ValidationError("The minimum number of attempts must be 1 or more.",
                                  field="min_attempts")
        with self._db.session(readonly=True) as s:
            return _difficulty(s.execute(query, {"min_n": min_attempts}).all())


#: The statements above by name, for the benchmark's EXPLAIN (ANALYZE) evidence.
QUERIES: dict[str, Any] = {
    "student_stats": _STUDENT_STATS, "class_students": _CLASS_STUDENTS,
    "class_overall": _CLASS_OVERALL, "history": _HISTORY, "leaderboard": _LEADERBOARD,
    "item_stats_fast": _ITEM_STATS_FAST, "item_stats_reference": _ITEM_STATS_REFERENCE,
}
