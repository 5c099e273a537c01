"""Keyboard focus on staff screens: tables never keep Tab, and the focused widget is visible.

Qt's table views use Tab to move between cells (``tabKeyNavigation``), which traps a
keyboard user inside the first table of a screen. Our tables are read-only row lists: the
arrow keys move between rows and cells, Tab and Shift+Tab move on to the next control.
"""
from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView

View = TypeVar("View", bound=QAbstractItemView)


def release_tab(view: View) -> View:
    """Let Tab / Shift+Tab leave ``view`` (arrows still move inside it); returns ``view``."""
    view.setTabKeyNavigation(False)
    return view
