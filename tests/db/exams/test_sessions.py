"""Exam sessions: start checks, listing with filters and paging, status machine, server-time durations."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text

from dreamseed_desktop.db.audit import AuditEntry
from dreamseed_desktop.db.exams import Exam
from dreamseed_desktop.services.exams.attempts import AttemptService
from dreamseed_desktop.services.core.errors import Conflict, NotFound, ValidationError
from dreamseed_desktop.services.exams.records import InvalidSessionState
from dreamseed_desktop.services.exams.sessions import ExamSessionService, SessionFilter
from dreamseed_desktop.services.core.uow import Database

from tests.fixtures.exams_school import School


def _backdate(db: Database, session_id: int, seconds: int) -> None:
    """Move a session's start into the past (tests cannot wait for the clock)."""
    with db.session() as s:
        s.execute(text("UPDATE exam_sessions SET started_at = started_at - make_interval(secs => :n) "
                       "WHERE id = :id"), {"n": seconds, "id": session_id})


def _actions(db: Database, object_id: int) -> list[str]:
    with db.session() as s:
        return list(s.execute(select(AuditEntry.action).where(AuditEntry.object_id == str(object_id))
                              .order_by(AuditEntry.id)).scalars())


def test_start_stores_meta_and_audits(owner_db: Database, school: School) -> None:
    svc = ExamSessionService(owner_db)
    dto = svc.start(school.student_ids[0], class_id=school.class_ids[0], exam_type="placement",
                    meta={"algorithm": "CAT", "max_items": 30})
    assert dto.status == "in_progress" and dto.exam_type == "placement"
    assert dto.meta == {"algorithm": "CAT", "max_items": 30}
    assert dto.ended_at is None and dto.version == 1
    assert _actions(owner_db, dto.id) == ["exam_session.start"]
    with owner_db.session() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.object_id == str(dto.id))).scalar_one()
        assert entry.affected_user_ids == [school.student_user_ids[0]]


def test_start_refuses_bad_input(owner_db: Database, school: School) -> None:
    svc = ExamSessionService(owner_db)
    with pytest.raises(NotFound, match="Student 999999"):
        svc.start(999999, class_id=school.class_ids[0])
    with pytest.raises(NotFound, match="Class 999999") as err:
        svc.start(school.student_ids[0], class_id=999999)
    assert err.value.field == "class_id"
    with pytest.raises(ValidationError, match="not enrolled"):
        svc.start(school.outsider_id, class_id=school.class_ids[0])
    with pytest.raises(ValidationError) as err2:
        svc.start(school.student_ids[0], exam_type="quiz")
    assert err2.value.field == "exam_type"
    with pytest.raises(NotFound, match="Exam 4242"):
        svc.start(school.student_ids[0], exam_id=4242)


def test_start_for_an_exam_takes_its_class_and_type(owner_db: Database, school: School) -> None:
    with owner_db.session() as s:
        exam = Exam(class_id=school.class_ids[0], title="3월 진단평가", subject="math",
                    exam_type="diagnostic")
        s.add(exam)
        s.flush()
        exam_id = exam.id
    svc = ExamSessionService(owner_db)
    dto = svc.start(school.student_ids[1], exam_id=exam_id)
    assert (dto.class_id, dto.exam_id, dto.exam_type) == (school.class_ids[0], exam_id, "diagnostic")
    assert svc.start(school.student_ids[1], exam_id=exam_id, exam_type="practice").exam_type == "practice"
    assert svc.start(school.student_ids[1]).exam_type == "practice"
    with pytest.raises(ValidationError, match="another class"):
        svc.start(school.student_ids[0], exam_id=exam_id, class_id=school.class_ids[1])
    with pytest.raises(ValidationError, match="not enrolled"):
        svc.start(school.outsider_id, exam_id=exam_id)


def test_start_refuses_deactivated_student(owner_db: Database, school: School) -> None:
    with owner_db.session() as s:
        s.execute(text("UPDATE users SET is_active = false WHERE id = :u"),
                  {"u": school.student_user_ids[1]})
    with pytest.raises(ValidationError, match="deactivated"):
        ExamSessionService(owner_db).start(school.student_ids[1], class_id=school.class_ids[0])


def test_complete_computes_duration_score_and_theta(owner_db: Database, school: School) -> None:
    svc = ExamSessionService(owner_db)
    session = svc.start(school.student_ids[0], class_id=school.class_ids[0])
    attempts = AttemptService(owner_db)
    for i, ok in enumerate((True, False, True, True)):
        attempts.record(session.id, school.item_ids[i], correct=ok, theta_after=0.1 * i,
                        se_after=1.0 - 0.1 * i)
    _backdate(owner_db, session.id, 600)
    done = svc.complete(session.id)
    assert done.status == "completed" and done.version == 2
    assert done.score == 75.0
    assert done.theta == pytest.approx(0.3) and done.standard_error == pytest.approx(0.7)
    assert done.ended_at is not None and done.duration_sec is not None
    assert 600 <= done.duration_sec <= 660
    assert done.duration_sec == round((done.ended_at - done.started_at).total_seconds())
    explicit = svc.start(school.student_ids[1], class_id=school.class_ids[0])
    out = svc.complete(explicit.id, score=85.5, theta=1.234, standard_error=0.456)
    assert (out.score, out.theta, out.standard_error) == (85.5, 1.234, 0.456)
    assert out.duration_sec is not None and out.duration_sec >= 0


def test_complete_validates_results(owner_db: Database, school: School) -> None:
    svc = ExamSessionService(owner_db)
    session = svc.start(school.student_ids[0])
    for kwargs, field in (({"score": 101}, "score"), ({"score": -1}, "score"),
                          ({"theta": float("nan")}, "theta"), ({"standard_error": -0.1}, "standard_error")):
        with pytest.raises(ValidationError) as err:
            svc.complete(session.id, **kwargs)  # type: ignore[arg-type]
        assert err.value.field == field
    assert svc.get(session.id).session.status == "in_progress"


