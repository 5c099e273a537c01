"""Statistics against hand-computed values on a small fixture; item_stats equals the GROUP BY."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import text

from dreamseed_desktop.services.exams.attempts import AttemptService
from dreamseed_desktop.services.core.errors import NotFound, ValidationError
from dreamseed_desktop.services.exams.sessions import ExamSessionService
from dreamseed_desktop.services.stats.statistics import StatisticsService
from dreamseed_desktop.services.core.uow import Database

from tests.fixtures.exams_school import School


@dataclass(frozen=True)
class Sessions:
    a1: int
    a2: int
    a3: int  # in progress
    a4: int  # class 1
    b1: int


def _set_start(db: Database, session_id: int, when: str) -> None:
    with db.session() as s:
        s.execute(text("UPDATE exam_sessions SET started_at = CAST(:w AS timestamptz), "
                       "ended_at = CASE WHEN ended_at IS NULL THEN NULL "
                       "ELSE CAST(:w AS timestamptz) + interval '20 minutes' END WHERE id = :id"),
                  {"w": when, "id": session_id})


@pytest.fixture
def sessions(owner_db: Database, school: School) -> Sessions:
    svc, att = ExamSessionService(owner_db), AttemptService(owner_db)
    a, b, _ = school.student_ids
    math, eng = school.class_ids

    def sitting(student: int, klass: int, score: float, theta: float, n_items: int, when: str) -> int:
        sid = svc.start(student, class_id=klass).id
        for i in range(n_items):
            att.record(sid, school.item_ids[i], correct=i % 2 == 0, response_time_ms=1000)
        svc.complete(sid, score=score, theta=theta, standard_error=0.3)
        _set_start(owner_db, sid, when)
        return sid

    out = Sessions(
        a1=sitting(a, math, 80, 0.5, 3, "2026-03-10 09:00+09"),
        a2=sitting(a, math, 60, -0.5, 2, "2026-04-10 09:00+09"),
        a3=svc.start(a, class_id=math).id,
        a4=sitting(a, eng, 90, 1.0, 4, "2026-05-10 09:00+09"),
        b1=sitting(b, math, 70, 0.2, 1, "2026-04-12 09:00+09"),
    )
    _set_start(owner_db, out.a3, "2026-06-01 09:00+09")
    return out


def test_student_exam_stats(owner_db: Database, school: School, sessions: Sessions) -> None:
    stats = StatisticsService(owner_db)
    a = stats.student_exam_stats(school.student_ids[0])
    assert (a.total_exams, a.completed_exams) == (4, 3)
    assert a.average_score == pytest.approx((80 + 60 + 90) / 3)
    assert a.average_theta == pytest.approx((0.5 - 0.5 + 1.0) / 3)
    assert a.latest_exam_date is not None and a.latest_exam_date.isoformat().startswith("2026-06-01")
    c = stats.student_exam_stats(school.student_ids[2])
    assert (c.total_exams, c.completed_exams, c.average_score, c.average_theta,
            c.latest_exam_date) == (0, 0, None, None, None)
    with pytest.raises(NotFound, match="Student 999999"):
        stats.student_exam_stats(999999)


def test_class_exam_stats(owner_db: Database, school: School, sessions: Sessions) -> None:
    out = StatisticsService(owner_db).class_exam_stats(school.class_ids[0])
    assert out.class_name == "1학년 1반"
    assert (out.n_students, out.n_students_tested) == (3, 2)
    assert (out.total_exams, out.completed_exams) == (4, 3)
    assert out.average_score == pytest.approx(70.0)
    assert out.average_theta == pytest.approx(0.2 / 3)
    per = {st.student_id: st for st in out.students}
    a, b, c = (per[i] for i in school.student_ids)
    assert (a.total_exams, a.completed_exams, a.average_score, a.average_theta) == (3, 2, 70.0, 0.0)
    assert (b.total_exams, b.completed_exams, b.average_score) == (1, 1, 70.0)
    assert b.average_theta == pytest.approx(0.2) and b.name == "라마바" and b.student_number == "00002"
    assert (c.total_exams, c.average_score, c.latest_exam_date) == (0, None, None)
    with pytest.raises(NotFound, match="Class 999999"):
        StatisticsService(owner_db).class_exam_stats(999999)


def test_history_has_class_names_and_attempt_counts(owner_db: Database, school: School,
                                                    sessions: Sessions) -> None:
    history = StatisticsService(owner_db).student_exam_history(school.student_ids[0])
    assert [h.session_id for h in history] == [sessions.a3, sessions.a4, sessions.a2, sessions.a1]
    assert [h.total_attempts for h in history] == [0, 4, 2, 3]
    assert [h.class_name for h in history] == ["1학년 1반", "1학년 2반", "1학년 1반", "1학년 1반"]
    assert history[0].status == "in_progress" and history[1].score == 90
    assert len(StatisticsService(owner_db).student_exam_history(school.student_ids[0], limit=2)) == 2
    with pytest.raises(ValidationError):
        StatisticsService(owner_db).student_exam_history(school.student_ids[0], limit=0)


def test_leaderboard(owner_db: Database, school: School, sessions: Sessions) -> None:
    board = StatisticsService(owner_db).class_leaderboard(school.class_ids[0])
    assert [(e.rank, e.student_id, e.total_exams) for e in board] == [
        (1, school.student_ids[1], 1), (2, school.student_ids[0], 2)]
    assert board[0].average_theta == pytest.approx(0.2) and board[1].average_score == 70.0
    assert board[0].name == "라마바"
    assert StatisticsService(owner_db).class_leaderboard(school.class_ids[1])[0].average_theta == 1.0
    with pytest.raises(NotFound):
        StatisticsService(owner_db).class_leaderboard(424242)


def _answer(owner_db: Database, school: School, n_sessions: int,
            pattern: dict[int, list[tuple[bool, int | None]]]) -> list[int]:
    """``n_sessions`` sittings; item index -> list of (correct, ms) answered in the first sittings."""
    svc, att = ExamSessionService(owner_db), AttemptService(owner_db)
    ids = []
    for k in range(n_sessions):
        sid = svc.start(school.student_ids[k % 3]).id
        for item, answers in pattern.items():
            if k < len(answers):
                ok, ms = answers[k]
                att.record(sid, school.item_ids[item], correct=ok, response_time_ms=ms)
        ids.append(sid)
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
    att = AttemptService(owner_db)
    first = att.list_for_session(sids[0])
    att.correct(first[0].id, correct=not first[0].correct, response_time_ms=None)
    att.correct(first[1].id, response_time_ms=123456)
    with owner_db.session() as s:  # an item swap (data repair) moves the attempt between items
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
    """The baseline migration keeps the trigger-updated item_stats compact (HOT room, eager autovacuum)."""
    with owner_db.session() as s:
        options = s.execute(text("SELECT reloptions FROM pg_class WHERE relname = 'item_stats'")).scalar()
    assert {"fillfactor=70", "autovacuum_vacuum_scale_factor=0",
            "autovacuum_vacuum_threshold=2000"} <= set(options)
