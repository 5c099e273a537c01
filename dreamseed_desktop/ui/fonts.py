"""Bundled Korean font (NanumGothic, SIL OFL 1.1) so Hangul renders on PCs without one.

:func:`load_bundled_fonts` registers the fonts in ``resources/fonts`` with Qt and makes
NanumGothic the application font (the system's default family stays first in the fallback
list for Latin text when it has no Hangul). Call it once after the QApplication exists.
"""
from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.config.paths import resources_dir

log = logging.getLogger(__name__)

KOREAN_FAMILY = "NanumGothic"
_loaded: list[str] = []


def load_bundled_fonts(app: QApplication, *, point_size: float | None = None) -> list[str]:
    """Register bundled fonts; returns the families now available from them."""
    if not _loaded:
        for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("could not load bundled font %s", path)
                continue
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _loaded:
                    _loaded.append(family)
    font = QFont(app.font())
    if KOREAN_FAMILY in _loaded or KOREAN_FAMILY in QFontDatabase.families():
        font.setFamilies([KOREAN_FAMILY])
    if point_size:
        font.setPointSizeF(point_size)
    app.setFont(font)
    return list(_loaded)
