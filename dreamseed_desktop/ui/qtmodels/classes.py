"""Table model of classes (ClassDTO)."""
from __future__ import annotations

from PySide6.QtCore import QObject

from dreamseed_desktop.ui.qtmodels.dto_table import Column, DtoTableModel
from dreamseed_desktop.ui.subject_names import subject_label
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP


class ClassesModel(DtoTableModel):
    """School year, grade, name, subject, teacher and number of students."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(QT_TRANSLATE_NOOP("Columns", "Year"), lambda c: c.school_year, align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Grade"), lambda c: c.grade, align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Class no."), lambda c: c.class_no, align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Class"), lambda c: c.name),
            Column(QT_TRANSLATE_NOOP("Columns", "Subject"), lambda c: c.subject, display=subject_label),  # type: ignore[arg-type]
            Column(QT_TRANSLATE_NOOP("Columns", "Teacher"), lambda c: c.teacher_name, stretch=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Students"), lambda c: c.student_count,
                   align_right=True),
        ], parent)
