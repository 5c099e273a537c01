"""Malformed values into the staff services: each is a clear DomainError and changes nothing.

Wrong types, NUL bytes, huge or blank strings, impossible and unknown ids go into the
organization, people, class and enrollment services (owner connection: no RLS, so only the
services' own checks and the database constraints stand between the value and the tables).
SQL metacharacters are *valid* text: they must be stored verbatim, never interpreted.
"""
from __future__ import annotations

import psycopg
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dreamseed_desktop.services.classes.enrollment import EnrollmentService
from dreamseed_desktop.services.classes.service import ClassService
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.people.organizations import OrganizationService
from dreamseed_desktop.services.people.service import PeopleService
from tests.fuzz.conftest import (
    FUZZ,
    SQL_META,
    WRONG_ID_TYPES,
    School,
    bad_id,
    bad_text,
    refused,
    wrong_type,
)


@pytest.mark.slow
@FUZZ
@given(value=st.one_of(bad_text, wrong_type))
def test_organization_name(owner_db: Database, db_url: str, school: School, value: object) -> None:
    orgs = OrganizationService(owner_db)
    refused(db_url, lambda: orgs.create(value))  # type: ignore[arg-type]
    refused(db_url, lambda: orgs.update(school.org_id, school.org_version, name=value))  # type: ignore[arg-type]


@pytest.mark.slow
@FUZZ
@given(value=st.one_of(bad_text, wrong_type, st.sampled_from(SQL_META)))
def test_organization_type(owner_db: Database, db_url: str, value: object) -> None:
    refused(db_url, lambda: OrganizationService(owner_db).create("좋은 학교", type=value))  # type: ignore[arg-type]


@pytest.mark.slow
@FUZZ
@given(case=st.one_of(
    st.tuples(st.sampled_from(["email", "name", "student_number"]), st.one_of(bad_text, wrong_type)),
    st.tuples(st.just("grade"), st.one_of(bad_text, wrong_type,
                                          st.sampled_from([-1, 0, 13, 2**63, "열두", "1e3"])))))
def test_create_student(owner_db: Database, db_url: str, school: School, case: tuple[str, object]) -> None:
    field, value = case
    args: dict[str, object] = {"email": "new@fuzz.kr", "name": "새학생", "grade": 1,
                               "student_number": "99999"}
    if field in ("grade",) and isinstance(value, str) and value.strip().isdigit() and 1 <= int(value) <= 3:
        return  # a valid grade given as text is fine
    if field == "student_number" and (isinstance(value, int) or (isinstance(value, str) and not value.strip())):
        return  # a number is taken as its text; a blank student number means "none": both valid
    if field == "email" and isinstance(value, str) and not value.strip():
        return  # a blank email means "none": a student with a 학번 signs in with it (valid)
    args[field] = value
    people = PeopleService(owner_db)
    refused(db_url, lambda: people.create_student(args["email"], args["name"], args["grade"],  # type: ignore[arg-type]
                                                  student_number=args["student_number"],  # type: ignore[arg-type]
                                                  organization_id=school.org_id))


@pytest.mark.slow
@FUZZ
@given(value=st.one_of(bad_text, wrong_type))
def test_update_person(owner_db: Database, db_url: str, school: School, value: object) -> None:
    people = PeopleService(owner_db)
    person = people.get(school.student_user_ids[0])
    refused(db_url, lambda: people.update(person.id, person.version, name=value))  # type: ignore[arg-type]
    refused(db_url, lambda: people.update(person.id, person.version, email=value))  # type: ignore[arg-type]


@pytest.mark.slow
@FUZZ
@given(value=st.one_of(bad_id, st.sampled_from(WRONG_ID_TYPES)))
def test_unknown_or_malformed_ids(owner_db: Database, db_url: str, school: School, value: object) -> None:
    people, classes = PeopleService(owner_db), ClassService(owner_db)
    enrollment, orgs = EnrollmentService(owner_db), OrganizationService(owner_db)
    refused(db_url, lambda: orgs.get(value))  # type: ignore[arg-type]
    refused(db_url, lambda: people.get(value))  # type: ignore[arg-type]
    refused(db_url, lambda: classes.get(value))  # type: ignore[arg-type]
    refused(db_url, lambda: enrollment.enroll(value, school.class_id))  # type: ignore[arg-type]
    refused(db_url, lambda: enrollment.enroll(school.student_ids[0], value))  # type: ignore[arg-type]
    refused(db_url, lambda: enrollment.bulk_enroll(school.class_id, [school.student_ids[0], value]))  # type: ignore[list-item]
    if value is not None:  # expected_version=None means "no check" (internal follow-up writes)
        refused(db_url, lambda: people.update(school.student_user_ids[0], value, name="이름"))  # type: ignore[arg-type]
    refused(db_url, lambda: classes.delete(value))  # type: ignore[arg-type]


@pytest.mark.slow
@FUZZ
@given(field=st.sampled_from(["name", "grade", "school_year", "subject"]),
       value=st.one_of(bad_text, wrong_type, st.sampled_from([-5, 0, 13, 1999, 2101, 2**40])))
def test_create_class(owner_db: Database, db_url: str, school: School, field: str, value: object) -> None:
    if field == "subject" and isinstance(value, str) and len(value.strip()) <= 50 and "\x00" not in value:
        return  # any short subject text (or none) is fine
    args: dict[str, object] = {"name": "2-3", "grade": 2, "school_year": 2026, "subject": "math"}
    args[field] = value
    classes = ClassService(owner_db)
    refused(db_url, lambda: classes.create(args["name"], args["grade"], school_year=args["school_year"],  # type: ignore[arg-type]
                                           subject=args["subject"], organization_id=school.org_id))  # type: ignore[arg-type]


@pytest.mark.parametrize("text", SQL_META)
def test_sql_metacharacters_are_stored_verbatim(owner_db: Database, db_url: str, school: School,
                                                text: str) -> None:
    people, orgs = PeopleService(owner_db), OrganizationService(owner_db)
    person = people.create_student(f"meta{abs(hash(text)) % 10**6}@fuzz.kr", f"X {text}", 1,
                                   organization_id=school.org_id)
    assert people.get(person.id).name == " ".join(f"X {text}".split())
    found = people.list(search=text, organization_id=school.org_id)
    assert person.id in [p.id for p in found.items]
    org = orgs.create(f"Org {text}")
    assert orgs.find_by_name(f"Org {text}") is not None and orgs.get(org.id).name == " ".join(
        f"Org {text}".split())
    with psycopg.connect(db_url) as conn:  # the tables are all still there
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] >= 5  # type: ignore[index]
        assert conn.execute("SELECT count(*) FROM students").fetchone()[0] >= 4  # type: ignore[index]


def test_search_wildcards_match_literally(owner_db: Database, school: School) -> None:
    people = PeopleService(owner_db)
    for text in ("%", "_", "\\"):
        assert people.list(search=text, organization_id=school.org_id).total == 0
