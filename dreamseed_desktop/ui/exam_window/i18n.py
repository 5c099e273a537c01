"""The exam area's own translation catalog (``resources/translations/exam_<lang>.qm``).

Kept apart from the main catalog so the exam window and the exam screens can be translated
without touching the shared file: ``install_exam_translator`` loads the catalog matching the
current language next to the main one. Build it with
``pyside6-lrelease resources/translations/exam_ko.ts -qm resources/translations/exam_ko.qm``.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from dreamseed_desktop.config.paths import resources_dir

log = logging.getLogger(__name__)
CATALOG = "exam"
_installed: dict[str, QTranslator] = {}


def install_exam_translator(lang: str | None = None) -> bool:
    """Install the exam catalog for ``lang`` (default: the current QLocale); idempotent."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    if lang is None:
        lang = "ko" if QLocale().language() == QLocale.Language.Korean else "en"
    for code, old in list(_installed.items()):
        if code != lang:
            QCoreApplication.removeTranslator(old)
            del _installed[code]
    if lang in _installed or lang == "en":
        return lang in _installed
    translator = QTranslator(app)
    if not translator.load(f"{CATALOG}_{lang}", str(resources_dir() / "translations")):
        log.warning("exam translation catalog for %s not found", lang)
        return False
    QCoreApplication.installTranslator(translator)
    _installed[lang] = translator
    return True
