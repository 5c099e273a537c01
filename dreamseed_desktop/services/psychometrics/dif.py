"""Mantel-Haenszel DIF between two groups of classes the school chooses (cat/dif.py).

Adaptive sessions: students are matched on bins of 0.5 of their session's final θ (number
correct is not comparable between adaptive tests). Each completed session is one examinee;
its group is the class it was taken in. Items with fewer than ``min_answers`` answers in either
group get no statistics (class "").
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
from sqlalchemy import text
from sqlalchemy.orm import Session

from dreamseed_desktop.cat.dif import mh_item, theta_strata
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.psychometrics.analysis import date_bounds
from dreamseed_desktop.services.psychometrics.dto import DifGroup, DifResult, DifRow

__all__ = ["dif", "dif_groups"]

_GROUPS = text("""
SELECT c.id, c.name, c.grade, count(DISTINCT es.id) AS n
FROM exam_sessions es JOIN classes c ON c.id = es.class_id
WHERE es.status = 'completed' AND es.theta IS NOT NULL
  AND EXISTS (SELECT 1 FROM attempts a JOIN items i ON i.id = a.item_id
              WHERE a.exam_session_id = es.id
                AND (CAST(:subject AS text) IS NULL OR i.subject = :subject))
GROUP BY c.id, c.name, c.grade ORDER BY c.grade, c.name, c.id
""")

_ANSWERS = text("""
SELECT i.id AS item_id, i.code, a.correct, es.theta, es.class_id
FROM attempts a
JOIN exam_sessions es ON es.id = a.exam_session_id
JOIN items i ON i.id = a.item_id
WHERE es.status = 'completed' AND es.theta IS NOT NULL
  AND es.class_id = ANY(CAST(:classes AS integer[]))
  AND (CAST(:subject AS text) IS NULL OR i.subject = :subject)
  AND (CAST(:t0 AS timestamptz) IS NULL OR es.started_at >= :t0)
  AND (CAST(:t1 AS timestamptz) IS NULL OR es.started_at < :t1)
ORDER BY i.code, i.id
""")


def dif_groups(s: Session, subject: str | None) -> list[DifGroup]:
    """Classes with completed sessions in the subject (the groups a school can compare)."""
    return [DifGroup(class_id=int(r.id), name=r.name, grade=int(r.grade), n_sessions=int(r.n))
            for r in s.execute(_GROUPS, {"subject": subject})]


def dif(s: Session, subject: str | None, reference: Sequence[int], focal: Sequence[int],
        date_from: date | None, date_to: date | None, min_answers: int) -> DifResult:
    """MH D-DIF, its SE, chi-square, p and ETS class of every item answered by both groups."""
    ref, foc = {int(c) for c in reference}, {int(c) for c in focal}
    if not ref or not foc:
        raise ValidationError("Choose a reference group and a focal group.", field="reference")
    if ref & foc:
        raise ValidationError("A class cannot be in both groups.", field="focal")
    if min_answers < 1:
        raise ValidationError("The minimum number of answers must be 1 or more.", field="min_answers")
    t0, t1 = date_bounds(date_from, date_to)
    rows = s.execute(_ANSWERS, {"classes": sorted(ref | foc), "subject": subject, "t0": t0, "t1": t1}).all()
    by_item: dict[int, list[tuple[str, bool, float, bool]]] = {}
    for r in rows:
        by_item.setdefault(int(r.item_id), []).append((r.code, bool(r.correct), float(r.theta),
                                                        int(r.class_id) in foc))
    out = []
    for item_id, answers in by_item.items():
        code = answers[0][0]
        focal_mask = np.array([a[3] for a in answers])
        n_f, n_r = int(focal_mask.sum()), int((~focal_mask).sum())
        if n_f < min_answers or n_r < min_answers:
            out.append(DifRow(item_id, code, n_r, n_f, None, None, None, None, ""))
            continue
        res = mh_item(theta_strata([a[2] for a in answers]), focal_mask, [a[1] for a in answers])
        finite = np.isfinite(res.delta)
        out.append(DifRow(item_id, code, n_r, n_f, float(res.delta) if finite else None,
                          float(res.se_delta) if finite else None,
                          float(res.chi2) if finite else None, float(res.p_value) if finite else None,
                          res.ets_class))
    out.sort(key=lambda r: r.code)
    return DifResult(subject=subject, reference=tuple(sorted(ref)), focal=tuple(sorted(foc)),
                     min_answers=min_answers, rows=tuple(out))
