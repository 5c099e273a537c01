"""Item detail: stem, numbered choices (the key marked for admins only), parameters, curves.

The curves are the charts package's ``ItemCurvesChart`` (ICC and item information).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from dreamseed_desktop.services.items.service import ItemDTO
from dreamseed_desktop.ui.charts.item_curves import ItemCurvesChart
from dreamseed_desktop.ui.qtmodels.labels import label
from dreamseed_desktop.ui.subject_names import subject_label


class ItemDetail(QWidget):
    """Shows one ItemDTO; ``show_keys`` decides whether the correct choice is marked."""

    def __init__(self, show_keys: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._show_keys = show_keys
        self.code = QLabel()
        self.code.setObjectName("itemCode")
        font = self.code.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.code.setFont(font)
        self.stem = QLabel()
        self.stem.setObjectName("itemStem")
        self.stem.setWordWrap(True)
        self.stem.setTextFormat(Qt.TextFormat.PlainText)
        self.choices = QListWidget()
        self.choices.setObjectName("itemChoices")
        self.choices.setAccessibleName(self.tr("Choices"))
        self.choices.setMaximumHeight(140)
        self.params = QLabel()
        self.params.setObjectName("itemParams")
        self.params.setWordWrap(True)            # the named parameters are long at 200 %
        self.key = QLabel()
        self.key.setObjectName("itemKey")
        form = QFormLayout()
        form.addRow(self.tr("Parameters:"), self.params)
        if show_keys:
            form.addRow(self.tr("Answer key:"), self.key)
        self.curves = ItemCurvesChart(self)
        self.curves.setMinimumHeight(260)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(self.stem)
        layout.addWidget(self.choices)
        layout.addLayout(form)
        layout.addWidget(self.curves, 1)
        self.clear()

    def clear(self) -> None:
        self.code.setText(self.tr("No item selected"))
        self.stem.clear()
        self.choices.clear()
        self.params.clear()
        self.key.clear()

    def show_item(self, item: ItemDTO) -> None:
        self.code.setText(f"{item.code} · {subject_label(item.subject)} · {label(item.status)}")
        self.stem.setText(item.stem)
        self.choices.clear()
        for number, text in enumerate(item.choices, start=1):
            entry = QListWidgetItem(f"{number}. {text}")
            if self._show_keys and item.key == number:
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
                entry.setText(f"{number}. {text}   ✓")
            self.choices.addItem(entry)
        # the IRT parameters with their names in plain words (a teacher reads "난이도 b", not "b")
        params = self.tr("%1 model · discrimination a = %2 · difficulty b = %3 · guessing c = %4 · "
                         "bank version %5")
        for marker, value in (("%1", item.model), ("%2", f"{item.a:.3f}"), ("%3", f"{item.b:.3f}"),
                              ("%4", f"{item.c:.3f}"), ("%5", str(item.bank_version))):
            params = params.replace(marker, value)
        self.params.setText(params)
        self.key.setText(str(item.key) if item.key is not None else "—")
        self.curves.set_data([item.a], [item.b], [item.c], [item.code])
