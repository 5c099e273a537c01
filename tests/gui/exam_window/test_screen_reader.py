"""Screen readers in the test window (issue 19): every interactive control, the question, the
progress and the time have a name, read through Qt's accessibility interface
(``QAccessible.queryAccessibleInterface``) — what a screen reader gets, not widget attributes."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.exam_window import open_exam_window
from dreamseed_desktop.ui.exam_window.inputs import ExamWindowInputs
from dreamseed_desktop.ui.exam_window.view import ExamWindow
from dreamseed_desktop.ui.workers import TaskRunner
from tests.fixtures.exam_fakes import FakeExamServer

#: roles a student operates or reads as a control (buttons, fields, lists, bars, text areas)
INTERACTIVE = {
    QAccessible.Role.PushButton, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox, QAccessible.Role.EditableText, QAccessible.Role.SpinBox,
    QAccessible.Role.Slider, QAccessible.Role.ScrollBar, QAccessible.Role.List,
    QAccessible.Role.Table, QAccessible.Role.Tree, QAccessible.Role.PageTab,
    QAccessible.Role.ProgressBar, QAccessible.Role.Link, QAccessible.Role.MenuItem,
}


def name_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid(), widget
    return iface.text(QAccessible.Text.Name).strip()


def unnamed_controls(window: QWidget) -> list[str]:
    """Visible interactive controls without an accessible name (scroll bars are named by Qt
    only when they show; hidden ones are not announced)."""
    missing = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None or iface.role() not in INTERACTIVE:
            continue
        if iface.state().invisible:
            continue
        if not iface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__}#{widget.objectName()} "
                           f"role={iface.role().name}")
    return missing


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _window(qtbot, journal, tasks, **server_kw) -> tuple[ExamWindow, FakeExamServer]:
    server = FakeExamServer(**server_kw)
    window = open_exam_window(ExamWindowInputs(api=server, tasks=tasks), 1, title="Math",
                              journal=journal)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(window.item_page.buttons)
                    and window.item_page.buttons[0].isEnabled(), timeout=5000)
    return window, server


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_no_unnamed_control_on_any_page(qtbot, qapp, journal, tasks, lang) -> None:
    i18n.install_language(lang, qapp)
    try:
        window, _server = _window(qtbot, journal, tasks, n_items=2, max_items=2, confirm=True)
        pages = {}
        pages["question"] = unnamed_controls(window)
        if lang == "ko":                              # the names are translated, too
            assert name_of(window.progress) == "진행 상황"
            assert name_of(window.item_page.stem) == "1번 문항"
        window.controller.choose(2)
        window.controller.confirm()                   # the confirmation strip
        assert window.item_page.confirm_frame.isVisible()
        pages["confirm"] = unnamed_controls(window)
        window.controller.confirm()
        qtbot.waitUntil(lambda: window.item_label.text() not in ("", window.tr("Question %1")
                                                                 .replace("%1", "1")), timeout=5000)
        qtbot.waitUntil(lambda: window.item_page.buttons[0].isEnabled(), timeout=5000)
        window.controller.choose(1)
        window.controller.confirm()
        window.controller.confirm()
        qtbot.waitUntil(lambda: window.message_page.button.isVisible(), timeout=5000)
        pages["end"] = unnamed_controls(window)
        assert pages == {"question": [], "confirm": [], "end": []}
    finally:
        i18n.install_language("en", qapp)


def test_choices_question_progress_and_time_are_announced(qtbot, journal, tasks) -> None:
    window, _server = _window(qtbot, journal, tasks, n_items=3, max_items=3)
    page = window.item_page
    choice_texts = [page.buttons[i].label.text() for i in range(len(page.buttons))]
    assert choice_texts
    for i, button in enumerate(page.buttons):
        name = name_of(button)
        assert name.startswith("①②③④⑤"[i] + " "), name
        assert len(name) > 2 and "<" not in name and "&nbsp;" not in name, name
    stem = QAccessible.queryAccessibleInterface(page.stem)
    assert name_of(page.stem) == "Question 1"
    assert stem.text(QAccessible.Text.Description).strip() == page.stem.toPlainText().strip()
    assert name_of(window.progress) == "Progress"
    assert "0 answered" in QAccessible.queryAccessibleInterface(window.progress).text(
        QAccessible.Text.Description)
    assert name_of(window.time_label).startswith("Time left ")
    assert name_of(page.next_button) == "Next"


def test_choice_name_reads_rich_text_as_words(qtbot) -> None:
    from dreamseed_desktop.ui.exam_window.pages import ChoiceButton

    button = ChoiceButton("①", "<span>x<sup>2</sup> &lt; 12</span>")
    qtbot.addWidget(button)
    assert name_of(button) == "① x2 < 12"
    plain = ChoiceButton("②", "12")
    qtbot.addWidget(plain)
    assert name_of(plain) == "② 12"
