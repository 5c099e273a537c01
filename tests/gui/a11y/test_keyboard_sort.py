"""Header sorting from the keyboard (issue 19): Ctrl+Shift+S on a staff table sorts by the
column of the current cell (again: the other way round), and the table says so to a screen
reader (its accessible description, read through ``QAccessible``) and in the status bar. The
admin of the simulated school signs in through the client role; keys go where the focus is."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from dreamseed_desktop.ui.a11y.keyboard import SORT_KEY, KeyboardSort
from dreamseed_desktop.ui.qtmodels.dto_table import SORT_ROLE
from tests.gui.a11y.states import open_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def description(view: QTableView) -> str:
    return QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Description)


def column_values(view: QTableView, column: int) -> list[object]:
    model = view.model()
    return [model.index(r, column).data(SORT_ROLE) for r in range(model.rowCount())]


def test_ctrl_shift_s_sorts_by_the_current_column_and_says_so(qtbot, tmp_path, simulated_school, ctx_for) -> None:
    ctx = ctx_for(simulated_school.admin_email)
    window = open_window(qtbot, ctx, tmp_path)
    window.show_screen("classes")
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20000)
    view = next(v for v in window.screens["classes"].findChildren(QTableView)
                if v.isVisible() and v.findChild(KeyboardSort) is not None)
    qtbot.waitUntil(lambda: view.model().rowCount() > 1, timeout=20000)
    header = view.horizontalHeader()
    first = view.model().headerData(0, Qt.Orientation.Horizontal)
    assert description(view).endswith(f"Sorted by {first}, ascending. {SORT_KEY} sorts by the current column.")
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    # a column whose values differ (the table starts sorted by the first one)
    target = next(c for c in range(1, view.model().columnCount())
                  if len(set(map(str, column_values(view, c)))) > 1)
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(target):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    column = view.currentIndex().column()
    assert column == target
    name = view.model().headerData(column, Qt.Orientation.Horizontal)

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20000)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (column, Qt.SortOrder.AscendingOrder)
    values = column_values(view, column)
    assert values == sorted(values)                                         # really sorted by it
    text = f"Sorted by {name}, ascending"
    assert description(view).startswith(text) or f" {text}." in description(view)
    assert view.findChild(KeyboardSort).announced == text
    assert window.statusBar().currentMessage() == text

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL_SHIFT)   # again: descending
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20000)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (column, Qt.SortOrder.DescendingOrder)
    assert f"Sorted by {name}, descending." in description(view)
    values = column_values(view, column)
    assert values == sorted(values, reverse=True)
    assert QApplication.focusWidget() is view and view.currentIndex().column() == column
    window.close()
