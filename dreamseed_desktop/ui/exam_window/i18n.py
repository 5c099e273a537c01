"""The exam area's translation catalog (``resources/translations/exam_<lang>.qm``).

Used by the exam window and the teacher's exam screens. Build it with
``pyside6-lrelease resources/translations/exam_ko.ts -qm resources/translations/exam_ko.qm``.
"""
from __future__ import annotations

from dreamseed_desktop.ui.i18n import install_area_catalog

CATALOG = "exam"


def install_exam_translator(lang: str | None = None) -> bool:
    """Install the exam catalog for ``lang`` (default: the current QLocale)."""
    return install_area_catalog(CATALOG, lang)
