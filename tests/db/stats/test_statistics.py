"""Statistics against hand-computed values: per subject, with SE, complete sessions only;
ranks with ties where 95 % intervals overlap; item_stats equals the GROUP BY."""
from __future__ import annotations

import math
from dataclasses import dataclass

import pytest
from sqlalchemy import text

from dreamseed_desktop.services.core.errors import NotFound, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.attempts import AttemptService
from dreamseed_desktop.services.stats.charts import ChartDataService
from dreamseed_desktop.services.stats.statistics import StatisticsService
from tests.fixtures.exams_school import School
from tests.fixtures.sittings import store_sitting


@dataclass(frozen=True)
class Sessions:
    a1: int
    a2: int
    a3: int  # in progress
    a4: int  # class 1 (english)
    a5: int  # time limit after 2 of at least 5 items: listed, not averaged
    b1: int
    c1: int  # far above the others


@pytest.fixture
def sessions(owner_db: Database, school: School) -> Sessions:
    a, b, c = school.student_ids
    math_class, eng = school.class_ids

    def sitting(student: int, klass: int, theta: float, n_items: int, when: str, **kw: object) -> int:
        return store_sitting(owner_db, student, klass, when=when, theta=theta,
                             answers=[(school.item_ids[i], i % 2 == 0, 1000) for i in range(n_items)],
                             **kw)  # type: ignore[arg-type]

    return Sessions(
        a1=sitting(a, math_class, 0.5, 3, "2026-03-10 09:00+09"),
        a2=sitting(a, math_class, -0.5, 2, "2026-04-10 09:00+09"),
        a3=store_sitting(owner_db, a, math_class, when="2026-06-01 09:00+09", status="in_progress"),
        a4=sitting(a, eng, 1.0, 4, "2026-05-10 09:00+09"),
        a5=sitting(a, math_class, 3.0, 2, "2026-05-20 09:00+09", stop_reason="time_limit", min_items=5),
        b1=sitting(b, math_class, 0.2, 1, "2026-04-12 09:00+09"),
        c1=sitting(c, math_class, 2.5, 3, "2026-04-13 09:00+09", se=0.2),
    )


def test_student_exam_stats_per_subject(owner_db: Database, school: School, sessions: Sessions) -> None:
    stats = StatisticsService(owner_db)
    a = stats.student_exam_stats(school.student_ids[0])
    assert (a.total_exams, a.complete_exams) == (5, 3)
    assert [x.subject for x in a.subjects] == ["english", "math"]
    eng, mth = a.subjects
    assert (eng.total_exams, eng.complete_exams, eng.short_exams) == (1, 1, 0)
    assert eng.theta.mean == 1.0 and eng.theta.se is None and eng.theta.n == 1
    # math: a1 and a2 count; the running a3 and the time-limited a5 (θ 3.0 after 2 items) do not
    assert (mth.total_exams, mth.complete_exams, mth.short_exams) == (4, 2, 1)
    assert mth.theta.mean == pytest.approx(0.0)
    assert mth.theta.se == pytest.approx(math.sqrt(0.5) / math.sqrt(2))   # SD of (0.5, -0.5) / √2
    assert mth.percent_correct.mean == pytest.approx((200 / 3 + 50) / 2, abs=0.06)
    assert mth.theta.interval95 == pytest.approx((-0.98, 0.98), abs=0.01)
    assert a.latest_exam_date is not None and a.latest_exam_date.isoformat().startswith("2026-06-01")
    none = stats.student_exam_stats(school.outsider_id)
    assert (none.total_exams, none.complete_exams, none.subjects, none.latest_exam_date) == (0, 0, (), None)
    with pytest.raises(NotFound, match="Student 999999"):
        stats.student_exam_stats(999999)


