"""Dialog: tick the new items of a fixed-anchor calibration (every other active item is an anchor)."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

__all__ = ["NewItemsDialog"]


class NewItemsDialog(QDialog):
    """Checkable list of ``(item id, code, b)``; :meth:`chosen` gives the ticked ids."""

    def __init__(self, items: Iterable[tuple[int, str, float]], chosen: Iterable[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New items"))
        picked = set(chosen)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by code"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("newItemsList")
        for item_id, code, b in items:
            entry = QListWidgetItem(f"{code}   b = {b:.2f}")
            entry.setData(Qt.ItemDataRole.UserRole, int(item_id))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item_id in picked else Qt.CheckState.Unchecked)
            self.list.addItem(entry)
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        help_text = QLabel(self.tr("Tick the items to calibrate. Every other active item keeps its "
                                   "parameters and anchors the scale; anchors that drifted are "
                                   "released and shown in the result."))
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(420, 520)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.list.count()):
            entry = self.list.item(row)
            entry.setHidden(bool(needle) and needle not in entry.text().lower())

    def chosen(self) -> tuple[int, ...]:
        return tuple(int(self.list.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.list.count())
                     if self.list.item(r).checkState() == Qt.CheckState.Checked)
