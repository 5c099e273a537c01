"""Staff screens by keyboard (issue 19): on every screen state of both roles, Tab from the
side menu walks through every enabled control and comes back; Shift+Tab walks the same ring
backwards; no table (or any other widget) keeps the focus.

Keys go to the widget with the keyboard focus (``QApplication.focusWidget()``), as a keyboard
delivers them.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from dreamseed_desktop.ui.a11y.contrast import contrast_ratio
from dreamseed_desktop.ui.a11y.focus_ring import FocusRing
from tests.gui.a11y.conftest import EMAILS, TEACHER_EMAIL
from tests.gui.a11y.states import open_window, screen_states

#: more Tab presses than any screen has controls: a walk that does not come back is a trap
MAX_STEPS = 200


def focus_target(widget: QWidget) -> QWidget:
    """The widget that really takes the focus for ``widget`` (spin boxes → their line edit)."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def tab_stops(root: QWidget) -> set[int]:
    """Ids of the visible, enabled widgets that Tab should reach inside ``root``."""
    stops = set()
    for w in root.findChildren(QWidget):
        if not (w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if w.window() is not root.window():
            continue
        stops.add(id(focus_target(w)))
    return stops


#: widgets a user operates; each must accept Tab focus (a mouse-only control is a defect)
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QAbstractSpinBox, QTabBar,
            QAbstractSlider, QTextEdit, QPlainTextEdit)


def closes_by_key(bar: QTabBar) -> bool:
    """The tab widget of ``bar`` has a working Close key (Ctrl+W) for its closable tabs."""
    tabs = bar.parent()
    close = QKeySequence(QKeySequence.StandardKey.Close)
    return isinstance(tabs, QTabWidget) and any(
        a.isEnabled() and close in a.shortcuts() for a in tabs.actions())


def mouse_only(root: QWidget) -> list[str]:
    """Visible, enabled controls that Tab can never reach (no Tab focus policy)."""
    found = []
    for w in root.findChildren(QWidget):
        if not (isinstance(w, CONTROLS) and w.isVisible() and w.isEnabled()):
            continue
        if isinstance(w, QScrollBar | QHeaderView) \
                or isinstance(w.parent(), QAbstractSpinBox | QComboBox):
            continue      # scroll bars follow the keyboard, headers the table; inner editors: proxies
        if isinstance(w.parent(), QTabBar) and closes_by_key(w.parent()):
            continue      # a tab's close button: Ctrl+W closes the tab in front
        if not focus_target(w).focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(describe(w))
    return found


def describe(w: QWidget) -> str:
    name = w.accessibleName() or getattr(w, "text", lambda: "")() or w.objectName()
    return f"{type(w).__name__}({name!r})"


