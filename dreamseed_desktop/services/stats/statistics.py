"""Exam statistics that do not mix: per subject, with standard errors, complete sessions only.

* a student's and a class's figures **per subject** (θ of one subject's bank is not comparable
  with another's): sessions taken, sessions that count (ended normally with at least the design's
  minimum number of items — see :mod:`services.exams.scoring`), sessions that ended short
  (e.g. the time limit after a few items; listed, never averaged), the mean θ with its standard
  error and 95 % interval, and the mean percent correct with its SE;
* a student's exam history with each session's named scores (number correct of answered,
  percent correct, θ, SE) and how it ended;
* a class standing per subject that respects measurement error: a student's rank is 1 + the
  number of classmates whose 95 % interval lies wholly above theirs, so students whose intervals
  overlap share a rank (no ordering the data cannot support);
* item difficulty statistics (p-correct, mean response time, items with >= 10 attempts)
  read from ``item_stats`` (kept current by a trigger), plus the plain ``GROUP BY`` over
  ``attempts`` as the reference the tests and the benchmark compare with.

Chart data (θ trajectories, learning curves, distributions) lives in :mod:`stats.charts`.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime
from itertools import starmap
from typing import Any

from sqlalchemy import text

from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.records import require_class, require_student
from dreamseed_desktop.services.exams.scoring import (
    MeanWithSE,
    SessionScore,
    mean_with_se,
)

MIN_ITEM_ATTEMPTS = 10


@dataclass(frozen=True)
class SubjectSummary:
    """One subject's sessions: how many, and θ and percent correct averaged over the sessions
    that count. In a class's figures (``ClassExamStats.subjects``) the means are over **each
    enrolled student's latest counted session in the subject** (:data:`CLASS_SET`), the set the
    θ distribution and the score histogram show too; a student's own figures average all of
    that student's counted sessions."""

    subject: str
    total_exams: int
    complete_exams: int
    short_exams: int               # ended before the minimum number of items (not averaged)
    theta: MeanWithSE
    percent_correct: MeanWithSE
    latest_exam_date: datetime | None


@dataclass(frozen=True)
class StudentExamStats:
    """Summary of one student's sessions (in one class, for class statistics), per subject."""

    student_id: int
    total_exams: int
    complete_exams: int
    latest_exam_date: datetime | None
    subjects: tuple[SubjectSummary, ...]
    name: str | None = None
    student_number: str | None = None

    def subject(self, subject: str | None) -> SubjectSummary | None:
        return next((x for x in self.subjects if x.subject == subject), None)


@dataclass(frozen=True)
class ClassSummary:
    """A class's sessions per subject, without the per-student lines (what the statistics
    screen's classes tab shows for every class; :class:`ClassExamStats` adds the lines)."""

    class_id: int
    class_name: str
    n_students: int
    n_students_tested: int
    total_exams: int
    complete_exams: int
    latest_exam_date: datetime | None
    subjects: tuple[SubjectSummary, ...]

    def subject(self, subject: str | None) -> SubjectSummary | None:
        return next((x for x in self.subjects if x.subject == subject), None)


@dataclass(frozen=True)
class ClassExamStats(ClassSummary):
    """A class's sessions per subject plus one line per enrolled student."""

    students: tuple[StudentExamStats, ...]

    def summary(self) -> ClassSummary:
        """The class-level figures alone (equal to what the classes tab loads for the class)."""
        return ClassSummary(**{f.name: getattr(self, f.name) for f in fields(ClassSummary)})


@dataclass(frozen=True)
class ExamHistoryEntry:
    """One session in a student's history, with its named scores."""

    session_id: int
    exam_type: str
    subject: str
    status: str
    score: SessionScore
    started_at: datetime
    ended_at: datetime | None
    class_id: int | None
    class_name: str | None

    @property
    def theta(self) -> float | None:
        return self.score.theta

    @property
    def standard_error(self) -> float | None:
        return self.score.se

    @property
    def total_attempts(self) -> int:
        return self.score.n_answered


@dataclass(frozen=True)
class StandingEntry:
    """A student's place in a class for one subject (latest session that counts).

    ``rank`` = 1 + classmates whose 95 % interval lies wholly above this student's: students
    whose intervals overlap share a rank.
    """

    rank: int
    student_id: int
    name: str
    student_number: str | None
    subject: str
    score: SessionScore
    session_id: int


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


