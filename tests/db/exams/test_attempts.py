"""Attempts: listing (corrections go through the server: tests/security/test_rescoring_exam_api.py).

Answers are written only by the server's exam API (tests/security/test_exam_flow.py,
test_exactly_once.py); these tests use stored sittings.
"""
from __future__ import annotations

import pytest

from dreamseed_desktop.services.core.errors import NotFound
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.attempts import AttemptService
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
