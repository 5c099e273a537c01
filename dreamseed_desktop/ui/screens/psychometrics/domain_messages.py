"""Fixed error messages of services.psychometrics and services.reports, marked for translation.

``ui.i18n.domain_message`` looks a DomainError's message up in the "DomainError" context; these
marks put the messages into the catalog (``resources/translations/dreamseed_ko.ts``). Nothing imports this module
at run time.
"""
from __future__ import annotations

from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

MESSAGES = (
    QT_TRANSLATE_NOOP("DomainError", "Cancelled; nothing was changed."),
    QT_TRANSLATE_NOOP("DomainError", "Choose a subject or some items to calibrate."),
    QT_TRANSLATE_NOOP("DomainError", "The minimum number of answers must be 1 or more."),
    QT_TRANSLATE_NOOP("DomainError", "The precision limits must be positive."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown session status."),
    QT_TRANSLATE_NOOP("DomainError", "No items match the selection."),
    QT_TRANSLATE_NOOP("DomainError", "There are no stored answers for these items in this period."),
    QT_TRANSLATE_NOOP("DomainError", "No item has acceptable new parameters."),
    QT_TRANSLATE_NOOP("DomainError", "The end date is before the start date."),
    QT_TRANSLATE_NOOP("DomainError", "The flag threshold must be positive."),
    QT_TRANSLATE_NOOP("DomainError", "The bank has no active items for this subject."),
    QT_TRANSLATE_NOOP("DomainError", "The ability spread must be positive."),
    QT_TRANSLATE_NOOP("DomainError", "The prior spread of a must be positive."),
    QT_TRANSLATE_NOOP("DomainError", "Both parameters of the Beta prior on c must be 1 or more."),
    QT_TRANSLATE_NOOP("DomainError", "Item {code} has no acceptable new parameters."),
    QT_TRANSLATE_NOOP("DomainError", "Item {code} was changed after the calibration was run. "
                                     "Run the calibration again."),
    QT_TRANSLATE_NOOP("DomainError", "Simulate between 1 and {max} students."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown calibration method."),
    QT_TRANSLATE_NOOP("DomainError", "Choose a reference group and a focal group."),
    QT_TRANSLATE_NOOP("DomainError", "A class cannot be in both groups."),
    QT_TRANSLATE_NOOP("DomainError", "Choose the new items to calibrate against the anchors."),
    QT_TRANSLATE_NOOP("DomainError", "The drift limits must be positive."),
    QT_TRANSLATE_NOOP("DomainError", "Item {code} is not in the selection."),
    QT_TRANSLATE_NOOP("DomainError", "There are no anchor items: every active item is marked new."),
)

# why a recalibrated item is not offered for acceptance (ItemCalibration.note_template)
NOTES = (
    QT_TRANSLATE_NOOP("CalibrationNote", "every answer correct: cannot be estimated"),
    QT_TRANSLATE_NOOP("CalibrationNote", "every answer wrong: cannot be estimated"),
    QT_TRANSLATE_NOOP("CalibrationNote", "only {0} answers (minimum {1})"),
    QT_TRANSLATE_NOOP("CalibrationNote", "could not be estimated"),
    QT_TRANSLATE_NOOP("CalibrationNote", "estimate outside the allowed range"),
    QT_TRANSLATE_NOOP("CalibrationNote", "estimate stopped at a search bound"),
    QT_TRANSLATE_NOOP("CalibrationNote", "too imprecise (SE of a {0:.2f}, of b {1:.2f})"),
    QT_TRANSLATE_NOOP("CalibrationNote", "anchor: parameters held fixed"),
    QT_TRANSLATE_NOOP("CalibrationNote", "released anchor (drift z {0:.1f}); re-estimated"),
)
