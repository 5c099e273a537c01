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
#: Latin families (first one installed wins) for numbers: NanumGothic draws the decimal point
#: at table sizes so that "1.518" reads like "1,518" — a thousands separator in Korea
NUMBER_FAMILIES = ["Segoe UI", "DejaVu Sans", "Helvetica Neue", "Arial", "Liberation Sans"]
_loaded: list[str] = []


_number_fonts: dict[str, QFont] = {}


def number_font(base: QFont | None = None) -> QFont:
    """``base`` (the application font) drawn with a Latin family whose decimal point cannot be
    taken for a comma; NanumGothic stays in the list for anything else. Cached per base font
    (table models ask for it for every numeric cell)."""
    base = QFont(base if base is not None else QApplication.font())
    key = base.key()
    font = _number_fonts.get(key)
    if font is None:
        installed = set(QFontDatabase.families())
        families = [f for f in NUMBER_FAMILIES if f in installed]
        font = QFont(base)
        font.setFamilies([*families[:1], KOREAN_FAMILY])
        _number_fonts[key] = font
    return font


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
    # numbers typed or stepped in spin boxes and date fields: the same readable decimal point as
    # in tables ("표준편차 1.50", not "1,50"); Hangul prefixes fall back to NanumGothic
    # (PySide6's stub says bytes for the class name, but only a str is accepted at run time)
    app.setFont(number_font(font), "QAbstractSpinBox")  # type: ignore[arg-type]
    return list(_loaded)
