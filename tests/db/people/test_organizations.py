"""Organizations: create, list, get, update with versions, delete only while empty."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from dreamseed_desktop.services.core.errors import Conflict, NotFound, ValidationError
from tests.fixtures.people import School, Services


def _audit_actions(svc: Services) -> list[str]:
    with svc.db.session(readonly=True) as s:
        return list(s.scalars(text("SELECT action FROM audit_log ORDER BY id")))


def test_create_list_get(svc: Services) -> None:
    a = svc.orgs.create("  서울고등학교 ", address="서울시")
    b = svc.orgs.create("Busan Academy", type="academy")
    assert a.name == "서울고등학교" and a.type == "school" and a.version == 1
    assert [o.name for o in svc.orgs.list()] == ["Busan Academy", "서울고등학교"]
    got = svc.orgs.get(b.id)
    assert (got.type, got.people_count, got.class_count) == ("academy", 0, 0)
    assert svc.orgs.find_by_name("서울고등학교") == svc.orgs.get(a.id)
    assert svc.orgs.find_by_name("nowhere") is None
    assert _audit_actions(svc) == ["organization.create", "organization.create"]


def test_create_rejects_bad_input(svc: Services) -> None:
    svc.orgs.create("서울고등학교")
    with pytest.raises(ValidationError, match="already exists"):
        svc.orgs.create("서울고등학교")
    with pytest.raises(ValidationError, match="name is required"):
        svc.orgs.create("   ")
    with pytest.raises(ValidationError, match="type"):
        svc.orgs.create("X", type="castle")


def test_get_unknown_is_not_found(svc: Services) -> None:
    with pytest.raises(NotFound, match="Organization 999"):
        svc.orgs.get(999)


def test_update_with_version_and_stale_conflict(svc: Services) -> None:
    org = svc.orgs.create("A school")
    first = svc.orgs.update(org.id, org.version, name="B school", address=None)
    assert (first.name, first.version) == ("B school", 2)
    with pytest.raises(Conflict):
        svc.orgs.update(org.id, org.version, name="C school")
    assert svc.orgs.get(org.id).name == "B school"
    with pytest.raises(NotFound):
        svc.orgs.update(12345, 1, name="x")


def test_concurrent_edits_one_wins(svc: Services) -> None:
    org = svc.orgs.create("Concurrent")
    seen_by_a = svc.orgs.get(org.id)
    seen_by_b = svc.orgs.get(org.id)
    svc.orgs.update(org.id, seen_by_a.version, address="A's address")
    with pytest.raises(Conflict, match="Someone else changed"):
        svc.orgs.update(org.id, seen_by_b.version, address="B's address")
    assert svc.orgs.get(org.id).address == "A's address"


def test_delete_refuses_while_people_or_classes_remain(svc: Services, school: School) -> None:
    with pytest.raises(Conflict, match=r"still has 7 people and 1 classes"):
        svc.orgs.delete(school.org.id)
    empty = svc.orgs.create("Empty school")
    with pytest.raises(Conflict):
        svc.orgs.delete(empty.id, expected_version=empty.version + 1)
    svc.orgs.delete(empty.id, expected_version=empty.version)
    with pytest.raises(NotFound):
        svc.orgs.get(empty.id)
    with pytest.raises(NotFound):
        svc.orgs.delete(empty.id)
    assert "organization.delete" in _audit_actions(svc)
