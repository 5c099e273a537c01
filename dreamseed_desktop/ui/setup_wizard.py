"""First-run set-up wizard: the school, its first administrator, optionally a roster.

Shown instead of the sign-in when the database has no administrator (``services.setup``);
the server refuses to set up a database that already has one, whatever this wizard does.
Pages: the school (name, level, 학번 format) → the first administrator (password rules from
the server's list, checked as you type) → done, with an optional roster import (the usual
import wizard, signed in as the new administrator).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.services.container import Services
from dreamseed_desktop.services.core.errors import Conflict, ValidationError
from dreamseed_desktop.services.core.passwords import MIN_PASSWORD_LENGTH, password_problem
from dreamseed_desktop.services.core.uow import Identity
from dreamseed_desktop.services.people.setup import SchoolSetup
from dreamseed_desktop.ui.a11y.tones import set_tone
from dreamseed_desktop.ui.app_events import AppEvents
from dreamseed_desktop.ui.common.school_fields import SchoolFields
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.i18n import domain_message, domain_text
from dreamseed_desktop.ui.workers import Failure, TaskRunner


class SchoolPage(QWizardPage):
    """Step 1: the school."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your school"))
        self.setSubTitle(self.tr("This database has no administrator yet. Enter your school; you can "
                                 "change these later in the school settings."))
        self.fields = SchoolFields(self)
        self.fields.changed.connect(self.completeChanged)
        note = QLabel(self.tr("For scripted set-ups use the command line instead: "
                              "dreamseed-admin create-admin."))
        note.setWordWrap(True)
        set_tone(note, "note")
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        layout.addWidget(note)

    def isComplete(self) -> bool:  # Qt override
        return self.fields.is_complete()


class AdminPage(QWizardPage):
    """Step 2: the first administrator; leaving the page creates the school and signs in."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("This account manages the school: people, classes, exams and settings."))
        self.name = QLineEdit()
        self.name.setObjectName("adminNameEdit")
        self.email = QLineEdit()
        self.email.setObjectName("adminEmailEdit")
        self.password = QLineEdit()
        self.password.setObjectName("adminPasswordEdit")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("adminRepeatEdit")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.rules = QLabel(self.tr("At least %n characters; not your email address, not a common "
                                    "password such as 12345678.", "", MIN_PASSWORD_LENGTH))
        self.rules.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("setupMessage")
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        form = QFormLayout()
        for text, edit in ((self.tr("&Name:"), self.name), (self.tr("&Email:"), self.email),
                           (self.tr("&Password:"), self.password),
                           (self.tr("&Repeat password:"), self.repeat)):
            caption = QLabel(text)
            caption.setBuddy(edit)
            form.addRow(caption, edit)
            edit.textChanged.connect(lambda _t: self._follow())
        form.addRow("", self.rules)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def problem(self) -> str | None:
        """What keeps the page from going on (translated), or None."""
        if not self.name.text().strip() or not self.email.text().strip():
            return ""
        problem = password_problem(self.password.text(), self.email.text().strip())
        if problem:
            return domain_text(problem) if self.password.text() else ""
        if self.repeat.text() != self.password.text():
            return self.tr("The two passwords are not the same.") if self.repeat.text() else ""
        return None

    def _follow(self) -> None:
        self.message.setText(self.problem() or "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # Qt override
        return self.problem() is None and self._wizard.identity is None

    def validatePage(self) -> bool:  # Qt override
        if self._wizard.identity is not None:
            return True
        return self._wizard.create_school(self)


class DonePage(QWizardPage):
    """Step 3: the school is ready; optionally import a roster now."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your school is ready"))
        self.setSubTitle(self.tr("You are signed in as its administrator."))
        self.text = QLabel(self.tr("You can import the student list now (a CSV file, or the Excel file "
                                   "exported from NEIS) or later from Roster and enrollment › Import CSV. New "
                                   "students get initial passwords and a printable sheet per class."))
        self.text.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import a student list…"))
        self.import_button.setObjectName("setupImportButton")
        self.import_button.clicked.connect(wizard.open_roster_import)
        self.imported = QLabel()
        self.imported.setObjectName("setupImported")
        self.imported.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.import_button)
        layout.addWidget(self.imported)
        layout.addStretch(1)


class SetupWizard(QWizard):
    """``identity`` is the new administrator once the school is created (before Finish)."""

    def __init__(self, services: Services, runner: TaskRunner, settings: Settings, *,
                 server_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._settings = settings
        self._server_label = server_label
        self.identity: Identity | None = None
        self.roster_result: Any = None
        self.setWindowTitle(self.tr("Set up DreamSeed Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.school_page = SchoolPage()
        self.admin_page = AdminPage(self)
        self.done_page = DonePage(self)
        for page in (self.school_page, self.admin_page, self.done_page):
            self.addPage(page)
        self.setMinimumSize(640, 460)

    def setup_values(self) -> SchoolSetup:
        f, a = self.school_page.fields, self.admin_page
        return SchoolSetup(school_name=f.name.text(), school_level=f.school_level(),
                           student_number_format=f.number_format.text(), admin_name=a.name.text(),
                           admin_email=a.email.text(), password=a.password.text())

    def create_school(self, page: AdminPage) -> bool:
        """Create the school and the administrator on the write worker (the window stays
        responsive); True when done. Errors stay on the page; nothing is half-made."""
        values = self.setup_values()
        loop = QEventLoop()
        outcome: dict[str, Any] = {}

        def done(identity: Identity) -> None:
            outcome["identity"] = identity
            loop.quit()

        def failed(failure: Failure) -> None:
            outcome["failure"] = failure
            loop.quit()

        self.button(QWizard.WizardButton.NextButton).setEnabled(False)
        page.message.setText(self.tr("Creating the school…"))
        self._runner.write(lambda: self._services.setup.set_up(values), done, failed, owner=self)
        loop.exec()
        if "identity" in outcome:
            self.identity = outcome["identity"]
            page.message.clear()
            return True
        failure: Failure = outcome["failure"]
        error = failure.error
        if isinstance(error, Conflict):
            page.message.setText(self.tr("This database is already set up. Close this window and sign in "
                                         "with an administrator account."))
        elif isinstance(error, ValidationError):
            page.message.setText(domain_message(error))
        else:
            page.message.setText(failure.message)
        self.button(QWizard.WizardButton.NextButton).setEnabled(page.isComplete())
        return False

    def context(self) -> AppContext:
        return AppContext(services=self._services, events=AppEvents(), runner=self._runner,
                          settings=self._settings, server_label=self._server_label)

    def open_roster_import(self) -> None:
        from dreamseed_desktop.ui.screens.enrollment.import_wizard import RosterImportWizard

        wizard = RosterImportWizard(self.context(), self)
        wizard.imported.connect(self._imported)
        wizard.open()

    def _imported(self, result: Any) -> None:
        self.roster_result = result
        self.done_page.imported.setText(self.tr("Imported: %n new student(s).", "", result.created))
