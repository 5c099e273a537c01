"""Create/edit dialog: labelled fields, errors shown next to the field, save on the write worker.

A screen builds the fields, then gives :meth:`FormDialog.set_submit` a callable that takes the
values dict and calls the service (it runs on the write thread). A ``ValidationError`` whose
``field`` names one of the dialog's fields appears in red under that field and focuses it;
any other error (e.g. ``Conflict``) appears in the banner above the buttons.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.core.errors import Conflict
from dreamseed_desktop.ui.a11y.tones import set_tone
from dreamseed_desktop.ui.workers import Failure, TaskRunner


def widget_value(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    raise TypeError(f"unsupported field widget {type(widget).__name__}")


class FormDialog(QDialog):
    """A form whose save runs on the task runner.

    Signals:
        saved(object): the service call returned this value; the dialog then accepts.
    """

    saved = Signal(object)

    def __init__(self, title: str, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._runner = runner
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._required: set[str] = set()
        self._hidden: set[str] = set()
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        self._submit: Callable[[dict[str, Any]], Any] | None = None
        self.result_value: Any = None

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.banner = QLabel()
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        set_tone(self.banner, "error")
        self.banner.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    # -- building ---------------------------------------------------------------------------
    def add_field(self, name: str, label: str, widget: QWidget, *, required: bool = False) -> QWidget:
        widget.setObjectName(f"field_{name}")
        error = QLabel()
        error.setObjectName(f"error_{name}")
        set_tone(error, "error")
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        caption = QLabel(label + (" *" if required else ""))
        caption.setBuddy(widget)
        self._form.addRow(caption, holder)
        self._fields[name] = widget
        self._errors[name] = error
        self._rows[name] = (caption, holder)
        if required:
            self._required.add(name)
        return widget

    def set_field_visible(self, name: str, visible: bool) -> None:
        caption, holder = self._rows[name]
        caption.setVisible(visible)
        holder.setVisible(visible)
        (self._hidden.discard if visible else self._hidden.add)(name)

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def set_submit(self, submit: Callable[[dict[str, Any]], Any]) -> None:
        self._submit = submit

    def values(self) -> dict[str, Any]:
        return {name: widget_value(w) for name, w in self._fields.items() if name not in self._hidden}

    # -- errors -------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        self.banner.clear()
        self.banner.hide()

    def show_field_error(self, name: str, message: str) -> None:
        label = self._errors[name]
        label.setText(message)
        label.show()
        self._fields[name].setFocus()
        self._grow()

    def _grow(self) -> None:
        """Make room for a message that just appeared (dialogs do not grow by themselves)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def field_error(self, name: str) -> str:
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""

    def show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()
        self._grow()

    # -- saving -------------------------------------------------------------------------------
    def validate(self, values: dict[str, Any]) -> bool:
        """Required fields; subclasses/screens may add checks via ``extra_validation``."""
        ok = True
        for name in self._required:
            if name in values and (values[name] is None or values[name] == ""):
                self.show_field_error(name, QCoreApplication.translate("FormDialog", "This field is required."))
                ok = False
        return ok

    def submit(self) -> None:
        self.clear_errors()
        values = self.values()
        if not self.validate(values) or self._submit is None:
            return
        submit = self._submit
        self.buttons.setEnabled(False)
        self._runner.write(lambda: submit(values), self._on_saved, self._on_failed, owner=self)

    def _on_saved(self, value: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = value
        self.saved.emit(value)
        self.accept()

    def _on_failed(self, failure: Failure) -> None:
        self.buttons.setEnabled(True)
        name = failure.field
        if name and name in self._fields and name not in self._hidden:
            message = failure.message
            self.show_field_error(name, message)
            return
        if isinstance(failure.error, Conflict):
            self.show_banner(failure.message + " "
                             + QCoreApplication.translate("FormDialog", "Close this dialog and open it again."))
            return
        self.show_banner(failure.message)


def line_edit(text: str | None = "", *, max_length: int = 200, password: bool = False) -> QLineEdit:
    edit = QLineEdit(text or "")
    edit.setMaxLength(max_length)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def spin_box(value: int, low: int, high: int, *, special: str | None = None) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    if special is not None:
        box.setSpecialValueText(special)
    box.setValue(value)
    return box


def combo_box(choices: list[tuple[str, Any]], current: Any = None) -> QComboBox:
    combo = QComboBox()
    for text, data in choices:
        combo.addItem(text, data)
    if current is not None:
        index = combo.findData(current)
        if index >= 0:
            combo.setCurrentIndex(index)
    return combo


