"""Spreadsheet-safe CSV cells, shared by every export (rosters, item bank, reports).

A cell that starts with = + - @ (or tab / carriage return) can run as a formula when the file
is opened in Excel; such text gets a leading ``'`` on export and loses it again on import, so
an exported file imports back unchanged.
"""
from __future__ import annotations

from pathlib import Path

from dreamseed_desktop.services.core.errors import ValidationError

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def escape_cell(value: object) -> str:
    """The text of ``value`` (None → ""), prefixed with ``'`` when it looks like a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def unescape_cell(text: str) -> str:
    """Undo :func:`escape_cell`."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def too_large(max_bytes: int) -> ValidationError:
    """The error for a file over ``max_bytes``."""
    return ValidationError("The file is larger than {max_mb} MB. Split it into smaller files.",
                           params={"max_mb": max_bytes // (1024 * 1024)})


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; a file over ``max_bytes`` is refused before anything is read."""
    if path.stat().st_size > max_bytes:
        raise too_large(max_bytes)
    return path.read_bytes()
