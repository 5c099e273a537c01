"""Item content: versions of an item's text, images, reading passages (revision 0021).

Clients read these tables under row-level security and write them only through the definer
functions of revision 0021 (``public.item_content_save`` and friends).
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Identity,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from dreamseed_desktop.db.base import Base

ASSET_MEDIA_TYPES = ("image/png", "image/jpeg", "image/svg+xml")
ASSET_MAX_BYTES = 1_048_576
ASSET_MAX_SIDE = 4096
VERSION_STATUSES = ("draft", "review", "approved", "superseded")


class ItemAsset(Base):
    """A picture used by item or passage text as ``![alt](asset:ID)``."""

    __tablename__ = "item_assets"
    __table_args__ = (
        CheckConstraint(f"media_type IN {ASSET_MEDIA_TYPES!r}", name="media_type"),
        CheckConstraint(f"pg_catalog.octet_length(data) BETWEEN 1 AND {ASSET_MAX_BYTES}", name="size"),
        CheckConstraint(f"width BETWEEN 1 AND {ASSET_MAX_SIDE}", name="width"),
        CheckConstraint(f"height BETWEEN 1 AND {ASSET_MAX_SIDE}", name="height"),
        UniqueConstraint("organization_id", "sha256"),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=False), primary_key=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id", ondelete="RESTRICT"))
    sha256: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    media_type: Mapped[str] = mapped_column(Text, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    width: Mapped[int] = mapped_column(Integer, nullable=False)
    height: Mapped[int] = mapped_column(Integer, nullable=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class Passage(Base):
    """A reading passage several items share; its text lives in :class:`PassageVersion`."""

    __tablename__ = "passages"
    __table_args__ = (
        CheckConstraint("pg_catalog.length(pg_catalog.btrim(title)) BETWEEN 1 AND 200", name="title"),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=False), primary_key=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    current_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class PassageVersion(Base):
    __tablename__ = "passage_versions"
    __table_args__ = (
        CheckConstraint("version >= 1", name="version"),
        CheckConstraint("pg_catalog.length(pg_catalog.btrim(body)) BETWEEN 1 AND 20000", name="body"),
    )

    passage_id: Mapped[int] = mapped_column(ForeignKey("passages.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class ItemContentVersion(Base):
    """One version of an item's stem and choices; ``items.content_version`` names the approved one."""

    __tablename__ = "item_content_versions"
    __table_args__ = (
        CheckConstraint("version >= 1", name="version"),
        CheckConstraint(f"status IN {VERSION_STATUSES!r}", name="status"),
        CheckConstraint("pg_catalog.jsonb_typeof(choices) = 'array'", name="choices_array"),
        Index(None, "status", postgresql_where=text("status IN ('draft', 'review')")),
    )

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default="draft")
    stem: Mapped[str] = mapped_column(Text, nullable=False)
    choices: Mapped[list[Any]] = mapped_column(JSONB, nullable=False)
    passage_id: Mapped[int | None] = mapped_column(ForeignKey("passages.id", ondelete="RESTRICT"), index=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    review_note: Mapped[str | None] = mapped_column(Text)


class ItemVersionKey(Base):
    """The key of one content version (``item_keys`` keeps the approved version's, for scoring)."""

    __tablename__ = "item_version_keys"
    __table_args__ = (
        CheckConstraint("correct_choice BETWEEN 1 AND 10", name="choice_range"),
        ForeignKeyConstraint(["item_id", "version"],
                             ["item_content_versions.item_id", "item_content_versions.version"],
                             name="fk_item_version_keys_version", ondelete="CASCADE"),
    )

    item_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    correct_choice: Mapped[int] = mapped_column(SmallInteger, nullable=False)
