"""The lab PC's check-in screen: full screen, sign-in only, and it never quits by accident.

``Cancel`` (and Escape) clear what was typed; the window manager's close is refused. Only the
proctor leaves: Ctrl+Alt+Q, then the lab PC's quit password (or, when the PC has none set, a
confirmation). The language chosen here is the kiosk's own setting: it never changes the
language of the staff program on the same PC, and the staff program's never changes it.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.core.uow import Identity
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.a11y.focus_ring import install_focus_ring
from dreamseed_desktop.ui.a11y.names import install_default_names
from dreamseed_desktop.ui.sign_in_flow import ChangePassword, Logout, failure_text, finish_sign_in
from dreamseed_desktop.ui.workers import Failure, TaskRunner

Login = Callable[..., Identity]   # (학번 or email, password[, organization_id=])

STYLE = """
#checkIn { background: #eef2f7; }
#checkInCard { background: #ffffff; border: 1px solid #d5dce4; border-radius: 14px; }
#checkInCard QLabel#checkInTitle { font-size: 30px; font-weight: bold; color: #1f2933; }
#checkInCard QLabel#checkInHelp { font-size: 17px; color: #3e4a56; }
#checkInCard QLabel { font-size: 17px; }
#checkInCard QLineEdit, #checkInCard QComboBox { font-size: 19px; padding: 6px; min-height: 30px; }
#checkInCard QLabel#checkInMessage { color: #b00020; font-size: 16px; }
#checkInCard QLabel#checkInMessage[tone="ok"] { color: #1d6b35; }
QPushButton#signInButton { font-size: 19px; padding: 10px 28px; background: #2f6fdd; color: white;
    border: none; border-radius: 8px; }
QPushButton#signInButton:disabled { background: #b9c6da; }
QPushButton#clearButton { font-size: 17px; padding: 10px 22px; background: #ffffff;
    border: 1px solid #9aa5b1; border-radius: 8px; }
