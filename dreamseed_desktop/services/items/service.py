"""Item bank: list, get, create, update, retire/activate (CSV import/export: ``items_csv``).

Answer keys live in ``item_keys``; :meth:`ItemService.get` includes the key only for an
admin (``db.identity.role == 'admin'``); row-level security enforces the same for clients.
Changing a, b, c or the model starts a new ``bank_version`` recorded in
``item_param_history``; changing the stem or choices bumps ``content_version``.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from dreamseed_desktop.db.items import Item, ItemKey, ItemParamHistory
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.access import require_role
from dreamseed_desktop.services.core.errors import Conflict, NotFound, ValidationError
from dreamseed_desktop.services.core.paging import DEFAULT_PAGE_SIZE, Page, check_paging
from dreamseed_desktop.services.core.uow import Database, Identity
from dreamseed_desktop.services.core.validation import UNSET, _Unset, like_pattern
from dreamseed_desktop.services.exams.records import require_item
from dreamseed_desktop.services.items.rules import (
    ItemInput,
    clean_choices,
    clean_grade,
    clean_item,
    clean_key,
    clean_model,
    clean_params,
    clean_status,
    clean_stem,
    clean_strand,
    clean_subject,
)
from dreamseed_desktop.services.items.subject_check import SchoolSubjects

PARAM_FIELDS = ("model", "a", "b", "c")
CONTENT_FIELDS = ("stem", "choices")


@dataclass(frozen=True)
class ItemDTO:
    """One item of the bank. ``key`` is None unless the caller is an admin."""

    id: int
    code: str
    subject: str
    grade: int | None
    strand: str | None
    model: str
    a: float
    b: float
    c: float
    stem: str
    choices: tuple[str, ...]
    status: str
    content_version: int
    bank_version: int
    version: int
    key: int | None = None


def item_dto(row: Item, key: int | None = None) -> ItemDTO:
    return ItemDTO(id=row.id, code=row.code, subject=row.subject, grade=row.grade,
                   strand=row.strand, model=row.model, a=row.a, b=row.b, c=row.c, stem=row.stem,
                   choices=tuple(str(ch) for ch in row.choices or ()), status=row.status,
                   content_version=row.content_version, bank_version=row.bank_version,
                   version=row.version, key=key)


def may_see_keys(identity: Identity) -> bool:
    return identity.role == "admin"


# One statement per table whatever the number of items: the columns travel as arrays (one
# parameter each, so no limit on rows), and the items' statement-level trigger (exam.items_changed,
# which keeps the selection bands current) runs once for the whole import instead of once per
# batch of rows. The school is the column's default, ``auth.current_org()``, asked once for the
# statement instead of once per row (the items' write policy checks it either way).
_ADD_ITEMS = text("""
INSERT INTO items (code, subject, grade, strand, model, a, b, c, stem, choices, status, organization_id)
SELECT t.code, t.subject, t.grade, t.strand, t.model, t.a, t.b, t.c, t.stem, t.choices::jsonb, t.status,
       (SELECT auth.current_org())
FROM unnest(CAST(:codes AS text[]), CAST(:subjects AS text[]), CAST(:grades AS int[]),
            CAST(:strands AS text[]), CAST(:models AS text[]), CAST(:a AS float8[]),
            CAST(:b AS float8[]), CAST(:c AS float8[]), CAST(:stems AS text[]),
            CAST(:choices AS text[]), CAST(:statuses AS text[]))
     WITH ORDINALITY AS t(code, subject, grade, strand, model, a, b, c, stem, choices, status, k)
ORDER BY t.k
RETURNING id, code
""")
_ADD_KEYS = text("""
INSERT INTO item_keys (item_id, correct_choice)
SELECT * FROM unnest(CAST(:ids AS bigint[]), CAST(:keys AS int[]))
""")
_ADD_HISTORY = text("""
INSERT INTO item_param_history (item_id, bank_version, model, a, b, c, source)
SELECT t.i, 1, t.m, t.a, t.b, t.c, :source
FROM unnest(CAST(:ids AS bigint[]), CAST(:models AS text[]), CAST(:a AS float8[]),
            CAST(:b AS float8[]), CAST(:c AS float8[])) AS t(i, m, a, b, c)
