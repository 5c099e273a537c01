"""Reading aloud (issue 19): the guarded use of QtTextToSpeech and the test window's button.

This environment installs PySide6-Essentials only (QtTextToSpeech is in PySide6-Addons, the
optional ``[speech]`` extra) and the machine has no speech engine, so:

* the missing module is the real path: ``bootstrap.speech_factory`` meets a real ImportError
  (the module is made unimportable in ``sys.modules`` so the test does not depend on what else
  is installed) and the window shows no button and logs no Qt warning;
* the engine probe (no engine / only Qt's mock engine / an engine that does not start / one that
  does) runs against a stand-in ``PySide6.QtTextToSpeech`` module, the only way to reach those
  branches here; the real module with Qt's mock engine was checked by hand (docs/accessibility.md);
* the window's button, Ctrl+R and what is read run with a recording speaker in place of an engine.
"""
from __future__ import annotations

import logging
import sys
import types
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.bootstrap import speech_factory
from dreamseed_desktop.services.people.accommodations import Accommodations
from dreamseed_desktop.ui.exam_window import open_exam_window
from dreamseed_desktop.ui.exam_window.inputs import ExamWindowInputs
from dreamseed_desktop.ui.speech import QtSpeaker
from dreamseed_desktop.ui.workers import TaskRunner
from tests.fixtures.exam_fakes import FakeExamServer, PassageExamServer

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


class RecordingSpeaker:
    """Stands in for a speech engine: records what it was asked to read."""

    def __init__(self) -> None:
        self.said: list[str] = []
        self.stops = 0
        self.busy = False

    def say(self, text: str) -> None:
        self.said.append(text)
        self.busy = True

    def stop(self) -> None:
        self.stops += 1
        self.busy = False

    def speaking(self) -> bool:
        return self.busy


# ------------------------------------------------------------ the guard (bootstrap)
def test_without_qttexttospeech_there_is_no_reading_aloud(qapp, monkeypatch, caplog) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)     # import raises ImportError
    with caplog.at_level(logging.INFO, logger="dreamseed_desktop.bootstrap"):
        assert speech_factory() is None
    assert "QtTextToSpeech cannot be loaded" in caplog.text


class _State:
    class State:
        Ready, Speaking, Error = types.SimpleNamespace(name="Ready"), \
            types.SimpleNamespace(name="Speaking"), types.SimpleNamespace(name="Error")


def _stand_in(engines: list[str], broken: set[str]) -> types.ModuleType:
    """A ``PySide6.QtTextToSpeech`` with ``engines``; those in ``broken`` fail to start."""

    class QTextToSpeech(QObject):
        State = _State.State

        def __init__(self, name: str, parent: QObject | None = None) -> None:
            super().__init__(parent)
            self.name, self._locale = name, QLocale("en_GB")

        @staticmethod
        def availableEngines() -> list[str]:  # noqa: N802 - Qt's name
            return list(engines)

        def state(self):  # type: ignore[no-untyped-def]
            return self.State.Error if self.name in broken else self.State.Ready

        def errorString(self) -> str:  # noqa: N802 - Qt's name
            return "not initialized"

        def availableLocales(self) -> list[QLocale]:  # noqa: N802 - Qt's name
            return [QLocale("en_GB"), QLocale("ko_KR")]

        def setLocale(self, locale: QLocale) -> None:  # noqa: N802 - Qt's name
            self._locale = locale

    module = types.ModuleType("PySide6.QtTextToSpeech")
    module.QTextToSpeech = QTextToSpeech  # type: ignore[attr-defined]
    return module


@pytest.mark.parametrize(("engines", "broken", "expected"), [
    ([], set(), None),                                   # the module, but no engine
    (["mock"], set(), None),                             # Qt's mock engine only pretends
    (["speechd", "mock"], {"speechd"}, None),            # speech-dispatcher listed, not installed
    (["speechd", "flite"], {"speechd"}, "flite"),        # the first engine that starts
], ids=["no-engine", "mock-only", "speechd-broken", "flite-works"])
def test_the_engine_probe(qapp, monkeypatch, engines, broken, expected) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", _stand_in(engines, broken))
    factory = speech_factory()
    if expected is None:
        assert factory is None
        return
    assert factory is not None
    parent = QObject()
    speaker = factory(parent, "ko")
    assert isinstance(speaker, QtSpeaker)
    assert speaker.engine.name == expected and speaker.engine.parent() is parent
    assert speaker.engine._locale.language() == QLocale.Language.Korean    # the UI's language


# ------------------------------------------------------------ the test window
def _open(qtbot, journal, tasks, acc: Accommodations, speech,  # type: ignore[no-untyped-def]
          server: FakeExamServer | None = None):
    server = server or FakeExamServer(n_items=2, max_items=2)
    inputs = ExamWindowInputs(api=server, tasks=tasks, accommodations=lambda: acc, speech=speech)
    window = open_exam_window(inputs, 1, title="수학", kiosk=False, journal=journal)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.accommodations == acc and bool(window.item_page.buttons)
                    and window.item_page.buttons[0].isEnabled(), timeout=5000)
    window.activateWindow()
    window.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window)
    return window


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)


