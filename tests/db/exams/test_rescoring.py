"""Correcting an answer's right/wrong re-scores the session with its own CAT design."""
from __future__ import annotations

import math

import numpy as np
from sqlalchemy import select

from dreamseed_desktop.cat.config import CatConfig
from dreamseed_desktop.cat.estimation import eap
from dreamseed_desktop.db.audit import AuditEntry
from dreamseed_desktop.db.exams import Attempt, ExamSession
from dreamseed_desktop.db.items import Item
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.attempts import AttemptService
from tests.fixtures.exams_school import School
from tests.fixtures.sittings import store_sitting


def _params(db: Database, item_ids: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    with db.session() as s:
        rows = {r.id: r for r in s.execute(select(Item).where(Item.id.in_(item_ids))).scalars()}
    return tuple(np.array([getattr(rows[i], k) for i in item_ids]) for k in "abc")  # type: ignore[return-value]


def test_correction_rescores_a_finished_session(owner_db: Database, school: School) -> None:
    items = list(school.item_ids[:4])
    answers = [True, False, True, False]
    sid = store_sitting(owner_db, school.student_ids[0], school.class_ids[0], when="2026-03-02 10:00Z",
                        theta=0.0, se=0.5, answers=[(i, u, 1000) for i, u in zip(items, answers)])
    attempts = AttemptService(owner_db)
    recorded = attempts.list_for_session(sid)
    attempts.correct(recorded[1].id, correct=True, reason="wrong key")
    a, b, c = _params(owner_db, items)
    grid = CatConfig().grid
    fixed = [True, True, True, False]
    theta, se = eap(np.array(fixed, dtype=float), a, b, c, grid)
    with owner_db.session() as s:
        row = s.get(ExamSession, sid)
        per_item = s.execute(select(Attempt.theta_after).where(Attempt.exam_session_id == sid)
                             .order_by(Attempt.seq)).scalars().all()
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "attempt.correct")).scalar_one()
    assert math.isclose(row.theta, theta, abs_tol=1e-9) and math.isclose(row.standard_error, se, abs_tol=1e-9)
    first_two, _ = eap(np.array(fixed[:2], dtype=float), a[:2], b[:2], c[:2], grid)
    assert math.isclose(per_item[1], first_two, abs_tol=1e-9)
    assert entry.details["rescored"]["old"]["theta"] == 0.0
    assert math.isclose(entry.details["rescored"]["new"]["theta"], theta, abs_tol=1e-9)
    assert entry.details["old"] == {"correct": False} and entry.details["new"] == {"correct": True}


def test_correcting_only_the_time_does_not_rescore(owner_db: Database, school: School) -> None:
    sid = store_sitting(owner_db, school.student_ids[0], school.class_ids[0], when="2026-03-02 10:00Z",
                        theta=0.4, se=0.9, answers=[(school.item_ids[0], True, 1000)])
    first = AttemptService(owner_db).list_for_session(sid)[0]
    AttemptService(owner_db).correct(first.id, response_time_ms=1200)
    with owner_db.session() as s:
        row = s.get(ExamSession, sid)
    assert (row.theta, row.standard_error) == (0.4, 0.9)
