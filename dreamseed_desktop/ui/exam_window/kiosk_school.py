"""An administrator sets this lab PC's school at the check-in (instead of ``dreamseed-admin
kiosk set-school`` in the exam account's shell).

A 학번 is unique only within a school, so on a server with several schools the check-in needs
the PC's school. An administrator signs in at the check-in with their email and password
(staff tokens work on the lab PC's ``dreamseed_student`` login role; students' accounts cannot
do this); :class:`KioskSchoolDialog` then offers exactly two choices: this PC belongs to *the
administrator's own* school, or students choose their school. An administrator can never pin
a PC to another school. The administrator is signed out afterwards in every case.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.core.uow import Identity


class KioskSchoolDialog(QDialog):
    """Choose: this PC is ``school_name``'s, or students choose. ``choice()`` is the school's
    id, or None for "students choose" (only meaningful after ``Accepted``)."""

    def __init__(self, identity: Identity, school_name: str, current: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskSchoolDialog")
        self.setWindowTitle(self.tr("This PC's school"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self._school_id = identity.organization_id
        who = identity.name or identity.email or ""
        text = QLabel(self.tr("Signed in as %1 (administrator).\nA student number is unique only within a "
                              "school: choose whose students sign in on this PC. You are signed out "
                              "afterwards.").replace("%1", who))
        text.setObjectName("kioskSchoolText")
        text.setWordWrap(True)
        self.own = QRadioButton(self.tr("&This PC belongs to %1").replace("%1", school_name))
        self.own.setObjectName("kioskSchoolOwn")
        self.choose = QRadioButton(self.tr("&Students choose their school"))
        self.choose.setObjectName("kioskSchoolChoose")
        (self.choose if current is None or current != self._school_id else self.own).setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.own)
        layout.addWidget(self.choose)
        layout.addWidget(buttons)
        self.own.setFocus()

    def choice(self) -> int | None:
        return self._school_id if self.own.isChecked() else None
