"""Open a large window at its preferred size, but never larger than the screen it opens on
(a 1366×768 laptop, or a smaller logical screen under 150/200 % scaling): the item editor asked
for 1500×860 and opened partly off a 1366×768 screen."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = ["resize_to_fit"]


def resize_to_fit(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, shrunk to the available area of its screen (what the
    taskbar leaves); the layout's minimum size still wins where it is larger."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)
