"""People: create each role, list with filters and paging, update, (de)activate, passwords."""
from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import text

from dreamseed_desktop.services.core import passwords
from dreamseed_desktop.services.core.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from dreamseed_desktop.services.core.uow import Database, Identity
from dreamseed_desktop.services.people.service import PeopleService
from tests.fixtures.people import School, Services


def _audit(svc: Services, action: str) -> list[tuple[int | None, list[int]]]:
    with svc.db.session(readonly=True) as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT actor_user_id, affected_user_ids FROM audit_log WHERE action = :a ORDER BY id"),
            {"a": action})]


def test_create_each_role(svc: Services) -> None:
    org = svc.orgs.create("서울고등학교")
    admin = svc.people.create_admin("Boss@Seoul.kr", "교장", organization_id=org.id,
                                    password="correct horse")
    teacher = svc.people.create_teacher("t@seoul.kr", "김선생", subject="수학",
                                        organization_id=org.id)
    student = svc.people.create_student("s@seoul.kr", "이학생", 2, student_number="00123",
                                        organization_id=org.id)
    assert (admin.role, admin.email, admin.has_password) == ("admin", "boss@seoul.kr", True)
    assert (teacher.role, teacher.subject, teacher.teacher_id is not None) == ("teacher", "수학", True)
    assert (student.grade, student.student_number) == (2, "00123")
    assert student.student_id is not None and student.teacher_id is None
    assert not teacher.has_password
    assert [a[1] for a in _audit(svc, "student.create")] == [[student.id]]
    assert svc.people.get_student(student.student_id) == student
    assert svc.people.get_by_email("S@seoul.kr ") == student


def test_password_is_stored_as_salted_proof_hash(svc: Services) -> None:
    org = svc.orgs.create("S")
    admin = svc.people.create_admin("a@s.kr", "Admin", organization_id=org.id, password="pa55word!")
    with svc.db.session(readonly=True) as s:
        salt, digest = s.execute(text("SELECT salt, verifier FROM auth.credentials WHERE user_id=:i"),
                                 {"i": admin.id}).one()
    assert digest == passwords.stored_hash(passwords.proof("pa55word!", salt))
    svc.people.reset_password(admin.id, "another-secret")
    with svc.db.session(readonly=True) as s:
        salt2, digest2 = s.execute(text("SELECT salt, verifier FROM auth.credentials WHERE user_id=:i"),
                                   {"i": admin.id}).one()
    assert salt2 != salt and digest2 == passwords.stored_hash(passwords.proof("another-secret", salt2))
    assert len(_audit(svc, "user.password_reset")) == 1
    with pytest.raises(ValidationError, match="at least 8"):
        svc.people.reset_password(admin.id, "short")
    with pytest.raises(NotFound):
        svc.people.reset_password(9999, "long enough pw")


BAD_STUDENT_FIELDS = [
    ({"email": "not-an-email"}, "not a valid email"),
    ({"email": ""}, "without an email needs a 학번"),   # no email and no 학번: no way to sign in
    ({"name": "  "}, "name is required"),
    ({"grade": 13}, "between 1 and 6"),
    ({"grade": "abc"}, "not a grade"),
    ({"student_number": "12 34"}, "without spaces"),
    ({"password": "short"}, "at least 8"),
]


def test_create_student_rejects_bad_fields(svc: Services, school: School) -> None:
    for kwargs, match in BAD_STUDENT_FIELDS:
        args: dict[str, object] = {"email": "new@seoul.kr", "name": "새학생", "grade": 1,
                                   "organization_id": school.org.id, **kwargs}
        with pytest.raises(ValidationError, match=match):
            svc.people.create_student(**args)  # type: ignore[arg-type]
    assert svc.people.list(organization_id=school.org.id).total == 7


def test_create_rejects_duplicates_and_unknown_org(svc: Services, school: School) -> None:
    with pytest.raises(ValidationError, match="already used"):
        svc.people.create_teacher("KIM@seoul.kr", "Kim", organization_id=school.org.id)
    with pytest.raises(ValidationError, match="student number is already used"):
        svc.people.create_student("x@seoul.kr", "X", 1, student_number="00001",
                                  organization_id=school.org.id)
    with pytest.raises(NotFound, match="Organization 999"):
        svc.people.create_admin("y@seoul.kr", "Y", organization_id=999)
    with pytest.raises(ValidationError, match="Choose an organization"):
        svc.people.create_admin("z@seoul.kr", "Z")
    with pytest.raises(ValidationError, match="Role"):
        svc.people.create("parent", "p@seoul.kr", "P", organization_id=school.org.id)


