"""``QT_TRANSLATE_NOOP`` with a usable type.

PySide6's stub declares ``QT_TRANSLATE_NOOP(context: object, message: object) -> object`` although
the function returns ``message`` unchanged. Import the marker from here instead of
``PySide6.QtCore`` so the strings it marks are ``str`` to mypy; at run time this *is* PySide6's
function, and ``pyside6-lupdate`` finds the calls by name, so catalogs are unaffected.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str:  # noqa: N802 - Qt's name
        """Mark ``message`` for translation in ``context``; returns it unchanged."""
        return message
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
