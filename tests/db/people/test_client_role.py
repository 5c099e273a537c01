"""The people services through ``dreamseed_client`` with real sign-in tokens (as on a staff PC):
row-level security lets an admin run every operation in their school and nothing outside it."""
from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text

from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.roles import client_url, database_privileges_sql
from dreamseed_desktop.services.classes.enrollment import EnrollmentService
from dreamseed_desktop.services.classes.roster_csv import RosterService
from dreamseed_desktop.services.classes.service import ClassService
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.errors import (
    NotAuthenticated,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.people.service import PeopleService
from tests.fixtures.people import School, Services

PASSWORD = "staff-password-1"


@pytest.fixture
def client_db(db_url: str, svc: Services, school: School) -> Iterator[Database]:
    """A Database on the client role, not yet signed in; school staff get PASSWORD."""
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute(database_privileges_sql())
    svc.people.create_admin("admin@seoul.kr", "관리자", organization_id=school.org.id,
                            password=PASSWORD)
    svc.people.reset_password(school.teacher.id, PASSWORD)
    engine = make_engine(client_url(db_url))
    yield Database(engine)
    engine.dispose()


def _sign_in(db: Database, email: str, password: str = PASSWORD) -> Database:
    AuthService(db).login(email, password)
    return db


def test_admin_runs_people_operations_through_rls(client_db: Database, svc: Services,
                                                  school: School) -> None:
    db = _sign_in(client_db, "admin@seoul.kr")
    people, enrollment = PeopleService(db), EnrollmentService(db)
    outsider = svc.people.create_student("x@other.kr", "외부", 1,
                                         organization_id=svc.orgs.create("다른학교").id)
    new = people.create_student("new@seoul.kr", "신입생", 1, student_number="00777")
    assert new.organization_id == school.org.id
    listed = people.list(limit=500)
    assert listed.total == 9 and outsider.id not in {p.id for p in listed.items}
    with pytest.raises(NotFound):
        people.get(outsider.id)
    with pytest.raises(ValidationError, match="already used"):  # exists, though invisible
        people.create_student("x@other.kr", "중복", 1)
    updated = people.update(new.id, new.version, name="신입생 이름")
    assert updated.version == new.version + 1
    assert enrollment.bulk_enroll(school.klass.id, [new.student_id, school.students[0].student_id]) == 2
    assert len(enrollment.list_class_students(school.klass.id)) == 2
    klass = ClassService(db).create("1-2", 1, school_year=2026)
    assert klass.organization_id == school.org.id
    people.deactivate(new.id)
    with db.session(readonly=True) as s:
        actors = set(s.execute(text("SELECT DISTINCT actor_user_id FROM audit_log "
                                    "WHERE actor_user_id IS NOT NULL")).scalars())
    assert actors == {db.identity.user_id}


def test_admin_roster_import_and_export_through_rls(client_db: Database, school: School) -> None:
    roster = RosterService(_sign_in(client_db, "admin@seoul.kr"))
    data = "이름,이메일,학번,학년,반\n홍길동,hong@seoul.kr,00123,1,1-1\n".encode("cp949")
    plan = roster.preview(data)
    assert plan.ok and plan.organization_id == school.org.id
    assert roster.commit(plan).created == 1
    exported = roster.export_class(school.klass.id).decode("utf-8-sig")
    assert "hong@seoul.kr" in exported


def test_admin_password_reset_ends_the_users_sign_ins(client_db: Database, db_url: str,
                                                       school: School) -> None:
    teacher_engine = make_engine(client_url(db_url))
    teacher = _sign_in(Database(teacher_engine), school.teacher.email)
    assert PeopleService(teacher).get(school.teacher.id).email == school.teacher.email
    admin = _sign_in(client_db, "admin@seoul.kr")
    PeopleService(admin).reset_password(school.teacher.id, "brand-new-pass")
    with pytest.raises((NotAuthenticated, NotFound)):
        PeopleService(teacher).get(school.teacher.id)
    _sign_in(Database(teacher_engine), school.teacher.email, "brand-new-pass")
    teacher_engine.dispose()


def test_teacher_cannot_manage_people(client_db: Database, school: School) -> None:
    db = _sign_in(client_db, school.teacher.email)
    people = PeopleService(db)
    with pytest.raises(PermissionDenied):
        people.create_student("t@seoul.kr", "X", 1)
    with pytest.raises(PermissionDenied):
        people.deactivate(school.students[0].id)
    assert people.list(role="student").total == 6  # teachers read their school's students
    own = ClassService(db).create("수학 심화", 1, school_year=2026)
    assert own.teacher_id == school.teacher.teacher_id and own.organization_id == school.org.id
    EnrollmentService(db).enroll(school.students[1].student_id, school.klass.id)  # own class
    assert [s.student_id for s in EnrollmentService(db).list_class_students(school.klass.id)] == [
        school.students[1].student_id]
