"""The grouped class statistics (stats.grouped, in SQL) are identical to the per-session reference.

``class_exam_stats`` (one grouped query) and ``class_exam_stats_reference`` (every session row
scored in Python, the path it replaced) are compared with ``==`` — every float bit for bit —
on sittings of many shapes, signed in through the client role as the admin and as the class's
teacher (row-level security applies). The percent-correct rounding in SQL is checked against
``scoring.percent_correct`` for every count up to 400 items.
"""
from __future__ import annotations

import json
import random
from collections.abc import Callable

import psycopg
import pytest

from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.scoring import percent_correct
from dreamseed_desktop.services.stats.charts import ChartDataService
from dreamseed_desktop.services.stats.grouped import percent_sql
from dreamseed_desktop.services.stats.overview import ClassOverviewService
from dreamseed_desktop.services.stats.statistics import StatisticsService
from tests.fixtures.school import School, seed_school


def test_percent_rounding_in_sql_equals_python(db_url: str) -> None:
    expr = percent_sql("nc", "n")
    with psycopg.connect(db_url) as conn:
        rows = conn.execute(f"SELECT nc, n, {expr} FROM generate_series(1, 400) n, "
                            "generate_series(0, n) nc").fetchall()
    assert len(rows) == sum(n + 1 for n in range(1, 401))
    wrong = [(nc, n, got) for nc, n, got in rows if got != percent_correct(nc, n)]
    assert wrong == []
    # the half-way cases Python rounds to even (6.25 -> 6.2, 18.75 -> 18.8) are among them
    assert percent_correct(1, 16) == 6.2 and percent_correct(3, 16) == 18.8


def _many_sittings(owner_url: str, sch: School, n: int = 240, seed: int = 11) -> None:
    """Sessions of every shape in 8A and 8B: statuses, short and time-limited sittings, design
    minimums, θ missing, two subjects (an English exam in 8A), a student who left 8A, tie
    percentages (1 of 16), long sums of θ with many digits."""
    rng = random.Random(seed)
    with psycopg.connect(owner_url) as conn:
        english = conn.execute("INSERT INTO exams (class_id, title, subject, cat_config) VALUES "
                               "(%s, 'eng', 'english', '{}') RETURNING id", (sch.classes["8A"],)).fetchone()[0]
        who = [("student1", "8A"), ("student2", "8A"), ("student3", "8A"), ("student3", "8B")]
        for k in range(n):
            student, cname = rng.choice(who)
            status = rng.choice(["completed"] * 6 + ["in_progress", "terminated", "suspended"])
            answered = rng.choice([0, 1, 5, 8, 16, 16, 20, 30, 37])
            correct = rng.randint(0, answered) if answered else 0
            if answered == 16 and k % 3 == 0:
                correct = rng.choice([1, 3, 5, 13])          # 6.25, 18.75, 31.25, 81.25: ties
            theta = None if status != "completed" or k % 11 == 0 else rng.gauss(0, 1.3)
            min_items = rng.choice([0, 0, 8, 20])
            stop = rng.choice(["se_target", "max_items", "time_limit"]) if status in (
                "completed", "terminated") else None
            exam = english if cname == "8A" and k % 4 == 0 else None
            conn.execute(
                "INSERT INTO exam_sessions (student_id, class_id, exam_id, exam_type, status, started_at, "
                "theta, standard_error, meta, stop_reason, n_answered, n_correct) VALUES "
                "(%s, %s, %s, 'formative', %s, timestamptz '2026-03-02 09:00+09' + %s * interval '7 hours', "
                "%s, %s, %s, %s, %s, %s)",
                (sch.students[student], sch.classes[cname], exam, status, k % 97, theta,
                 None if theta is None else 0.2 + rng.random() / 3,
                 json.dumps({"cat_config": {"min_items": min_items}}), stop, answered, correct))
        conn.commit()


@pytest.fixture
def busy_school(db_url: str) -> School:
    sch = seed_school(db_url)
    _many_sittings(db_url, sch)
    return sch


@pytest.mark.parametrize(("who", "classes"), [("admin", ("8A", "8B")), ("teacher1", ("8A",))])
def test_grouped_figures_equal_the_per_session_reference(
        busy_school: School, connect_as: Callable[[str | None], Database], who: str,
        classes: tuple[str, ...]) -> None:
    db = connect_as(who)
    stats = StatisticsService(db)
    with_se = []
    for cname in classes:
        cid = busy_school.classes[cname]
        grouped, reference = stats.class_exam_stats(cid), stats.class_exam_stats_reference(cid)
        assert grouped == reference
        # the data really has the shapes the comparison is about
        assert reference.total_exams > 50 and reference.subjects
        assert any(x.short_exams for x in reference.subjects)
        # class means are over each enrolled student's latest counted session (8A: two students)
        with_se += [x for x in reference.subjects if x.theta.n >= 2 and x.percent_correct.se]
    assert with_se
    if who == "admin":
        subjects = {x.subject for x in stats.class_exam_stats(busy_school.classes["8A"]).subjects}
        assert subjects == {"math", "english"}
        # student3 left 8A: their 8A sittings count for the class, not as a line of the class
        a8 = stats.class_exam_stats(busy_school.classes["8A"])
        assert busy_school.students["student3"] not in {s.student_id for s in a8.students}
        charts = ChartDataService(db)
        for o in ClassOverviewService(db).classes_overview():
            reference = stats.class_exam_stats_reference(o.cls.id)
            # the tab opens with the class figures alone (no per-student lines) ...
            assert o.stats == reference.summary() and not hasattr(o.stats, "students")
            # ... and loads the lines of the class the user selects: the same figures again
            detail = stats.class_exam_stats(o.cls.id)
            assert detail == reference and detail.summary() == o.stats
            # each enrolled student's latest counted θ in the class's subject, from the same
            # grouped query; the class's mean θ in that subject is over the same points
            mean = next(x.theta.mean for x in o.stats.subjects if x.subject == o.distribution.subject)
            assert mean == pytest.approx(o.distribution.mean, abs=1e-12)
            assert o.distribution == charts.class_theta_distribution(o.cls.id)
            assert len(o.distribution.student_ids) >= 1


def test_an_enrolled_student_without_sittings_has_an_empty_line(
        db_url: str, connect_as: Callable[[str | None], Database]) -> None:
    sch = seed_school(db_url)
    stats = StatisticsService(connect_as("admin"))
    cid = sch.classes["8A"]
    grouped = stats.class_exam_stats(cid)
    assert grouped == stats.class_exam_stats_reference(cid)
    assert [s.total_exams for s in grouped.students] == [0, 0] and grouped.subjects == ()
