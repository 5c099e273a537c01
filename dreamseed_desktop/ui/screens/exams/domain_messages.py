"""Service messages of the exam area, marked for translation (context ``DomainError``).

``ui.i18n.domain_message`` translates a DomainError by looking its English message up in the
``DomainError`` context; listing the exam services' messages here lets ``pyside6-lupdate`` keep
them in ``resources/translations/dreamseed_ko.ts``. Nothing imports this module at run time.
"""
from __future__ import annotations

from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

EXAM_DOMAIN_MESSAGES = (
    # exam API (server) messages the student window may show
    QT_TRANSLATE_NOOP("DomainError", "Exam not found."),
    QT_TRANSLATE_NOOP("DomainError", "Exam session not found."),
    QT_TRANSLATE_NOOP("DomainError", "Only students can take exams."),
    QT_TRANSLATE_NOOP("DomainError", "The exam server scores with EAP only; ask your teacher to choose the EAP estimator."),  # noqa: E501
    QT_TRANSLATE_NOOP("DomainError", "The time to resume this exam has passed. Ask your teacher."),
    QT_TRANSLATE_NOOP("DomainError", "This exam is not open now."),
    QT_TRANSLATE_NOOP("DomainError", "This exam is paused. Open it again from your exam list."),
    QT_TRANSLATE_NOOP("DomainError", "You have already taken this exam."),
    QT_TRANSLATE_NOOP("DomainError", "Your teacher has paused the exam. Please wait."),
    QT_TRANSLATE_NOOP("DomainError", "This item has already been answered; the answer cannot be changed."),
    QT_TRANSLATE_NOOP("DomainError", "This is not the current item of the exam. Reload the exam."),
    # exam administration
    QT_TRANSLATE_NOOP("DomainError", "The quit password needs at least 8 characters."),
    QT_TRANSLATE_NOOP("DomainError", "Please enter a title."),
    QT_TRANSLATE_NOOP("DomainError", "The exam server scores with EAP; choose the EAP estimator."),
    QT_TRANSLATE_NOOP("DomainError", "The exam server chooses every item by Fisher information; "
                                     "KL and posterior-weighted first items are for simulations only."),
    QT_TRANSLATE_NOOP("DomainError", "The title is too long (200 characters at most)."),
    QT_TRANSLATE_NOOP("DomainError", "Please choose a subject."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown exam type."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown result display."),
    QT_TRANSLATE_NOOP("DomainError", "Resume days must be between 0 and 30."),
    QT_TRANSLATE_NOOP("DomainError", "The exam must close after it opens."),
    QT_TRANSLATE_NOOP("DomainError", "At least one item must be given."),
    QT_TRANSLATE_NOOP("DomainError", "At most 200 items."),
    QT_TRANSLATE_NOOP("DomainError", "The time limit must be between 1 minute and 6 hours."),
    QT_TRANSLATE_NOOP("DomainError", "The SE target must be between 0.1 and 1.0."),
    QT_TRANSLATE_NOOP("DomainError", "The item pool has fewer items than the maximum test length; lower the maximum or widen the filter."),  # noqa: E501
    QT_TRANSLATE_NOOP("DomainError", "An exam cannot move to another class."),
    QT_TRANSLATE_NOOP("DomainError", "Students have already started this exam; its subject, item pool and CAT settings can no longer change."),  # noqa: E501
    QT_TRANSLATE_NOOP("DomainError", "This exam does not exist or you cannot see it."),
    QT_TRANSLATE_NOOP("DomainError", "This class does not exist or you cannot see it."),
    QT_TRANSLATE_NOOP("DomainError", "This session does not exist or you cannot see it."),
    QT_TRANSLATE_NOOP("DomainError", "Write content targets as strand=share, e.g. algebra=0.6."),
    QT_TRANSLATE_NOOP("DomainError", "Write grades as numbers, e.g. 7, 8."),
)
