"""Correct one answer of an ended session: right or wrong, with a reason (always required).

The correction runs on the server (``exam.correct_answer`` through
:meth:`ExamResultsService.correct_answer`): only the class's teacher or an admin may, the session
is re-scored with its stored design, and the audit log keeps the old and new values and the reason.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.exams.results import RecordItem

MAX_REASON = 500


class AnswerCorrectionDialog(QDialog):
    """Asks whether the answer is right or wrong and why; OK only with a reason."""

    def __init__(self, item: RecordItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerCorrectionDialog")
        self.setWindowTitle(self.tr("Correct an answer"))
        now = self.tr("right") if item.correct else self.tr("wrong")
        intro = QLabel(self.tr("Item %1 (question %2) is marked %3. The session is re-scored with its "
                               "own settings, and the change is kept in the audit log with your reason.")
                       .replace("%1", item.item_code).replace("%2", str(item.seq)).replace("%3", now), self)
        intro.setWordWrap(True)
        self.right = QRadioButton(self.tr("Mark as &right"), self)
        self.wrong = QRadioButton(self.tr("Mark as &wrong"), self)
        (self.wrong if item.correct else self.right).setChecked(True)   # the change is the default
        self.reason = QLineEdit(self)
        self.reason.setObjectName("correctionReason")
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. the answer key was wrong"))
        self.reason.setAccessibleName(self.tr("Reason"))
        reason_label = QLabel(self.tr("&Reason (required):"), self)
        reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Correct and re-score"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.right)
        form.addRow(self.wrong)
        form.addRow(reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.reason.text().strip()))

    def marked_correct(self) -> bool:
        return self.right.isChecked()

    def reason_text(self) -> str:
        return self.reason.text().strip()
