"""Per-student accommodations (issue 19, revision 0031) through the client role: an admin of the
student's school sets them (audited), nobody else; staff of the school and the student read
them; a student keeps only their own text size; the exam server gives the extended time."""
from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest

from dreamseed_desktop.services.core.errors import DomainError, NotFound, PermissionDenied, ValidationError
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.people.accommodations import NONE, Accommodations, AccommodationService
from tests.fixtures.school import School

EXTRA = Accommodations(time_factor=1.5, zoom=2.0, high_contrast=True, answer_masking=True,
                       line_reader=False, read_aloud=True)


def _owner(db_url: str, sql: str, params: tuple = ()) -> list[tuple]:
    with psycopg.connect(db_url) as conn:
        cur = conn.execute(sql, params)
        return cur.fetchall() if cur.description else []


def test_admin_sets_staff_and_the_student_read(school: School, connect_as, db_url: str) -> None:
    student = school.students["student1"]
    admin = AccommodationService(connect_as("admin"))
    assert admin.get(student) == NONE
    admin.set(student, EXTRA)
    assert admin.get(student) == EXTRA
    assert AccommodationService(connect_as("teacher1")).for_students([student, school.students["student2"]]) \
        == {student: EXTRA}
    assert AccommodationService(connect_as("student1")).mine() == EXTRA
    assert AccommodationService(connect_as("student2")).mine() == NONE
    # another student sees nothing of it, nor does the other school's admin
    assert AccommodationService(connect_as("student2")).get(student) == NONE
    assert AccommodationService(connect_as("admin_b")).get(student) == NONE
    audit = _owner(db_url, "SELECT actor_user_id, details FROM audit_log WHERE action = 'student.accommodations' "
                           "AND object_id = %s", (str(student),))
    assert audit == [(school.users["admin"], {"zoom": 2.0, "read_aloud": True, "line_reader": False,
                                               "time_factor": 1.5, "high_contrast": True,
                                               "answer_masking": True})]


def test_only_an_admin_of_the_school_sets_them(school: School, connect_as) -> None:
    student = school.students["student1"]
    with pytest.raises(PermissionDenied):
        AccommodationService(connect_as("teacher1")).set(student, EXTRA)
    with pytest.raises(NotFound):
        AccommodationService(connect_as("admin_b")).set(student, EXTRA)
    # straight to the server, without the service's own check
    for who in ("teacher1", "student1"):
        db = connect_as(who)
        with pytest.raises(DomainError) as err, db.session() as s:
            from sqlalchemy import text
            s.execute(text("SELECT public.set_accommodations(CAST(:s AS integer), 3, 3, true, true, true, true)"),
                      {"s": student})
        assert "not allowed" in str(err.value.message)
    assert AccommodationService(connect_as("admin")).get(student) == NONE


@pytest.mark.parametrize("bad", [Accommodations(time_factor=0.5), Accommodations(time_factor=3.5),
                                 Accommodations(zoom=0.9), Accommodations(zoom=4.0)])
def test_bad_values_are_refused_with_a_message_and_change_nothing(school: School, connect_as, bad) -> None:
    admin = AccommodationService(connect_as("admin"))
    student = school.students["student1"]
    with pytest.raises(ValidationError):
        admin.set(student, bad)
    from sqlalchemy import text
    with pytest.raises(DomainError) as err, connect_as("admin").session() as s:
        s.execute(text("SELECT public.set_accommodations(CAST(:s AS integer), CAST(:t AS numeric), "
                       "CAST(:z AS numeric), false, false, false, false)"),
                  {"s": student, "t": bad.time_factor, "z": bad.zoom})
    assert "between" in err.value.message
    assert admin.get(student) == NONE


def test_a_student_keeps_their_own_text_size_only(school: School, connect_as) -> None:
    admin = AccommodationService(connect_as("admin"))
    student = school.students["student1"]
    admin.set(student, EXTRA)
    mine = AccommodationService(connect_as("student1"))
    mine.set_my_zoom(1.25)
    assert mine.mine() == Accommodations(**{**EXTRA.__dict__, "zoom": 1.25})
    with pytest.raises(ValidationError):
        mine.set_my_zoom(5.0)
    with pytest.raises(PermissionDenied):
        mine.set(student, Accommodations(time_factor=3.0))
    other = AccommodationService(connect_as("student2"))
    other.set_my_zoom(1.5)                                 # a row of their own, nothing else
    assert other.mine() == Accommodations(zoom=1.5)
    with pytest.raises(DomainError):
        AccommodationService(connect_as("teacher1")).set_my_zoom(1.5)


def test_the_server_gives_the_extended_time(school: School, connect_as, db_url: str) -> None:
    exam_id = school.exams["quiz_a"]
    _owner(db_url, "UPDATE exams SET closes_at = now() + interval '1 day', cat_config = cat_config || "
                   "'{\"time_limit_seconds\": 1200}' WHERE id = %s", (exam_id,))
    AccommodationService(connect_as("admin")).set(school.students["student1"], Accommodations(time_factor=1.5))
    extended = ExamApi(connect_as("student1")).start(exam_id)
    plain = ExamApi(connect_as("student2")).start(exam_id)
    started = dict(_owner(db_url, "SELECT id, started_at FROM exam_sessions WHERE id IN (%s, %s)",
                          (extended.session_id, plain.session_id)))
    assert extended.deadline_at - started[extended.session_id] == timedelta(seconds=1800)
    assert plain.deadline_at - started[plain.session_id] == timedelta(seconds=1200)
    meta = _owner(db_url, "SELECT meta ->> 'time_factor' FROM exam_sessions WHERE id = %s",
                  (extended.session_id,))[0][0]
    assert float(meta) == 1.5
