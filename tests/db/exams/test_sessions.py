"""Exam sessions' read model: get with attempts, listing with filters and paging.

Sessions are written only by the server's exam API; these tests use stored sittings.
"""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from dreamseed_desktop.services.core.errors import NotFound, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.sessions import ExamSessionService, SessionFilter
from tests.fixtures.exams_school import School
from tests.fixtures.sittings import store_sitting


def test_get_includes_attempts_in_order(owner_db: Database, school: School) -> None:
    svc = ExamSessionService(owner_db)
    sid = store_sitting(owner_db, school.student_ids[0], None, when="2026-03-02 10:00Z", theta=0.2,
                        answers=[(school.item_ids[i], True, 1000 * i) for i in (3, 1, 2)])
    detail = svc.get(sid)
    assert detail.session.id == sid
    assert [a.seq for a in detail.attempts] == [1, 2, 3]
    assert [a.item_id for a in detail.attempts] == [school.item_ids[i] for i in (3, 1, 2)]
    assert all(a.correct for a in detail.attempts)
    with pytest.raises(NotFound):
        svc.get(123456)


def test_list_filters_and_paging(owner_db: Database, school: School) -> None:
    svc = ExamSessionService(owner_db)
    a, b, c = school.student_ids
    with owner_db.session() as s:
        now = s.execute(text("SELECT now()")).scalar_one()

    def sitting(student: int, klass: int | None, exam_type: str, age_days: float, status: str) -> int:
        sid = store_sitting(owner_db, student, klass, when=(now - timedelta(days=age_days)).isoformat(),
                            status=status, theta=0.0)
        with owner_db.session() as s:
            s.execute(text("UPDATE exam_sessions SET exam_type = :t WHERE id = :id"), {"t": exam_type, "id": sid})
        return sid

    ids = {
        "a_math": sitting(a, school.class_ids[0], "placement", 0.001, "completed"),
        "a_eng": sitting(a, school.class_ids[1], "practice", 0.002, "in_progress"),
        "b_math": sitting(b, school.class_ids[0], "practice", 0.003, "in_progress"),
        "c_free": sitting(c, None, "diagnostic", 10, "in_progress"),
    }

    def listed(**kw: object) -> list[int]:
        return [d.id for d in svc.list(SessionFilter(**kw)).items]  # type: ignore[arg-type]

    assert set(listed()) == set(ids.values())
    assert listed()[-1] == ids["c_free"]  # newest first
    assert set(listed(student_id=a)) == {ids["a_math"], ids["a_eng"]}
    assert set(listed(class_id=school.class_ids[0])) == {ids["a_math"], ids["b_math"]}
    assert listed(status="completed") == [ids["a_math"]]
    assert set(listed(exam_type="practice")) == {ids["a_eng"], ids["b_math"]}
    assert listed(started_to=now - timedelta(days=1)) == [ids["c_free"]]
    assert ids["c_free"] not in listed(started_from=now - timedelta(days=1))
    page = svc.list(offset=1, limit=2)
    assert page.total == 4 and len(page.items) == 2 and page.has_next and page.has_previous
    with pytest.raises(ValidationError):
        svc.list(SessionFilter(status="paused"))
    with pytest.raises(ValidationError):
        svc.list(limit=0)
    with pytest.raises(ValidationError):
        svc.list(SessionFilter(started_from=now, started_to=now - timedelta(days=1)))
