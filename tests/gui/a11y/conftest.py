"""The accessibility walks use the simulated school (classes, exams, sessions and statistics
to show), with its admin and its teacher able to sign in with the suite's password."""
from __future__ import annotations

import psycopg
import pytest

from dreamseed_desktop.services.core.uow import Database
from tests.fixtures.school import _salt_hash
from tests.fixtures.simulated_school import SchoolIds, build_school, with_admin

TEACHER_EMAIL = "teacher@school.kr"
STUDENT_EMAIL = "s0@school.kr"
EMAILS = {"teacher": TEACHER_EMAIL, "student": STUDENT_EMAIL}


@pytest.fixture
def simulated_school(owner_db: Database, db_url: str) -> SchoolIds:
    ids = with_admin(build_school(owner_db), db_url)
    salt, hashed = _salt_hash()
    with psycopg.connect(db_url) as conn:
        for address in EMAILS.values():
            conn.execute("SELECT auth.set_credentials(id, %s, %s) FROM users WHERE email = %s",
                         (salt, hashed, address))
        conn.commit()
    return ids
