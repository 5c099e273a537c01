"""Audit entries as full sentences with names, in the user's language.

"김민준 선생님이 1학년 1반 «수학 단원평가» 시험을 시작함" / "Teacher 김민준 started the test
«수학 단원평가» of 1학년 1반." The actor is named with their role, the object by its current name
(the service looks names up in the same statement; a deleted object keeps the name its entry
recorded), the affected person by name, counts with plural forms. No action codes, ids or JSON.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

CONTEXT = "AuditSentence"

#: action code -> sentence: %1 the actor (with role, as the subject of the sentence), %2 the object,
#: %3 the first affected person; a sentence with %n is a plural text (count = people affected)
SENTENCES: dict[str, str] = {
    "auth.login": QT_TRANSLATE_NOOP("AuditSentence", "%1 signed in."),
    "auth.logout": QT_TRANSLATE_NOOP("AuditSentence", "%1 signed out."),
    "auth.login_failed": QT_TRANSLATE_NOOP("AuditSentence", "A sign-in as %2 failed."),
    "auth.login_locked": QT_TRANSLATE_NOOP("AuditSentence", "A sign-in as %2 was refused: the account is locked."),
    "auth.account_locked": QT_TRANSLATE_NOOP("AuditSentence", "The account %2 was locked after failed sign-ins."),
    "auth.password_change": QT_TRANSLATE_NOOP("AuditSentence", "%1 changed their own password."),
    "auth.password_change_failed": QT_TRANSLATE_NOOP("AuditSentence",
                                                     "%1 tried to change their password; it was refused."),
    "auth.password_reset": QT_TRANSLATE_NOOP("AuditSentence", "%1 reset the password of %2."),
    "user.password_reset": QT_TRANSLATE_NOOP("AuditSentence", "%1 reset the password of %2."),
    "user.deactivate": QT_TRANSLATE_NOOP("AuditSentence", "%1 deactivated the account of %2."),
    "user.reactivate": QT_TRANSLATE_NOOP("AuditSentence", "%1 reactivated the account of %2."),
    "admin.create": QT_TRANSLATE_NOOP("AuditSentence", "%1 added the administrator %2."),
    "admin.update": QT_TRANSLATE_NOOP("AuditSentence", "%1 changed the administrator %2."),
    "teacher.create": QT_TRANSLATE_NOOP("AuditSentence", "%1 added the teacher %2."),
    "teacher.update": QT_TRANSLATE_NOOP("AuditSentence", "%1 changed the teacher %2."),
    "student.create": QT_TRANSLATE_NOOP("AuditSentence", "%1 added the student %2."),
    "student.update": QT_TRANSLATE_NOOP("AuditSentence", "%1 changed the student %2."),
    "organization.create": QT_TRANSLATE_NOOP("AuditSentence", "%1 added the school %2."),
    "organization.update": QT_TRANSLATE_NOOP("AuditSentence", "%1 changed the school %2."),
    "organization.delete": QT_TRANSLATE_NOOP("AuditSentence", "%1 deleted the school %2."),
    "setup.first_run": QT_TRANSLATE_NOOP("AuditSentence", "%1 set up the school %2."),
    "class.create": QT_TRANSLATE_NOOP("AuditSentence", "%1 added the class %2."),
    "class.update": QT_TRANSLATE_NOOP("AuditSentence", "%1 changed the class %2."),
    "class.delete": QT_TRANSLATE_NOOP("AuditSentence", "%1 deleted the class %2."),
    "enrollment.add": "%1 enrolled %n student(s) in %2.",
    "enrollment.remove": "%1 removed %n student(s) from %2.",
    "roster.import": "%1 imported a roster (%n person(s)).",
    "item.create": QT_TRANSLATE_NOOP("AuditSentence", "%1 added the item %2."),
    "item.update": QT_TRANSLATE_NOOP("AuditSentence", "%1 changed the item %2."),
    "item.content": QT_TRANSLATE_NOOP("AuditSentence", "%1 changed the text of the item %2."),
    "item.asset_add": QT_TRANSLATE_NOOP("AuditSentence", "%1 added a picture to the item %2."),
    "item.approve": QT_TRANSLATE_NOOP("AuditSentence", "%1 approved the item %2."),
    "item.send_back": QT_TRANSLATE_NOOP("AuditSentence", "%1 sent the item %2 back for changes."),
    "passage.save": QT_TRANSLATE_NOOP("AuditSentence", "%1 saved the passage %2."),
    "item.import": QT_TRANSLATE_NOOP("AuditSentence", "%1 imported items into the item bank."),
    "item.retire": QT_TRANSLATE_NOOP("AuditSentence", "%1 retired the item %2."),
    "item.activate": QT_TRANSLATE_NOOP("AuditSentence", "%1 put the item %2 back in use."),
    "item.exposure_parameters": QT_TRANSLATE_NOOP("AuditSentence", "%1 changed how often items are shown."),
    "items.recalibrated": QT_TRANSLATE_NOOP("AuditSentence", "%1 recalibrated the item bank."),
    "item.subject_create": QT_TRANSLATE_NOOP("AuditSentence", "%1 added the subject %2."),
    "item.subject_update": QT_TRANSLATE_NOOP("AuditSentence", "%1 changed the subject %2."),
    "item.strand_create": QT_TRANSLATE_NOOP("AuditSentence", "%1 added the strand %2."),
    "item.strand_update": QT_TRANSLATE_NOOP("AuditSentence", "%1 changed the strand %2."),
    "exam.create": QT_TRANSLATE_NOOP("AuditSentence", "%1 created the exam %2."),
    "exam.update": QT_TRANSLATE_NOOP("AuditSentence", "%1 changed the exam %2."),
    "exam.open": QT_TRANSLATE_NOOP("AuditSentence", "%1 opened the exam %2."),
    "exam.close": QT_TRANSLATE_NOOP("AuditSentence", "%1 closed the exam %2."),
    "exam.exposure": QT_TRANSLATE_NOOP("AuditSentence", "%1 limited how often items of %2 are shown."),
    "exam.kiosk_quit_password_set": QT_TRANSLATE_NOOP("AuditSentence", "%1 set a quit password for %2."),
    "exam.kiosk_quit_password_clear": QT_TRANSLATE_NOOP("AuditSentence", "%1 removed the quit password of %2."),
    "exam_session.start": QT_TRANSLATE_NOOP("AuditSentence", "%1 started the test %2."),
    "exam_session.resume": QT_TRANSLATE_NOOP("AuditSentence", "%1 went on with the test %2."),
    "exam_session.suspend": QT_TRANSLATE_NOOP("AuditSentence", "%1 left the test %2 unfinished."),
    "exam_session.finish": QT_TRANSLATE_NOOP("AuditSentence", "%1 finished the test %2."),
    "exam_session.terminate": QT_TRANSLATE_NOOP("AuditSentence", "%1 ended the test %2 of %3."),
    "server.session_ended": QT_TRANSLATE_NOOP("AuditSentence", "The server ended the unattended test %2."),
    "proctor.pause": QT_TRANSLATE_NOOP("AuditSentence", "%1 paused the test %2 of %3."),
    "proctor.resume": QT_TRANSLATE_NOOP("AuditSentence", "%1 let %3 go on with the test %2."),
    "proctor.extend_time": QT_TRANSLATE_NOOP("AuditSentence", "%1 gave %3 extra time in the test %2."),
    "proctor.terminate": QT_TRANSLATE_NOOP("AuditSentence", "%1 ended the test %2 of %3."),
    "attempt.correct": QT_TRANSLATE_NOOP("AuditSentence", "%1 corrected an answer of %3 and re-scored %2."),
    "kiosk.quit_granted": QT_TRANSLATE_NOOP("AuditSentence",
                                            "The proctor's password let %1 leave the test %2."),
    "kiosk.quit_refused": QT_TRANSLATE_NOOP("AuditSentence",
                                            "A wrong proctor password was typed on the PC of %1 in %2."),
    "kiosk.quit_locked": QT_TRANSLATE_NOOP("AuditSentence",
                                           "Too many wrong proctor passwords on the PC of %1 in %2."),
    "demo.seed": QT_TRANSLATE_NOOP("AuditSentence", "%1 added the demo school."),
}
#: when several people are affected, these read with a count instead of one name
MANY: dict[str, str] = {
    "proctor.pause": "%1 paused the test %2 of %n student(s).",
    "proctor.resume": "%1 let %n student(s) go on with the test %2.",
    "proctor.extend_time": "%1 gave %n student(s) extra time in the test %2.",
    "proctor.terminate": "%1 ended the test %2 of %n student(s).",
}
OTHER = QT_TRANSLATE_NOOP("AuditSentence", "%1 did something the program has no sentence for (%2).")

#: the actor as the subject of a sentence, by role
ACTORS = {
    "admin": QT_TRANSLATE_NOOP("AuditSentence", "Administrator %1"),
    "teacher": QT_TRANSLATE_NOOP("AuditSentence", "Teacher %1"),
    "student": QT_TRANSLATE_NOOP("AuditSentence", "Student %1"),
}
SOMEONE = QT_TRANSLATE_NOOP("AuditSentence", "%1")
SYSTEM = QT_TRANSLATE_NOOP("AuditSentence", "The system")
UNKNOWN_PERSON = QT_TRANSLATE_NOOP("AuditSentence", "a person no longer in the school")
UNNAMED = QT_TRANSLATE_NOOP("AuditSentence", "(no longer there)")
OF_CLASS = QT_TRANSLATE_NOOP("AuditSentence", "«%1» of %2")

#: details keys that carry the object's own name, in order of preference
NAME_KEYS = ("title", "name", "email", "name_ko", "code", "student_name", "class_name")


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def _name_in(details: Any) -> str:
    for key in NAME_KEYS:
        value = details.get(key) if isinstance(details, dict) else None
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def actor_phrase(entry: Any) -> str:
    name = getattr(entry, "actor_name", None)
    if not name:
        return _tr(SYSTEM) if getattr(entry, "actor_user_id", None) is None else _tr(UNKNOWN_PERSON)
    role = getattr(entry, "actor_role", None)
    return _tr(ACTORS.get(role or "", SOMEONE)).replace("%1", name)


def object_phrase(entry: Any) -> str:
    name = getattr(entry, "object_name", None) or _name_in(getattr(entry, "details", {}))
    if not name:
        return _tr(UNNAMED)
    klass = getattr(entry, "class_name", None)
    if klass and getattr(entry, "object_type", "") in ("exam", "exam_session"):
        return _tr(OF_CLASS).replace("%1", name).replace("%2", klass)
    return f"«{name}»"


def sentence(entry: Any) -> str:
    """The entry as one sentence in the user's language."""
    affected = len(getattr(entry, "affected_user_ids", ()) or ())
    action = entry.action
    template = MANY[action] if action in MANY and affected > 1 else SENTENCES.get(action, OTHER)
    text = _tr(template, affected) if "%n" in template else _tr(template)
    person = getattr(entry, "affected_name", None) or _tr(UNKNOWN_PERSON)
    return (text.replace("%1", actor_phrase(entry)).replace("%2", object_phrase(entry))
            .replace("%3", person))


def _plural_texts() -> None:  # pragma: no cover - never called: lupdate reads the calls
    """The sentences with a count, marked as plural (numerus) texts for the catalogs."""
    translate = QCoreApplication.translate
    translate("AuditSentence", "%1 enrolled %n student(s) in %2.", None, 2)
    translate("AuditSentence", "%1 removed %n student(s) from %2.", None, 2)
    translate("AuditSentence", "%1 imported a roster (%n person(s)).", None, 2)
    translate("AuditSentence", "%1 paused the test %2 of %n student(s).", None, 2)
    translate("AuditSentence", "%1 let %n student(s) go on with the test %2.", None, 2)
    translate("AuditSentence", "%1 gave %n student(s) extra time in the test %2.", None, 2)
    translate("AuditSentence", "%1 ended the test %2 of %n student(s).", None, 2)
