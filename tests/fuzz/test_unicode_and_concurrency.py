"""Mixed Unicode normalisation and concurrent staff edits.

NFC and NFD spellings of the same Korean name or email are one person: creating the second is
a duplicate (ValidationError, nothing written), searching with either finds them, signing in
with a decomposed password works. Two staff saving the same record from the same version:
exactly one save wins, the other gets Conflict, and no update is lost.
"""
from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable

import pytest

from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.roles import STUDENT_ROLE, client_url
from dreamseed_desktop.services.classes.service import ClassService
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.errors import Conflict, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.people.organizations import OrganizationService
from dreamseed_desktop.services.people.service import PeopleService
from tests.fuzz.conftest import School, refused


def nfd(text: str) -> str:
    out = unicodedata.normalize("NFD", text)
    assert out != text
    return out


@pytest.mark.slow
def test_nfc_and_nfd_name_and_email_are_one_person(owner_db: Database, db_url: str, school: School) -> None:
    people = PeopleService(owner_db)
    created = people.create_student(nfd("김민준@fuzz.kr"), nfd("김 민준"), 1, organization_id=school.org_id)
    assert created.name == "김 민준" and created.email == "김민준@fuzz.kr"
    err = refused(db_url, lambda: people.create_student("김민준@fuzz.kr", "김 민준", 1,
                                                        organization_id=school.org_id))
    assert isinstance(err, ValidationError) and err.field == "email"
    for query in ("민준", nfd("민준"), nfd("김 민준")):
        assert [p.id for p in people.list(search=query, organization_id=school.org_id).items] == [created.id]
    assert people.get_by_email(nfd("김민준@fuzz.kr")).id == created.id


def test_nfd_organization_name_is_a_duplicate(owner_db: Database, db_url: str, school: School) -> None:
    orgs = OrganizationService(owner_db)
    err = refused(db_url, lambda: orgs.create(nfd("퍼즈 고등학교")))
    assert err.field == "name"
    assert orgs.find_by_name(nfd("퍼즈 고등학교")) is not None


def test_decomposed_password_signs_in(owner_db: Database, db_url: str, school: School) -> None:
    people = PeopleService(owner_db)
    person = people.get(school.student_user_ids[1])
    people.reset_password(person.id, "비밀번호-한글-123")
    db = Database(make_engine(client_url(db_url, role=STUDENT_ROLE), pool_size=1))   # a student: lab PC role
    try:
        identity = AuthService(db).login(person.email, nfd("비밀번호-한글-123"))
        assert identity.user_id == person.id
    finally:
        db.engine.dispose()


def race(first: Callable[[], object], second: Callable[[], object]) -> list[object]:
    """Run both calls at the same moment (two threads, two connections); results or errors."""
    barrier = threading.Barrier(2)
    results: list[object] = [None, None]

    def run(k: int, call: Callable[[], object]) -> None:
        barrier.wait()
        try:
            results[k] = call()
        except Exception as exc:  # noqa: BLE001 - collected and checked below
            results[k] = exc

    threads = [threading.Thread(target=run, args=(k, c)) for k, c in enumerate((first, second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results


def one_winner(results: list[object]) -> object:
    conflicts = [r for r in results if isinstance(r, Conflict)]
    winners = [r for r in results if not isinstance(r, BaseException)]
    assert len(conflicts) == 1 and len(winners) == 1, results
    return winners[0]


def test_concurrent_edits_one_wins_one_conflicts(owner_db: Database, school: School) -> None:
    orgs, people, classes = OrganizationService(owner_db), PeopleService(owner_db), ClassService(owner_db)
    for round_ in range(5):
        org = orgs.get(school.org_id)
        won = one_winner(race(lambda: orgs.update(org.id, org.version, address=f"A{round_}"),
                              lambda: orgs.update(org.id, org.version, address=f"B{round_}")))
        now = orgs.get(org.id)
        assert now.version == org.version + 1 and now.address == won.address  # type: ignore[attr-defined]

        person = people.get(school.student_user_ids[0])
        won = one_winner(race(lambda: people.update(person.id, person.version, name=f"가{round_}"),
                              lambda: people.update(person.id, person.version, name=f"나{round_}")))
        assert people.get(person.id).name == won.name  # type: ignore[attr-defined]

        cls = classes.get(school.class_id)
        subject = ("korean", "english", "science", "social", "history")[round_]   # the school's subjects
        won = one_winner(race(lambda: classes.update(cls.id, cls.version, subject=subject),
                              lambda: classes.update(cls.id, cls.version, name=f"1-{round_ + 2}")))
        after = classes.get(cls.id)
        assert after.version == cls.version + 1
        assert (after.subject, after.name) in ((subject, cls.name), (cls.subject, f"1-{round_ + 2}"))
