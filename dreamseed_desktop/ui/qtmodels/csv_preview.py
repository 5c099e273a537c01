"""Raw CSV rows for the import preview, with per-line problems highlighted.

The first CSV row is the header. Problems are keyed by 1-based *file line* (the header is
line 1), as ``ValidationError.row`` reports them. Extra columns: "Line" first, "Problem" last.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from dreamseed_desktop.ui.a11y.tones import tone_background
from dreamseed_desktop.ui.qtmodels.dto_table import ERROR_ROLE

_INVALID = QModelIndex()


class CsvPreviewModel(QAbstractTableModel):
    """Read-only preview of a CSV table; bad lines are red with the reason as tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: list[list[str]] = []
        self._lines: list[int] = []
        self._errors: dict[int, str] = {}

    def set_table(self, table: list[list[str]], first_line: int = 1) -> None:
        """``table``: header first; ``first_line`` is the header's line (a spreadsheet's header
        row may be below title rows), so rows are numbered as the file or sheet numbers them."""
        self.beginResetModel()
        self._header = [h.strip() for h in table[0]] if table else []
        self._rows = [row for row in table[1:] if any(cell.strip() for cell in row)]
        self._lines = [first_line + i + 1 for i, row in enumerate(table[1:]) if any(c.strip() for c in row)]
        self._errors = {}
        self.endResetModel()

    def set_line_errors(self, errors: dict[int, str]) -> None:
        self.beginResetModel()
        self._errors = dict(errors)
        self.endResetModel()

    def error_rows(self) -> list[int]:
        """0-based model rows that have a problem."""
        return [r for r, line in enumerate(self._lines) if line in self._errors]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._header) + 2 if self._header else 0

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        line = self._lines[index.row()]
        problem = self._errors.get(line)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(line)
            if col == len(self._header) + 1:
                return problem or ""
            cells = self._rows[index.row()]
            return cells[col - 1] if col - 1 < len(cells) else ""
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(tone_background("error"))      # readable under any palette
        if role in (Qt.ItemDataRole.ToolTipRole, ERROR_ROLE) and problem:
            return problem
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return QCoreApplication.translate("Columns", "Line")
        if section == len(self._header) + 1:
            return QCoreApplication.translate("Columns", "Problem")
        if 0 < section <= len(self._header):
            return self._header[section - 1]
        return None