def test_status_machine(owner_db: Database, school: School) -> None:
    svc = ExamSessionService(owner_db)
    sid = svc.start(school.student_ids[0]).id
    with pytest.raises(InvalidSessionState, match="in progress; it cannot be resumed"):
        svc.resume(sid)
    assert svc.suspend(sid, reason="fire drill").status == "suspended"
    with pytest.raises(InvalidSessionState, match="suspended; it cannot be completed"):
        svc.complete(sid)
    with pytest.raises(InvalidSessionState):
        svc.suspend(sid)
    assert svc.resume(sid).status == "in_progress"
    assert svc.complete(sid).status == "completed"
    for action in (svc.complete, svc.suspend, svc.resume, svc.terminate):
        with pytest.raises(InvalidSessionState, match="completed"):
            action(sid)
    other = svc.start(school.student_ids[1]).id
    svc.suspend(other)
    ended = svc.terminate(other, reason="misconduct")
    assert ended.status == "terminated" and ended.ended_at is not None and ended.score is None
    with pytest.raises(InvalidSessionState, match="terminated"):
        svc.resume(other)
    assert _actions(owner_db, sid) == ["exam_session.start", "exam_session.suspend",
                                       "exam_session.resume", "exam_session.complete"]
    with pytest.raises(NotFound, match="Exam session 987654"):
        svc.suspend(987654)


def test_paused_time_is_not_counted(owner_db: Database, school: School) -> None:
    svc = ExamSessionService(owner_db)
    sid = svc.start(school.student_ids[0]).id
    _backdate(owner_db, sid, 1000)
    svc.suspend(sid)
    with owner_db.session() as s:  # the pause began 400 s ago
        s.execute(text("UPDATE exam_sessions SET meta = jsonb_set(meta, '{suspended_at}', "
                       "to_jsonb((now() - interval '400 seconds')::text)) WHERE id = :id"),
                  {"id": sid})
    resumed = svc.resume(sid)
    assert resumed.meta["paused_sec"] == pytest.approx(400, abs=1)
    done = svc.complete(sid)
    assert 595 <= (done.duration_sec or 0) <= 660


def test_expected_version_conflict(owner_db: Database, school: School) -> None:
    svc = ExamSessionService(owner_db)
    session = svc.start(school.student_ids[0])
    svc.suspend(session.id, expected_version=session.version)
    with pytest.raises(Conflict):
        svc.resume(session.id, expected_version=session.version)


def test_get_includes_attempts_in_order(owner_db: Database, school: School) -> None:
    svc = ExamSessionService(owner_db)
    sid = svc.start(school.student_ids[0]).id
    attempts = AttemptService(owner_db)
    for i in (3, 1, 2):
        attempts.record(sid, school.item_ids[i], selected_choice=2, response_time_ms=1000 * i)
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
    ids = {
        "a_math": svc.start(a, class_id=school.class_ids[0], exam_type="placement").id,
        "a_eng": svc.start(a, class_id=school.class_ids[1], exam_type="practice").id,
        "b_math": svc.start(b, class_id=school.class_ids[0], exam_type="practice").id,
        "c_free": svc.start(c, exam_type="diagnostic").id,
    }
    svc.complete(ids["a_math"])
    _backdate(owner_db, ids["c_free"], 10 * 86400)

    def listed(**kw: object) -> list[int]:
        return [d.id for d in svc.list(SessionFilter(**kw)).items]  # type: ignore[arg-type]

    assert set(listed()) == set(ids.values())
    assert listed()[-1] == ids["c_free"]  # newest first
    assert set(listed(student_id=a)) == {ids["a_math"], ids["a_eng"]}
    assert set(listed(class_id=school.class_ids[0])) == {ids["a_math"], ids["b_math"]}
    assert listed(status="completed") == [ids["a_math"]]
    assert set(listed(exam_type="practice")) == {ids["a_eng"], ids["b_math"]}
    with owner_db.session() as s:
        now = s.execute(text("SELECT now()")).scalar_one()
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


def test_server_run_sessions_are_left_to_the_exam_window(owner_db: Database, school: School) -> None:
    svc = ExamSessionService(owner_db)
    sid = svc.start(school.student_ids[0], meta={"engine": "postgresql/exam-api-1"}).id
    for action in (svc.suspend, svc.complete, svc.terminate):
        with pytest.raises(InvalidSessionState, match="proctor console"):
            action(sid)
    with pytest.raises(InvalidSessionState, match="exam window records"):
        AttemptService(owner_db).record(sid, school.item_ids[0], correct=True)
    assert svc.get(sid).session.status == "in_progress"


def test_resume_moves_the_deadline(owner_db: Database, school: School) -> None:
    svc = ExamSessionService(owner_db)
    with owner_db.session() as s:
        deadline = s.execute(text("SELECT now() + interval '30 minutes'")).scalar_one()
    sid = svc.start(school.student_ids[0], deadline_at=deadline).id
    svc.suspend(sid)
    with owner_db.session() as s:
        s.execute(text("UPDATE exam_sessions SET meta = jsonb_set(meta, '{suspended_at}', "
                       "to_jsonb((now() - interval '300 seconds')::text)) WHERE id = :id"),
                  {"id": sid})
    resumed = svc.resume(sid)
    assert resumed.meta["paused_sec"] == pytest.approx(300, abs=1)
    assert (resumed.meta.get("suspended_at"), resumed.status) == (None, "in_progress")
    assert resumed.deadline_at is not None
    assert (resumed.deadline_at - deadline).total_seconds() == pytest.approx(300, abs=1)
