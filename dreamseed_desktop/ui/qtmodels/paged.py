"""Lazy, SQL-paged table model for long lists (100,000 students).

The model shows the first page as soon as it arrives and asks for the next page when the view
scrolls near the end (``canFetchMore``/``fetchMore``). Every query runs on the task runner; a
new search makes the running one stale (its result is dropped) and the old rows stay visible
until the new first page replaces them, so typing never blanks or freezes the list.

``fetch(query, offset, limit)`` must return an object with ``items`` (DTOs) and ``total``
(e.g. :class:`dreamseed_desktop.services.core.paging.Page`). With ``keyset`` (DTO → sort key), later
pages are asked for with ``after=keyset(last row)`` and offset 0 instead of a growing offset,
so scrolling deep into 100,000 rows costs the same as the first page.

With ``matches`` (DTO, query → bool), typing that *narrows* the search (more characters, other
filters unchanged) first filters the rows already shown, at once, on the GUI thread; the
database's complete answer replaces them when it arrives (``page_loaded``).
"""
from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Signal

from dreamseed_desktop.ui.qtmodels.dto_table import Column, DtoTableModel
from dreamseed_desktop.ui.workers import Failure, TaskRunner

Fetch = Callable[[dict[str, Any], int, int], Any]
_ids = itertools.count(1)


class PagedTableModel(DtoTableModel):
    """Rows arrive page by page from ``fetch``.

    Signals:
        total_changed(int): the number of matching rows in the database.
        page_loaded(int): rows now held (emitted after every page, first page included).
        failed(str): a page could not be loaded (user-facing message).
        narrowed(int): rows left after filtering the shown rows locally (complete rows follow).
    """

    narrowed = Signal(int)
    total_changed = Signal(int)
    page_loaded = Signal(int)
    failed = Signal(str)

    def __init__(self, columns: Sequence[Column], fetch: Fetch, runner: TaskRunner,
                 parent: QObject | None = None, *, page_size: int = 200,
                 keyset: Callable[[Any], object] | None = None,
                 matches: Callable[[Any, dict[str, Any]], bool] | None = None) -> None:
        super().__init__(columns, parent)
        self._keyset = keyset
        self._matches = matches
        self._fetch = fetch
        self._runner = runner
        self._page_size = page_size
        self._query: dict[str, Any] = {}
        self._total = 0
        self._exact = True
        self._more_past_total = False     # an inexact total whose last page was full
        self._loading = False
        self._generation = 0
        self._task_key = f"paged-{next(_ids)}"

    @property
    def total(self) -> int:
        """The number of matching rows, or with :attr:`total_exact` False at least this many."""
        return self._total

    @property
    def total_exact(self) -> bool:
        return self._exact

    @property
    def query(self) -> dict[str, Any]:
        return dict(self._query)

    def is_loading(self) -> bool:
        return self._loading

    def set_query(self, **query: Any) -> None:
        """Replace the filter (search text, role, grade …) and load its first page."""
        new = {k: v for k, v in query.items() if v not in (None, "")}
        if self._matches is not None and self._rows and narrows(self._query, new):
            matches = self._matches
            self.set_rows([row for row in self._rows if matches(row, new)])
            self.narrowed.emit(self.rowCount())
        self._query = new
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self._request(0, self._generation, replace=True)

    # -- lazy fetching --------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        more = self.rowCount() < self._total if self._exact else self._more_past_total
        return not parent.isValid() and not self._loading and more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._request(self.rowCount(), self._generation, replace=False)

    # -- internals --------------------------------------------------------------------------------
    def _request(self, offset: int, generation: int, *, replace: bool) -> None:
        query, limit = dict(self._query), self._page_size
        if self._keyset is not None and offset > 0 and self._rows:
            query["after"], offset = self._keyset(self._rows[-1]), 0
        self._set_loading(True)
        self._runner.read(lambda: self._fetch(query, offset, limit),
                          lambda page: self._on_page(page, generation, replace),
                          self._on_failure, key=self._task_key, owner=self)

    def _on_page(self, page: Any, generation: int, replace: bool) -> None:
        if generation != self._generation:
            return
        items = list(page.items)
        if replace:
            self.set_rows(items)
        elif items:
            first = self.rowCount()
            self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
            self._rows.extend(items)
            self.endInsertRows()
        exact = bool(getattr(page, "exact", True))
        self._more_past_total = not exact and len(items) >= int(page.limit)
        total = int(page.total) if exact else max(int(page.total), self.rowCount())
        if total != self._total or exact != self._exact:
            self._total, self._exact = total, exact
            self.total_changed.emit(total)
        self._set_loading(False)
        self.page_loaded.emit(self.rowCount())

    def _on_failure(self, failure: Failure) -> None:
        self._set_loading(False)
        self.failed.emit(failure.message)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading


def narrows(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """True when ``new`` can only match a subset of what ``old`` matched (longer search text)."""
    if {k: v for k, v in old.items() if k != "search"} != {k: v for k, v in new.items() if k != "search"}:
        return False
    before, after = str(old.get("search", "")).casefold(), str(new.get("search", "")).casefold()
    return after != before and before in after