""")


def add_items(s: Session, items: Sequence[ItemInput], *, source: str) -> list[int]:
    """Insert cleaned items with their keys and first parameter-history rows: three statements
    whatever the number of items; returns the new ids in the order of ``items``."""
    if not items:
        return []
    a, b, c = [d.a for d in items], [d.b for d in items], [d.c for d in items]
    models = [d.model for d in items]
    by_code = {code: new_id for new_id, code in s.execute(_ADD_ITEMS, {
        "codes": [d.code for d in items], "subjects": [d.subject for d in items],
        "grades": [d.grade for d in items], "strands": [d.strand for d in items],
        "models": models, "a": a, "b": b, "c": c, "stems": [d.stem for d in items],
        "choices": [json.dumps(list(d.choices), ensure_ascii=False) for d in items],
        "statuses": [d.status for d in items]})}
    ids = [by_code[d.code] for d in items]
    s.execute(_ADD_KEYS, {"ids": ids, "keys": [d.key for d in items]})
    s.execute(_ADD_HISTORY, {"ids": ids, "models": models, "a": a, "b": b, "c": c, "source": source})
    return ids


def change_item(s: Session, row: Item, changes: dict[str, Any], *, source: str) -> dict[str, Any]:
    """Apply cleaned ``changes`` (item columns plus ``key``); returns the audit's old/new."""
    old_key = s.get(ItemKey, row.id)
    old: dict[str, Any] = {k: list(row.choices) if k == "choices" else getattr(row, k)
                           for k in changes if k != "key"}
    if "key" in changes:
        old["key"] = old_key.correct_choice if old_key else None
    changed = {k: v for k, v in changes.items()
               if (list(v) if k == "choices" else v) != old[k]}
    if not changed:
        return {}
    for field, value in changed.items():
        if field == "key":
            if old_key is None:
                s.add(ItemKey(item_id=row.id, correct_choice=value))
            else:
                old_key.correct_choice = value
        else:
            setattr(row, field, list(value) if field == "choices" else value)
    if any(f in changed for f in CONTENT_FIELDS):
        row.content_version += 1
    if any(f in changed for f in PARAM_FIELDS):
        row.bank_version += 1
        s.add(ItemParamHistory(item_id=row.id, bank_version=row.bank_version, model=row.model,
                               a=row.a, b=row.b, c=row.c, source=source))
    row.version += 1
    return {"old": {k: old[k] for k in changed},
            "new": {k: list(v) if k == "choices" else v for k, v in changed.items()}}


