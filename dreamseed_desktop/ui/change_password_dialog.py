"""Change one's own password: current, new, repeat (the server's rules as you type).

Everyone reaches it from File ▸ Change password…; after signing in with a password the school
set (an initial password, a reset) it opens by itself and must be completed before anything
else (the server gives such a sign-in no other rights). A wrong current password counts as a
failed sign-in (the account locks after five).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.core.errors import AccountLocked, PermissionDenied
from dreamseed_desktop.services.core.passwords import MIN_PASSWORD_LENGTH, password_problem
from dreamseed_desktop.ui.a11y.tones import set_tone
from dreamseed_desktop.ui.i18n import domain_text
from dreamseed_desktop.ui.workers import Failure, TaskRunner

ChangePassword = Callable[[str, str], None]   # (current, new): services.auth.change_password


class ChangePasswordDialog(QDialog):
    """``forced``: the first sign-in with a password the school set (other wording; Cancel
    then signs out)."""

    def __init__(self, change: ChangePassword, runner: TaskRunner, parent: QWidget | None = None, *,
                 forced: bool = False, email: str | None = None) -> None:
        super().__init__(parent)
        self._change = change
        self._runner = runner
        self._email = email
        self.setWindowTitle(self.tr("Change password"))
        self.intro = QLabel(self.tr("The password you signed in with was given to you by your school. "
                                    "Choose your own password now; you will use it from now on.")
                            if forced else self.tr("Enter your current password and the new one twice."))
        self.intro.setObjectName("changePasswordIntro")
        self.intro.setWordWrap(True)
        self.old = QLineEdit()
        self.old.setObjectName("oldPasswordEdit")
        self.new = QLineEdit()
        self.new.setObjectName("newPasswordEdit")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPasswordEdit")
        for edit in (self.old, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(lambda _t: self._follow())
        self.rules = QLabel(self.tr("At least %n characters; not your email address, not a common "
                                    "password such as 12345678.", "", MIN_PASSWORD_LENGTH))
        self.rules.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("changePasswordMessage")
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Change password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Sign out") if forced else self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for text, edit in ((self.tr("C&urrent password:"), self.old), (self.tr("&New password:"), self.new),
                           (self.tr("&Repeat new password:"), self.repeat)):
            caption = QLabel(text)
            caption.setBuddy(edit)
            form.addRow(caption, edit)
        form.addRow("", self.rules)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._follow()

    def problem(self) -> str | None:
        """Why the form cannot be sent yet (translated; "" when something is simply empty)."""
        if not self.old.text() or not self.new.text():
            return ""
        problem = password_problem(self.new.text(), self._email)
        if problem:
            return domain_text(problem)
        if self.new.text() == self.old.text():
            return self.tr("The new password must differ from the current one.")
        if self.repeat.text() != self.new.text():
            return self.tr("The two new passwords are not the same.") if self.repeat.text() else ""
        return None

    def _follow(self) -> None:
        problem = self.problem()
        self.message.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    def submit(self) -> None:
        if self.problem() is not None:
            return
        old, new, change = self.old.text(), self.new.text(), self._change
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("Changing the password…"))
        self._runner.write(lambda: change(old, new), lambda _r: self.accept(), self._failed, owner=self)

    def _failed(self, failure: Failure) -> None:
        error = failure.error
        self.old.clear()
        self.old.setFocus()
        if isinstance(error, AccountLocked):
            self.message.setText(self.tr("Too many wrong passwords. The account is locked for 15 minutes."))
        elif isinstance(error, PermissionDenied):
            self.message.setText(self.tr("The current password is wrong."))
        else:
            self.message.setText(failure.message)
