"""Paging for long lists: a frozen ``Page`` of DTOs plus the total count of matching rows.

Lists that can hold many rows (people: 100,000 users) are fetched one page at a time with
``offset``/``limit``; the UI's lazy table model asks for the page under the viewport and
shows ``total`` in its scroll bar. ``total`` is counted with the same filter in the same
transaction. A list may stop counting at a cap (the people list counts at most
``COUNT_CAP`` matches, so the first page costs the same at 10,000 and at 1,000,000 users): then
``exact`` is False, ``total`` is a lower bound ("10,000 or more") and ``has_next`` follows from a
full page.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from dreamseed_desktop.services.core.errors import ValidationError

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of results. ``items`` are DTOs; ``total`` counts every matching row."""

    items: tuple[T, ...]
    total: int
    offset: int
    limit: int
    exact: bool = True

    @property
    def has_next(self) -> bool:
        if not self.exact:            # a lower bound: more follow as long as pages come full
            return len(self.items) == self.limit
        return self.offset + len(self.items) < self.total

    @property
    def has_previous(self) -> bool:
        return self.offset > 0

    @property
    def page_number(self) -> int:
        """1-based number of this page."""
        return self.offset // self.limit + 1 if self.limit else 1

    @property
    def page_count(self) -> int:
        return max(1, -(-self.total // self.limit)) if self.limit else 1


def check_paging(offset: int, limit: int) -> tuple[int, int]:
    """Validate ``offset``/``limit`` and return them (limit is capped at MAX_PAGE_SIZE)."""
    if offset < 0:
        raise ValidationError("The page offset cannot be negative.", field="offset")
    if limit < 1:
        raise ValidationError("A page must hold at least one row.", field="limit")
    return offset, min(limit, MAX_PAGE_SIZE)
