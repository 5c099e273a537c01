"""A reading passage (title and text; formulas and pictures allowed) several items share.

Signals: ``saved(int)`` — the passage id."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from dreamseed_desktop.services.items.authoring import PassageDTO
from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.workers import Failure


class PassageDialog(QDialog):
    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, passage_id: int | None = None,
                 title: str = "", body: str = "", row_version: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passageDialog")
        self.ctx, self.passage_id, self.row_version = ctx, passage_id, row_version
        self.setWindowTitle(self.tr("Passage"))
        self.title = QLineEdit(title)
        self.title.setObjectName("passageTitleEdit")
        self.body = QPlainTextEdit(body)
        self.body.setObjectName("passageBodyEdit")
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Te&xt:"), self.body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(640, 480)

    def save(self) -> None:
        service = self.ctx.services.item_authoring
        title, body, pid, version = self.title.text(), self.body.toPlainText(), self.passage_id, self.row_version
        self.ctx.runner.write(lambda: service.save_passage(title, body, pid, version), self._done, self._failed,
                              owner=self)

    def _done(self, passage: PassageDTO) -> None:
        self.saved.emit(passage.id)
        self.accept()

    def _failed(self, failure: Failure) -> None:
        messages.show_failure(self, failure)