def test_class_exam_stats(owner_db: Database, school: School, sessions: Sessions) -> None:
    out = StatisticsService(owner_db).class_exam_stats(school.class_ids[0])
    assert out.class_name == "1학년 1반"
    assert (out.n_students, out.n_students_tested) == (3, 3)
    assert (out.total_exams, out.complete_exams) == (6, 4)
    (mth,) = out.subjects
    assert mth.subject == "math" and mth.short_exams == 1
    # the class's mean θ is over each student's latest counted session (a2, b1, c1; not a1, and
    # not a5, which ended short), the set the θ distribution shows
    assert mth.theta.mean == pytest.approx((-0.5 + 0.2 + 2.5) / 3) and mth.theta.n == 3
    dist = ChartDataService(owner_db).class_theta_distribution(school.class_ids[0])
    assert dist.subject == "math" and dist.mean == pytest.approx(mth.theta.mean)
    assert sorted(dist.theta) == [-0.5, 0.2, 2.5]
    assert mth.percent_correct.n == 3
    assert mth.percent_correct.mean == pytest.approx(sum(dist.percent_correct) / 3)
    per = {st.student_id: st for st in out.students}
    a, b, c = (per[i] for i in school.student_ids)
    assert (a.total_exams, a.complete_exams) == (4, 2)       # the english session is not this class's
    assert a.subject("math").theta.mean == pytest.approx(0.0)  # type: ignore[union-attr]
    assert b.name == "라마바" and b.student_number == "00002" and b.subject("math").theta.mean == 0.2  # type: ignore[union-attr]
    with pytest.raises(NotFound, match="Class 999999"):
        StatisticsService(owner_db).class_exam_stats(999999)


def test_history_has_named_scores(owner_db: Database, school: School, sessions: Sessions) -> None:
    history = StatisticsService(owner_db).student_exam_history(school.student_ids[0])
    assert [h.session_id for h in history] == [sessions.a3, sessions.a5, sessions.a4, sessions.a2,
                                               sessions.a1]
    assert [(h.score.n_correct, h.score.n_answered) for h in history] == [(0, 0), (1, 2), (2, 4), (1, 2),
                                                                          (2, 3)]
    assert [h.score.percent_correct for h in history] == [None, 50.0, 50.0, 50.0, 66.7]
    assert [h.subject for h in history] == ["math", "math", "english", "math", "math"]
    assert [h.class_name for h in history] == ["1학년 1반", "1학년 1반", "1학년 2반", "1학년 1반", "1학년 1반"]
    assert [h.score.completeness for h in history] == ["running", "short_time_limit", "complete",
                                                       "complete", "complete"]
    assert history[2].theta == 1.0 and history[2].standard_error == 0.3
    assert len(StatisticsService(owner_db).student_exam_history(school.student_ids[0], limit=2)) == 2
    with pytest.raises(ValidationError):
        StatisticsService(owner_db).student_exam_history(school.student_ids[0], limit=0)


def test_standing_ties_where_intervals_overlap(owner_db: Database, school: School,
                                               sessions: Sessions) -> None:
    board = StatisticsService(owner_db).class_standing(school.class_ids[0])
    a, b, c = school.student_ids
    # c's interval (2.5 ± 0.39) lies wholly above a's (−0.5 ± 0.59, latest that counts: a2) and b's
    # (0.2 ± 0.59); a's and b's overlap, so they share rank 2 — no order the data cannot support
    assert [(e.rank, e.student_id) for e in board] == [(1, c), (2, b), (2, a)]
    assert board[2].session_id == sessions.a2 and board[2].score.theta == -0.5
    assert {e.subject for e in board} == {"math"}
    assert StatisticsService(owner_db).class_standing(school.class_ids[1])[0].score.theta == 1.0
    assert StatisticsService(owner_db).class_standing(school.class_ids[0], "english") == ()
    with pytest.raises(NotFound):
        StatisticsService(owner_db).class_standing(424242)


def _answer(owner_db: Database, school: School, n_sessions: int,
            pattern: dict[int, list[tuple[bool, int | None]]]) -> list[int]:
    """``n_sessions`` sittings; item index -> list of (correct, ms) answered in the first sittings."""
    ids = []
    for k in range(n_sessions):
        answers = [(school.item_ids[item], *given[k]) for item, given in pattern.items() if k < len(given)]
        ids.append(store_sitting(owner_db, school.student_ids[k % 3], None, when="2026-03-01 09:00Z",
                                 answers=answers))
    return ids


