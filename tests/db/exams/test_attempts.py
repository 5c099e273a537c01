"""Attempts: listing and staff corrections with old/new values in the audit log.

Answers are written only by the server's exam API (tests/security/test_exam_flow.py,
test_exactly_once.py); these tests use stored sittings.
"""
from __future__ import annotations

import pytest
from sqlalchemy import select

from dreamseed_desktop.db.audit import AuditEntry
from dreamseed_desktop.services.core.errors import NotFound, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.attempts import AttemptService
from dreamseed_desktop.services.exams.records import InvalidSessionState
from tests.fixtures.exams_school import School
from tests.fixtures.sittings import store_sitting


@pytest.fixture
def finished(owner_db: Database, school: School) -> int:
    return store_sitting(owner_db, school.student_ids[0], school.class_ids[0], when="2026-03-02 10:00Z",
                         theta=0.1, answers=[(school.item_ids[0], False, 9000),
                                             (school.item_ids[1], True, 4000)])


def test_list_and_count(owner_db: Database, school: School, finished: int) -> None:
    svc = AttemptService(owner_db)
    listed = svc.list_for_session(finished)
    assert [a.seq for a in listed] == [1, 2] and [a.correct for a in listed] == [False, True]
    assert svc.count_for_session(finished) == 2
    with pytest.raises(NotFound):
        svc.list_for_session(999999)


def test_correct_patches_and_audits_old_and_new(owner_db: Database, school: School, finished: int) -> None:
    svc = AttemptService(owner_db)
    attempt = svc.list_for_session(finished)[0]
    fixed = svc.correct(attempt.id, correct=True, response_time_ms=8000, reason="key error")
    assert fixed.correct is True and fixed.response_time_ms == 8000
    assert fixed.selected_choice == attempt.selected_choice and fixed.seq == attempt.seq
    with owner_db.session() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "attempt.correct")).scalar_one()
    assert entry.details["old"] == {"correct": False, "response_time_ms": 9000}
    assert entry.details["new"] == {"correct": True, "response_time_ms": 8000}
    assert entry.details["reason"] == "key error"
    assert entry.affected_user_ids == [school.student_user_ids[0]]
    cleared = svc.correct(attempt.id, selected_choice=None)
    assert cleared.selected_choice is None


def test_correct_errors(owner_db: Database, school: School, finished: int) -> None:
    svc = AttemptService(owner_db)
    attempt = svc.list_for_session(finished)[0]
    with pytest.raises(NotFound, match="Attempt 999999"):
        svc.correct(999999, correct=False)
    with pytest.raises(ValidationError, match="Nothing to change"):
        svc.correct(attempt.id)
    with pytest.raises(ValidationError) as err:
        svc.correct(attempt.id, response_time_ms=-5)
    assert err.value.field == "response_time_ms"
    with pytest.raises(ValidationError):
        svc.correct(attempt.id, selected_choice=11)


def test_running_sessions_are_left_to_the_exam_window(owner_db: Database, school: School) -> None:
    sid = store_sitting(owner_db, school.student_ids[0], school.class_ids[0], when="2026-03-02 10:00Z",
                        status="in_progress", answers=[(school.item_ids[0], False, 1000)])
    attempt = AttemptService(owner_db).list_for_session(sid)[0]
    with pytest.raises(InvalidSessionState, match="still running"):
        AttemptService(owner_db).correct(attempt.id, correct=True)