def test_names_are_nfc_and_search_matches_decomposed_input(svc: Services, school: School) -> None:
    decomposed = unicodedata.normalize("NFD", "홍길동")
    person = svc.people.create_student("hong@seoul.kr", decomposed, 3, student_number="07777",
                                       organization_id=school.org.id)
    assert person.name == "홍길동" and unicodedata.is_normalized("NFC", person.name)
    page = svc.people.list(search=unicodedata.normalize("NFD", "길동"), organization_id=school.org.id)
    assert [p.id for p in page.items] == [person.id]
    assert svc.people.list(search="0777").items[0].id == person.id  # student number, no org filter
    assert svc.people.list(search="HONG@").total == 1
    assert svc.people.list(search="%").total == 0  # wildcards are literal


def test_list_filters_and_paging(svc: Services, school: School) -> None:
    org = school.org.id
    everyone = svc.people.list(organization_id=org)
    assert everyone.total == 7 and not everyone.has_next
    names = [p.name for p in everyone.items]
    assert names == sorted(names)
    assert svc.people.list(role="teacher", organization_id=org).total == 1
    students = svc.people.list(role="student", organization_id=org, grade=2)
    assert {p.grade for p in students.items} == {2} and students.total == 2
    first = svc.people.list(organization_id=org, offset=0, limit=3)
    second = svc.people.list(organization_id=org, offset=3, limit=3)
    third = svc.people.list(organization_id=org, offset=6, limit=3)
    assert (first.total, first.has_next, first.page_count) == (7, True, 3)
    assert [p.id for p in first.items + second.items + third.items] == [p.id for p in everyone.items]
    assert third.page_number == 3 and not third.has_next and third.has_previous
    svc.people.deactivate(school.students[0].id)
    assert svc.people.list(organization_id=org, active=False).total == 1
    assert svc.people.list(organization_id=org, active=True).total == 6
    other = svc.orgs.create("다른학교")
    svc.people.create_student("o@other.kr", "Other", 1, organization_id=other.id)
    assert svc.people.list(organization_id=other.id).total == 1
    with pytest.raises(ValidationError):
        svc.people.list(offset=-1)
    with pytest.raises(ValidationError):
        svc.people.list(limit=0)


def test_keyset_paging_continues_after_the_last_row(svc: Services, school: School) -> None:
    org = school.org.id
    everyone = svc.people.list(organization_id=org).items
    first = svc.people.list(organization_id=org, limit=4)
    last = first.items[-1]
    rest = svc.people.list(organization_id=org, limit=4, after=(last.name, last.id))
    assert [p.id for p in first.items + rest.items] == [p.id for p in everyone]
    assert rest.total == 7


def test_list_defaults_to_signed_in_organization(owner_db: Database, svc: Services,
                                                 school: School) -> None:
    other = svc.orgs.create("다른학교")
    svc.people.create_student("o@other.kr", "Other", 1, organization_id=other.id)
    scoped = Database(owner_db.engine, Identity(user_id=None, role=None, organization_id=other.id))
    assert PeopleService(scoped).list().total == 1
    assert svc.people.list().total == 8


def test_update_fields_and_version(svc: Services, school: School) -> None:
    st = school.students[0]
    updated = svc.people.update(st.id, st.version, name="새이름", grade=3, student_number="00999",
                                email="NEW@seoul.kr")
    assert (updated.name, updated.grade, updated.student_number, updated.email) == (
        "새이름", 3, "00999", "new@seoul.kr")
    assert updated.version == st.version + 1
    with pytest.raises(Conflict):
        svc.people.update(st.id, st.version, name="stale")
    teacher = svc.people.update(school.teacher.id, school.teacher.version, subject="science")
    assert teacher.subject == "science"
    with pytest.raises(ValidationError, match="Only teachers"):
        svc.people.update(st.id, updated.version, subject="math")
    with pytest.raises(ValidationError, match="Only students"):
        svc.people.update(school.teacher.id, teacher.version, grade=2)
    with pytest.raises(ValidationError, match="already used"):
        svc.people.update(st.id, updated.version, email=school.students[1].email)
    with pytest.raises(NotFound):
        svc.people.update(4242, 1, name="x")
    assert len(_audit(svc, "student.update")) == 1


