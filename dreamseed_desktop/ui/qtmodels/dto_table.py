"""A read-only table model over a list of frozen DTOs, described by :class:`Column` specs.

Role constants (module level): :data:`DTO_ROLE` returns the row's DTO, :data:`SORT_ROLE` a
value that sorts naturally (numbers as numbers, None last). Small lists are filtered and
sorted by :class:`~dreamseed_desktop.ui.qtmodels.proxy.SearchProxy`.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from dreamseed_desktop.ui.a11y.tones import tone_color
from dreamseed_desktop.ui.dates import datetime_text
from dreamseed_desktop.ui.fonts import number_font

DTO_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
ERROR_ROLE = int(Qt.ItemDataRole.UserRole) + 3

ModelIndex = QModelIndex | QPersistentModelIndex
_INVALID = QModelIndex()


@dataclass(frozen=True)
class Column:
    """One column: header (source text marked with ``QT_TRANSLATE_NOOP("Columns", …)``;
    translated when shown, so it follows the language) and a value getter."""

    header: str
    value: Callable[[Any], object]
    align_right: bool = False
    display: Callable[[object], str] | None = None
    dim_if: Callable[[Any], bool] | None = None
    stretch: bool = False        # this column takes the spare width of the view
    #: Latin text whose full stops matter (emails): drawn in the number font, whose "." cannot
    #: pass for a comma as the Korean font's does at table size ("seoul-hs,kr")
    latin: bool = False


def display_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, datetime):
        return datetime_text(value)
    return str(value)


def sort_value(value: object) -> object:
    """Numbers sort as numbers; empty values sort last."""
    if value is None:
        return "\uffff"
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, datetime):
        return value.timestamp()
    return str(value).casefold()


class DtoTableModel(QAbstractTableModel):
    """Rows are DTOs; columns come from :class:`Column` specs. No signals beyond Qt's."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None,
                 key: Callable[[Any], object] = lambda dto: getattr(dto, "id", id(dto))) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._key = key

    # -- Qt API -------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def column_of(self, header: str) -> int:
        """The index of the column with this (source) header; by name, so a column added to
        the model does not shift what a screen hides."""
        return next(i for i, c in enumerate(self._columns) if c.header == header)

    def columnCount(self, parent: ModelIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        dto = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(dto)
            return column.display(value) if column.display else display_text(value)
        if role == SORT_ROLE:
            return sort_value(column.value(dto))
        if role == DTO_ROLE:
            return dto
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (column.align_right or column.latin
                                                  or isinstance(column.value(dto), datetime)):
            # numbers and dates: a point that cannot pass for a comma ("2026. 12. 4." read as
            # "2026, 12, 4," in the Korean font at table size)
            return number_font()
        if role == Qt.ItemDataRole.ForegroundRole and column.dim_if and column.dim_if(dto):
            return QBrush(tone_color("inactive", in_table=True))   # 4.5:1 on the rows
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return QCoreApplication.translate("Columns", self._columns[section].header)
            return None
        return str(section + 1)

    # -- updates ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def merge_rows(self, rows: Sequence[Any]) -> None:
        """Take ``rows``; when the same keys come in the same order, changed rows are updated in
        place (no reset), so the view keeps its selection and scroll position (a list refreshed
        on a timer). Otherwise the rows are replaced."""
        if [self._key(dto) for dto in rows] != [self._key(dto) for dto in self._rows]:
            self.set_rows(rows)
            return
        for row, dto in enumerate(rows):
            if self._rows[row] != dto:
                self._rows[row] = dto
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def find_row(self, key: object) -> int:
        for i, dto in enumerate(self._rows):
            if self._key(dto) == key:
                return i
        return -1

    def upsert(self, dto: Any) -> None:
        """Replace the row with the same key or append it."""
        row = self.find_row(self._key(dto))
        if row < 0:
            self.beginInsertRows(_INVALID, len(self._rows), len(self._rows))
            self._rows.append(dto)
            self.endInsertRows()
            return
        self._rows[row] = dto
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def remove_keys(self, keys: set[object]) -> None:
        for row in range(len(self._rows) - 1, -1, -1):
            if self._key(self._rows[row]) in keys:
                self.beginRemoveRows(_INVALID, row, row)
                del self._rows[row]
                self.endRemoveRows()

    def stretch_column(self) -> int:
        """Index of the column that should take spare width, or -1 (then the last one does)."""
        return next((i for i, c in enumerate(self._columns) if c.stretch), -1)

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
