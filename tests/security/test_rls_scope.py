"""The organization/class columns the exam_sessions and attempts policies test (revision 0011)
follow the rows they copy, and clients cannot set them."""
from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy import text

from dreamseed_desktop.services.core.errors import DomainError
from dreamseed_desktop.services.core.uow import Database
from tests.fixtures.school import School
from tests.fixtures.sittings import store_sitting


def _visible_attempts(db: Database, session_id: int) -> int:
    with db.session(readonly=True) as s:
        return int(s.execute(text("SELECT count(*) FROM attempts WHERE exam_session_id = :s"),
                             {"s": session_id}).scalar_one())


def _visible_session(db: Database, session_id: int) -> bool:
    with db.session(readonly=True) as s:
        return s.execute(text("SELECT 1 FROM exam_sessions WHERE id = :s"), {"s": session_id}).first() is not None


@pytest.fixture
def sitting(school: School, owner_db: Database) -> int:
    return store_sitting(owner_db, school.students["student1"], school.classes["8A"],
                         when="2026-03-02 09:00+09", theta=0.2,
                         answers=[(school.items[k], k % 2 == 0, 4000) for k in range(4)])


def test_columns_are_filled_from_the_session_and_student(school: School, owner_db: Database,
                                                         sitting: int) -> None:
    with owner_db.session() as s:
        org = s.execute(text("SELECT organization_id FROM exam_sessions WHERE id = :s"),
                        {"s": sitting}).scalar_one()
        rows = s.execute(text("SELECT DISTINCT organization_id, class_id FROM attempts "
                              "WHERE exam_session_id = :s"), {"s": sitting}).all()
    assert org == school.org
    assert [tuple(r) for r in rows] == [(school.org, school.classes["8A"])]


def test_moving_a_session_or_a_student_moves_what_staff_see(
        school: School, db_url: str, sitting: int, connect_as: Callable[[str | None], Database]) -> None:
    teacher1, teacher2 = connect_as("teacher1"), connect_as("teacher2")
    admin, admin_b = connect_as("admin"), connect_as("admin_b")
    assert _visible_attempts(teacher1, sitting) == 4 and _visible_attempts(teacher2, sitting) == 0
    with psycopg.connect(db_url) as conn:        # the owner moves the session to class 8B
        conn.execute("UPDATE exam_sessions SET class_id = %s WHERE id = %s", (school.classes["8B"], sitting))
        conn.commit()
    assert _visible_attempts(teacher1, sitting) == 0 and _visible_attempts(teacher2, sitting) == 4
    assert _visible_attempts(admin, sitting) == 4 and _visible_attempts(admin_b, sitting) == 0
    with psycopg.connect(db_url) as conn:        # the student moves to the other school
        conn.execute("UPDATE exam_sessions SET class_id = NULL WHERE id = %s", (sitting,))
        conn.execute("UPDATE students SET organization_id = %s WHERE id = %s",
                     (school.org_b, school.students["student1"]))
        conn.commit()
    assert not _visible_session(admin, sitting) and _visible_attempts(admin, sitting) == 0
    assert _visible_session(admin_b, sitting) and _visible_attempts(admin_b, sitting) == 4
    assert _visible_attempts(teacher2, sitting) == 0


@pytest.mark.parametrize("statement", [
    "UPDATE attempts SET organization_id = 999 WHERE exam_session_id = :s",
    "UPDATE attempts SET class_id = NULL WHERE exam_session_id = :s",
    "UPDATE exam_sessions SET organization_id = 999 WHERE id = :s",
])
def test_clients_cannot_set_the_columns(school: School, sitting: int, owner_db: Database,
                                        connect_as: Callable[[str | None], Database],
                                        statement: str) -> None:
    admin = connect_as("admin")
    with pytest.raises(DomainError):
        with admin.session() as s:
            s.execute(text(statement), {"s": sitting})
    with owner_db.session() as s:
        assert s.execute(text("SELECT count(*) FROM attempts WHERE exam_session_id = :s "
                              "AND organization_id = :o AND class_id = :c"),
                         {"s": sitting, "o": school.org, "c": school.classes["8A"]}).scalar_one() == 4