# Every session with its named scores as stored (number correct / answered, θ, SE, how it ended)
# and the design's minimum number of items (from the stored design).
_SCORED_SESSIONS = """
SELECT es.id, es.student_id, es.class_id, es.exam_type, es.status, es.theta, es.standard_error,
       es.started_at, es.ended_at, c.name AS class_name,
       COALESCE(e.subject, c.subject, es.meta ->> 'subject', '') AS subject,
       es.stop_reason, COALESCE((es.meta -> 'cat_config' ->> 'min_items')::int, 0) AS min_items,
       es.n_answered, es.n_correct
FROM exam_sessions es
LEFT JOIN exams e ON e.id = es.exam_id
LEFT JOIN classes c ON c.id = es.class_id
"""

_STUDENT_SESSIONS = text(_SCORED_SESSIONS + " WHERE es.student_id = :sid "
                         "ORDER BY es.started_at DESC, es.id DESC")
_CLASS_SESSIONS = text(_SCORED_SESSIONS + " WHERE es.class_id = :cid ORDER BY es.started_at, es.id")
_HISTORY = text(_SCORED_SESSIONS + " WHERE es.student_id = :sid "
                "ORDER BY es.started_at DESC, es.id DESC LIMIT :lim")
_CLASS_ROSTER = text("""
SELECT st.id AS student_id, u.name, st.student_number
FROM student_classroom sc
JOIN students st ON st.id = sc.student_id
JOIN users u ON u.id = st.user_id
WHERE sc.class_id = :cid
ORDER BY u.name, st.id
""")


def _score(r: Any) -> SessionScore:
    return SessionScore(n_correct=int(r.n_correct), n_answered=int(r.n_answered), theta=_f(r.theta),
                        se=_f(r.standard_error), status=r.status, stop_reason=r.stop_reason,
                        min_items=int(r.min_items))


def _summaries(rows: Iterable[Any], scored: dict[int, SessionScore] | None = None
               ) -> tuple[SubjectSummary, ...]:
    """Per-subject summaries; ``scored`` (session id -> score) saves scoring a row twice."""
    by_subject: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        by_subject[r.subject].append(r)
    out = []
    for subject in sorted(by_subject):
        group = by_subject[subject]
        scores = [_score(r) if scored is None else scored[r.id] for r in group]
        counted = [sc for sc in scores if sc.complete]
        out.append(SubjectSummary(
            subject=subject, total_exams=len(group), complete_exams=len(counted),
            short_exams=sum(1 for sc in scores if sc.completeness in ("short", "short_time_limit")),
            theta=mean_with_se([sc.theta for sc in counted if sc.theta is not None]),
            percent_correct=mean_with_se([sc.percent_correct for sc in counted
                                          if sc.percent_correct is not None]),
            latest_exam_date=max(r.started_at for r in group)))
    return tuple(out)


def _student_stats(student_id: int, rows: Sequence[Any], name: str | None = None,
                   number: str | None = None, scored: dict[int, SessionScore] | None = None
                   ) -> StudentExamStats:
    subjects = _summaries(rows, scored)
    return StudentExamStats(
        student_id=student_id, total_exams=len(rows),
        complete_exams=sum(x.complete_exams for x in subjects),
        latest_exam_date=max((r.started_at for r in rows), default=None), subjects=subjects,
        name=name, student_number=number)


#: the sessions a class's means, θ distribution and score histogram are taken over
CLASS_SET = "each enrolled student's latest counted session per subject"


def latest_means(points: Sequence[tuple[int, float, float | None]]) -> tuple[MeanWithSE, MeanWithSE]:
    """Mean θ and mean percent correct (with SE) over :data:`CLASS_SET` points
    (student id, θ, percent correct), taken in student id order."""
    ordered = sorted(points, key=lambda p: p[0])
    return (mean_with_se([p[1] for p in ordered]),
            mean_with_se([p[2] for p in ordered if p[2] is not None]))


def class_stats_from(class_id: int, class_name: str, sessions: Sequence[Any],
                     roster: Sequence[Any]) -> ClassExamStats:
    """A class's statistics from its scored sessions (in time order) and its roster rows."""
    by_student: dict[int, list[Any]] = defaultdict(list)
    scored = {}
    latest: dict[str, dict[int, tuple[int, float, float | None]]] = defaultdict(dict)
    enrolled = {r.student_id for r in roster}
    for r in sessions:
        by_student[r.student_id].append(r)
        sc = scored[r.id] = _score(r)
        if (r.student_id in enrolled and sc.complete and sc.theta is not None
                and math.isfinite(sc.theta)):
            latest[r.subject][r.student_id] = (r.student_id, sc.theta, sc.percent_correct)  # time order
    students = tuple(_student_stats(r.student_id, by_student.get(r.student_id, []), r.name,
                                    r.student_number, scored) for r in roster)
    subjects = tuple(replace(x, theta=t, percent_correct=p)
                     for x in _summaries(sessions, scored)
                     for t, p in [latest_means(list(latest.get(x.subject, {}).values()))])
    return ClassExamStats(
        class_id=class_id, class_name=class_name, n_students=len(students),
        n_students_tested=sum(1 for st in students if st.total_exams),
        total_exams=len(sessions), complete_exams=sum(x.complete_exams for x in subjects),
        latest_exam_date=max((r.started_at for r in sessions), default=None),
        subjects=subjects, students=students)


