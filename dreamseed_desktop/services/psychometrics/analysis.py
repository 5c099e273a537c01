"""Read side of the psychometric tools: bank parameters and item analysis (misfit, exposure).

Everything is computed in PostgreSQL in one statement per call, so it scales with the number of
items, not the number of attempts held in Python.
"""
from __future__ import annotations

import csv
import io
import math
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from dreamseed_desktop.services.core.csv_safety import escape_cell
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.psychometrics.dto import BankParameters, ItemAnalysis, ItemAnalysisRow

__all__ = ["CSV_COLUMNS", "bank_parameters", "date_bounds", "item_analysis", "item_analysis_csv", "subjects"]

_BANK = text("""
SELECT id, code, model, a, b, c, grade, strand, bank_version
FROM items
WHERE (CAST(:subject AS text) IS NULL OR subject = :subject)
  AND (CAST(:status AS text) IS NULL OR status = :status)
ORDER BY code, id
""")

_PRETEST = text("SELECT item_id, n FROM exam.pretest_answer_counts(CAST(:subject AS text))")

_SUBJECTS = text("SELECT subject, count(*) AS n FROM items GROUP BY subject ORDER BY subject")

# answers of completed sessions in scope, with the probability the item's parameters give at
# the session's final θ; then per item observed/expected counts and binomial variance
_ANALYSIS = text("""
WITH att AS (
    SELECT a.item_id, a.correct, a.exam_session_id, es.theta, es.standard_error,
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
           sum((correct::int - p) ^ 2) AS sq_residual,
           sum((correct::int - p) ^ 2 / NULLIF(p * (1 - p), 0)) AS sq_z,
           count(DISTINCT exam_session_id) AS n_sessions
    FROM att GROUP BY item_id
), sessions AS (
    SELECT DISTINCT exam_session_id, theta, standard_error FROM att
)
SELECT i.id, i.code, i.status, i.a, i.b, i.c,
       coalesce(pi.n, 0) AS n, coalesce(pi.n_correct, 0) AS n_correct,
       pi.expected, pi.variance, pi.sq_residual, pi.sq_z, coalesce(pi.n_sessions, 0) AS n_sessions,
       (SELECT count(*) FROM sessions) AS total_sessions,
       (SELECT var_samp(theta) FROM sessions WHERE standard_error IS NOT NULL) AS theta_var,
       (SELECT avg(standard_error ^ 2) FROM sessions WHERE standard_error IS NOT NULL) AS se2_mean,
       (SELECT count(*) FROM sessions WHERE standard_error IS NOT NULL) AS n_with_se
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
    # pretest answers per item (the flag itself is the server's: counted by a definer function)
    pretest = {int(i): int(n) for i, n in s.execute(_PRETEST, {"subject": subject})}
    total = int(rows[0].total_sessions) if rows else 0
    reliability = None
    if rows and rows[0].theta_var is not None and rows[0].se2_mean is not None:
        v, e = float(rows[0].theta_var), float(rows[0].se2_mean)
        reliability = v / (v + e) if v + e > 0 else None
    return ItemAnalysis(subject=subject, date_from=date_from, date_to=date_to, n_sessions=total,
                        min_attempts=min_attempts, z_flag=z_flag,
                        rows=tuple(_row(r, total, min_attempts, z_flag, pretest.get(int(r.id), 0))
                                   for r in rows),
                        reliability=reliability,
                        n_reliability=int(rows[0].n_with_se) if rows else 0)


def _row(r: Any, total: int, min_attempts: int, z_flag: float, n_pretest: int = 0) -> ItemAnalysisRow:
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
        exposure=int(r.n_sessions) / total if total else 0.0,
        infit=(float(r.sq_residual) / float(r.variance)
               if n and r.variance is not None and float(r.variance) > 0 else None),
        outfit=float(r.sq_z) / n if n and r.sq_z is not None else None, n_pretest=n_pretest)


CSV_COLUMNS = ("item", "status", "a", "b", "c", "answers", "correct", "observed_p", "expected_p",
               "z", "infit", "outfit", "exposure", "flagged", "pretest_answers")


def item_analysis_csv(analysis: ItemAnalysis) -> bytes:
    """The analysis as UTF-8 CSV (with BOM for Excel), every column named; text cells escaped
    against spreadsheet formulas. Reliability and scope are in the first comment-free rows."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["subject", escape_cell(analysis.subject or ""), "sessions", analysis.n_sessions,
                "marginal_reliability", "" if analysis.reliability is None else f"{analysis.reliability:.4f}"])
    w.writerow(CSV_COLUMNS)

    def num(v: float | None, digits: int = 4) -> str:
        return "" if v is None else f"{v:.{digits}f}"

    for r in analysis.rows:
        w.writerow([escape_cell(r.code), r.status, num(r.a), num(r.b), num(r.c), r.n_attempts,
                    r.n_correct, num(r.p_observed), num(r.p_expected), num(r.z, 3), num(r.infit, 3),
                    num(r.outfit, 3), num(r.exposure), "yes" if r.flagged else "no", r.n_pretest])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
