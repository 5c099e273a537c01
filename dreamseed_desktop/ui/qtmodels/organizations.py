"""Table model of organizations (OrganizationDTO)."""
from __future__ import annotations

from PySide6.QtCore import QObject

from dreamseed_desktop.ui.qtmodels.dto_table import Column, DtoTableModel
from dreamseed_desktop.ui.qtmodels.labels import org_type_label
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

__all__ = ["OrganizationsModel", "org_type_label"]


class OrganizationsModel(DtoTableModel):
    """Name, type, address, people and class counts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda o: o.name),
            Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda o: o.type, display=org_type_label),
            Column(QT_TRANSLATE_NOOP("Columns", "Address"), lambda o: o.address, stretch=True),
            Column(QT_TRANSLATE_NOOP("Columns", "People"), lambda o: o.people_count, align_right=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Classes"), lambda o: o.class_count, align_right=True),
        ], parent)
