"""Organizations (schools, academies): list, create, edit, delete an empty one (admins)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from dreamseed_desktop.ui.common.form_dialog import FormDialog, combo_box, line_edit
from dreamseed_desktop.ui.common.list_screen import ListScreen
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.qtmodels.organizations import OrganizationsModel, org_type_label
from dreamseed_desktop.ui.qtmodels.proxy import SearchProxy

ORG_TYPES = ("school", "academy", "district", "institute", "other")


class OrganizationDialog(FormDialog):
    """Create or edit one organization (name, type, address)."""

    def __init__(self, ctx: AppContext, org: Any | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit organization") if org else self.tr("New organization"),
                         ctx.runner, parent)
        self.add_field("name", self.tr("&Name"), line_edit(org.name if org else ""), required=True)
        self.add_field("type", self.tr("&Type"),
                       combo_box([(org_type_label(t), t) for t in ORG_TYPES], org.type if org else None))
        self.add_field("address", self.tr("&Address"),
                       line_edit(org.address if org else "", max_length=300))
        service = ctx.services.organizations
        if org is None:
            self.set_submit(lambda v: service.create(v["name"], v["type"], v["address"] or None))
        else:
            self.set_submit(lambda v: service.update(org.id, org.version, name=v["name"],
                                                     type=v["type"], address=v["address"] or None))


class OrganizationsScreen(ListScreen):
    """Admin list of organizations with people and class counts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.model = OrganizationsModel()
        self.proxy = SearchProxy()
        self.proxy.setSourceModel(self.model)
        super().__init__(ctx, self.tr("Organizations"), self.proxy, parent)
        self.add_action(self.tr("&New…"), self.create_new, shortcut="Ctrl+N", name="newButton")
        self.add_action(self.tr("&Edit…"), self.edit, shortcut="Ctrl+E", needs_selection=True,
                        name="editButton")
        self.add_action(self.tr("&Delete…"), self.delete, shortcut="Del", needs_selection=True,
                        name="deleteButton")
        ctx.events.organizations_changed.connect(self.reload)
        ctx.events.people_changed.connect(self.reload)

    def reload(self) -> None:
        service = self.ctx.services.organizations
        self.ctx.runner.read(service.list, self._loaded, self.show_failure,
                             key="organizations", owner=self)

    def _loaded(self, orgs: list[Any]) -> None:
        self.model.set_rows(orgs)
        self.set_status(self.tr("%n organization(s)", "", len(orgs)))

    def activate_selected(self) -> None:
        self.edit()

    def create_new(self) -> None:
        self._open(OrganizationDialog(self.ctx, None, self))

    def edit(self) -> None:
        rows = self.selected()
        if len(rows) == 1:
            self._open(OrganizationDialog(self.ctx, rows[0], self))

    def _open(self, dialog: FormDialog) -> None:
        def on_saved(dto: object) -> None:
            self.model.upsert(dto)
            self.ctx.events.organizations_changed.emit()

        dialog.saved.connect(on_saved)
        dialog.open()

    def delete(self) -> None:
        self.delete_selected(self.tr("Delete organization"),
                             self.tr("Delete “%1”? This cannot be undone."),
                             self.ctx.services.organizations.delete,
                             self.ctx.events.organizations_changed)


def create_screen(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return OrganizationsScreen(ctx, parent)
