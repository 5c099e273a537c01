"""Answer masking and the line reader in the test window (issue 19 accommodations), driven by
the keyboard where the keyboard focus is (no slot calls), plus the mouse where the accommodation
promises it. What a screen reader hears is read through ``QAccessible``. The accommodations
reach the window the way the app delivers them (the ``accommodations`` input, read in the
background); tests/gui/a11y/test_accommodations_gui.py sets them as a real admin."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimeout

from dreamseed_desktop.services.people.accommodations import Accommodations
from dreamseed_desktop.ui.exam_window import open_exam_window
from dreamseed_desktop.ui.exam_window.inputs import ExamWindowInputs
from dreamseed_desktop.ui.exam_window.view import ExamWindow
from dreamseed_desktop.ui.workers import TaskRunner
from tests.fixtures.exam_fakes import FakeExamServer, PassageExamServer
from tests.gui.exam_window.zoom_cases import CHOICES, STEM, geometry_problems

CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


class LongItemServer(FakeExamServer):
    """The fake exam server with the long Korean question of the zoom cases (it scrolls at 200 %)."""

    def next_item(self, session_id: int):  # type: ignore[no-untyped-def]
        from dataclasses import replace

        item = super().next_item(session_id)
        return item if item is None else replace(item, stem=STEM, choices=CHOICES)


def _open(qtbot, journal, tasks, acc: Accommodations, *, size=(1366, 768), n_items=2,
          server: FakeExamServer | None = None) -> tuple[ExamWindow, FakeExamServer]:
    server = server or FakeExamServer(n_items=n_items, max_items=n_items)
    inputs = ExamWindowInputs(api=server, tasks=tasks, accommodations=lambda: acc)
    window = open_exam_window(inputs, 1, title="수학", kiosk=False, journal=journal)
    qtbot.addWidget(window)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.accommodations == acc and bool(window.item_page.buttons)
                    and window.item_page.buttons[0].isEnabled(), timeout=5000)
    window.activateWindow()
    window.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window)
    # the layout settles after the texts and the zoom arrived (the final state, not a transient)
    try:
        qtbot.waitUntil(lambda: not geometry_problems(window), timeout=3000)
    except WaitTimeout:
        raise AssertionError(geometry_problems(window)) from None
    return window, server


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, key, modifiers)


def accessible(widget: QWidget) -> tuple[str, str]:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description)


def announced_texts(widget: QWidget) -> list[str]:
    """Every name and description in the accessible tree under ``widget`` (what a screen
    reader can reach by walking it), hidden parts excluded as Qt excludes them."""
    texts: list[str] = []

    def walk(iface) -> None:  # type: ignore[no-untyped-def]
        if iface is None or iface.state().invisible:
            return
        texts.extend([iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description)])
        for i in range(iface.childCount()):
            walk(iface.child(i))
    walk(QAccessible.queryAccessibleInterface(widget))
    return texts


def test_masked_choices_are_uncovered_one_at_a_time_without_answering(qtbot, journal, tasks) -> None:
    window, server = _open(qtbot, journal, tasks, Accommodations(answer_masking=True),
                           server=LongItemServer(n_items=2, max_items=2))
    page = window.item_page
    buttons = page.buttons
    words = [b.words for b in buttons]
    assert all(b.masked and b.cover.isVisible() and not b.label.isVisible() for b in buttons)
    # a screen reader names every masked choice by its mark, and never reads the hidden text
    for i, b in enumerate(buttons, start=1):
        assert accessible(b) == (f"{b.mark} hidden answer", f"Ctrl+{i} shows it")
    tree = " ".join(announced_texts(page))
    assert not any(w in tree for w in words), tree

    press(Qt.Key.Key_2, CTRL)                     # uncover ② only
    assert [b.masked for b in buttons] == [True, False, True, True, True]
    assert accessible(buttons[1])[0] == f"② {words[1]}"
    assert page.group.checkedId() == -1 and window.controller.selected is None
    assert not page.next_button.isEnabled()       # uncovering is not answering
    press(Qt.Key.Key_4, CTRL)
    assert [b.masked for b in buttons] == [True, False, True, False, True]
    press(Qt.Key.Key_4, CTRL)                     # and covered again
    assert buttons[3].masked

    press(Qt.Key.Key_2, ALT)                      # strike ② out (still visible, still choosable)
    assert buttons[1].struck and buttons[1].label.property("struck") is True
    assert accessible(buttons[1]) == (f"② {words[1]}", "Struck out; Alt+2 restores it")
    press(Qt.Key.Key_3, ALT)                      # a masked choice can be struck out too
    assert buttons[2].struck and buttons[2].masked
    assert accessible(buttons[2])[1] == "Struck out and hidden; Ctrl+3 shows it"
    press(Qt.Key.Key_2, ALT)
    assert not buttons[1].struck
    assert window.controller.selected is None and server.submits == []

    press(Qt.Key.Key_5)                           # choosing a covered answer uncovers it
    assert page.group.checkedId() == 5 and not buttons[4].masked
    assert window.controller.selected == 5
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.item_label.text() == "Question 2" and page.buttons[0].isEnabled()
                    and page.buttons[0] is not buttons[0], timeout=5000)
    assert len(server.submits) == 1
    assert all(b.masked and not b.struck for b in page.buttons)   # every question starts covered
    assert not geometry_problems(window), geometry_problems(window)
    window.close_window()


def test_the_mouse_uncovers_strikes_and_then_chooses(qtbot, journal, tasks) -> None:
    window, _server = _open(qtbot, journal, tasks, Accommodations(answer_masking=True))
    page = window.item_page
    third = page.buttons[2]
    QTest.mouseClick(third, Qt.MouseButton.LeftButton, pos=QPoint(40, third.height() // 2))
    assert not third.masked and page.group.checkedId() == -1       # a click on a cover uncovers
    assert window.controller.selected is None
    QTest.mouseClick(third.tools.strike_button, Qt.MouseButton.LeftButton)
    assert third.struck and third.tools.strike_button.text() == "Restore"
    QTest.mouseClick(third.tools.show_button, Qt.MouseButton.LeftButton)
    assert third.masked and third.tools.show_button.text() == "Show"
    assert accessible(third.tools.show_button)[0] == "Show answer ③"
    QTest.mouseClick(third.tools.show_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(third, Qt.MouseButton.LeftButton, pos=QPoint(40, third.height() // 2))
    assert page.group.checkedId() == 3 and window.controller.selected == 3   # now it answers
    window.close_window()


def test_without_the_accommodations_nothing_changes(qtbot, journal, tasks) -> None:
    window, _server = _open(qtbot, journal, tasks, Accommodations(zoom=1.25))
    page = window.item_page
    assert all(not b.masked and b.tools is None and b.label.isVisible() for b in page.buttons)
    press(Qt.Key.Key_2, CTRL)
    press(Qt.Key.Key_2, ALT)
    press(Qt.Key.Key_L, CTRL)
    assert all(not b.masked and not b.struck for b in page.buttons)
    assert not page.line_reader.isVisible() and not window.line_reader_button.isVisible()
    assert accessible(page.buttons[1])[0] == f"② {page.buttons[1].words}"
    window.close_window()


def _lightest(image, rect: QRect) -> int:  # type: ignore[no-untyped-def]
    """The lightest pixel (HSL lightness) in ``rect`` of ``image``."""
    best = 0
    for y in range(rect.top(), rect.bottom(), 2):
        for x in range(rect.left(), rect.right(), 2):
            best = max(best, QColor(image.pixel(x, y)).lightness())
    return best


@pytest.mark.parametrize("zoom", [1.0, 2.0], ids=["100%", "200%"])
def test_line_reader_moves_by_keyboard_and_mouse_and_dims_the_rest(qtbot, journal, tasks, zoom) -> None:
    acc = Accommodations(line_reader=True, high_contrast=True, zoom=zoom)
    window, _server = _open(qtbot, journal, tasks, acc, server=LongItemServer(n_items=2, max_items=2))
    page = window.item_page
    reader = page.line_reader
    viewport = page.scroller.viewport()
    assert reader.isVisible() and reader.grip.isVisible() and window.line_reader_button.isChecked()
    assert reader.geometry() == viewport.rect()
    assert reader.line_height == page.stem.fontMetrics().lineSpacing()
    assert accessible(reader.grip)[0] == "Line reader"

    press(Qt.Key.Key_Down, CTRL)
    assert reader.top == reader.line_height
    press(Qt.Key.Key_Up, CTRL)
    assert reader.top == 0
    tall = reader.band_height()
    press(Qt.Key.Key_Down, CTRL | SHIFT)          # one more line in the band
    assert reader.band_height() == tall + reader.line_height
    press(Qt.Key.Key_Up, CTRL | SHIFT)

    # the band on the question's first line: its text is bright, the rest (white on black in
    # the high-contrast theme) is dimmed to a dark grey
    QApplication.processEvents()
    image = viewport.grab().toImage()
    band = reader.band().adjusted(reader.grip.width() + 4, 6, -4, -6)
    below = QRect(band.left(), reader.band().bottom() + 6, band.width(),
                  viewport.height() - reader.band().bottom() - 12)
    assert _lightest(image, band) > 200
    assert _lightest(image, below) < 80

    # at the bottom of the viewport the question scrolls under the band (200 %: it is long)
    bar = page.scroller.verticalScrollBar()
    for _ in range(60):
        press(Qt.Key.Key_Down, CTRL)
    assert reader.band().bottom() < viewport.height()
    assert reader.top + reader.band_height() >= viewport.height() - reader.line_height
    if zoom == 2.0:
        assert bar.maximum() > 0 and bar.value() == bar.maximum()
    for _ in range(60):
        press(Qt.Key.Key_Up, CTRL)
    assert reader.top == 0 and bar.value() == 0

    # the mouse drags the band by its handle
    grip = reader.grip
    start = QPointF(grip.width() / 2, grip.height() / 2)
    for kind, point, buttons in ((QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton),
                                 (QEvent.Type.MouseMove, start + QPointF(0, 90), Qt.MouseButton.LeftButton),
                                 (QEvent.Type.MouseButtonRelease, start + QPointF(0, 90),
                                  Qt.MouseButton.NoButton)):
        QApplication.sendEvent(grip, QMouseEvent(kind, point, grip.mapToGlobal(point), Qt.MouseButton.LeftButton,
                                                 buttons, Qt.KeyboardModifier.NoModifier))
    assert reader.top == 90

    press(Qt.Key.Key_L, CTRL)                     # the student may put it away and back
    assert not reader.isVisible() and not window.line_reader_button.isChecked()
    assert "line reader" not in page.hint.text()
    press(Qt.Key.Key_Down, CTRL)                  # Ctrl+Down scrolls as usual then
    press(Qt.Key.Key_L, CTRL)
    assert reader.isVisible() and "line reader" in page.hint.text()
    window.close_window()


def test_line_reader_follows_the_theme_and_the_zoom(qtbot, journal, tasks) -> None:
    window, _server = _open(qtbot, journal, tasks, Accommodations(line_reader=True))
    reader = window.item_page.line_reader
    assert reader.edge == QColor(window.colors.accent) and reader.dim == QColor(window.colors.page)
    small = reader.line_height
    for _ in range(4):
        press(Qt.Key.Key_Plus, CTRL)
    assert window.zoom == 2.0 and reader.line_height > 1.7 * small
    window.set_high_contrast(True)
    assert reader.edge == QColor("#ffff00") and reader.dim == QColor("#000000")
    window.close_window()


@pytest.mark.parametrize(("size", "zoom"), [((1280, 720), 2.0), ((1920, 1080), 2.0), ((1366, 768), 2.0),
                                           ((683, 384), 1.0), ((640, 360), 1.0)],
                         ids=["1280x720-200%", "1920x1080-200%", "1366x768-200%", "1366x768-OS-200%",
                              "1280x720-OS-200%"])
def test_masked_answers_and_the_band_fit_at_200_percent(qtbot, size, zoom) -> None:
    """Covered answers with their tools and the band at 200 % zoom, and under 200 % OS scaling
    (a 1366×768 screen is a 683×384 logical one, zoom_cases.OS_SCALED): nothing clipped or
    overlapping, every answer reachable by keyboard scrolling."""
    from tests.gui.exam_window.zoom_cases import window_at

    window = window_at(qtbot, size, zoom)
    window.apply_accommodations(Accommodations(zoom=zoom, answer_masking=True, line_reader=True,
                                               high_contrast=True))
    window.set_selected(None)
    window.item_page.toggle_mask(3)
    window.item_page.toggle_strike(2)
    qtbot.waitUntil(lambda: not geometry_problems(window), timeout=3000)
    page = window.item_page
    assert [b.masked for b in page.buttons] == [True, True, False, True, True]
    window.setFocus()
    for _ in range(20):
        press(Qt.Key.Key_PageDown)
    last = page.buttons[-1]
    top = last.mapTo(page.scroller.viewport(), QPoint(0, 0)).y()
    assert 0 <= top and top + last.height() <= page.scroller.viewport().height()
    window.close()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_no_unnamed_control_with_every_aid_on(qtbot, qapp, journal, tasks, lang) -> None:
    """The mask tools, the line reader's switch and handle and the read-aloud button are all
    named for screen readers, in English and in Korean."""
    from dreamseed_desktop.ui import i18n
    from tests.gui.exam_window.render_reading_aids import SilentSpeaker
    from tests.gui.exam_window.test_screen_reader import unnamed_controls

    i18n.install_language(lang, qapp)
    try:
        acc = Accommodations(answer_masking=True, line_reader=True, read_aloud=True)
        server = FakeExamServer(n_items=2, max_items=2)
        inputs = ExamWindowInputs(api=server, tasks=tasks, accommodations=lambda: acc,
                                  speech=lambda _parent, _lang: SilentSpeaker())
        window = open_exam_window(inputs, 1, title="수학", kiosk=False, journal=journal)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.accommodations == acc and bool(window.item_page.buttons), timeout=5000)
        window.item_page.toggle_mask(2)
        assert window.read_aloud_button.isVisible() and window.line_reader_button.isVisible()
        assert unnamed_controls(window) == []
        names = {accessible(w)[0] for w in (window.read_aloud_button, window.line_reader_button,
                                            window.item_page.buttons[0].tools.show_button)}
        if lang == "ko":
            assert names == {"읽어 주기", "줄 읽기 도구", "답 ① 보이기"}
        window.close_window()
    finally:
        i18n.install_language("en", qapp)


def test_the_band_moves_onto_the_reading_passage_and_back(qtbot, journal, tasks) -> None:
    """국어/영어 items share a long passage: Ctrl+← puts the band on it (it scrolls the passage at
    the edge), Ctrl+→ back on the question; a click on the passage does the same; the next item
    without a passage brings the band back to the question. (This test also found that an
    answer's minimum width was its current width: once 1100 px wide, the answers stuck out of
    the question's 631 px scroll area beside the passage; choice_button.minimumSizeHint.)"""
    body = "\n".join(f"{i}. 봄비가 내린다. 들판이 젖고 아이들이 우산을 쓰고 학교에 간다." for i in range(1, 40))
    window, _server = _open(qtbot, journal, tasks, Accommodations(line_reader=True),
                            server=PassageExamServer("봄비", body, n_items=2, max_items=2))
    page = window.item_page
    assert page.passage_box.isVisible()
    assert page.line_reader.isVisible() and not page.passage_reader.isVisible()
    assert "passage" in page.hint.text()
    press(Qt.Key.Key_Left, CTRL)
    assert page.passage_reader.isVisible() and not page.line_reader.isVisible()
    assert page.passage_reader.grip.isVisible() and not page.line_reader.grip.isVisible()
    bar = page.passage.verticalScrollBar()
    assert bar.maximum() > 0
    for _ in range(80):
        press(Qt.Key.Key_Down, CTRL)
    assert bar.value() > 0                        # the passage scrolled under the band
    press(Qt.Key.Key_Right, CTRL)
    assert page.line_reader.isVisible() and not page.passage_reader.isVisible()
    QTest.mouseClick(page.passage.viewport(), Qt.MouseButton.LeftButton)
    assert page.passage_reader.isVisible()
    press(Qt.Key.Key_L, CTRL)                     # away and back: it stays on the passage
    press(Qt.Key.Key_L, CTRL)
    assert page.passage_reader.isVisible() and page.reader_on
    window.setFocus()
    press(Qt.Key.Key_1)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.item_label.text() == "Question 2", timeout=5000)
    assert not page.passage_box.isVisible()
    assert page.line_reader.isVisible() and not page.passage_reader.isVisible()
    press(Qt.Key.Key_Left, CTRL)                  # no passage: nothing to move to
    assert page.line_reader.isVisible()
    window.close_window()

