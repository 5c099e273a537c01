"""Dates and times as the user's language writes them (issue 15).

Korean: "2026. 12. 4." and "2026. 12. 4. 14:05" (year, month and day each followed by a
full stop, no leading zeros, the 24-hour clock: how Korean schools and official documents write
dates). English keeps the unambiguous ISO form "2026-12-04 14:05". Aware datetimes are shown in
this PC's time zone. The ``*_FORMAT`` helpers give the same forms to ``QDateTimeEdit``.
"""
from __future__ import annotations

from datetime import date, datetime

from dreamseed_desktop.ui.i18n import current_language

__all__ = ["date_edit_format", "date_text", "datetime_edit_format", "datetime_text"]

EMPTY = "–"


def _local(value: datetime) -> datetime:
    return value.astimezone() if value.tzinfo is not None else value


def date_text(value: date | datetime | None, *, empty: str = EMPTY) -> str:
    """"2026. 12. 4." (Korean) / "2026-12-04"; ``empty`` for no date."""
    if value is None:
        return empty
    day = _local(value).date() if isinstance(value, datetime) else value
    if current_language() == "ko":
        return f"{day.year}. {day.month}. {day.day}."
    return day.isoformat()


def datetime_text(value: datetime | None, *, seconds: bool = False, empty: str = EMPTY) -> str:
    """"2026. 12. 4. 14:05" (Korean) / "2026-12-04 14:05"; with ``seconds`` "14:05:09"."""
    if value is None:
        return empty
    local = _local(value)
    clock = local.strftime("%H:%M:%S" if seconds else "%H:%M")
    return f"{date_text(local)} {clock}"


def date_edit_format() -> str:
    """The ``QDateEdit`` display format of :func:`date_text`."""
    return "yyyy. M. d." if current_language() == "ko" else "yyyy-MM-dd"


def datetime_edit_format() -> str:
    """The ``QDateTimeEdit`` display format of :func:`datetime_text`."""
    return date_edit_format() + " HH:mm"
