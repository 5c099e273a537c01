"""English messages of the service layer, marked for translation (lupdate reads this file).

:func:`dreamseed_desktop.ui.i18n.domain_message` looks each error message up in the
``DomainError`` context; add a line here when a service introduces a new fixed message.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

KNOWN_MESSAGES = (
    QT_TRANSLATE_NOOP("DomainError", "The operation could not be completed."),
    QT_TRANSLATE_NOOP("DomainError", "Not found."),
    QT_TRANSLATE_NOOP("DomainError", "Already enrolled"),
    QT_TRANSLATE_NOOP("DomainError", "Invalid value."),
    QT_TRANSLATE_NOOP("DomainError", "Someone else changed this record after you opened it. "
                                     "Reload it and make your change again."),
    QT_TRANSLATE_NOOP("DomainError", "You are not allowed to do this."),
    QT_TRANSLATE_NOOP("DomainError", "Your sign-in has expired. Please sign in again."),
    QT_TRANSLATE_NOOP("DomainError", "Too many failed sign-ins. The account is locked for 15 minutes."),
    QT_TRANSLATE_NOOP("DomainError", "The database server cannot be reached. "
                                     "Check the network and try again."),
    QT_TRANSLATE_NOOP("DomainError", "This email address is already used by another account."),
    QT_TRANSLATE_NOOP("DomainError", "This is not a valid email address."),
    QT_TRANSLATE_NOOP("DomainError", "Role must be admin, teacher or student."),
    QT_TRANSLATE_NOOP("DomainError", "An organization with this name already exists."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown organization type."),
    QT_TRANSLATE_NOOP("DomainError", "This student number is already used in this school."),
    QT_TRANSLATE_NOOP("DomainError", "Grade must be between 1 and 12."),
    QT_TRANSLATE_NOOP("DomainError", "School year must be between 2000 and 2100."),
    QT_TRANSLATE_NOOP("DomainError", "A class with this name already exists for this school year."),
    QT_TRANSLATE_NOOP("DomainError", "An item with this code already exists."),
    QT_TRANSLATE_NOOP("DomainError", "Discrimination a must be greater than 0 (and at most 10)."),
    QT_TRANSLATE_NOOP("DomainError", "Guessing c must be at least 0 and below 1."),
    QT_TRANSLATE_NOOP("DomainError", "Difficulty b must be between -10 and 10."),
    QT_TRANSLATE_NOOP("DomainError", "This value is already in use."),
    QT_TRANSLATE_NOOP("DomainError", "This record is still in use by other records and cannot be removed."),
    QT_TRANSLATE_NOOP("DomainError", "A referenced record does not exist (it may have been removed)."),
    QT_TRANSLATE_NOOP("DomainError", "Value out of the allowed range."),
    QT_TRANSLATE_NOOP("DomainError", "This field is required."),
    QT_TRANSLATE_NOOP("DomainError", "Text is too long."),
    QT_TRANSLATE_NOOP("DomainError", "A value has the wrong format."),
    QT_TRANSLATE_NOOP("DomainError", "The database was busy with a conflicting change. Please try again."),
    QT_TRANSLATE_NOOP("DomainError", "The database rejected the connection credentials."),
    QT_TRANSLATE_NOOP("DomainError", "The database reported an error. The change was not saved."),
    QT_TRANSLATE_NOOP("DomainError", "The password must have at least 8 characters."),
    QT_TRANSLATE_NOOP("DomainError", "The password must not start or end with spaces."),
    QT_TRANSLATE_NOOP("DomainError", "Wrong email or password."),
)
