"""Read side of the psychometric tools: bank parameters and item analysis (misfit, exposure).

Everything is computed in PostgreSQL in one statement per call, so it scales with the number of
items, not the number of attempts held in Python.
"""
from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.psychometrics.dto import BankParameters, ItemAnalysis, ItemAnalysisRow

__all__ = ["bank_parameters", "date_bounds", "item_analysis", "subjects"]

_BANK = text("""
SELECT id, code, model, a, b, c, grade, strand, bank_version
FROM items
WHERE (CAST(:subject AS text) IS NULL OR subject = :subject)
  AND (CAST(:status AS text) IS NULL OR status = :status)
ORDER BY code, id
""")

_SUBJECTS = text("SELECT subject, count(*) AS n FROM items GROUP BY subject ORDER BY subject")

# answers of completed sessions in scope, with the probability the item's parameters give at
# the session's final θ; then per item observed/expected counts and binomial variance
_ANALYSIS = text("""
WITH att AS (
    SELECT a.item_id, a.correct, a.exam_session_id,
           i.c + (1 - i.c) / (1 + exp(-i.a * (es.theta - i.b))) AS p
    FROM attempts a
    JOIN exam_sessions es ON es.id = a.exam_session_id
    JOIN items i ON i.id = a.item_id
    WHERE es.status = 'completed' AND es.theta IS NOT NULL
      AND (CAST(:subject AS text) IS NULL OR i.subject = :subject)
      AND (CAST(:t0 AS timestamptz) IS NULL OR es.started_at >= :t0)
      AND (CAST(:t1 AS timestamptz) IS NULL OR es.started_at < :t1)
), per_item AS (
    SELECT item_id, count(*) AS n, count(*) FILTER (WHERE correct) AS n_correct,
           sum(p) AS expected, sum(p * (1 - p)) AS variance,
           count(DISTINCT exam_session_id) AS n_sessions
    FROM att GROUP BY item_id
)
SELECT i.id, i.code, i.status, i.a, i.b, i.c,
       coalesce(pi.n, 0) AS n, coalesce(pi.n_correct, 0) AS n_correct,
       pi.expected, pi.variance, coalesce(pi.n_sessions, 0) AS n_sessions,
       (SELECT count(DISTINCT exam_session_id) FROM att) AS total_sessions
FROM items i LEFT JOIN per_item pi ON pi.item_id = i.id
WHERE (CAST(:subject AS text) IS NULL OR i.subject = :subject)
ORDER BY i.code, i.id
""")


def date_bounds(date_from: date | None, date_to: date | None) -> tuple[datetime | None, datetime | None]:
    """Inclusive calendar dates → half-open local-time instants [from 00:00, day after to 00:00)."""
    if date_from and date_to and date_to < date_from:
        raise ValidationError("The end date is before the start date.", field="date_to")
    t0 = datetime.combine(date_from, time.min).astimezone() if date_from else None
    t1 = datetime.combine(date_to + timedelta(days=1), time.min).astimezone() if date_to else None
    return t0, t1


def subjects(s: Session) -> list[tuple[str, int]]:
    """(subject, number of items) for every subject in the bank."""
    return [(r.subject, int(r.n)) for r in s.execute(_SUBJECTS)]


def bank_parameters(s: Session, subject: str | None, status: str | None = "active") -> BankParameters:
    """Parameters of the subject's items (all subjects when None), ordered by code."""
    rows = list(s.execute(_BANK, {"subject": subject, "status": status}))
    return BankParameters(
        subject=subject, item_ids=tuple(r.id for r in rows), codes=tuple(r.code for r in rows),
        model=tuple(r.model for r in rows), a=tuple(float(r.a) for r in rows),
        b=tuple(float(r.b) for r in rows), c=tuple(float(r.c) for r in rows),
        grade=tuple(r.grade for r in rows), strand=tuple(r.strand for r in rows),
        bank_version=tuple(int(r.bank_version) for r in rows))


def item_analysis(s: Session, subject: str | None, date_from: date | None, date_to: date | None,
                  min_attempts: int, z_flag: float) -> ItemAnalysis:
    """Observed vs expected p-correct, misfit flags and exposure per item."""
    if min_attempts < 1:
        raise ValidationError("The minimum number of answers must be 1 or more.", field="min_attempts")
    if not z_flag > 0:
        raise ValidationError("The flag threshold must be positive.", field="z_flag")
    t0, t1 = date_bounds(date_from, date_to)
    rows = list(s.execute(_ANALYSIS, {"subject": subject, "t0": t0, "t1": t1}))
    total = int(rows[0].total_sessions) if rows else 0
    return ItemAnalysis(subject=subject, date_from=date_from, date_to=date_to, n_sessions=total,
                        min_attempts=min_attempts, z_flag=z_flag,
                        rows=tuple(_row(r, total, min_attempts, z_flag) for r in rows))


def _row(r: Any, total: int, min_attempts: int, z_flag: float) -> ItemAnalysisRow:
    n = int(r.n)
    p_obs = int(r.n_correct) / n if n else None
    p_exp = float(r.expected) / n if n else None
    z = None
    if n and r.variance is not None and float(r.variance) > 0:
        z = (int(r.n_correct) - float(r.expected)) / math.sqrt(float(r.variance))
    return ItemAnalysisRow(
        item_id=r.id, code=r.code, status=r.status, a=float(r.a), b=float(r.b), c=float(r.c),
        n_attempts=n, n_correct=int(r.n_correct), p_observed=p_obs, p_expected=p_exp, z=z,
        flagged=bool(z is not None and n >= min_attempts and abs(z) > z_flag),
        exposure=int(r.n_sessions) / total if total else 0.0)
