"""Settings ▸ School settings… (admins): the school's name, level (초/중/고), 학번 format and
whether students change an initial password at their first sign-in. The kiosk's language and
quit password stay where they are (the lab PC's own settings and ``dreamseed-admin kiosk``)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from dreamseed_desktop.services.people.organizations import OrganizationDTO
from dreamseed_desktop.ui.a11y.tones import set_tone
from dreamseed_desktop.ui.common.school_fields import SchoolFields
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.workers import Failure


class SchoolSettingsDialog(QDialog):
    """Loads the signed-in admin's school, saves with its version. Signals: ``saved(OrganizationDTO)``."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.org: OrganizationDTO | None = None
        self.setWindowTitle(self.tr("School settings"))
        self.fields = SchoolFields(self)
        self.force_change = QCheckBox(self.tr("Students &change the password the school gave them at their "
                                              "first sign-in"))
        self.force_change.setObjectName("forcePasswordChangeBox")
        note = QLabel(self.tr("Turn this off for young pupils who keep the printed password. Staff always "
                              "change a password an administrator set."))
        note.setWordWrap(True)
        set_tone(note, "note")
        self.message = QLabel()
        self.message.setObjectName("schoolSettingsMessage")
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(self._follow)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.force_change)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.setEnabled(False)
        org_id = ctx.identity.organization_id
        if org_id is not None:
            ctx.runner.read(lambda: ctx.services.organizations.get(org_id), self._loaded,
                            lambda f: self.message.setText(f.message), owner=self)

    def _loaded(self, org: OrganizationDTO) -> None:
        self.org = org
        self.fields.name.setText(org.name)
        self.fields.level.setCurrentIndex(max(self.fields.level.findData(org.school_level), 0))
        self.fields.number_format.setText(org.student_number_format)
        self.force_change.setChecked(org.force_password_change)
        self.setEnabled(True)

    def _follow(self) -> None:
        self.save_button.setEnabled(self.fields.is_complete())

    def save(self) -> None:
        org = self.org
        if org is None or not self.fields.is_complete():
            return
        name, level = self.fields.name.text(), self.fields.school_level()
        fmt, force = self.fields.number_format.text(), self.force_change.isChecked()
        service = self.ctx.services.organizations
        self.save_button.setEnabled(False)
        self.ctx.runner.write(
            lambda: service.update(org.id, org.version, name=name, school_level=level,
                                   student_number_format=fmt, force_password_change=force),
            self._saved, self._failed, owner=self)

    def _saved(self, org: OrganizationDTO) -> None:
        self.org = org
        self.saved.emit(org)
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(failure.message)