def walk(start: QWidget, key: Qt.Key) -> tuple[list[QWidget], str]:
    """Press ``key`` from ``start`` until the focus is back on it; (widgets reached, problem)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert QApplication.focusWidget() is start, (
        f"the start widget did not take the focus (active window: {QApplication.activeWindow()})")
    reached: list[QWidget] = []
    previous = start
    for _ in range(MAX_STEPS):
        QTest.keyClick(QApplication.focusWidget(), key)
        now = QApplication.focusWidget()
        if now is None:
            return reached, f"the focus got lost after {describe(previous)}"
        if now is previous:
            return reached, f"{describe(now)} keeps the focus ({key.name})"
        if now is start:
            return reached, ""
        ring = now.window().findChild(FocusRing)
        if ring is None or not ring.isVisible() or ring.target is not now \
                or not ring.geometry().contains(QRect(now.mapTo(now.window(), QPoint(0, 0)),
                                                      now.size())):
            return reached, f"{describe(now)} has the focus but no visible focus ring"
        reached.append(now)
        previous = now
    return reached, f"no way back to the start after {MAX_STEPS} presses"


def check_state(window, name: str, screen: QWidget) -> list[str]:
    problems = []
    forward, trap = walk(window.sidebar, Qt.Key.Key_Tab)
    if trap:
        problems.append(f"{name}: {trap}")
    expected = tab_stops(screen)
    missed = [describe(w) for w in screen.findChildren(QWidget) if id(w) in expected
              and id(w) not in {id(x) for x in forward}]
    if missed:
        problems.append(f"{name}: Tab never reaches {missed}")
    unreachable = mouse_only(screen)
    if unreachable:
        problems.append(f"{name}: controls without Tab focus {unreachable}")
    backward, trap = walk(window.sidebar, Qt.Key.Key_Backtab)
    if trap:
        problems.append(f"{name}: {trap}")
    elif [id(w) for w in backward] != [id(w) for w in reversed(forward)]:
        problems.append(f"{name}: Shift+Tab does not walk Tab's ring backwards")
    return problems


@pytest.mark.slow
@pytest.mark.parametrize("role", ["admin", "teacher", "student"])
def test_tab_reaches_every_control_and_leaves_every_table(qtbot, request, tmp_path, role) -> None:
    school = request.getfixturevalue("simulated_school")
    ctx = request.getfixturevalue("ctx_for")(school.admin_email if role == "admin" else EMAILS[role])
    assert ctx.identity.role == role
    window = open_window(qtbot, ctx, tmp_path)
    problems: list[str] = []
    states: list[str] = []
    tables = 0
    for name, screen in screen_states(qtbot, window):
        states.append(name)
        tables += sum(1 for v in screen.findChildren(QAbstractItemView) if v.isVisible())
        if QApplication.activeWindow() is not window:   # a closed popup can leave none active
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        problems += check_state(window, name, screen)
    assert len(states) >= {"admin": 16, "teacher": 10, "student": 1}[role], states
    assert tables >= (5 if role != "student" else 1), "the walk saw too few tables to mean anything"
    assert not problems, "\n".join(problems)
    print(f"{role}: {len(states)} screen states, {tables} tables, every control reached")


def ctrl_w(widget: QWidget) -> None:
    """Ctrl+W as a keyboard sends it, Ctrl released at the end (else Qt keeps Ctrl held for
    the next test's selections)."""
    QTest.keySequence(widget, QKeySequence(QKeySequence.StandardKey.Close))
    QTest.keyRelease(widget, Qt.Key.Key_Control)
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


def test_ctrl_w_closes_the_exam_tab_in_front(qtbot, tmp_path, simulated_school, ctx_for) -> None:
    ctx = ctx_for(TEACHER_EMAIL)
    window = open_window(qtbot, ctx, tmp_path)
    window.show_screen("exams")
    screen = window.screens["exams"]
    qtbot.waitUntil(lambda: screen.list_pane.model.rowCount() > 0)
    screen.open_results(screen.list_pane.model.rows()[0])
    assert screen.count() == 2
    screen.currentWidget().setFocus()
    ctrl_w(QApplication.focusWidget())
    assert screen.count() == 1
    ctrl_w(QApplication.focusWidget() or screen)
    assert screen.count() == 1, "the exam list itself is never closed"
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())


def test_the_focus_is_visible_on_a_button(qtbot, tmp_path, simulated_school, ctx_for) -> None:
    """Fusion draws no focus on a push button; the window's ring does, 3:1 against the window."""
    ctx = ctx_for(simulated_school.admin_email)
    window = open_window(qtbot, ctx, tmp_path)
    window.show_screen("people")
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())
    button = next(b for b in window.screens["people"].findChildren(QPushButton)
                  if b.isVisible() and b.isEnabled())
    before = window.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    after = window.grab().toImage()
    ring = window.focus_ring
    rect = ring.geometry()
    color = ring.ring_color()
    assert contrast_ratio(color, window.palette().color(window.palette().ColorRole.Window)) >= 3.0
    edge = [QPoint(x, rect.top() + 1) for x in range(rect.left() + 4, rect.right() - 4, 5)]
    assert all(after.pixelColor(p).rgb() == color.rgb() for p in edge), (
        "the ring is not drawn", color.name(), {after.pixelColor(p).name() for p in edge})
    assert any(before.pixelColor(p).rgb() != color.rgb() for p in edge), "the ring was there before"
