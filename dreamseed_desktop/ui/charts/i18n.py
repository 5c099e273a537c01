"""The charts/reports/psychometrics translation catalog (``resources/translations/charts_<lang>.qm``).

Kept apart from the main catalog (like the exam area's) so this area's texts can be translated
without touching the shared file. :func:`install_charts_translator` is idempotent and is called
when the first chart is created and by the statistics/psychometrics screens and PDF reports.
Rebuild with ``python resources/translations/build_charts_translations.py``.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from dreamseed_desktop.config.paths import resources_dir

log = logging.getLogger(__name__)
CATALOG = "charts"
_installed: dict[str, QTranslator] = {}


def install_charts_translator(lang: str | None = None) -> bool:
    """Install the catalog for ``lang`` (default: the current QLocale); True when installed."""
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
        log.warning("charts translation catalog for %s not found", lang)
        return False
    QCoreApplication.installTranslator(translator)
    _installed[lang] = translator
    return True
