"""Chart data: trajectories, learning curves per subject, class θ distribution and θ over time."""
from __future__ import annotations

import math

import pytest

from dreamseed_desktop.services.core.errors import NotFound, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.stats.charts import ChartDataService
from tests.fixtures.exams_school import School
from tests.fixtures.sittings import store_sitting


def _sitting(db: Database, school: School, student: int, klass: int | None, theta: float,
             when: str, answers: int = 1) -> int:
    return store_sitting(db, student, klass, when=when, theta=theta, se=0.4,
                         answers=[(school.item_ids[i], i != 1, 1000) for i in range(answers)],
                         trajectory=[(0.25 * (i + 1), 1.0 / (i + 2)) for i in range(answers)])


def test_session_trajectory(owner_db: Database, school: School) -> None:
    sid = _sitting(owner_db, school, school.student_ids[0], school.class_ids[0], 0.9,
                   "2026-03-02 10:00Z", answers=3)
    tr = ChartDataService(owner_db).session_trajectory(sid)
    assert tr.seq == (1, 2, 3) and tr.item_ids == school.item_ids[:3]
    assert tr.item_b == (-1.1, -0.9, -0.7)
    assert tr.correct == (True, False, True)
    assert tr.theta == (0.25, 0.5, 0.75) and tr.se == pytest.approx((1 / 2, 1 / 3, 1 / 4))
    assert (tr.final_theta, tr.final_se, tr.student_id) == (0.9, 0.4, school.student_ids[0])
    with pytest.raises(NotFound):
        ChartDataService(owner_db).session_trajectory(999999)


def test_learning_curves_per_subject(owner_db: Database, school: School) -> None:
    a = school.student_ids[0]
    m1 = _sitting(owner_db, school, a, school.class_ids[0], -0.2, "2026-03-02 10:00Z")
    e1 = _sitting(owner_db, school, a, school.class_ids[1], 0.1, "2026-03-05 10:00Z")
    m2 = _sitting(owner_db, school, a, school.class_ids[0], 0.3, "2026-04-02 10:00Z")
    store_sitting(owner_db, a, school.class_ids[0], when="2026-04-03 10:00Z", status="in_progress",
                  theta=0.0)  # running: not a point
    # cut short by the time limit before the design's minimum: not counted, so not a point either
    store_sitting(owner_db, a, school.class_ids[0], when="2026-04-05 10:00Z", theta=2.9, min_items=5,
                  stop_reason="time_limit", answers=[(school.item_ids[0], True, 1000)])
    curves = ChartDataService(owner_db).learning_curves(a)
    assert [c.subject for c in curves] == ["english", "math"]
    english, math_curve = curves
    assert english.session_ids == (e1,) and english.theta == (0.1,)
    assert math_curve.session_ids == (m1, m2) and math_curve.theta == (-0.2, 0.3)
    assert math_curve.started_at[0] < math_curve.started_at[1]
    assert len(math_curve.se) == 2
    only = ChartDataService(owner_db).learning_curves(a, subject="math")
    assert [c.subject for c in only] == ["math"]
    assert ChartDataService(owner_db).learning_curves(school.student_ids[2]) == ()


def test_class_distribution_uses_latest_theta(owner_db: Database, school: School) -> None:
    a, b, _ = school.student_ids
    math_class = school.class_ids[0]
    _sitting(owner_db, school, a, math_class, -1.0, "2026-03-01 10:00Z")
    _sitting(owner_db, school, a, math_class, 0.5, "2026-05-01 10:00Z")
    _sitting(owner_db, school, b, math_class, 1.5, "2026-04-01 10:00Z")
    _sitting(owner_db, school, a, school.class_ids[1], 2.5, "2026-06-01 10:00Z")  # other class
    dist = ChartDataService(owner_db).class_theta_distribution(math_class)
    assert dict(zip(dist.student_ids, dist.theta, strict=True)) == {a: 0.5, b: 1.5}
    assert dist.mean == pytest.approx(1.0) and dist.sd == pytest.approx(math.sqrt(0.5))
    empty = ChartDataService(owner_db).class_theta_distribution(school.class_ids[1])
    assert empty.theta == (2.5,) and empty.sd is None


def test_class_theta_over_time(owner_db: Database, school: School) -> None:
    a, b, c = school.student_ids
    k = school.class_ids[0]
    _sitting(owner_db, school, a, k, -1.0, "2026-03-03 10:00Z")
    _sitting(owner_db, school, b, k, 0.0, "2026-03-20 10:00Z")
    _sitting(owner_db, school, c, k, 1.0, "2026-05-07 10:00Z")
    svc = ChartDataService(owner_db)
    out = svc.class_theta_over_time(k, bucket="month")
    assert [p.month for p in out.period_start] == [3, 5]
    assert out.mean_theta == (-0.5, 1.0) and out.n_sessions == (2, 1)
    assert out.sd_theta[0] == pytest.approx(math.sqrt(0.5)) and out.sd_theta[1] is None
    assert len(svc.class_theta_over_time(k, bucket="day").period_start) == 3
    with pytest.raises(ValidationError):
        svc.class_theta_over_time(k, bucket="year")
    with pytest.raises(NotFound):
        svc.class_theta_over_time(31337)
