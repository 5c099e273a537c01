"""The charts/reports/psychometrics translation catalog (``resources/translations/charts_<lang>.qm``).

:func:`install_charts_translator` is idempotent and is called when the first chart is created
and by the statistics/psychometrics screens and PDF reports. Rebuild the catalog with
``python resources/translations/build_charts_translations.py``.
"""
from __future__ import annotations

from dreamseed_desktop.ui.i18n import install_area_catalog

CATALOG = "charts"


def install_charts_translator(lang: str | None = None) -> bool:
    """Install the charts catalog for ``lang`` (default: the current QLocale)."""
    return install_area_catalog(CATALOG, lang)
