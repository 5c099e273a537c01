"""The test window's layout: answers right under the question, ①–⑤, and never an item
without its choices — also in a small window (full screen refused, no window manager)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint

from dreamseed_desktop.services.exams.api import PendingItem
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.exam_window.ports import SaveState
from dreamseed_desktop.ui.exam_window.view import ExamWindow
from dreamseed_desktop.ui.workers import TaskRunner


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _item(stem: str = "<p>다음 중 2 + 3의 값은?</p>", n: int = 5) -> PendingItem:
    return PendingItem(session_id=1, seq=1, item_id=9, stem=stem,
                       choices=tuple(f"보기 {k} — {k + 1}" for k in range(1, n + 1)))


def _window(qtbot, width: int, height: int) -> ExamWindow:
    window = ExamWindow("수학 단원평가", kiosk=False)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def _top_in_page(window: ExamWindow, widget) -> int:
    return widget.mapTo(window.item_page.column, QPoint(0, 0)).y()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_choices_follow_the_question_directly(qtbot, size) -> None:
    window = _window(qtbot, *size)
    window.show_item(_item(), 1)
    qtbot.wait(50)
    page = window.item_page
    stem_bottom = _top_in_page(window, page.stem) + page.stem.height()
    first = page.buttons[0]
    gap = _top_in_page(window, first) - stem_bottom
    assert 0 <= gap <= 24, gap                     # no big empty space under a short question
    # every choice is on screen at these sizes, with its text, at its full height
    viewport = page.scroller.viewport()
    for b in page.buttons:
        top = b.mapTo(viewport, QPoint(0, 0)).y()
        assert top >= 0 and top + b.height() <= viewport.height()
        assert b.label.text() and b.label.height() >= b.label.heightForWidth(b.label.width()) > 10
    # a question column of readable width, centred
    assert page.column.width() <= 1100


def test_small_window_never_squeezes_the_choices(qtbot) -> None:
    """569×336 was what a desktop without a window manager gave the kiosk window."""
    window = _window(qtbot, 569, 336)
    window.show_item(_item("<p>" + "긴 문제 지문입니다. " * 40 + "</p>"), 1)
    qtbot.wait(50)
    page = window.item_page
    for b in page.buttons:
        assert b.label.text() and b.label.height() >= b.label.heightForWidth(b.label.width()) > 10
        assert b.height() >= 44
    # the page scrolls to reach them instead
    bar = page.scroller.verticalScrollBar()
    assert bar.maximum() > 0
    last = page.buttons[-1]
    page.scroller.ensureWidgetVisible(last)
    qtbot.wait(20)
    top = last.mapTo(page.scroller.viewport(), QPoint(0, 0)).y()
    assert 0 <= top and top + last.height() <= page.scroller.viewport().height()


def test_kiosk_window_covers_the_screen_before_full_screen(qtbot, journal, tasks) -> None:
    from dreamseed_desktop.ui.exam_window import open_exam_window
    from dreamseed_desktop.ui.exam_window.inputs import ExamWindowInputs
    from tests.fixtures.exam_fakes import FakeExamServer

    window = open_exam_window(ExamWindowInputs(api=FakeExamServer(n_items=1), tasks=tasks), 1,
                              journal=journal)
    qtbot.addWidget(window)
    screen = window.screen().geometry()
    assert window.isFullScreen() or window.size() == screen.size()
    assert window.width() >= screen.width() and window.height() >= screen.height()
    window.close_window()


def test_korean_labels_hint_and_saved_state(qtbot, qapp) -> None:
    i18n.install_language("ko", qapp)
    try:
        window = _window(qtbot, 1366, 768)
        window.show_item(_item(n=4), 1)
        page = window.item_page
        assert [b.mark for b in page.buttons] == ["①", "②", "③", "④"]
        assert page.buttons[2].label.text().find("③") >= 0
        hint = page.hint.text()
        assert "1–4" in hint and "A" not in hint and "E" not in hint.replace("Enter", "")
        page.set_confirming(3)
        assert "③" in page.confirm_label.text()
        window.set_save_state(SaveState.SAVED)
        assert window.save_label.text() == "✓ 저장됨" and window.save_label.property("state") == "saved"
        window.set_save_state(SaveState.OFFLINE)
        assert window.save_label.property("state") == "offline"
        assert "이 PC" in window.save_label.text()
        # readable sizes: the hint and the save state are not small grey print
        assert page.hint.font().pixelSize() >= 16 or page.hint.font().pointSizeF() >= 12
    finally:
        i18n.install_language("en", qapp)
