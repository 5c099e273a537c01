"""Table model of audit-log entries (pages of AuditEntryDTO from services.audit_log).

Actions are stored as codes (``exam_session.start``); the table shows them in words of the
user's language ("시험 응시 시작"), the object as a translated kind with the name the entry
recorded (title, name, email) or its number — never a code.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from dreamseed_desktop.services.core.audit_log import AuditEntryDTO
from dreamseed_desktop.ui.qtmodels.dto_table import Column
from dreamseed_desktop.ui.qtmodels.paged import Fetch, PagedTableModel
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP
from dreamseed_desktop.ui.workers import TaskRunner

#: every action code the services and the database write, in words
ACTIONS: dict[str, str] = {
    "auth.login": QT_TRANSLATE_NOOP("AuditAction", "Signed in"),
    "auth.logout": QT_TRANSLATE_NOOP("AuditAction", "Signed out"),
    "auth.login_failed": QT_TRANSLATE_NOOP("AuditAction", "Failed sign-in"),
    "auth.login_locked": QT_TRANSLATE_NOOP("AuditAction", "Sign-in refused: account locked"),
    "auth.account_locked": QT_TRANSLATE_NOOP("AuditAction", "Account locked after failed sign-ins"),
    "auth.password_change": QT_TRANSLATE_NOOP("AuditAction", "Changed own password"),
    "auth.password_change_failed": QT_TRANSLATE_NOOP("AuditAction", "Password change refused"),
    "auth.password_reset": QT_TRANSLATE_NOOP("AuditAction", "Reset a password"),
    "user.password_reset": QT_TRANSLATE_NOOP("AuditAction", "Reset a password"),
    "user.deactivate": QT_TRANSLATE_NOOP("AuditAction", "Deactivated a user"),
    "user.reactivate": QT_TRANSLATE_NOOP("AuditAction", "Reactivated a user"),
    "admin.create": QT_TRANSLATE_NOOP("AuditAction", "Added an administrator"),
    "admin.update": QT_TRANSLATE_NOOP("AuditAction", "Changed an administrator"),
    "teacher.create": QT_TRANSLATE_NOOP("AuditAction", "Added a teacher"),
    "teacher.update": QT_TRANSLATE_NOOP("AuditAction", "Changed a teacher"),
    "student.create": QT_TRANSLATE_NOOP("AuditAction", "Added a student"),
    "student.update": QT_TRANSLATE_NOOP("AuditAction", "Changed a student"),
    "organization.create": QT_TRANSLATE_NOOP("AuditAction", "Added a school"),
    "organization.update": QT_TRANSLATE_NOOP("AuditAction", "Changed a school"),
    "organization.delete": QT_TRANSLATE_NOOP("AuditAction", "Deleted a school"),
    "class.create": QT_TRANSLATE_NOOP("AuditAction", "Added a class"),
    "class.update": QT_TRANSLATE_NOOP("AuditAction", "Changed a class"),
    "class.delete": QT_TRANSLATE_NOOP("AuditAction", "Deleted a class"),
    "enrollment.add": QT_TRANSLATE_NOOP("AuditAction", "Enrolled students"),
    "enrollment.remove": QT_TRANSLATE_NOOP("AuditAction", "Removed students from a class"),
    "roster.import": QT_TRANSLATE_NOOP("AuditAction", "Imported a roster"),
    "item.create": QT_TRANSLATE_NOOP("AuditAction", "Added an item"),
    "item.update": QT_TRANSLATE_NOOP("AuditAction", "Changed an item"),
    "item.import": QT_TRANSLATE_NOOP("AuditAction", "Imported items"),
    "item.retire": QT_TRANSLATE_NOOP("AuditAction", "Retired an item"),
    "item.activate": QT_TRANSLATE_NOOP("AuditAction", "Activated an item"),
    "item.exposure_parameters": QT_TRANSLATE_NOOP("AuditAction", "Changed item exposure settings"),
    "items.recalibrated": QT_TRANSLATE_NOOP("AuditAction", "Recalibrated the item bank"),
    "exam.create": QT_TRANSLATE_NOOP("AuditAction", "Created an exam"),
    "exam.update": QT_TRANSLATE_NOOP("AuditAction", "Changed an exam"),
    "exam.open": QT_TRANSLATE_NOOP("AuditAction", "Opened an exam"),
    "exam.close": QT_TRANSLATE_NOOP("AuditAction", "Closed an exam"),
    "exam.exposure": QT_TRANSLATE_NOOP("AuditAction", "Limited item exposure in an exam"),
    "exam.kiosk_quit_password_set": QT_TRANSLATE_NOOP("AuditAction", "Set the exam's quit password"),
    "exam.kiosk_quit_password_clear": QT_TRANSLATE_NOOP("AuditAction",
                                                        "Removed the exam's quit password"),
    "exam_session.start": QT_TRANSLATE_NOOP("AuditAction", "Started a test"),
    "exam_session.resume": QT_TRANSLATE_NOOP("AuditAction", "Resumed a test"),
    "exam_session.suspend": QT_TRANSLATE_NOOP("AuditAction", "Left a test unfinished"),
    "exam_session.finish": QT_TRANSLATE_NOOP("AuditAction", "Finished a test"),
    "exam_session.terminate": QT_TRANSLATE_NOOP("AuditAction", "A test was ended by staff"),
    "proctor.pause": QT_TRANSLATE_NOOP("AuditAction", "Paused a student's test"),
    "proctor.resume": QT_TRANSLATE_NOOP("AuditAction", "Let a student's test continue"),
    "proctor.extend_time": QT_TRANSLATE_NOOP("AuditAction", "Gave a student extra time"),
    "proctor.terminate": QT_TRANSLATE_NOOP("AuditAction", "Ended a student's test"),
    "attempt.correct": QT_TRANSLATE_NOOP("AuditAction", "Corrected an answer key and re-scored"),
}

#: the filter's areas (action code prefixes), in words
ACTION_AREAS: dict[str, str] = {
    "auth.": QT_TRANSLATE_NOOP("AuditAction", "Sign-in and passwords"),
    "user.": QT_TRANSLATE_NOOP("AuditAction", "Users"),
    "enrollment.": QT_TRANSLATE_NOOP("AuditAction", "Enrolment"),
    "roster.": QT_TRANSLATE_NOOP("AuditAction", "Roster imports"),
    "class.": QT_TRANSLATE_NOOP("AuditAction", "Classes"),
    "organization.": QT_TRANSLATE_NOOP("AuditAction", "Schools"),
    "item.": QT_TRANSLATE_NOOP("AuditAction", "Item bank"),
    "exam.": QT_TRANSLATE_NOOP("AuditAction", "Exams"),
    "exam_session.": QT_TRANSLATE_NOOP("AuditAction", "Students' tests"),
    "proctor.": QT_TRANSLATE_NOOP("AuditAction", "Proctoring"),
    "attempt.": QT_TRANSLATE_NOOP("AuditAction", "Answer corrections"),
}

OBJECTS: dict[str, str] = {
    "user": QT_TRANSLATE_NOOP("AuditAction", "User"),
    "class": QT_TRANSLATE_NOOP("AuditAction", "Class"),
    "organization": QT_TRANSLATE_NOOP("AuditAction", "School"),
    "item": QT_TRANSLATE_NOOP("AuditAction", "Item"),
    "item_bank": QT_TRANSLATE_NOOP("AuditAction", "Item bank"),
    "exam": QT_TRANSLATE_NOOP("AuditAction", "Exam"),
    "exam_session": QT_TRANSLATE_NOOP("AuditAction", "Test sitting"),
    "attempt": QT_TRANSLATE_NOOP("AuditAction", "Answer"),
}

OTHER_ACTION = QT_TRANSLATE_NOOP("AuditAction", "Other action")
RECORD = QT_TRANSLATE_NOOP("AuditAction", "Record")

#: details keys that carry the object's own name, in order of preference
NAME_KEYS = ("title", "name", "email", "code", "student_name", "class_name")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditAction", text)


def action_text(code: str) -> str:
    """The action in words; an unknown code reads "Other action" (the code is in the details)."""
    return _tr(ACTIONS[code]) if code in ACTIONS else _tr(OTHER_ACTION)


def area_text(prefix: str) -> str:
    return _tr(ACTION_AREAS.get(prefix, OTHER_ACTION))


def object_text(entry: AuditEntryDTO) -> str:
    kind = _tr(OBJECTS.get(entry.object_type, RECORD))
    name = _name_in(entry.details)
    if name:
        return f"{kind} «{name}»"
    return f"{kind} #{entry.object_id}" if entry.object_id else kind


def _name_in(details: dict[str, Any]) -> str:
    for key in NAME_KEYS:
        value = details.get(key) if isinstance(details, dict) else None
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def detail_lines(entry: AuditEntryDTO) -> str:
    """The details pane: one "label: value" line per recorded fact, then the action code."""
    who = entry.actor_name or QCoreApplication.translate("AuditAction", "(system)")
    lines = [QCoreApplication.translate("AuditAction", "When: %1").replace("%1", f"{entry.at:%Y-%m-%d %H:%M:%S}"),
             QCoreApplication.translate("AuditAction", "Who: %1").replace("%1", str(who)),
             QCoreApplication.translate("AuditAction", "Action: %1").replace("%1", action_text(entry.action)),
             QCoreApplication.translate("AuditAction", "Object: %1").replace("%1", object_text(entry))]
    if entry.affected_user_ids:
        lines.append(QCoreApplication.translate("AuditAction", "People affected: %1").replace(
            "%1", str(len(entry.affected_user_ids))))
    for key, value in sorted((entry.details or {}).items()):
        lines.append(f"  {key}: {value}")
    lines.append(QCoreApplication.translate("AuditAction", "Code: %1").replace("%1", entry.action))
    return "\n".join(lines)


def _who(entry: AuditEntryDTO) -> object:
    if entry.actor_name:
        return entry.actor_name
    if entry.actor_user_id is None:
        return QCoreApplication.translate("AuditAction", "(system)")
    return QCoreApplication.translate("AuditAction", "User #%1").replace("%1", str(entry.actor_user_id))


AUDIT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda e: e.at),
    Column(QT_TRANSLATE_NOOP("Columns", "Who"), _who),
    Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda e: action_text(e.action)),
    Column(QT_TRANSLATE_NOOP("Columns", "Object"), object_text, stretch=True),
    Column(QT_TRANSLATE_NOOP("Columns", "People affected"),
           lambda e: len(e.affected_user_ids), align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "From"), lambda e: e.client_addr),
)


class AuditModel(PagedTableModel):
    """Newest entries first, one SQL page at a time."""

    def __init__(self, fetch: Fetch, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(AUDIT_COLUMNS, fetch, runner, parent, page_size=200)
