"""Table model of a class roster or of the students available to enroll (ClassStudentDTO)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from dreamseed_desktop.ui.qtmodels.dto_table import Column, DtoTableModel
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

ROSTER_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Student no."), lambda s: s.student_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda s: s.name, dim_if=lambda s: not s.is_active),
    Column(QT_TRANSLATE_NOOP("Columns", "Grade"), lambda s: s.grade, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Email"), lambda s: s.email or "", stretch=True, latin=True),
)


#: student number and name only, for a narrow list beside a chart
SHORT_ROSTER_COLUMNS = ROSTER_COLUMNS[:2]


class RosterModel(DtoTableModel):
    """Student number, name, grade, email (or ``columns``); keyed by ``student_id``."""

    def __init__(self, parent: QObject | None = None,
                 columns: Sequence[Column] = ROSTER_COLUMNS) -> None:
        super().__init__(list(columns), parent, key=lambda s: s.student_id)
