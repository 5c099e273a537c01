"""Table model of audit-log entries (pages of AuditEntryDTO from services.audit_log)."""
from __future__ import annotations

from PySide6.QtCore import QObject

from dreamseed_desktop.services.core.audit_log import AuditEntryDTO
from dreamseed_desktop.ui.qtmodels.dto_table import Column
from dreamseed_desktop.ui.qtmodels.paged import Fetch, PagedTableModel
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP
from dreamseed_desktop.ui.workers import TaskRunner


def _who(entry: AuditEntryDTO) -> object:
    return entry.actor_name or entry.actor_user_id


def _object(entry: AuditEntryDTO) -> str:
    kind = entry.object_type
    return f"{kind} {entry.object_id}" if entry.object_id else kind


AUDIT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda e: e.at),
    Column(QT_TRANSLATE_NOOP("Columns", "Who"), _who),
    Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda e: e.action),
    Column(QT_TRANSLATE_NOOP("Columns", "Object"), _object, stretch=True),
    Column(QT_TRANSLATE_NOOP("Columns", "People affected"),
           lambda e: len(e.affected_user_ids), align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "From"), lambda e: e.client_addr),
)


class AuditModel(PagedTableModel):
    """Newest entries first, one SQL page at a time."""

    def __init__(self, fetch: Fetch, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(AUDIT_COLUMNS, fetch, runner, parent, page_size=200)