@pytest.mark.parametrize("factory", ["none", "no-engine"])
def test_no_engine_means_no_button_and_no_error(qtbot, journal, tasks, factory) -> None:
    """The accommodation is set, but this PC cannot speak: no button, Ctrl+R does nothing."""
    speech = None if factory == "none" else (lambda _parent, _lang: None)
    window = _open(qtbot, journal, tasks, Accommodations(read_aloud=True), speech)
    assert window.speaker is None and not window.read_aloud_button.isVisible()
    press(Qt.Key.Key_R, CTRL)
    assert window.item_page.group.checkedId() == -1
    window.close_window()


def test_without_the_accommodation_the_engine_is_not_even_started(qtbot, journal, tasks) -> None:
    made: list[object] = []
    window = _open(qtbot, journal, tasks, Accommodations(line_reader=True),
                   lambda parent, lang: made.append(parent) or RecordingSpeaker())
    assert made == [] and not window.read_aloud_button.isVisible()
    window.close_window()


def test_read_aloud_reads_the_question_and_answers_by_keyboard(qtbot, journal, tasks) -> None:
    speaker = RecordingSpeaker()
    languages: list[str] = []
    window = _open(qtbot, journal, tasks, Accommodations(read_aloud=True, answer_masking=True),
                   lambda _parent, lang: languages.append(lang) or speaker)
    button = window.read_aloud_button
    assert button.isVisible() and languages == ["en"]
    iface = QAccessible.queryAccessibleInterface(button)
    assert iface.text(QAccessible.Text.Name) == "Read aloud"
    press(Qt.Key.Key_2, CTRL)                     # ② uncovered, the others stay covered
    press(Qt.Key.Key_R, CTRL)
    page = window.item_page
    assert page.stem.accessibleDescription() == "Question 1: 2 + 1 = ?"
    # a pause (". ") between the parts, none added after the question's own "?"
    assert speaker.said == [f"Question 1. Question 1: 2 + 1 = ? ① hidden answer. ② {page.buttons[1].words}. "
                            "③ hidden answer. ④ hidden answer. ⑤ hidden answer"]
    press(Qt.Key.Key_R, CTRL)                     # again: stop
    assert speaker.stops >= 1 and not speaker.speaking() and len(speaker.said) == 1
    button.click()                                # the mouse works too
    assert len(speaker.said) == 2
    stops = speaker.stops
    press(Qt.Key.Key_2)
    press(Qt.Key.Key_Return)                      # the next question stops the reading
    qtbot.waitUntil(lambda: window.item_label.text() == "Question 2", timeout=5000)
    assert speaker.stops > stops
    window.close_window()


def test_read_aloud_reads_the_reading_passage_first(qtbot, journal, tasks, korean) -> None:
    """A 국어/영어 question with a reading passage: the passage (title, then its text, pictures by
    their alt text) is read before the question and its answers; the next question without a
    passage is read without it. In Korean too."""
    body = "봄비가 내린다. 들판이 젖는다.\n\n![우산을 쓴 아이들](asset:7)\n\n아이들이 학교에 간다."

    speaker = RecordingSpeaker()
    window = _open(qtbot, journal, tasks, Accommodations(read_aloud=True), lambda _p, _l: speaker,
                   server=PassageExamServer("봄비", body, n_items=2, max_items=2))
    page = window.item_page
    assert page.passage_box.isVisible()
    press(Qt.Key.Key_R, CTRL)
    said = speaker.said[-1]
    assert said.startswith("지문: 봄비. 봄비가 내린다. 들판이 젖는다."), said
    assert "우산을 쓴 아이들" in said and "asset" not in said      # the picture by its alt text
    passage_end = said.index("아이들이 학교에 간다.")
    question = said.index("1번 문항")
    assert passage_end < question < said.index(f"① {page.buttons[0].words}")
    iface = QAccessible.queryAccessibleInterface(window.read_aloud_button)
    assert "지문" in iface.text(QAccessible.Text.Description)
    press(Qt.Key.Key_R, CTRL)                 # stop
    press(Qt.Key.Key_1)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.item_label.text() == "2번 문항", timeout=5000)
    press(Qt.Key.Key_R, CTRL)
    assert speaker.said[-1].startswith("2번 문항") and "지문" not in speaker.said[-1]
    # a last key without Ctrl: Qt keeps the modifiers of the last key event application-wide, and
    # a later test's QTableView.selectRow would otherwise add to the selection as with Ctrl held
    press(Qt.Key.Key_Down)
    window.close_window()
