"""Attempts: recording rules, listing, corrections with old/new values in the audit log."""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from dreamseed_desktop.db.audit import AuditEntry
from dreamseed_desktop.services.exams.attempts import AttemptService
from dreamseed_desktop.services.core.errors import NotFound, ValidationError
from dreamseed_desktop.services.exams.records import InvalidSessionState
from dreamseed_desktop.services.exams.sessions import ExamSessionService
from dreamseed_desktop.services.core.uow import Database

from tests.fixtures.exams_school import School


@pytest.fixture
def running(owner_db: Database, school: School) -> int:
    return ExamSessionService(owner_db).start(school.student_ids[0], class_id=school.class_ids[0]).id


def test_record_assigns_next_seq_and_student(owner_db: Database, school: School, running: int) -> None:
    svc = AttemptService(owner_db)
    first = svc.record(running, school.item_ids[0], correct=True, selected_choice=2,
                       response_time_ms=45000, meta={"item_difficulty": 0.5})
    second = svc.record(running, school.item_ids[1], selected_choice=3)
    assert (first.seq, second.seq) == (1, 2)
    assert first.student_id == school.student_ids[0]
    assert first.meta == {"item_difficulty": 0.5}
    assert second.correct is False  # scored against the key (2)
    assert [a.id for a in svc.list_for_session(running)] == [first.id, second.id]
    assert svc.count_for_session(running) == 2
    explicit = svc.record(running, school.item_ids[2], correct=True, seq=7)
    assert explicit.seq == 7
    assert svc.record(running, school.item_ids[3], correct=False).seq == 8


BAD_RECORDS: list[tuple[dict[str, object], str]] = [
    ({"correct": True, "response_time_ms": -1}, "response_time_ms"),
    ({"correct": True, "response_time_ms": 25 * 3600 * 1000}, "response_time_ms"),
    ({"correct": True, "response_time_ms": 1.5}, "response_time_ms"),
    ({"correct": True, "selected_choice": 5}, "selected_choice"),
    ({"correct": True, "selected_choice": 0}, "selected_choice"),
    ({"correct": "yes"}, "correct"),
    ({}, "correct"),
    ({"correct": True, "selected_choice": 3}, "correct"),  # contradicts the key
    ({"correct": True, "seq": 0}, "seq"),
    ({"correct": True, "theta_after": float("inf")}, "theta_after"),
    ({"correct": True, "client_uuid": "not-a-uuid"}, "client_uuid"),
]


def test_record_validation(owner_db: Database, school: School, running: int) -> None:
    svc = AttemptService(owner_db)
    for kwargs, field in BAD_RECORDS:
        with pytest.raises(ValidationError) as err:
            svc.record(running, school.item_ids[0], **kwargs)  # type: ignore[arg-type]
        assert err.value.field == field, kwargs
    assert svc.list_for_session(running) == ()


def test_record_refuses_duplicates_and_unknowns(owner_db: Database, school: School,
                                                running: int) -> None:
    svc = AttemptService(owner_db)
    svc.record(running, school.item_ids[0], correct=True)
    with pytest.raises(ValidationError, match="already answered") as err:
        svc.record(running, school.item_ids[1], correct=True, seq=1)
    assert err.value.field == "seq"
    with pytest.raises(ValidationError, match="item was already answered"):
        svc.record(running, school.item_ids[0], correct=True)
    with pytest.raises(NotFound, match="Item 999999"):
        svc.record(running, 999999, correct=True)
    with pytest.raises(NotFound, match="Exam session 999999"):
        svc.record(999999, school.item_ids[1], correct=True)
    with pytest.raises(ValidationError, match="does not match"):
        svc.record(running, school.item_ids[1], correct=True, student_id=school.student_ids[1])
    with pytest.raises(NotFound, match="Exam session 999999"):
        svc.list_for_session(999999)


def test_no_attempts_on_closed_sessions(owner_db: Database, school: School, running: int) -> None:
    sessions, svc = ExamSessionService(owner_db), AttemptService(owner_db)
    sessions.complete(running)
    with pytest.raises(InvalidSessionState, match="completed"):
        svc.record(running, school.item_ids[0], correct=True)
    paused = sessions.start(school.student_ids[1]).id
    sessions.suspend(paused)
    with pytest.raises(InvalidSessionState, match="suspended"):
        svc.record(paused, school.item_ids[0], correct=True)


def test_client_uuid_replay_returns_stored_attempt(owner_db: Database, school: School,
                                                   running: int) -> None:
    svc = AttemptService(owner_db)
    key = uuid.uuid4()
    first = svc.record(running, school.item_ids[0], selected_choice=2, client_uuid=key)
    again = svc.record(running, school.item_ids[0], selected_choice=2, client_uuid=str(key))
    assert again == first
    with pytest.raises(ValidationError) as err:
        svc.record(running, school.item_ids[1], selected_choice=2, client_uuid=key)
    assert err.value.field == "client_uuid"
    assert len(svc.list_for_session(running)) == 1


def test_correct_patches_and_audits_old_and_new(owner_db: Database, school: School,
                                                running: int) -> None:
    svc = AttemptService(owner_db)
    attempt = svc.record(running, school.item_ids[0], selected_choice=3, response_time_ms=9000)
    assert attempt.correct is False
    fixed = svc.correct(attempt.id, correct=True, response_time_ms=8000, reason="key error")
    assert fixed.correct is True and fixed.response_time_ms == 8000
    assert fixed.selected_choice == 3 and fixed.seq == attempt.seq
    with owner_db.session() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "attempt.correct")).scalar_one()
    assert entry.details["old"] == {"correct": False, "response_time_ms": 9000}
    assert entry.details["new"] == {"correct": True, "response_time_ms": 8000}
    assert entry.details["reason"] == "key error"
    assert entry.affected_user_ids == [school.student_user_ids[0]]
    cleared = svc.correct(attempt.id, selected_choice=None)
    assert cleared.selected_choice is None


def test_correct_errors(owner_db: Database, school: School, running: int) -> None:
    svc = AttemptService(owner_db)
    attempt = svc.record(running, school.item_ids[0], correct=True)
    with pytest.raises(NotFound, match="Attempt 999999"):
        svc.correct(999999, correct=False)
    with pytest.raises(ValidationError, match="Nothing to change"):
        svc.correct(attempt.id)
    with pytest.raises(ValidationError) as err:
        svc.correct(attempt.id, response_time_ms=-5)
    assert err.value.field == "response_time_ms"
    with pytest.raises(ValidationError):
        svc.correct(attempt.id, selected_choice=11)
