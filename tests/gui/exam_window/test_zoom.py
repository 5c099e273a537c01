"""Zoom and scaling in the test window (issue 19): Ctrl++ / Ctrl+- / Ctrl+0 from 100 % to
300 %, point-sized fonts scaled by the zoom, and at 1366×768, 1280×720 and 1920×1080 at
100/150/200 % (and the same screens under 150/200 % OS scaling) nothing is clipped, outside
its parent's visible area or overlapping — on the question, the confirmation and the end page.
Screenshots of these cases: ``python -m tests.gui.exam_window.render_zoom``."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.exam_window.style import POINTS
from dreamseed_desktop.ui.exam_window.view import ExamWindow
from tests.gui.exam_window.zoom_cases import OS_SCALED, SIZES, ZOOMS, geometry_problems, window_at


@pytest.fixture(autouse=True)
def _korean(qapp):
    i18n.install_language("ko", qapp)
    yield
    i18n.install_language("en", qapp)


@pytest.mark.slow
@pytest.mark.parametrize("state", ["question", "confirm", "end"])
def test_nothing_clipped_or_overlapping_at_any_size_and_zoom(qtbot, state) -> None:
    cases = [(size, zoom) for size in SIZES for zoom in ZOOMS] + \
        [(logical, 1.0) for logical in OS_SCALED.values()]
    found = {}
    for size, zoom in cases:
        window = window_at(qtbot, size, zoom, state)
        problems = geometry_problems(window)
        if problems:
            found[f"{size[0]}x{size[1]}@{zoom:.0%}"] = problems
        window.close()
        window.deleteLater()
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_ctrl_plus_minus_zero_scale_every_font(qtbot) -> None:
    window = window_at(qtbot, (1366, 768), 1.0)
    seen: list[float] = []
    window.zoom_changed.connect(seen.append)
    window.setFocus()
    stem_pt = window.item_page.stem.font().pointSizeF()
    assert stem_pt == pytest.approx(POINTS["stem"])
    for _ in range(4):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Plus,
                       Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 2.0 and seen == [1.25, 1.5, 1.75, 2.0]
    assert window.item_page.stem.font().pointSizeF() == pytest.approx(2 * POINTS["stem"])
    assert window.item_page.buttons[0].label.font().pointSizeF() == pytest.approx(2 * POINTS["choice"])
    assert window.item_label.font().pointSizeF() == pytest.approx(2 * POINTS["status"])
    for _ in range(5):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Plus,
                       Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 3.0 and not window.zoom_in_button.isEnabled()
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Minus,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 2.5
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_0,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 1.0 and seen[-1] == 1.0
    QTest.keyRelease(QApplication.focusWidget() or window, Qt.Key.Key_Control)
    assert window.controller is None            # no key chose an answer on the way


def test_page_down_scrolls_to_the_last_answer_at_200_percent(qtbot) -> None:
    window = window_at(qtbot, (1280, 720), 2.0)
    page = window.item_page
    bar = page.scroller.verticalScrollBar()
    assert bar.maximum() > 0, "at 200 % on 1280×720 the question must scroll"
    window.setFocus()
    last = page.buttons[-1]
    viewport = page.scroller.viewport()

    def last_visible() -> bool:
        top = last.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + last.height() <= viewport.height()

    assert not last_visible()
    for _ in range(20):
        if last_visible():
            break
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageDown)
    assert last_visible()
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Home)
    assert bar.value() == 0


def test_zoom_starts_at_the_students_level(qtbot) -> None:
    window = ExamWindow("x", kiosk=False, zoom=1.75)
    qtbot.addWidget(window)
    assert window.zoom == 1.75 and window.zoom_label.text() == "175%"
    window.set_zoom(9.0)
    assert window.zoom == 3.0
