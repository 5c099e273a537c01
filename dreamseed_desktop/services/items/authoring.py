"""Writing items: content versions, review and approval, pictures and passages.

Every write goes through the definer functions of revision 0021 (``public.item_content_save``,
``item_content_review``, ``item_asset_add``, ``passage_save``), which check the caller again
and write the audit entry; this service checks the input first so the user gets a message that
names the field. Teachers save drafts of items they wrote and submit them for review;
administrators approve (or publish directly). A version students have seen is never changed:
saving it makes a new version (the server decides, from what the exam showed).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from dreamseed_desktop.db.content import ItemAsset, ItemContentVersion, ItemVersionKey, Passage, PassageVersion
from dreamseed_desktop.db.items import Item
from dreamseed_desktop.services.core.access import require_role
from dreamseed_desktop.services.core.errors import NotFound, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.items.content import asset_ids, check_text, probe_image
from dreamseed_desktop.services.items.rules import (
    MAX_CHOICES,
    MIN_CHOICES,
    clean_code,
    clean_grade,
    clean_strand,
    clean_subject,
)
from dreamseed_desktop.services.items.subject_check import SchoolSubjects

ACTIONS = ("draft", "review", "publish")
MAX_CHOICE_LEN = 2000


@dataclass(frozen=True)
class ContentDraft:
    """What the editor saves. ``item_id`` None = a new item (code and subject required)."""

    stem: str
    choices: tuple[str, ...]
    key: int
    item_id: int | None = None
    expected_version: int | None = None
    code: str | None = None
    subject: str | None = None
    grade: int | None = None
    strand: str | None = None
    passage_id: int | None = None


@dataclass(frozen=True)
class SavedVersion:
    item_id: int
    version: int
    status: str
    row_version: int


@dataclass(frozen=True)
class ContentVersionDTO:
    """One version of an item's content. ``key`` only for those who may read it."""

    item_id: int
    version: int
    status: str
    stem: str
    choices: tuple[str, ...]
    passage_id: int | None
    created_by: int | None
    review_note: str | None
    key: int | None = None


@dataclass(frozen=True)
class AssetDTO:
    id: int
    media_type: str
    width: int
    height: int
    data: bytes


@dataclass(frozen=True)
class PassageDTO:
    id: int
    title: str
    body: str
    version: int          # the current content version
    row_version: int      # optimistic lock


def clean_draft(d: ContentDraft) -> ContentDraft:
    """Checked and normalised input; raises :class:`ValidationError` naming the field."""
    stem = check_text(d.stem, field="stem")
    choices = tuple(check_text(c, field=f"choice_{n}", max_len=MAX_CHOICE_LEN)
                    for n, c in enumerate(d.choices, start=1))
    if not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
        raise ValidationError("An item needs {low} to {high} choices.",
                              params={"low": MIN_CHOICES, "high": MAX_CHOICES}, field="choices")
    if isinstance(d.key, bool) or not isinstance(d.key, int) or not 1 <= d.key <= len(choices):
        raise ValidationError("The answer key must be one of the choices.", field="key")
    code = subject = None
    if d.item_id is None:
        code, subject = clean_code(d.code), clean_subject(d.subject)
    elif d.subject is not None:
        subject = clean_subject(d.subject)
    return ContentDraft(stem=stem, choices=choices, key=d.key, item_id=d.item_id,
                        expected_version=d.expected_version, code=code, subject=subject,
                        grade=clean_grade(d.grade), strand=clean_strand(d.strand), passage_id=d.passage_id)


