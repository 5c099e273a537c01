"""WCAG 2.1 contrast: relative luminance and contrast ratio of two colours.

AA asks for 4.5:1 for text (3:1 for large text) and 3:1 for the borders of controls, focus
indicators and chart marks against what they sit on (success criteria 1.4.3 and 1.4.11).
"""
from __future__ import annotations

from PySide6.QtGui import QColor

TEXT_AA = 4.5
LARGE_TEXT_AA = 3.0
NON_TEXT_AA = 3.0


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor | str) -> float:
    """Relative luminance (0 black … 1 white) of an opaque colour."""
    c = QColor(color)
    return (0.2126 * _channel(c.redF()) + 0.7152 * _channel(c.greenF())
            + 0.0722 * _channel(c.blueF()))


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """(L1 + 0.05) / (L2 + 0.05) with L1 the lighter colour: 1.0 … 21.0."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)
