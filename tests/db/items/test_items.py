"""Item bank service: listing, keys only for admins, create/update with versions, retire/activate."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from dreamseed_desktop.db.audit import AuditEntry
from dreamseed_desktop.db.items import ItemParamHistory
from dreamseed_desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.items.rules import ItemInput, clean_item
from dreamseed_desktop.services.items.service import ItemService
from tests.fixtures.exams_school import School


@pytest.fixture
def admin_db(owner_db: Database) -> Database:
    owner_db.identity.role = "admin"
    return owner_db


def _new(code: str = "ENG-001", **kw: object) -> ItemInput:
    base = dict(code=code, subject="English", stem="Choose the synonym of 'big'.",
                choices=("large", "small", "thin", "late"), key=1, a=1.3, b=-0.4, c=0.2,
                grade=11, strand="vocabulary")
    base.update(kw)
    return ItemInput(**base)  # type: ignore[arg-type]


def test_list_filters_search_and_paging(owner_db: Database, school: School) -> None:
    svc = ItemService(owner_db)
    page = svc.list(subject="math", limit=5)
    assert page.total == 12 and len(page.items) == 5 and page.items[0].code == "M-000"
    assert all(it.key is None for it in page.items)
    assert svc.list(search="m-01").total == 2          # M-010, M-011 (code, case-insensitive)
    assert svc.list(search="문항 1").total == 3       # stems "문항 1", "문항 10", "문항 11"
    assert svc.list(search="100%").total == 0          # LIKE wildcards are literal
    assert svc.list(grade=11).total == 0
    assert svc.list(status="retired").total == 0
    with pytest.raises(ValidationError):
        svc.list(status="deleted")


def test_key_only_for_admin(owner_db: Database, school: School) -> None:
    svc = ItemService(owner_db)
    assert svc.get(school.item_ids[0]).key is None
    owner_db.identity.role = "teacher"
    assert svc.get(school.item_ids[0]).key is None
    owner_db.identity.role = "admin"
    assert svc.get(school.item_ids[0]).key == 2
    with pytest.raises(NotFound, match="Item 999999"):
        svc.get(999999)


def test_create_normalises_and_records_history(admin_db: Database) -> None:
    svc = ItemService(admin_db)
    item = svc.create(_new())
    assert (item.subject, item.model, item.key, item.status) == ("english", "3PL", 1, "active")
    assert item.choices == ("large", "small", "thin", "late")
    assert (item.content_version, item.bank_version, item.version) == (1, 1, 1)
    with admin_db.session() as s:
        hist = s.execute(select(ItemParamHistory).where(ItemParamHistory.item_id == item.id)).scalars().all()
        assert [(h.bank_version, h.a, h.b, h.c, h.source) for h in hist] == [(1, 1.3, -0.4, 0.2, "create")]
        action = s.execute(select(AuditEntry.action)
                           .where(AuditEntry.object_id == str(item.id))).scalar()
    assert action == "item.create"
    with pytest.raises(ValidationError, match="already exists") as err:
        svc.create(_new())
    assert err.value.field == "code"


@pytest.mark.parametrize("kw, field", [
    ({"a": 0}, "a"), ({"a": 11}, "a"), ({"b": -11}, "b"), ({"c": 1.0}, "c"), ({"c": -0.1}, "c"),
    ({"model": "2PL", "c": 0.2}, "c"), ({"model": "4PL"}, "model"), ({"key": 5}, "key"),
    ({"key": 0}, "key"), ({"choices": ("only",)}, "choices"), ({"choices": ("a", "")}, "choices"),
    ({"stem": "  "}, "stem"), ({"code": "has space"}, "code"), ({"grade": 13}, "grade"),
    ({"subject": ""}, "subject"), ({"a": float("nan")}, "a")])
def test_item_rules(kw: dict[str, object], field: str) -> None:
    """The rules ItemService.create applies first (checked without a database)."""
    with pytest.raises(ValidationError) as err:
        clean_item(_new(**kw))
    assert err.value.field == field


def test_create_refuses_invalid_item(admin_db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        ItemService(admin_db).create(_new(c=1.5))
    assert err.value.field == "c"
    assert ItemService(admin_db).list().total == 0


def test_teacher_cannot_write(owner_db: Database, school: School) -> None:
    owner_db.identity.role = "teacher"
    with pytest.raises(PermissionDenied):
        ItemService(owner_db).create(_new())
    with pytest.raises(PermissionDenied):
        ItemService(owner_db).retire(school.item_ids[0])


def test_update_versions_history_and_conflict(admin_db: Database) -> None:
    svc = ItemService(admin_db)
    item = svc.create(_new())
    stem_only = svc.update(item.id, item.version, stem="Choose the synonym of 'huge'.")
    assert (stem_only.content_version, stem_only.bank_version, stem_only.version) == (2, 1, 2)
    params = svc.update(item.id, stem_only.version, b=0.7, key=3)
    assert (params.b, params.a, params.key, params.bank_version, params.version) == (0.7, 1.3, 3, 2, 3)
    with pytest.raises(Conflict):
        svc.update(item.id, item.version, b=0.1)
    same = svc.update(item.id, params.version, b=0.7)  # no real change: no new version
    assert same.version == params.version
    with pytest.raises(ValidationError, match="past the last choice"):
        svc.update(item.id, params.version, choices=("yes", "no"))
    shorter = svc.update(item.id, params.version, choices=("yes", "no"), key=2)
    assert shorter.choices == ("yes", "no") and shorter.key == 2
    with pytest.raises(ValidationError) as err:
        svc.update(item.id, shorter.version, model="2PL")  # c = 0.2 is not allowed for 2PL
    assert err.value.field == "c"
    two_pl = svc.update(item.id, shorter.version, model="2PL", c=0)
    assert (two_pl.model, two_pl.c, two_pl.bank_version) == ("2PL", 0.0, 3)
    with admin_db.session() as s:
        versions = s.execute(select(ItemParamHistory.bank_version, ItemParamHistory.b)
                             .where(ItemParamHistory.item_id == item.id)
                             .order_by(ItemParamHistory.bank_version)).all()
        audit = s.execute(select(AuditEntry).where(AuditEntry.action == "item.update")
                          .order_by(AuditEntry.id)).scalars().all()
    assert [tuple(v) for v in versions] == [(1, -0.4), (2, 0.7), (3, 0.7)]
    assert audit[1].details["old"] == {"b": -0.4, "key": 1}
    assert audit[1].details["new"] == {"b": 0.7, "key": 3}
    with pytest.raises(NotFound):
        svc.update(999999, 1, b=0.0)


def test_retire_and_activate(admin_db: Database, school: School) -> None:
    svc = ItemService(admin_db)
    retired = svc.retire(school.item_ids[0])
    assert retired.status == "retired" and retired.version == 2
    assert svc.list(status="retired").total == 1
    assert svc.retire(school.item_ids[0]).version == 2  # already retired: unchanged
    with pytest.raises(Conflict):
        svc.activate(school.item_ids[0], expected_version=1)
    assert svc.activate(school.item_ids[0], expected_version=2).status == "active"
    with pytest.raises(NotFound):
        svc.retire(999999)
