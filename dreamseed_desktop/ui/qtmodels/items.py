"""Lazy table model of the item bank (ItemDTO pages from ItemService.list)."""
from __future__ import annotations

from PySide6.QtCore import QObject

from dreamseed_desktop.ui.common.grades import curriculum_grade_text
from dreamseed_desktop.ui.qtmodels.dto_table import Column
from dreamseed_desktop.ui.qtmodels.labels import label
from dreamseed_desktop.ui.qtmodels.paged import Fetch, PagedTableModel
from dreamseed_desktop.ui.subject_names import strand_label, subject_label
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP
from dreamseed_desktop.ui.workers import TaskRunner

ITEM_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda i: i.code,
           dim_if=lambda i: i.status != "active"),
    Column(QT_TRANSLATE_NOOP("Columns", "Subject"), lambda i: i.subject, display=subject_label),  # type: ignore[arg-type]
    Column(QT_TRANSLATE_NOOP("Columns", "Grade"), lambda i: i.grade,
           display=curriculum_grade_text),  # type: ignore[arg-type]   # 고1, not 10
    Column(QT_TRANSLATE_NOOP("Columns", "Strand"), lambda i: strand_label(i.subject, i.strand), stretch=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Model"), lambda i: i.model),
    Column(QT_TRANSLATE_NOOP("Columns", "a"), lambda i: i.a, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "b"), lambda i: i.b, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "c"), lambda i: i.c, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda i: i.status, display=label,
           dim_if=lambda i: i.status != "active"),
)


class ItemsModel(PagedTableModel):
    """Items ordered by code, one SQL page at a time."""

    def __init__(self, fetch: Fetch, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(ITEM_COLUMNS, fetch, runner, parent, page_size=200)
