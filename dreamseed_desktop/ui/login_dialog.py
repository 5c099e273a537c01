"""Sign-in dialog: email (students may type their 학번 instead), school (when the server has
several and a 학번 is typed), password, language; lockout and wrong-password messages.

``login(email, password)`` is given by the composition root (``services.auth.login``); it
runs on the write worker and returns the signed-in identity. Changing the language here takes
effect at once (the dialog re-translates itself) and is remembered.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.core.uow import Identity
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.a11y.tones import set_tone
from dreamseed_desktop.ui.fonts import number_font
from dreamseed_desktop.ui.sign_in_flow import ChangePassword, Logout, failure_text, finish_sign_in
from dreamseed_desktop.ui.workers import Failure, TaskRunner

Login = Callable[..., Identity]   # (email or 학번, password[, organization_id=])


class LoginDialog(QDialog):
    """Email, password and language; ``identity`` holds the signed-in user once accepted."""

    def __init__(self, login: Login, runner: TaskRunner, parent: QWidget | None = None, *,
                 email: str = "", language: str = "ko", server_label: str = "",
                 hint: str = "", schools: list[tuple[int, str]] | None = None,
                 change_password: ChangePassword | None = None, logout: Logout | None = None) -> None:
        super().__init__(parent)
        self._login = login
        self._change_password, self._logout = change_password, logout
        self._runner = runner
        self.identity: Identity | None = None
        self.email = QLineEdit(email)
        self.email.setFont(number_font(self.email.font()))    # "seoul-hs.kr", not "seoul-hs,kr"
        self.email.setObjectName("emailEdit")
        self.password = QLineEdit()
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # a 학번 is unique within a school: with several schools on the server, say which
        self.school = QComboBox()
        self.school.setObjectName("schoolBox")
        for org_id, name in schools or []:
            self.school.addItem(name, org_id)
        self.school_label = QLabel()
        self.school_label.setBuddy(self.school)
        self.email.textChanged.connect(lambda _t: self._follow_key())
        self.language = QComboBox()
        self.language.setObjectName("languageBox")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.email_label, self.password_label, self.language_label = QLabel(), QLabel(), QLabel()
        self.email_label.setBuddy(self.email)
        self.password_label.setBuddy(self.password)
        self.language_label.setBuddy(self.language)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.server = QLabel(server_label)
        self.server.setObjectName("serverLabel")
        # e.g. the demo school's sign-in, so a first-time user is not stuck at the password
        self.hint = QLabel(hint)
        self.hint.setObjectName("loginHint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_tone(self.hint, "ok")
        self.hint.setVisible(bool(hint))
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.email_label, self.email)
        form.addRow(self.school_label, self.school)
        self._form = form
        form.addRow(self.password_label, self.password)
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.server)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        self.setMinimumWidth(400)
        self.retranslate()
        self._follow_key()
        (self.password if email else self.email).setFocus()

    def _by_number(self) -> bool:
        text = self.email.text().strip()
        return bool(text) and "@" not in text

    def _follow_key(self) -> None:
        self._form.setRowVisible(self.school, self.school.count() > 1 and self._by_number())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in — DreamSeed Desktop"))
        self.heading.setText(self.tr("DreamSeed Desktop"))
        self.email_label.setText(self.tr("&Email or student no.:"))
        self.email.setPlaceholderText(self.tr("staff: email · students: student number"))
        self.school_label.setText(self.tr("Sc&hool:"))
        self.password_label.setText(self.tr("&Password:"))
        self.language_label.setText(self.tr("&Language:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self) -> None:
        code = str(self.language.currentData())
        i18n.install_language(code)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def submit(self) -> None:
        email, password = self.email.text().strip(), self.password.text()
        if not email or not password:
            self.message.setText(self.tr("Enter your email or student number and your password."))
            return
        self.message.clear()
        self.buttons.setEnabled(False)
        login = self._login
        org = self.school.currentData() if self._by_number() and self.school.count() > 1 else None
        if org is None:
            self._runner.write(lambda: login(email, password), self._signed_in, self._failed, owner=self)
        else:
            self._runner.write(lambda: login(email, password, organization_id=org),
                               self._signed_in, self._failed, owner=self)

    def _signed_in(self, identity: Identity) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        if not finish_sign_in(identity, self, self._runner, change_password=self._change_password,
                              logout=self._logout):
            self.password.setFocus()
            return
        self.identity = identity
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.message.setText(failure_text(failure, by_number=self._by_number(), student_station=False))
