"""An admin cannot link a teacher or student profile of their school to another school's user
(issue 12, found while reviewing every client write policy; revision 0025), and still creates
and edits their own school's teachers and students through the people service."""
from __future__ import annotations

import psycopg
import pytest

from dreamseed_desktop.db.roles import STAFF_ROLE
from dreamseed_desktop.services.people.service import PeopleService
from tests.fixtures.school import School


def test_profiles_link_only_users_of_the_same_school(school: School, connect_as, raw_client, db_url: str) -> None:
    admin = connect_as("admin")
    conn = raw_client(admin.identity.token, role=STAFF_ROLE)
    foreign = school.users["admin_b"]                     # South High's admin: no profile of its own
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO teachers (user_id, organization_id) VALUES (%s, %s)", (foreign, school.org))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO students (user_id, organization_id, grade, student_number) "
                     "VALUES (%s, %s, 2, 'X1')", (foreign, school.org))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE students SET user_id = %s WHERE id = %s", (foreign, school.students["student1"]))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE teachers SET user_id = %s WHERE id = %s", (foreign, school.teachers["teacher1"]))
    # South High's admin is still nobody's teacher or student
    other = raw_client(connect_as("admin_b").identity.token, role=STAFF_ROLE)
    assert other.execute("SELECT (auth.me()).teacher_id, (auth.me()).student_id").fetchone() == (None, None)
    with psycopg.connect(db_url) as owner:
        assert owner.execute("SELECT user_id FROM students WHERE id = %s",
                             (school.students["student1"],)).fetchone() == (school.users["student1"],)
    # legitimate path: the admin creates and edits their own school's teacher and student
    people = PeopleService(admin)
    teacher = people.create("teacher", "new.teacher@school.test", "New Teacher", subject="math")
    student = people.create("student", "new.student@school.test", "New Student", grade=2, student_number="S99")
    assert conn.execute("UPDATE students SET seat_no = 7 WHERE user_id = %s", (student.id,)).rowcount == 1
    assert conn.execute("UPDATE teachers SET subject = 'science' WHERE user_id = %s", (teacher.id,)).rowcount == 1
