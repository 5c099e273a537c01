"""In-memory search and sort for small lists (organizations, classes, items, roster panes)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from dreamseed_desktop.ui.qtmodels.dto_table import DTO_ROLE, SORT_ROLE


class SearchProxy(QSortFilterProxyModel):
    """Case-insensitive substring search over every column plus an optional DTO predicate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._predicate: Callable[[Any], bool] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._refilter(lambda: setattr(self, "_needle", needle))

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._refilter(lambda: setattr(self, "_predicate", predicate))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateFilter()

    def dto_at(self, proxy_row: int) -> Any:
        return self.data(self.index(proxy_row, 0), DTO_ROLE)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if model is None:
            return False
        if self._predicate is not None:
            dto = model.data(model.index(source_row, 0, source_parent), DTO_ROLE)
            if not self._predicate(dto):
                return False
        if not self._needle:
            return True
        for column in range(model.columnCount(source_parent)):
            value = model.data(model.index(source_row, column, source_parent),
                               Qt.ItemDataRole.DisplayRole)
            if value and self._needle in str(value).casefold():
                return True
        return False
