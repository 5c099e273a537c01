"""Audit log viewer (admins): who did what to whom, newest first, with search and details.

Reads through ``services.audit_log.AuditLogService.list(action=, search=, offset=, limit=)``
returning a Page of entries (at, actor_name/actor_user_id, action, object_type, object_id,
affected_user_ids, client_addr, details).
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from dreamseed_desktop.services.core.audit_log import AuditEntryDTO
from dreamseed_desktop.ui.common.list_screen import ListScreen
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.qtmodels.audit import AuditModel, area_text, detail_lines

# Audit actions are "<area>.<verb>" (services and SQL functions alike); filter by area.
ACTION_GROUPS = ("", "auth.", "user.", "enrollment.", "roster.", "class.", "organization.", "item.",
                 "exam.", "exam_session.", "proctor.", "attempt.")


class AuditScreen(ListScreen):
    """Paged audit entries; the selected entry's details below the table."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        service = ctx.services.audit_log
        self.model = AuditModel(lambda q, offset, limit: service.list(offset=offset, limit=limit, **q),
                                ctx.runner)
        super().__init__(ctx, self.tr("Audit log"), self.model, parent, sortable=False)
        self.action = QComboBox()
        self.action.setObjectName("actionFilter")
        for prefix in ACTION_GROUPS:
            self.action.addItem(area_text(prefix) if prefix else self.tr("All actions"), prefix or None)
        self.add_filter_widget(self.tr("&Action:"), self.action)
        self.action.currentIndexChanged.connect(lambda _i: self.reload())
        self.details = QPlainTextEdit()
        self.details.setObjectName("auditDetails")
        self.details.setAccessibleName(self.tr("Details of the entry"))
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(140)
        layout = self.layout()
        assert layout is not None  # ListScreen's own layout
        layout.addWidget(self.details)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.model.total_changed.connect(lambda n: self.set_status(self.tr("%n entries", "", n)))
        self.model.failed.connect(self.set_status)

    def reload(self) -> None:
        self.model.set_query(action=self.action.currentData(),
                             search=self.search.text().strip() or None)

    def on_search(self, text: str) -> None:
        self.reload()

    def _show(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.details.clear()
            return
        entry: AuditEntryDTO = self.model.row_at(row)
        self.details.setPlainText(detail_lines(entry))


def create_screen(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return AuditScreen(ctx, parent)
