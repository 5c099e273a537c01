"""Translated display labels for stored codes (roles, organization types, item status …)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

_LABELS = {
    "admin": QT_TRANSLATE_NOOP("Labels", "Admin"),
    "teacher": QT_TRANSLATE_NOOP("Labels", "Teacher"),
    "student": QT_TRANSLATE_NOOP("Labels", "Student"),
    "school": QT_TRANSLATE_NOOP("Labels", "School"),
    "academy": QT_TRANSLATE_NOOP("Labels", "Academy"),
    "district": QT_TRANSLATE_NOOP("Labels", "District"),
    "institute": QT_TRANSLATE_NOOP("Labels", "Institute"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    "elementary": QT_TRANSLATE_NOOP("Labels", "Elementary school"),
    "middle": QT_TRANSLATE_NOOP("Labels", "Middle school"),
    "high": QT_TRANSLATE_NOOP("Labels", "High school"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "retired": QT_TRANSLATE_NOOP("Labels", "Retired"),
    "pretest": QT_TRANSLATE_NOOP("Labels", "Pretest (unscored)"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "review": QT_TRANSLATE_NOOP("Labels", "In review"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
    "superseded": QT_TRANSLATE_NOOP("Labels", "Superseded"),
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "paused": QT_TRANSLATE_NOOP("Labels", "Paused"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "not_started": QT_TRANSLATE_NOOP("Labels", "Not started"),
    "suspended": QT_TRANSLATE_NOOP("Labels", "Suspended"),
    "terminated": QT_TRANSLATE_NOOP("Labels", "Terminated"),
    "expired": QT_TRANSLATE_NOOP("Labels", "Expired"),
}


def label(code: object) -> str:
    """The translated label of a code, or the code itself when unknown."""
    if code is None:
        return ""
    text = _LABELS.get(str(code))
    return QCoreApplication.translate("Labels", text) if text else str(code)


def org_type_label(code: object) -> str:
    return label(code)


def role_label(code: object) -> str:
    return label(code)
