"""A date axis whose month and weekday names follow the user's language (QLocale).

pyqtgraph's ``DateAxisItem`` formats ticks with ``strftime`` in the C locale, so a Korean chart
showed "Mar" and "Mon 02". Month ticks become ``QLocale().monthName`` ("3월") and day ticks
the locale's short day ("2일 (월)" / "Mon 2"); years, hours and minutes are digits already.
"""
from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from pyqtgraph.graphicsItems import DateAxisItem as DateAxisModule
from PySide6.QtCore import QDate, QLocale

#: strftime formats pyqtgraph uses that contain names
NAMED_FORMATS = ("%b", "%a %d")


class LocaleDateAxis(pg.DateAxisItem):
    """``pg.DateAxisItem`` with month and weekday names from the default QLocale."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        strings: list[str] = super().tickStrings(values, scale, spacing)
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or spec.format not in NAMED_FORMATS:
            return strings
        locale = QLocale()
        korean = locale.language() == QLocale.Language.Korean
        out = []
        for value, fallback in zip(values, strings, strict=True):
            try:
                when = DateAxisModule.utcfromtimestamp(
                    DateAxisModule.adjustTimestampToPreferredUtcOffset(value, self.utcOffset))
            except (OverflowError, ValueError, OSError):
                out.append(fallback)
                continue
            day = QDate(when.year, when.month, when.day)
            if spec.format == "%b":
                out.append(locale.monthName(when.month, QLocale.FormatType.ShortFormat))
            elif korean:
                out.append(f"{when.day}일 ({locale.dayName(day.dayOfWeek(), QLocale.FormatType.NarrowFormat)})")
            else:
                out.append(f"{locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)} {when.day}")
        return out
