"""Table model of the signed-in student's exams (ExamInfo from services.exam_api)."""
from __future__ import annotations

from PySide6.QtCore import QObject

from dreamseed_desktop.ui.qtmodels.dto_table import Column, DtoTableModel
from dreamseed_desktop.ui.qtmodels.labels import label
from dreamseed_desktop.ui.subject_names import subject_label
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP


class MyExamsModel(DtoTableModel):
    """Title, subject, class, window, status and answered count; keyed by ``exam_id``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(QT_TRANSLATE_NOOP("Columns", "Exam"), lambda e: e.title, stretch=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Subject"), lambda e: e.subject, display=subject_label),  # type: ignore[arg-type]
            Column(QT_TRANSLATE_NOOP("Columns", "Class"), lambda e: e.class_name),
            Column(QT_TRANSLATE_NOOP("Columns", "Opens"), lambda e: e.opens_at),
            Column(QT_TRANSLATE_NOOP("Columns", "Closes"), lambda e: e.closes_at),
            Column(QT_TRANSLATE_NOOP("Columns", "Status"),
                   lambda e: e.session_status or ("not_started" if e.can_start else None),
                   display=label),
            Column(QT_TRANSLATE_NOOP("Columns", "Answered"), lambda e: e.answered, align_right=True),
        ], parent, key=lambda e: e.exam_id)