class ItemAuthoring:
    """Item content through the unit of work of ``db`` (admins and teachers)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------------------ content
    def save(self, draft: ContentDraft, action: str = "draft") -> SavedVersion:
        """Save a draft, submit it for review (``"review"``) or, as an admin, publish it."""
        require_role(self._db.identity, "admin", "teacher")
        if action not in ACTIONS:
            raise ValidationError("A value has the wrong format.", field="action")
        if action == "publish":
            require_role(self._db.identity, "admin")
        d = clean_draft(draft)
        with self._db.session() as s:
            if d.subject is not None:           # a new item's subject, or a changed one
                keep = None if d.item_id is None else s.scalar(select(Item.subject).where(Item.id == d.item_id))
                d = replace(d, subject=SchoolSubjects(s, self._db.identity.organization_id).code(d.subject,
                                                                                                  keep=keep))
            row = s.execute(text(
                "SELECT * FROM public.item_content_save(:item, :expected, :code, :subject, :grade, :strand, "
                ":stem, CAST(:choices AS jsonb), :passage, :key, :action)"),
                {"item": d.item_id, "expected": d.expected_version, "code": d.code, "subject": d.subject,
                 "grade": d.grade, "strand": d.strand, "stem": d.stem,
                 "choices": json.dumps(list(d.choices), ensure_ascii=False), "passage": d.passage_id,
                 "key": d.key, "action": action}).one()
            return SavedVersion(int(row.item_id), int(row.version), str(row.status), int(row.row_version))

    def review(self, item_id: int, version: int, *, approve: bool, note: str = "") -> str:
        """An admin approves a version under review or sends it back to its author with a note."""
        require_role(self._db.identity, "admin")
        with self._db.session() as s:
            return str(s.execute(text("SELECT public.item_content_review(:i, :v, :a, :n)"),
                                 {"i": item_id, "v": version, "a": approve, "n": note}).scalar_one())

    def versions(self, item_id: int) -> tuple[ContentVersionDTO, ...]:
        """The versions the caller may read, newest first (keys where allowed)."""
        with self._db.session(readonly=True) as s:
            rows = s.execute(select(ItemContentVersion).where(ItemContentVersion.item_id == item_id)
                             .order_by(ItemContentVersion.version.desc())).scalars().all()
            keys = {int(v): int(k) for v, k in s.execute(
                select(ItemVersionKey.version, ItemVersionKey.correct_choice)
                .where(ItemVersionKey.item_id == item_id)).all()}
            return tuple(_version_dto(r, keys.get(r.version)) for r in rows)

    def latest(self, item_id: int) -> ContentVersionDTO:
        versions = self.versions(item_id)
        if not versions:
            raise NotFound("Item {id} was not found.", params={"id": item_id}, field="item_id")
        return versions[0]

    def review_queue(self) -> tuple[ContentVersionDTO, ...]:
        """Versions waiting for an administrator's approval (oldest first)."""
        require_role(self._db.identity, "admin")
        with self._db.session(readonly=True) as s:
            rows = s.execute(select(ItemContentVersion).where(ItemContentVersion.status == "review")
                             .order_by(ItemContentVersion.created_at, ItemContentVersion.item_id)).scalars().all()
            return tuple(_version_dto(r, None) for r in rows)

    def item_status(self, item_id: int) -> tuple[str, int]:
        """(item status, row version) for the optimistic lock of the next save."""
        with self._db.session(readonly=True) as s:
            row = s.execute(select(Item.status, Item.version).where(Item.id == item_id)).first()
            if row is None:
                raise NotFound("Item {id} was not found.", params={"id": item_id}, field="item_id")
            return str(row[0]), int(row[1])

    # ------------------------------------------------------------------------------- images
    def add_image(self, data: bytes) -> int:
        """Store a picture (PNG, JPEG or SVG, ≤ 1 MB, ≤ 4096 px a side) for the caller's school."""
        require_role(self._db.identity, "admin", "teacher")
        info = probe_image(bytes(data))
        with self._db.session() as s:
            return int(s.execute(text("SELECT public.item_asset_add(:t, :d, :w, :h)"),
                                 {"t": info.media_type, "d": info.data, "w": info.width,
                                  "h": info.height}).scalar_one())

    def images(self, ids: tuple[int, ...] | list[int]) -> dict[int, AssetDTO]:
        """The pictures with these ids that the caller may read."""
        if not ids:
            return {}
        with self._db.session(readonly=True) as s:
            rows = s.execute(select(ItemAsset).where(ItemAsset.id.in_([int(i) for i in ids]))).scalars()
            return {r.id: AssetDTO(r.id, r.media_type, r.width, r.height, bytes(r.data)) for r in rows}

    def images_of(self, *texts: str) -> dict[int, AssetDTO]:
        ids: list[int] = []
        for t in texts:
            ids.extend(asset_ids(t))
        return self.images(ids)

    # ----------------------------------------------------------------------------- passages
    def save_passage(self, title: str, body: str, passage_id: int | None = None,
                     expected_version: int | None = None) -> PassageDTO:
        require_role(self._db.identity, "admin", "teacher")
        title = " ".join(str(title).split())
        if not 1 <= len(title) <= 200:
            raise ValidationError("A passage needs a title of at most 200 characters.", field="title")
        body = check_text(body, field="body")
        with self._db.session() as s:
            row = s.execute(text("SELECT * FROM public.passage_save(:p, :e, :t, :b)"),
                            {"p": passage_id, "e": expected_version, "t": title, "b": body}).one()
            return self._passage(s, int(row.passage_id))

    def passage(self, passage_id: int) -> PassageDTO:
        with self._db.session(readonly=True) as s:
            return self._passage(s, passage_id)

    def passages(self) -> tuple[PassageDTO, ...]:
        with self._db.session(readonly=True) as s:
            ids = s.execute(select(Passage.id).order_by(Passage.title, Passage.id)).scalars().all()
            return tuple(self._passage(s, i) for i in ids)

    @staticmethod
    def _passage(s: Session, passage_id: int) -> PassageDTO:
        row = s.execute(select(Passage, PassageVersion.body).join(
            PassageVersion, (PassageVersion.passage_id == Passage.id)
            & (PassageVersion.version == Passage.current_version)).where(Passage.id == passage_id)).first()
        if row is None:
            raise NotFound("The passage was not found.", field="passage_id")
        p, body = row
        return PassageDTO(p.id, p.title, body, p.current_version, p.version)


def _version_dto(r: ItemContentVersion, key: Any) -> ContentVersionDTO:
    return ContentVersionDTO(item_id=r.item_id, version=r.version, status=r.status, stem=r.stem,
                             choices=tuple(str(c) for c in r.choices), passage_id=r.passage_id,
                             created_by=r.created_by, review_note=r.review_note,
                             key=None if key is None else int(key))