#checkInFooter { color: #6b7580; font-size: 14px; }
"""


class KioskCheckIn(QDialog):
    """Full-screen student sign-in for ``dreamseed-desktop --exam``.

    ``identity`` holds the signed-in student once accepted; ``quit_requested`` is True when the
    proctor closed the test station (then the dialog is rejected).
    ``on_language(code)`` stores the kiosk's own language when the student changes it;
    ``on_school(id or None)`` stores this PC's school when an administrator signs in to set it
    (``kiosk_school.KioskSchoolDialog``).
    """

    def __init__(self, login: Login, runner: TaskRunner, parent: QWidget | None = None, *,
                 language: str = "ko", server_label: str = "",
                 on_language: Callable[[str], None] | None = None,
                 quit_check: Callable[[str], bool] | None = None,
                 change_password: ChangePassword | None = None, logout: Logout | None = None,
                 schools: list[tuple[int, str]] | None = None, school_id: int | None = None,
                 on_school: Callable[[int | None], None] | None = None) -> None:
        super().__init__(parent)
        self._on_school = on_school
        self._login = login
        self._change_password, self._logout = change_password, logout
        # a 학번 is unique within a school: on a server with several, the PC's school (set by
        # the admin: dreamseed-admin kiosk set-school) is used, else the student chooses
        self._schools = list(schools or [])
        self._fixed_school = school_id if any(i == school_id for i, _ in self._schools) else None
        self._runner = runner
        self._on_language = on_language
        self._quit_check = quit_check
        self.identity: Identity | None = None
        self.quit_requested = False
        self.setObjectName("checkIn")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        install_default_names()
        self.focus_ring = install_focus_ring(self)     # Done / Back and the fields show the focus
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                            | Qt.WindowType.WindowStaysOnTopHint)

        card = QFrame(self)
        card.setObjectName("checkInCard")
        card.setMaximumWidth(620)
        self.title = QLabel(card)
        self.title.setObjectName("checkInTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.help = QLabel(card)
        self.help.setObjectName("checkInHelp")
        self.help.setWordWrap(True)
        self.help.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.user = QLineEdit(card)
        self.user.setObjectName("userEdit")
        self.password = QLineEdit(card)
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox(card)
        self.language.setObjectName("languageBox")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.normalise_language(language)), 0))
        self.user_label, self.password_label, self.language_label = QLabel(), QLabel(), QLabel()
        self.user_label.setBuddy(self.user)
        self.password_label.setBuddy(self.password)
        self.language_label.setBuddy(self.language)
        self.school = QComboBox(card)
        self.school.setObjectName("schoolBox")
        for org_id, name in self._schools:
            self.school.addItem(name, org_id)
        if self._fixed_school is not None:
            self.school.setCurrentIndex(self.school.findData(self._fixed_school))
            self.school.setEnabled(False)          # the admin chose it for this PC
        self.school_label = QLabel()
        self.school_label.setBuddy(self.school)
        self.message = QLabel(card)
        self.message.setObjectName("checkInMessage")
        self.message.setWordWrap(True)
        self.sign_in_button = QPushButton(card)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        self.clear_button = QPushButton(card)
        self.clear_button.setObjectName("clearButton")
        self.clear_button.clicked.connect(self.clear)
        self.footer = QLabel(self)
        self.footer.setObjectName("checkInFooter")
        self.footer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.server_label = server_label

        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.addRow(self.school_label, self.school)
        form.addRow(self.user_label, self.user)
        form.addRow(self.password_label, self.password)
        form.setRowVisible(self.school, len(self._schools) > 1)
        form.addRow(self.language_label, self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(14)
        inner.addWidget(self.title)
        inner.addWidget(self.help)
        inner.addSpacing(10)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addSpacing(6)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        outer.addWidget(self.footer)

        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        quit_shortcut = QShortcut(QKeySequence("Ctrl+Alt+Q"), self)
        quit_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        quit_shortcut.activated.connect(self.ask_quit)
        self.retranslate()
        self.user.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Test check-in"))
        self.title.setText(self.tr("Test check-in"))
        self.help.setText(self.tr("Sign in with your student number or email and your password."))
        self.user_label.setText(self.tr("Student number or email:"))
        self.password_label.setText(self.tr("Password:"))
        self.language_label.setText(self.tr("Language:"))
        self.school_label.setText(self.tr("School:"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.clear_button.setText(self.tr("Cancel"))
        self.clear_button.setToolTip(self.tr("Clears what you typed. The test station stays open."))
        footer = self.tr("Test station")
        if self.server_label:
            footer += " · " + self.server_label
        self.footer.setText(footer)

    def changeEvent(self, event: QEvent) -> None:  # Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self) -> None:
        code = str(self.language.currentData())
        i18n.install_language(code)
        if self._on_language is not None:
            self._on_language(code)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    # ------------------------------------------------------------ actions
    def clear(self) -> None:
        """Cancel: forget what was typed; never leaves the check-in."""
        self._message_tone(None)
        self.user.clear()
        self.password.clear()
        self.message.clear()
        self.user.setFocus()

    def reject(self) -> None:  # Qt API: Escape clears instead of closing
        if self.quit_requested:
            super().reject()
        else:
            self.clear()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt API
        if self.quit_requested or self.result() == QDialog.DialogCode.Accepted:
            event.accept()
        else:
            event.ignore()

    def ask_quit(self) -> None:
        """Proctor: Ctrl+Alt+Q closes the test station (after the lab PC's quit password)."""
        self._message_tone(None)
        if self._quit_check is not None:
            password, ok = QInputDialog.getText(self, self.tr("Close the test station"),
                                                self.tr("Quit password:"), QLineEdit.EchoMode.Password)
            if not ok:
                return
            if not self._quit_check(password):
                self.message.setText(self.tr("The quit password is not right."))
                return
        else:
            answer = QMessageBox.question(self, self.tr("Close the test station"),
                                          self.tr("Close the test station on this PC?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.quit_requested = True
        super().reject()

    def _note(self, text: str) -> None:
        """A message that is not a problem: green, not red (until the next sign-in or action)."""
        self.message.setText(text)
        self._message_tone("ok")

    def _message_tone(self, tone: str | None) -> None:
        if self.message.property("tone") != tone:
            self.message.setProperty("tone", tone)
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)

    def submit(self) -> None:
        self._message_tone(None)            # from here on the message is about a problem again
        user, password = self.user.text().strip(), self.password.text()
        if not user or not password:
            self.message.setText(self.tr("Enter your student number or email and your password."))
            return
        self.message.clear()
        self.sign_in_button.setEnabled(False)
        login = self._login
        org = self.school_id() if "@" not in user else None
        if org is None:
            self._runner.write(lambda: login(user, password), self._signed_in, self._failed, owner=self)
        else:
            self._runner.write(lambda: login(user, password, organization_id=org), self._signed_in,
                               self._failed, owner=self)

    def school_id(self) -> int | None:
        """The school a 학번 belongs to (None: the server has one school)."""
        return int(self.school.currentData()) if len(self._schools) > 1 else None

    def _signed_in(self, identity: Identity) -> None:
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        if not finish_sign_in(identity, self, self._runner, change_password=self._change_password,
                              logout=self._logout):
            self.password.setFocus()
            return
        if identity.role == "admin" and self._on_school is not None and len(self._schools) > 1:
            self._set_school(identity)          # an administrator came to set this PC's school
            return
        self.identity = identity
        self.accept()

    def _set_school(self, identity: Identity) -> None:
        """The administrator's choice for this PC (their own school, or students choose);
        then they are signed out and the check-in waits for students again."""
        from dreamseed_desktop.ui.exam_window.kiosk_school import KioskSchoolDialog

        names = dict(self._schools)
        own = identity.organization_id
        if own not in names:
            self.message.setText(self.tr("Your account belongs to no school on this server, so it cannot "
                                         "choose this PC's school."))
        else:
            dialog = KioskSchoolDialog(identity, names[own], self._fixed_school, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                chosen = dialog.choice()
                assert self._on_school is not None
                self._on_school(chosen)
                self._fixed_school = chosen
                if chosen is not None:
                    self.school.setCurrentIndex(self.school.findData(chosen))
                self.school.setEnabled(chosen is None)
                self._note(self.tr("Students on this PC now sign in at %1.").replace("%1", names[own])
                           if chosen is not None else self.tr("Students on this PC now choose their school."))
            else:
                self._note(self.tr("This PC's school was not changed."))
            dialog.deleteLater()
        if self._logout is not None:
            logout = self._logout
            self._runner.write(logout, None, lambda _f: None, owner=self)
        self.user.clear()
        self.user.setFocus()

    def _failed(self, failure: Failure) -> None:
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.message.setText(failure_text(failure, by_number=True, student_station=True))


def check_in(login: Login, runner: TaskRunner, *, language: str, server_label: str = "",
             on_language: Callable[[str], None] | None = None,
             quit_check: Callable[[str], bool] | None = None,
             change_password: ChangePassword | None = None,
             logout: Logout | None = None, schools: list[tuple[int, str]] | None = None,
             school_id: int | None = None,
             on_school: Callable[[int | None], None] | None = None) -> Identity | None:
    """Show the full-screen check-in until a student signs in (their identity) or the proctor
    closes the test station (None)."""
    from dreamseed_desktop.ui.exam_window import cover_screen

    dialog = KioskCheckIn(login, runner, language=language, server_label=server_label,
                          on_language=on_language, quit_check=quit_check,
                          change_password=change_password, logout=logout, schools=schools,
                          school_id=school_id, on_school=on_school)
    cover_screen(dialog)
    dialog.showFullScreen()
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    identity = dialog.identity if accepted else None
    dialog.deleteLater()
    return identity
