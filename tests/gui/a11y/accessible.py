"""What a screen reader gets, read through Qt's accessibility interface
(``QAccessible.queryAccessibleInterface``), not from widget attributes."""
from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QWidget

#: roles a user operates or reads as a control (buttons, fields, lists, bars, text areas)
INTERACTIVE = {
    QAccessible.Role.PushButton, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox, QAccessible.Role.EditableText, QAccessible.Role.SpinBox,
    QAccessible.Role.Slider, QAccessible.Role.ScrollBar, QAccessible.Role.List,
    QAccessible.Role.Table, QAccessible.Role.Tree, QAccessible.Role.PageTab,
    QAccessible.Role.PageTabList, QAccessible.Role.ProgressBar, QAccessible.Role.Link,
    QAccessible.Role.MenuItem, QAccessible.Role.Chart, QAccessible.Role.Graphic,
}


def name_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid(), widget
    return iface.text(QAccessible.Text.Name).strip()


def description_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid(), widget
    return iface.text(QAccessible.Text.Description).strip()


def is_control(widget: QWidget) -> bool:
    """An interactive control for a screen reader: an interactive role, or any widget the
    keyboard can reach (a chart's plot takes the Tab focus)."""
    from PySide6.QtCore import Qt

    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid() or iface.state().invisible:
        return False
    if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
        return False                  # a spin box's / combo box's own editor: the box is named
    if iface.role() in INTERACTIVE:
        return True
    # any other Tab stop (a chart's plot); a widget whose focus proxy takes the focus is not one
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled() \
        and widget.focusProxy() is None


def controls(root: QWidget) -> list[QWidget]:
    """The visible interactive controls of ``root`` (itself included)."""
    return [w for w in [root, *root.findChildren(QWidget)]
            if (w is root or w.isVisibleTo(root)) and w.isVisible() and is_control(w)]


def _value(widget: QWidget) -> str:
    """The value a field shows (a combo box's current text …), "" for other widgets."""
    if isinstance(widget, QComboBox):
        return widget.currentText().strip()
    if isinstance(widget, QAbstractSpinBox | QLineEdit):
        return widget.text().strip()
    return ""


def caption_of(widget: QWidget) -> str:
    """The text of the label Qt reports as this widget's label (a buddy QLabel), or ""."""
    iface = QAccessible.queryAccessibleInterface(widget)
    for other, _relation in iface.relations(QAccessible.RelationFlag.Label):
        if isinstance(other.object(), QLabel):
            return other.text(QAccessible.Text.Name).strip()
    return ""


def is_named(widget: QWidget) -> bool:
    """Named for a screen reader: by a name other than the value the control shows, or by a
    caption label (on Linux Qt names a combo box by its current text and gives the caption as
    its label relation; a combo announced only as "Math" says nothing about what it chooses)."""
    name = name_of(widget)
    if name and name != _value(widget):
        return True
    return bool(caption_of(widget))


def unnamed(root: QWidget) -> list[str]:
    """Visible interactive controls that are not named (:func:`is_named`)."""
    return [f"{type(w).__name__}#{w.objectName()} in {type(w.parent()).__name__} "
            f"role={QAccessible.queryAccessibleInterface(w).role().name}"
            for w in controls(root) if not is_named(w)]
