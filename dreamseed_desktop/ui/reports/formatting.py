"""Small formatting helpers shared by the PDF reports."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from dreamseed_desktop.ui.dates import date_text
from dreamseed_desktop.ui.qtmodels.labels import label

__all__ = ["exam_type_label", "fmt_date", "fmt_num", "status_label"]


def fmt_num(value: float | None, digits: int = 2) -> str:
    """A number with fixed decimals, '–' for missing; minus sign as U+2212 for print."""
    if value is None:
        return "–"
    return f"{value:.{digits}f}".replace("-", "−")


def fmt_date(value: datetime | None) -> str:
    return date_text(value)


def status_label(status: str) -> str:
    return label(status)


def exam_type_label(exam_type: str) -> str:
    labels = {
        "placement": QCoreApplication.translate("Reports", "placement"),
        "practice": QCoreApplication.translate("Reports", "practice"),
        "diagnostic": QCoreApplication.translate("Reports", "diagnostic"),
        "formative": QCoreApplication.translate("Reports", "formative"),
        "unit": QCoreApplication.translate("Reports", "unit test"),
        "midterm": QCoreApplication.translate("Reports", "midterm"),
        "final": QCoreApplication.translate("Reports", "final"),
    }
    return labels.get(exam_type, exam_type)
