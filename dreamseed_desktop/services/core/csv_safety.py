"""Spreadsheet-safe CSV cells, shared by every export (rosters, item bank, reports).

A cell that starts with = + - @ (or tab / carriage return) can run as a formula when the file
is opened in Excel; such text gets a leading ``'`` on export and loses it again on import, so
an exported file imports back unchanged. Text that already starts with ``'`` followed by such a
character gets one more ``'`` so that the import's removal gives the original back exactly
(``'=x`` → ``''=x`` → ``'=x``).
"""
from __future__ import annotations

from pathlib import Path

from dreamseed_desktop.services.core.errors import ValidationError

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def _needs_escape(text: str) -> bool:
    """A formula start, possibly behind apostrophes (which the import would otherwise eat)."""
    return text.lstrip("'").startswith(FORMULA_START)


def escape_cell(value: object) -> str:
    """The text of ``value`` (None → ""), prefixed with ``'`` when it looks like a formula."""
    text = "" if value is None else str(value)
    return "'" + text if _needs_escape(text) else text


def unescape_cell(text: str) -> str:
    """Undo :func:`escape_cell` (``unescape_cell(escape_cell(t)) == t`` for every text)."""
    return text[1:] if text.startswith("'") and _needs_escape(text[1:]) else text


def too_large(max_bytes: int) -> ValidationError:
    """The error for a file over ``max_bytes``."""
    return ValidationError("The file is larger than {max_mb} MB. Split it into smaller files.",
                           params={"max_mb": max_bytes // (1024 * 1024)})


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; a file over ``max_bytes`` is refused before anything is read."""
    if path.stat().st_size > max_bytes:
        raise too_large(max_bytes)
    return path.read_bytes()
