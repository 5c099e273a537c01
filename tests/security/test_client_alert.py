"""Issue 17: a student PC whose journal cannot be written alerts the proctor console."""
from __future__ import annotations

from datetime import UTC, datetime

import psycopg
import pytest

from dreamseed_desktop.services.core.errors import DomainError
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.exams.presence import ExamPresence
from dreamseed_desktop.services.exams.proctor import ProctorService
from dreamseed_desktop.ui.screens.exams.console_logic import classify
from tests.fixtures.school import School


def test_journal_alert_reaches_the_proctor_and_clears(school: School, connect_as, db_url: str) -> None:
    student_db = connect_as("student1")
    sid = ExamApi(student_db).start(school.exams["quiz_a"]).session_id
    presence = ExamPresence(student_db)
    proctor = ProctorService(connect_as("teacher1"))

    def mine():  # type: ignore[no-untyped-def]
        (row,) = [r for r in proctor.live_sessions(school.exams["quiz_a"])
                  if r.student_id == school.students["student1"]]
        return row

    assert mine().client_alert is None
    presence.alert(sid, "journal_unwritable")
    row = mine()
    assert row.client_alert == "journal_unwritable" and row.client_alert_at is not None
    assert "journal_unwritable" in classify(row, datetime.now(UTC)).alerts
    presence.alert(sid, None)                     # the disk works again
    assert mine().client_alert is None and "journal_unwritable" not in classify(
        mine(), datetime.now(UTC)).alerts


def test_alert_is_own_session_and_known_kinds_only(school: School, connect_as, db_url: str) -> None:
    sid = ExamApi(connect_as("student1")).start(school.exams["quiz_a"]).session_id
    with pytest.raises(DomainError):                  # another student's session: not found
        ExamPresence(connect_as("student2")).alert(sid, "journal_unwritable")
    with pytest.raises(DomainError):                  # an unknown kind is refused by the server
        ExamPresence(connect_as("student1")).alert(sid, "<script>")
    with psycopg.connect(db_url) as conn:
        (alert,) = conn.execute("SELECT client_alert FROM exam.session_state WHERE session_id = %s",
                                (sid,)).fetchone()
    assert alert is None
