"""The classes tab's data in a bounded number of statements, equal to the per-class calls.

Signed in through the client role (row-level security applies): the admin, and a teacher who
sees only their own classes. Statements are counted on the engine with a SQLAlchemy
``before_cursor_execute`` listener.
"""
from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest

from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.stats.charts import ChartDataService
from dreamseed_desktop.services.stats.overview import ClassOverviewService
from dreamseed_desktop.services.stats.statistics import StatisticsService
from tests.fixtures.school import School, seed_school
from tests.fixtures.sittings import store_sitting
from tests.fixtures.statements import counting


def _more_classes(owner_url: str, sch: School, n: int) -> None:
    """n more classes of teacher1 with two enrolled students each (1 sitting each below)."""
    with psycopg.connect(owner_url) as conn:
        for k in range(n):
            cid = conn.execute("INSERT INTO classes (organization_id, teacher_id, name, subject, grade, "
                               "school_year) VALUES (%s, %s, %s, 'math', 2, 2026) RETURNING id",
                               (sch.org, sch.teachers["teacher1"], f"9-{k}")).fetchone()[0]
            sch.classes[f"9-{k}"] = cid
            for s in ("student1", "student2"):
                conn.execute("INSERT INTO student_classroom (student_id, class_id) VALUES (%s, %s)",
                             (sch.students[s], cid))
        conn.commit()


@pytest.fixture
def school_with_sittings(db_url: str, owner_db: Database) -> School:
    sch = seed_school(db_url)
    items = sch.items
    plan = [("student1", "8A", 0.4, "2026-03-02 09:00+09"), ("student1", "8A", 0.9, "2026-03-16 09:00+09"),
            ("student2", "8A", -0.3, "2026-03-03 09:00+09"), ("student3", "8B", 1.1, "2026-03-04 09:00+09"),
            ("student3", "8B", None, "2026-03-20 09:00+09")]
    for k, (who, cname, theta, when) in enumerate(plan):
        store_sitting(owner_db, sch.students[who], sch.classes[cname], when=when, theta=theta,
                      status="completed" if theta is not None else "in_progress",
                      answers=[(items[j], (j + k) % 3 != 0, 5000 + j) for j in range(6)])
    return sch


def _per_class(db: Database, class_ids: list[int]) -> list[tuple[object, object, object]]:
    stats, charts = StatisticsService(db), ChartDataService(db)
    return [(stats.class_exam_stats_reference(c), charts.class_theta_distribution(c),
             charts.class_theta_over_time(c, bucket="week")) for c in class_ids]


@pytest.mark.parametrize("who", ["admin", "teacher1"])
def test_overview_equals_the_per_class_calls(school_with_sittings: School,
                                             connect_as: Callable[[str | None], Database],
                                             who: str) -> None:
    db = connect_as(who)
    overview = ClassOverviewService(db).classes_overview(grade=2)
    ids = [o.cls.id for o in overview]
    sch = school_with_sittings
    assert ids == ([sch.classes["8A"], sch.classes["8B"]] if who == "admin" else [sch.classes["8A"]])
    per_class = _per_class(db, ids)
    # the tab opens with each class's figures without the per-student lines ...
    assert [(o.stats, o.distribution, o.over_time) for o in overview] == [
        (st.summary(), dist, over) for st, dist, over in per_class]
    # ... which are loaded for the class the user selects, equal to the per-session reference
    stats = StatisticsService(db)
    assert [stats.class_exam_stats(i) for i in ids] == [st for st, _, _ in per_class]
    first = overview[0]
    assert first.stats.total_exams == 3 and first.distribution.student_ids == (
        sch.students["student1"], sch.students["student2"])
    assert first.distribution.theta == (0.9, -0.3)            # student1's latest, then student2's
    assert sum(first.over_time.n_sessions) == 3


def test_overview_statement_count_does_not_grow_with_classes(
        db_url: str, school_with_sittings: School, owner_db: Database,
        connect_as: Callable[[str | None], Database]) -> None:
    db = connect_as("admin")
    service = ClassOverviewService(db)
    with counting(db) as few:
        small = service.classes_overview()
    _more_classes(db_url, school_with_sittings, 12)
    for k in range(12):
        store_sitting(owner_db, school_with_sittings.students["student1"],
                      school_with_sittings.classes[f"9-{k}"], when=f"2026-04-{k + 1:02d} 09:00+09",
                      theta=0.1 * k, answers=[(school_with_sittings.items[0], True, 4000)])
    with counting(db) as many:
        large = service.classes_overview()
    assert len(small) == 2 and len(large) == 14
    assert len(many) == len(few)
    # the unit of work's own two (SET TRANSACTION READ ONLY, the token) + two queries (the classes,
    # every figure of every class)
    assert len(many) <= 4, many
    # selecting a class loads its per-student lines: one small transaction, whatever the
    # number of classes (the unit of work's two, the class, the grouped figures)
    with counting(db) as detail:
        lines = StatisticsService(db).class_exam_stats(large[-1].cls.id)
    assert len(detail) <= 4, detail
    assert [s.student_id for s in lines.students] == sorted(
        [school_with_sittings.students["student1"], school_with_sittings.students["student2"]])
    # the per-class path it replaces: three transactions per class
    with counting(db) as old:
        _per_class(db, [o.cls.id for o in large])
    assert len(old) > 3 * len(large)


def test_overview_refuses_an_unknown_period(connect_as: Callable[[str | None], Database],
                                            school_with_sittings: School) -> None:
    with pytest.raises(ValidationError):
        ClassOverviewService(connect_as("admin")).classes_overview(bucket="year")


def test_overview_for_a_student_is_empty_of_other_classes(school_with_sittings: School,
                                                          connect_as: Callable[[str | None], Database]
                                                          ) -> None:
    db = connect_as("student3")
    overview = ClassOverviewService(db).classes_overview()
    # a student sees only their own class (row-level security), never the others' figures
    assert [o.cls.id for o in overview] == [school_with_sittings.classes["8B"]]