def test_concurrent_person_edits_one_wins(svc: Services, school: School) -> None:
    st = school.students[1]
    a, b = svc.people.get(st.id), svc.people.get(st.id)
    svc.people.update(st.id, a.version, name="A 이름")
    with pytest.raises(Conflict):
        svc.people.update(st.id, b.version, name="B 이름")
    assert svc.people.get(st.id).name == "A 이름"


def test_deactivate_and_reactivate_keep_history(svc: Services, school: School) -> None:
    st = school.students[2]
    svc.enrollment.enroll(st.student_id, school.klass.id)
    off = svc.people.deactivate(st.id, st.version)
    assert not off.is_active and off.version == st.version + 1
    assert [s.student_id for s in svc.enrollment.list_class_students(school.klass.id)] == [st.student_id]
    with pytest.raises(Conflict):
        svc.people.reactivate(st.id, st.version)
    on = svc.people.reactivate(st.id, off.version)
    assert on.is_active
    assert len(_audit(svc, "user.deactivate")) == len(_audit(svc, "user.reactivate")) == 1


def test_roles_are_checked_for_signed_in_callers(owner_db: Database, school: School) -> None:
    student = Database(owner_db.engine, Identity(user_id=school.students[0].id, role="student",
                                                 organization_id=school.org.id))
    with pytest.raises(PermissionDenied):
        PeopleService(student).create_student("x@seoul.kr", "X", 1)
    other_admin = Database(owner_db.engine, Identity(user_id=1, role="admin", organization_id=999))
    with pytest.raises(PermissionDenied, match="own organization"):
        PeopleService(other_admin).create_student("x@seoul.kr", "X", 1,
                                                  organization_id=school.org.id)
    admin = Database(owner_db.engine, Identity(user_id=77, role="admin",
                                               organization_id=school.org.id))
    created = PeopleService(admin).create_student("x@seoul.kr", "X", 1)
    assert created.organization_id == school.org.id
    with admin.session(readonly=True) as s:
        actor = s.scalar(text("SELECT actor_user_id FROM audit_log ORDER BY id DESC LIMIT 1"))
    assert actor == 77
    with pytest.raises(ValidationError, match="your own account"):
        PeopleService(Database(owner_db.engine, Identity(user_id=created.id, role="admin",
                                                         organization_id=school.org.id))
                      ).deactivate(created.id)


def test_simultaneous_saves_one_wins_one_conflicts(svc: Services, school: School) -> None:
    """Two editors save the same version at the same moment (two connections, two threads):
    the row lock serialises them, the second re-checks the version and gets Conflict."""
    import threading

    st = school.students[4]
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def save(label: str) -> None:
        barrier.wait()
        try:
            outcomes[label] = svc.people.update(st.id, st.version, name=f"{label} 이름")
        except Conflict as exc:
            outcomes[label] = exc

    threads = [threading.Thread(target=save, args=(label,)) for label in ("A", "B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    conflicts = [k for k, v in outcomes.items() if isinstance(v, Conflict)]
    winners = [k for k, v in outcomes.items() if not isinstance(v, Conflict)]
    assert len(conflicts) == 1 and len(winners) == 1
    after = svc.people.get(st.id)
    assert after.name == f"{winners[0]} 이름" and after.version == st.version + 1


def test_search_pages_are_the_same_whichever_strategy_runs(svc: Services, school: School,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from dreamseed_desktop.services.people import query as people_query

    def pages(search: str) -> list[list[int]]:
        return [[p.id for p in svc.people.list(search=search, offset=o, limit=2).items]
                for o in (0, 2, 4, 6)]

    sort_matches = {q: pages(q) for q in ("학생", "seoul", "0000", "nobody")}
    monkeypatch.setattr(people_query, "WALK_RATIO", 0)   # always walk the name index
    assert {q: pages(q) for q in sort_matches} == sort_matches
    assert sort_matches["학생"][0] and sort_matches["nobody"] == [[], [], [], []]
    assert sum(len(p) for p in sort_matches["seoul"]) == 7
