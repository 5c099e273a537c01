"""Table model of audit-log entries (pages of AuditEntryDTO from services.audit_log).

Actions are stored as codes (``exam_session.start``); the table shows each entry as one sentence
with names in the user's language (``audit_sentences``: "김민준 선생님이 …"), never a code, id or
JSON; the details pane adds when, from where and the recorded facts in words.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from dreamseed_desktop.services.core.audit_log import AuditEntryDTO
from dreamseed_desktop.ui.dates import datetime_text
from dreamseed_desktop.ui.qtmodels.audit_sentences import sentence
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


OTHER_ACTION = QT_TRANSLATE_NOOP("AuditAction", "Other action")



def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditAction", text)


def action_text(code: str) -> str:
    """The action in words; an unknown code reads "Other action" (the code is in the details)."""
    return _tr(ACTIONS[code]) if code in ACTIONS else _tr(OTHER_ACTION)


def area_text(prefix: str) -> str:
    return _tr(ACTION_AREAS.get(prefix, OTHER_ACTION))






#: a plural text (marked in _plural_texts so lupdate writes its plural forms)
PEOPLE_AFFECTED = "%n person(s) affected"

#: details keys the details pane names in words (other keys are listed as recorded)
FACTS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("AuditAction", "Title"),
    "name": QT_TRANSLATE_NOOP("AuditAction", "Name"),
    "email": QT_TRANSLATE_NOOP("AuditAction", "Email"),
    "code": QT_TRANSLATE_NOOP("AuditAction", "Code"),
    "reason": QT_TRANSLATE_NOOP("AuditAction", "Reason"),
    "minutes": QT_TRANSLATE_NOOP("AuditAction", "Minutes"),
    "school_year": QT_TRANSLATE_NOOP("AuditAction", "School year"),
    "name_ko": QT_TRANSLATE_NOOP("AuditAction", "Korean name"),
    "name_en": QT_TRANSLATE_NOOP("AuditAction", "English name"),
    "subject": QT_TRANSLATE_NOOP("AuditAction", "Subject"),
    "old": QT_TRANSLATE_NOOP("AuditAction", "Before"),
    "new": QT_TRANSLATE_NOOP("AuditAction", "After"),
    "changes": QT_TRANSLATE_NOOP("AuditAction", "Changes"),
}


def _fact(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} = {_fact(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(_fact(v) for v in value)
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditAction", "yes") if value else \
            QCoreApplication.translate("AuditAction", "no")
    return str(value)


def detail_lines(entry: AuditEntryDTO) -> str:
    """The details pane: the sentence, when and from where, then each recorded fact."""
    translate = QCoreApplication.translate
    lines = [sentence(entry), "",
             translate("AuditAction", "When: %1").replace("%1", datetime_text(entry.at, seconds=True))]
    if entry.client_addr:
        lines.append(translate("AuditAction", "From: %1").replace("%1", entry.client_addr))
    n = len(entry.affected_user_ids)
    if n:
        lines.append(QCoreApplication.translate("AuditAction", PEOPLE_AFFECTED, None, n))
    for key, value in sorted((entry.details or {}).items()):
        label = _tr(FACTS[key]) if key in FACTS else key
        lines.append(f"  {label}: {_fact(value)}")
    return "\n".join(lines)


def _when(entry: AuditEntryDTO) -> object:
    return entry.at


AUDIT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "When"), _when),
    Column(QT_TRANSLATE_NOOP("Columns", "What happened"), sentence, stretch=True),
    Column(QT_TRANSLATE_NOOP("Columns", "From"), lambda e: e.client_addr),
)


class AuditModel(PagedTableModel):
    """Newest entries first, one SQL page at a time."""

    def __init__(self, fetch: Fetch, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(AUDIT_COLUMNS, fetch, runner, parent, page_size=200)


def _plural_texts() -> None:  # pragma: no cover - never called: lupdate reads the call
    QCoreApplication.translate("AuditAction", "%n person(s) affected", None, 2)