def test_item_difficulty_by_hand(owner_db: Database, school: School) -> None:
    item0 = [(k < 7, 1000 * (k + 1)) for k in range(11)]               # 7/11, mean 6000 ms
    item1 = [(k % 2 == 0, None if k < 4 else 3000) for k in range(10)]  # 5/10, mean 3000 ms
    item2 = [(True, 500)] * 3                                          # too few attempts
    _answer(owner_db, school, 11, {0: item0, 1: item1, 2: item2})
    stats = StatisticsService(owner_db)
    fast = stats.item_difficulty_stats()
    assert fast.item_id == school.item_ids[:2] and len(fast) == 2
    assert (fast.total_attempts, fast.correct_count) == ((11, 10), (7, 5))
    assert fast.p_correct == (7 / 11, 0.5) and fast.avg_response_time == (6000.0, 3000.0)
    first, second = fast.rows()
    assert (first.item_id, first.p_correct, second.avg_response_time) == (school.item_ids[0], 7 / 11, 3000)
    assert fast.row(1) == second
    assert stats.item_difficulty_stats_reference() == fast
    assert stats.item_difficulty_stats(min_attempts=3).item_id[0] == school.item_ids[2]
    assert len(stats.item_difficulty_stats(min_attempts=12)) == 0
    with pytest.raises(ValidationError):
        stats.item_difficulty_stats(min_attempts=0)


def _table_equals_group_by(db: Database) -> None:
    with db.session() as s:
        table = set(s.execute(text(
            "SELECT item_id, n_attempts, n_correct, n_timed, sum_response_time_ms FROM item_stats "
            "WHERE n_attempts > 0")))
        group_by = set(s.execute(text(
            "SELECT item_id, count(*), count(*) FILTER (WHERE correct), count(response_time_ms), "
            "coalesce(sum(response_time_ms), 0) FROM attempts GROUP BY item_id")))
        zeros = s.execute(text("SELECT count(*) FROM item_stats WHERE n_attempts = 0 AND "
                               "(n_correct, n_timed, sum_response_time_ms) <> (0, 0, 0)")).scalar()
    assert table == group_by and zeros == 0


def test_item_stats_follow_inserts_updates_and_deletes(owner_db: Database, school: School) -> None:
    pattern = {i: [((k + i) % 3 != 0, 700 * (k + 1) if k % 4 else None) for k in range(12)]
               for i in range(5)}
    sids = _answer(owner_db, school, 12, pattern)
    stats = StatisticsService(owner_db)
    _table_equals_group_by(owner_db)
    before = stats.item_difficulty_stats()
    assert len(before) == 5 and before == stats.item_difficulty_stats_reference()
    first = AttemptService(owner_db).list_for_session(sids[0])
    with owner_db.session() as s:  # data repairs: right/wrong and time changed, an item swapped
        s.execute(text("UPDATE attempts SET correct = NOT correct, response_time_ms = NULL WHERE id = :id"),
                  {"id": first[0].id})
        s.execute(text("UPDATE attempts SET response_time_ms = 123456 WHERE id = :id"), {"id": first[1].id})
        s.execute(text("UPDATE attempts SET item_id = :new WHERE id = :id"),
                  {"new": school.item_ids[9], "id": first[2].id})
    _table_equals_group_by(owner_db)
    assert stats.item_difficulty_stats(min_attempts=1) == stats.item_difficulty_stats_reference(
        min_attempts=1)
    assert stats.item_difficulty_stats() != before
    with owner_db.session() as s:
        s.execute(text("DELETE FROM exam_sessions WHERE id = :id"), {"id": sids[1]})  # cascades
        s.execute(text("DELETE FROM attempts WHERE id = :id"), {"id": first[3].id})
    _table_equals_group_by(owner_db)
    after = stats.item_difficulty_stats(min_attempts=1)
    assert after == stats.item_difficulty_stats_reference(min_attempts=1)
    assert stats.item_difficulty_stats() == stats.item_difficulty_stats_reference()
    assert sum(after.total_attempts) == 12 * 5 - 5 - 1


def test_item_stats_storage_settings(owner_db: Database) -> None:
    """Migration 0004 keeps the trigger-updated item_stats compact (HOT room, eager autovacuum)."""
    with owner_db.session() as s:
        options = s.execute(text("SELECT reloptions FROM pg_class WHERE relname = 'item_stats'")).scalar()
    assert {"fillfactor=70", "autovacuum_vacuum_scale_factor=0",
            "autovacuum_vacuum_threshold=2000"} <= set(options)
