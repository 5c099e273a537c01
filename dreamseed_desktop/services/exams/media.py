"""Pictures and passages of the items a student is shown, fetched once per exam sitting.

``exam.next_item`` sends the text of the shown version (stem and choices with ``$…$`` formulas
and ``![alt](asset:ID)`` references) and its passage's id and version, never a key. What the
text refers to is fetched here through ``exam.item_passage`` / ``exam.item_asset`` (definer
functions that hand out only what the student's running session shows now) and kept in memory
for the sitting: an item that reuses a picture or a passage costs no second transfer, and a new
sitting starts with an empty cache. Checksums are verified on arrival.
"""
from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dreamseed_desktop.services.core.errors import Unavailable
from dreamseed_desktop.services.items.content import asset_ids

SQL_PASSAGE = "SELECT passage_id, version, title, body FROM exam.item_passage(%s, %s, %s)"
SQL_ASSET = "SELECT asset_id, media_type, data, sha256 FROM exam.item_asset(%s, %s, %s)"


@dataclass(frozen=True)
class ItemPicture:
    asset_id: int
    media_type: str
    data: bytes


@dataclass(frozen=True)
class ItemPassage:
    passage_id: int
    version: int
    title: str
    body: str


@dataclass(frozen=True)
class ItemMedia:
    pictures: tuple[ItemPicture, ...] = ()
    passage: ItemPassage | None = None


class MediaCache:
    """Per sitting: picture id -> picture, (passage, version) -> passage. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._session: int | None = None
        self._pictures: dict[int, ItemPicture] = {}
        self._passages: dict[tuple[int, int], ItemPassage] = {}
        self.fetched = 0            # transfers made (tests and the benchmark read it)

    def media(self, one: Callable[[str, tuple[Any, ...]], Any], token: str, session_id: int, stem: str,
              choices: tuple[str, ...], passage_id: int | None, passage_version: int | None) -> ItemMedia:
        with self._lock:
            if self._session != session_id:
                self._session = session_id
                self._pictures.clear()
                self._passages.clear()
        passage = None
        if passage_id is not None and passage_version is not None:
            key = (passage_id, passage_version)
            passage = self._passages.get(key)
            if passage is None:
                row = one(SQL_PASSAGE, (token, session_id, passage_id))
                if row is None:
                    raise Unavailable()
                passage = ItemPassage(int(row.passage_id), int(row.version), str(row.title), str(row.body))
                with self._lock:
                    self._passages[key] = passage
                    self.fetched += 1
        ids: list[int] = []
        for text in (stem, *choices, passage.body if passage else ""):
            ids.extend(i for i in asset_ids(text) if i not in ids)
        pictures = []
        for asset in ids:
            pic = self._pictures.get(asset)
            if pic is None:
                row = one(SQL_ASSET, (token, session_id, asset))
                if row is None:
                    continue
                data = bytes(row.data)
                if hashlib.sha256(data).digest() != bytes(row.sha256):
                    raise Unavailable("A picture of this question arrived damaged. Please try again.")
                pic = ItemPicture(int(row.asset_id), str(row.media_type), data)
                with self._lock:
                    self._pictures[asset] = pic
                    self.fetched += 1
            pictures.append(pic)
        return ItemMedia(tuple(pictures), passage)