class ItemService:
    """The item bank through the unit of work of ``db``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, *, subject: str | None = None, grade: int | None = None,
             status: str | None = None, search: str | None = None, offset: int = 0,
             limit: int = DEFAULT_PAGE_SIZE) -> Page[ItemDTO]:
        """Items ordered by code; ``search`` matches code, strand or stem (case-insensitive)."""
        offset, limit = check_paging(offset, limit)
        conds: list[Any] = []
        if subject is not None:
            conds.append(Item.subject == clean_subject(subject))
        if grade is not None:
            conds.append(Item.grade == clean_grade(grade))
        if status is not None:
            conds.append(Item.status == clean_status(status))
        if search and search.strip():
            pattern = like_pattern(search)
            conds.append(or_(func.lower(Item.code).like(pattern, escape="\\"),
                             func.lower(Item.strand).like(pattern, escape="\\"),
                             func.lower(Item.stem).like(pattern, escape="\\")))
        with self._db.session(readonly=True) as s:
            total = s.execute(select(func.count()).select_from(Item).where(*conds)).scalar_one()
            rows = s.execute(select(Item).where(*conds).order_by(Item.code, Item.id)
                             .offset(offset).limit(limit)).scalars()
            return Page(items=tuple(item_dto(r) for r in rows), total=total, offset=offset,
                        limit=limit)

    def get(self, item_id: int) -> ItemDTO:
        with self._db.session(readonly=True) as s:
            row = require_item(s, item_id)
            key = None
            if may_see_keys(self._db.identity):
                key = s.execute(select(ItemKey.correct_choice)
                                .where(ItemKey.item_id == item_id)).scalar()
            return item_dto(row, key)

    def create(self, data: ItemInput) -> ItemDTO:
        require_role(self._db.identity, "admin")
        data = clean_item(data)
        with self._db.session() as s:
            subjects = SchoolSubjects(s, self._db.identity.organization_id)
            data = replace(data, subject=subjects.code(data.subject))
            if s.execute(select(Item.id).where(Item.code == data.code)).first():
                raise ValidationError("An item with this code already exists.", field="code")
            (item_id,) = add_items(s, [data], source="create")
            row = require_item(s, item_id)
            audit.record(s, self._db.identity, "item.create", "item", row.id,
                         details={"code": data.code, "subject": data.subject,
                                  "a": data.a, "b": data.b, "c": data.c})
            return item_dto(row, data.key if may_see_keys(self._db.identity) else None)

    def update(self, item_id: int, expected_version: int, *, subject: str | _Unset = UNSET,
               grade: int | None | _Unset = UNSET, strand: str | None | _Unset = UNSET,
               model: str | _Unset = UNSET, a: float | _Unset = UNSET, b: float | _Unset = UNSET,
               c: float | _Unset = UNSET, stem: str | _Unset = UNSET,
               choices: tuple[str, ...] | _Unset = UNSET, key: int | _Unset = UNSET) -> ItemDTO:
        """Change the given fields; a stale ``expected_version`` raises :class:`Conflict`."""
        require_role(self._db.identity, "admin")
        with self._db.session() as s:
            row = self._locked(s, item_id, expected_version)
            changes: dict[str, Any] = {}
            if not isinstance(subject, _Unset):
                changes["subject"] = SchoolSubjects(s, row.organization_id).code(clean_subject(subject),
                                                                                 keep=row.subject)
            if not isinstance(grade, _Unset):
                changes["grade"] = clean_grade(grade)
            if not isinstance(strand, _Unset):
                changes["strand"] = clean_strand(strand)
            if not isinstance(stem, _Unset):
                changes["stem"] = clean_stem(stem)
            if not isinstance(choices, _Unset):
                changes["choices"] = clean_choices(choices)
            if not all(isinstance(v, _Unset) for v in (model, a, b, c)):
                new_model = row.model if isinstance(model, _Unset) else clean_model(model)
                params = clean_params(new_model, *(getattr(row, n) if isinstance(v, _Unset) else v
                                                   for n, v in (("a", a), ("b", b), ("c", c))))
                changes.update(model=new_model, a=params[0], b=params[1], c=params[2])
            n_choices = len(changes.get("choices", row.choices))
            if not isinstance(key, _Unset):
                changes["key"] = clean_key(key, n_choices)
            elif "choices" in changes:
                current = s.get(ItemKey, item_id)
                if current is not None and current.correct_choice > n_choices:
                    raise ValidationError("The answer key points past the last choice; give a "
                                          "new key with the new choices.", field="key")
            diff = change_item(s, row, changes, source="edit")
            if diff:
                s.flush()
                audit.record(s, self._db.identity, "item.update", "item", row.id, details=diff)
            return self._dto(s, row)

    def retire(self, item_id: int, expected_version: int | None = None) -> ItemDTO:
        """Take an item out of adaptive selection (its history and statistics stay)."""
        return self._set_status(item_id, "retired", expected_version)

    def activate(self, item_id: int, expected_version: int | None = None) -> ItemDTO:
        return self._set_status(item_id, "active", expected_version)

    def _set_status(self, item_id: int, status: str, expected_version: int | None) -> ItemDTO:
        require_role(self._db.identity, "admin")
        with self._db.session() as s:
            row = self._locked(s, item_id, expected_version)
            if row.status != status:
                before = row.status
                row.status = status
                row.version += 1
                s.flush()
                audit.record(s, self._db.identity, f"item.{'retire' if status == 'retired' else 'activate'}",
                             "item", row.id, details={"from": before, "to": status})
            return self._dto(s, row)

    @staticmethod
    def _locked(s: Session, item_id: int, expected_version: int | None) -> Item:
        row = s.execute(select(Item).where(Item.id == item_id).with_for_update()).scalar()
        if row is None:
            raise NotFound("Item {id} was not found.", params={"id": item_id}, field="item_id")
        if expected_version is not None and row.version != expected_version:
            raise Conflict()
        return row

    def _dto(self, s: Session, row: Item) -> ItemDTO:
        s.flush()
        s.refresh(row)
        key = None
        if may_see_keys(self._db.identity):
            key = s.execute(select(ItemKey.correct_choice).where(ItemKey.item_id == row.id)).scalar()
        return item_dto(row, key)
