"""Keyboard focus on staff screens: tables never keep Tab, and they sort from the keyboard.

Qt's table views use Tab to move between cells (``tabKeyNavigation``), which traps a
keyboard user inside the first table of a screen. Our tables are read-only row lists: the
arrow keys move between rows and cells, Tab and Shift+Tab move on to the next control.
"""
from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMainWindow, QTableView

View = TypeVar("View", bound=QAbstractItemView)


def release_tab(view: View) -> View:
    """Let Tab / Shift+Tab leave ``view`` (arrows still move inside it); returns ``view``."""
    view.setTabKeyNavigation(False)
    return view


#: sorts a table by the column of its current cell (again: the other way round)
SORT_KEY = "Ctrl+Shift+S"


class KeyboardSort(QObject):
    """Header sorting without a mouse (issue 19): :data:`SORT_KEY` on a sortable table sorts by
    the column of the current cell, ascending, and again descending. The table's accessible
    description always says how it is sorted and which key sorts it; a change is announced to
    screen readers (``QAccessibleAnnouncementEvent``) and shown in the window's status bar.
    Install with :func:`enable_keyboard_sort`."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self._suffix = ""
        self.announced = ""                 # the last announcement (tests read it)
        self.action = QAction(view)
        self.action.setObjectName("sortByCurrentColumn")
        self.action.setShortcut(QKeySequence(SORT_KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action.triggered.connect(self.sort_current)
        view.addAction(self.action)
        header = self.header()
        if header is not None:
            header.sortIndicatorChanged.connect(lambda _c, _o: self.describe())
        self.describe()

    def header(self) -> QHeaderView | None:
        view = self.view
        return view.horizontalHeader() if isinstance(view, QTableView) else None

    def sort_current(self) -> None:
        view, header = self.view, self.header()
        if header is None or not isinstance(view, QTableView) or not view.isSortingEnabled():
            return
        current = view.currentIndex()
        column = current.column() if current.isValid() else max(header.sortIndicatorSection(), 0)
        ascending = Qt.SortOrder.AscendingOrder
        again = header.sortIndicatorSection() == column and header.sortIndicatorOrder() == ascending
        view.sortByColumn(column, Qt.SortOrder.DescendingOrder if again else ascending)
        if current.isValid():
            view.scrollTo(view.currentIndex())
        self.announce(self.sort_text())

    def sort_text(self) -> str:
        header, model, view = self.header(), self.view.model(), self.view
        if header is None or model is None or header.sortIndicatorSection() < 0 \
                or not isinstance(view, QTableView) or not view.isSortingEnabled():
            return ""
        column = header.sortIndicatorSection()
        name = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        text = (self.tr("Sorted by %1, ascending") if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                else self.tr("Sorted by %1, descending"))
        return text.replace("%1", name)

    def describe(self) -> None:
        """Keep the sort state and the key at the end of the table's accessible description
        (whatever a screen set before it stays)."""
        current = self.view.accessibleDescription()
        if self._suffix and current.endswith(self._suffix):
            current = current[: -len(self._suffix)].rstrip()
        state = self.sort_text()
        key = self.tr("%1 sorts by the current column.").replace("%1", SORT_KEY)
        self._suffix = f"{state}. {key}" if state else key
        self.view.setAccessibleDescription(f"{current} {self._suffix}".strip())
        header = self.header()
        if header is not None:
            header.setToolTip(self.tr("Click a column title to sort; from the keyboard: %1.")
                              .replace("%1", SORT_KEY))

    def announce(self, text: str) -> None:
        if not text:
            return
        self.announced = text
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.view, text))
        window = self.view.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 5000)


def enable_keyboard_sort(view: View) -> View:
    """Give a sortable ``view`` its :data:`SORT_KEY` (see :class:`KeyboardSort`); returns it."""
    if view.findChild(KeyboardSort) is None:
        KeyboardSort(view)
    return view
