"""Reading aloud (issue 19): the operating system's speech engine through Qt's QTextToSpeech.

QtTextToSpeech ships in the PySide6-Addons wheel (the optional ``[speech]`` extra); the program
itself installs only PySide6-Essentials. Whether it is installed and whether the operating
system offers an engine is decided once, by the composition root
(``bootstrap.speech_factory``), which hands the screens a :data:`SpeakerFactory` or None: the
``ui`` package never imports an optional module itself (tests/unit/test_wiring.py). Without a
factory, or when the factory finds no working engine, the test window shows no *Read aloud*
button at all.

:class:`QtSpeaker` adapts a QTextToSpeech object (passed in, so this module does not import
QtTextToSpeech) to the small :class:`Speaker` interface the test window uses.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QLocale, QObject


class Speaker(Protocol):
    """What the test window needs from a speech engine."""

    def say(self, text: str) -> None:
        """Start reading ``text`` aloud (what was being read stops)."""

    def stop(self) -> None:
        """Stop reading."""

    def speaking(self) -> bool:
        """Whether it is reading right now."""


#: (parent, language code "ko" / "en") -> a speaker, or None when no engine works
SpeakerFactory = Callable[[QObject, str], "Speaker | None"]


class QtSpeaker:
    """A :class:`Speaker` over a QTextToSpeech ``engine`` whose voice speaks ``language``
    when the engine has such a voice (else its default voice)."""

    def __init__(self, engine: Any, language: str) -> None:
        self.engine = engine
        wanted = QLocale(language)
        for locale in engine.availableLocales():
            if locale.language() == wanted.language():
                engine.setLocale(locale)
                break

    def say(self, text: str) -> None:
        self.engine.stop()
        self.engine.say(text)

    def stop(self) -> None:
        self.engine.stop()

    def speaking(self) -> bool:
        state = self.engine.state()
        return bool(getattr(state, "name", "") in ("Speaking", "Synthesizing"))