def _standing(entries: list[StandingEntry]) -> list[StandingEntry]:
    out = []
    for e in entries:
        mine = e.score.interval95
        above = 0
        for other in entries:
            theirs = other.score.interval95
            if other is not e and mine is not None and theirs is not None and theirs[0] > mine[1]:
                above += 1
        out.append(StandingEntry(rank=1 + above, student_id=e.student_id, name=e.name,
                                 student_number=e.student_number, subject=e.subject,
                                 score=e.score, session_id=e.session_id))
    out.sort(key=lambda x: (x.rank, -(x.score.theta or 0.0), x.name, x.student_id))
    return out


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


def _f(value: Any) -> float | None:
    return None if value is None else float(value)


def _difficulty(rows: Sequence[Any]) -> ItemDifficultyStats:
    columns = tuple(zip(*rows, strict=True)) if rows else ((), (), (), (), ())
    return ItemDifficultyStats(*columns)


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
            return _student_stats(student_id, s.execute(_STUDENT_SESSIONS, {"sid": student_id}).all())

    def class_exam_stats(self, class_id: int) -> ClassExamStats:
        """The class's and each enrolled student's figures per subject, aggregated in SQL
        (:mod:`stats.grouped`; one row per student and subject, none per session)."""
        from dreamseed_desktop.services.stats.grouped import class_stats_many

        with self._db.session(readonly=True) as s:
            klass = require_class(s, class_id)
            return class_stats_many(s, [(class_id, klass.name)])[class_id]

    def class_exam_stats_reference(self, class_id: int) -> ClassExamStats:
        """The same figures from every session row, scored in Python (``class_stats_from``):
        the per-session path the grouped query replaced, kept as the reference the tests and
        the benchmark compare with."""
        with self._db.session(readonly=True) as s:
            klass = require_class(s, class_id)
            sessions = s.execute(_CLASS_SESSIONS, {"cid": class_id}).all()
            return class_stats_from(class_id, klass.name, sessions,
                                    s.execute(_CLASS_ROSTER, {"cid": class_id}).all())

    def student_exam_history(self, student_id: int, *,
                             limit: int | None = None) -> tuple[ExamHistoryEntry, ...]:
        _check_limit(limit)
        with self._db.session(readonly=True) as s:
            require_student(s, student_id)
            rows = s.execute(_HISTORY, {"sid": student_id, "lim": limit})
            return tuple(ExamHistoryEntry(
                session_id=r.id, exam_type=r.exam_type, subject=r.subject, status=r.status,
                score=_score(r), started_at=r.started_at, ended_at=r.ended_at,
                class_id=r.class_id, class_name=r.class_name) for r in rows)

    def class_standing(self, class_id: int, subject: str | None = None) -> tuple[StandingEntry, ...]:
        """Each student's latest session that counts, per subject (or one subject), ranked
        with ties where 95 % intervals overlap (see the module docstring)."""
        with self._db.session(readonly=True) as s:
            require_class(s, class_id)
            names = {r.student_id: (r.name, r.student_number)
                     for r in s.execute(_CLASS_ROSTER, {"cid": class_id})}
            latest: dict[tuple[str, int], Any] = {}
            for r in s.execute(_CLASS_SESSIONS, {"cid": class_id}):
                if r.student_id in names and (subject is None or r.subject == subject) \
                        and _score(r).complete and r.theta is not None:
                    latest[(r.subject, r.student_id)] = r      # rows are in time order
            out: list[StandingEntry] = []
            for subj in sorted({k[0] for k in latest}):
                entries = [StandingEntry(0, sid, names[sid][0], names[sid][1], subj, _score(r), r.id)
                           for (sb, sid), r in latest.items() if sb == subj]
                out.extend(_standing(entries))
            return tuple(out)

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
    "scored_sessions": _SCORED_SESSIONS, "student_sessions": _STUDENT_SESSIONS, "class_sessions": _CLASS_SESSIONS,
    "class_roster": _CLASS_ROSTER, "history": _HISTORY,
    "item_stats_fast": _ITEM_STATS_FAST, "item_stats_reference": _ITEM_STATS_REFERENCE,
}
