"""People: admins, teachers and students of the organization (lazy-paged for 100,000 rows)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QInputDialog, QLineEdit, QWidget

from dreamseed_desktop.services.core.passwords import password_problem
from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.common.files import ask_save_path, export_to_file
from dreamseed_desktop.ui.common.grades import WIDEST, fill_grade_combo, follow_school_level
from dreamseed_desktop.ui.common.list_screen import ListScreen
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.i18n import domain_text
from dreamseed_desktop.ui.qtmodels.labels import role_label
from dreamseed_desktop.ui.qtmodels.people import PeopleModel
from dreamseed_desktop.ui.reports.password_sheet import PasswordSheetRow, write_password_sheet
from dreamseed_desktop.ui.screens.people.accommodations_dialog import AccommodationsDialog
from dreamseed_desktop.ui.screens.people.person_dialog import PersonDialog
from dreamseed_desktop.ui.subject_names import ensure_subject_names


class PeopleScreen(ListScreen):
    """Search, filter by role/grade, create/edit, (de)activate, reset password."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        service = ctx.services.people
        self.model = PeopleModel(lambda q, offset, limit: service.list(offset=offset, limit=limit, **q),
                                 ctx.runner)
        super().__init__(ctx, self.tr("People"), self.model, parent, sortable=False)
        self.role_filter = QComboBox()
        self.role_filter.setObjectName("roleFilter")
        self.role_filter.addItem(self.tr("Everyone"), None)
        for role in ("admin", "teacher", "student"):
            self.role_filter.addItem(role_label(role), role)
        self.grade_filter = QComboBox()
        self.grade_filter.setObjectName("gradeFilter")
        fill_grade_combo(self.grade_filter, WIDEST, self.tr("All grades"))
        follow_school_level(ctx, self, [self.grade_filter], self.tr("All grades"))
        self.show_inactive = QCheckBox(self.tr("Show &deactivated"))
        self.show_inactive.setObjectName("showInactive")
        self.add_filter_widget(self.tr("&Role:"), self.role_filter)
        self.add_filter_widget(self.tr("&Grade:"), self.grade_filter)
        self.filters.addWidget(self.show_inactive)
        for signal in (self.role_filter.currentIndexChanged, self.grade_filter.currentIndexChanged,
                       self.show_inactive.toggled):
            signal.connect(lambda *_: self.reload())

        self.add_action(self.tr("&New…"), self.create_new, shortcut="Ctrl+N", name="newButton")
        self.add_action(self.tr("&Edit…"), self.edit, shortcut="Ctrl+E", needs_selection=True,
                        name="editButton")
        self.add_action(self.tr("De&activate"), self.deactivate, needs_selection=True, multi=True,
                        name="deactivateButton")
        self.add_action(self.tr("Rea&ctivate"), self.reactivate, needs_selection=True, multi=True,
                        name="reactivateButton")
        self.add_action(self.tr("Reset &password…"), self.reset_password, needs_selection=True,
                        name="resetPasswordButton")
        self.add_action(self.tr("New &initial passwords…"), self.reset_passwords, needs_selection=True,
                        multi=True, name="resetPasswordsButton")
        self.add_action(self.tr("Acco&mmodations…"), self.accommodations, needs_selection=True,
                        name="accommodationsButton")
        self.add_action(self.tr("E&xport school roster…"), self.export_roster, name="exportButton")
        self.model.total_changed.connect(lambda _t: self._show_count())
        self.model.page_loaded.connect(lambda _n: self._show_count())
        self.model.failed.connect(lambda message: self.set_status(message))
        self.model.narrowed.connect(lambda _n: self.set_status(self.tr("Searching…")))
        ctx.events.people_changed.connect(self.reload)
        ctx.events.subjects_changed.connect(self.reload)
        ensure_subject_names(ctx)

    def current_query(self) -> dict[str, Any]:
        return {"search": self.search.text().strip() or None,
                "role": self.role_filter.currentData(),
                "grade": self.grade_filter.currentData(),
                "active": None if self.show_inactive.isChecked() else True}

    def reload(self) -> None:
        self.model.set_query(**self.current_query())

    def on_search(self, text: str) -> None:
        self.reload()

    def _show_count(self) -> None:
        total = f"{self.model.total:,}" + ("" if self.model.total_exact else "+")
        self.set_status(self.tr("Showing %1 of %2").replace("%1", f"{self.model.rowCount():,}")
                        .replace("%2", total))

    def activate_selected(self) -> None:
        self.edit()

    # -- actions ------------------------------------------------------------------------------
    def create_new(self) -> None:
        self._open(PersonDialog(self.ctx, None, self))

    def edit(self) -> None:
        rows = self.selected()
        if len(rows) == 1:
            self._open(PersonDialog(self.ctx, rows[0], self))

    def _open(self, dialog: PersonDialog) -> None:
        dialog.saved.connect(lambda dto: self._saved(dto))
        dialog.open()

    def _saved(self, dto: Any) -> None:
        if self.model.find_row(dto.id) >= 0:
            self.model.upsert(dto)
        self.ctx.events.people_changed.emit()

    def deactivate(self) -> None:
        self._set_active(False)

    def reactivate(self) -> None:
        self._set_active(True)

    def _set_active(self, active: bool) -> None:
        people = [p for p in self.selected() if p.is_active != active]
        if not people:
            return
        service = self.ctx.services.people
        call = service.reactivate if active else service.deactivate

        def work() -> list[Any]:
            return [call(p.id, p.version) for p in people]

        if active:
            self.ctx.runner.write(work, self._after_bulk, self.show_failure, owner=self)
            return
        self.confirm_then_write(
            self.tr("Deactivate"),
            self.tr("Deactivate %n person(s)? They can no longer sign in; their classes and "
                    "results are kept.", "", len(people)), work, self._after_bulk)

    def _after_bulk(self, dtos: list[Any]) -> None:
        for dto in dtos:
            self.model.upsert(dto)
        self.ctx.events.people_changed.emit()

    def reset_password(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        person = rows[0]
        password, ok = QInputDialog.getText(
            self, self.tr("Reset password"),
            self.tr("New password for %1 (at least 8 characters):").replace("%1", person.name),
            QLineEdit.EchoMode.Password)
        if not ok:
            return
        problem = password_problem(password)
        if problem:
            messages.inform(self, self.tr("Reset password"), domain_text(problem))
            return
        service = self.ctx.services.people
        self.ctx.runner.write(
            lambda: service.reset_password(person.id, password),
            lambda _r: self.ctx.events.status_message.emit(self.tr("Password changed.")),
            self.show_failure, owner=self)


    def reset_passwords(self) -> None:
        """New initial passwords for the selected people and the printable per-class sheet:
        the sheet's file is chosen first, so no password is changed without it being saved."""
        people = self.selected()
        if not people:
            return
        if not messages.confirm(self, self.tr("New initial passwords"), self.tr(
                "Give %n person(s) a new initial password? Their current password stops working "
                "and they are signed out. Next you choose where to save the printable sheet.",
                "", len(people))):
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save password sheet"), "passwords.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.reset_passwords_to(people, Path(path))

    def reset_passwords_to(self, people: list[Any], path: Path) -> None:
        """Reset ``people`` (all or none, on the server) and write the sheet to ``path``."""
        services, org_id = self.ctx.services, self.ctx.identity.organization_id

        def work() -> tuple[str, list[Any]]:
            issued = services.people.reset_passwords([p.id for p in people])
            return (services.organizations.get(org_id).name if org_id is not None else "", issued)

        def done(result: tuple[str, list[Any]]) -> None:
            school, issued = result
            rows = [PasswordSheetRow(self._class_label(p), p.seat_no, p.name, p.student_number or p.email,
                                     password) for p, password in issued]
            try:
                write_password_sheet(path, school, rows, datetime.now())
            except OSError as exc:
                messages.inform(self, self.tr("New initial passwords"), self.tr(
                    "The passwords were changed but the sheet could not be saved (%1). Select the "
                    "same people and give them new passwords again.").replace("%1", str(exc)))
                return
            self.set_status(self.tr("New initial passwords for %n person(s); sheet saved to %1.", "",
                                    len(rows)).replace("%1", str(path)))
            self.ctx.events.people_changed.emit()

        self.ctx.runner.write(work, done, self.show_failure, owner=self)

    def _class_label(self, person: Any) -> str:
        if person.role != "student":
            return self.tr("Staff")
        if person.class_no is not None:
            return self.tr("Grade %1, class %2").replace("%1", str(person.grade)).replace(
                "%2", str(person.class_no))
        return self.tr("Grade %1").replace("%1", str(person.grade))
    def accommodations(self) -> None:
        """Extended time, text size, contrast … of the selected student (issue 19)."""
        rows = self.selected()
        if len(rows) != 1:
            return
        person = rows[0]
        if person.student_id is None:
            messages.inform(self, self.tr("Accommodations"),
                            self.tr("Accommodations are set on students."))
            return
        dialog = AccommodationsDialog(self.ctx, person.student_id, person.name, self)
        dialog.saved.connect(lambda _acc: self.ctx.events.status_message.emit(
            self.tr("Accommodations of %1 saved.").replace("%1", person.name)))
        dialog.open()
        self.last_dialog = dialog

    def export_roster(self) -> None:
        path = ask_save_path(self, self.tr("Export school roster"), "roster.csv")
        if path:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Everyone of the school as a roster CSV (the import format)."""
        service = self.ctx.services.roster
        export_to_file(self.ctx, self, service.export_organization, path,
                       self.tr("Exporting school roster"), self.set_status)


def create_screen(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return PeopleScreen(ctx, parent)
