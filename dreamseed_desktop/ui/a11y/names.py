"""Accessible names: what a screen reader announces for a control.

Qt names a field after the label whose *buddy* it is, so a caption placed next to a combo box
or spin box must be its buddy; :func:`pair_labels` does that for a row of widgets. Scroll bars,
which Qt leaves unnamed, get "Vertical/Horizontal scroll bar" from :class:`DefaultNames`, an
application-wide filter that the windows install (:func:`install_default_names`).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QScrollBar,
    QWidget,
)

from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

W = TypeVar("W", bound=QWidget)
VERTICAL_BAR = QT_TRANSLATE_NOOP("Accessibility", "Vertical scroll bar")
HORIZONTAL_BAR = QT_TRANSLATE_NOOP("Accessibility", "Horizontal scroll bar")


def pair_labels(widgets: Sequence[W]) -> Sequence[W]:
    """Make each caption (a QLabel without a buddy) the buddy label of the control right
    after it, so the control is announced by the caption's words; returns ``widgets``."""
    for caption, control in zip(widgets, widgets[1:]):
        if isinstance(caption, QLabel) and caption.buddy() is None \
                and not isinstance(control, QLabel):
            caption.setBuddy(control)
    return widgets


def caption_text(label: QLabel) -> str:
    """A caption's words without the mnemonic marker and the trailing colon."""
    text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：").strip()


class DefaultNames(QObject):
    """Names the controls Qt leaves unnamed when they are first shown: scroll bars, and combo
    and spin boxes, which Qt announces by their current value even when a caption is their
    buddy (they get the caption's words)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        if event.type() != QEvent.Type.Show or not isinstance(watched, QWidget) \
                or watched.accessibleName():
            return False
        if isinstance(watched, QScrollBar):
            vertical = watched.orientation() == Qt.Orientation.Vertical
            watched.setAccessibleName(QCoreApplication.translate(
                "Accessibility", VERTICAL_BAR if vertical else HORIZONTAL_BAR))
        elif isinstance(watched, QComboBox | QAbstractSpinBox):
            caption = next((label for label in watched.window().findChildren(QLabel)
                            if label.buddy() is watched), None)
            if caption is not None and caption_text(caption):
                watched.setAccessibleName(caption_text(caption))
        return False


_installed: DefaultNames | None = None


def install_default_names() -> None:
    """Install :class:`DefaultNames` on the application (once)."""
    global _installed
    app = QApplication.instance()
    if _installed is None and app is not None:
        _installed = DefaultNames(app)
        app.installEventFilter(_installed)
