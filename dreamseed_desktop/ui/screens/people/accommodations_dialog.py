"""Accommodations of one student (issue 19): extended time, text size, high contrast, answer
masking, line reader and reading aloud, carried into every exam the student takes."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QWidget

from dreamseed_desktop.services.people.accommodations import Accommodations
from dreamseed_desktop.ui.common.form_dialog import FormDialog, combo_box
from dreamseed_desktop.ui.context import AppContext

ZOOMS = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)


class AccommodationsDialog(FormDialog):
    """Loads the student's accommodations, saves them through ``services.accommodations``.

    Signals: ``saved(object)`` (FormDialog) with the saved :class:`Accommodations`."""

    def __init__(self, ctx: AppContext, student_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Accommodations: %1").replace("%1", name), ctx.runner, parent)
        self.setObjectName("accommodationsDialog")
        service = ctx.services.accommodations
        factor = QDoubleSpinBox()
        factor.setRange(1.0, 3.0)
        factor.setSingleStep(0.25)
        factor.setDecimals(2)
        factor.setSuffix(" ×")
        self.add_field("time_factor", self.tr("&Extended time (× time limit):"), factor)
        self.add_field("zoom", self.tr("&Text size:"),
                       combo_box([(f"{round(z * 100)}%", z) for z in ZOOMS], 1.0))
        for name_, text in (("high_contrast", self.tr("&High contrast (white on black)")),
                            ("answer_masking", self.tr("Answer &masking (answers hidden until shown)")),
                            ("line_reader", self.tr("&Line reader (a reading band over the question)")),
                            ("read_aloud", self.tr("&Read aloud (where the PC has a speech engine)"))):
            box = QCheckBox(text)
            self.add_field(name_, "", box)
            box.setAccessibleName(text.replace("&", ""))
        self.set_submit(lambda v: self._save(service, student_id, v))
        self.setEnabled(False)
        ctx.runner.read(lambda: service.get(student_id), self.show_values, self._on_failed, owner=self)

    def show_values(self, acc: Accommodations) -> None:
        self.field("time_factor").setValue(acc.time_factor)          # type: ignore[attr-defined]
        zoom = self.field("zoom")
        index = zoom.findData(acc.zoom)                                # type: ignore[attr-defined]
        zoom.setCurrentIndex(max(index, 0))                            # type: ignore[attr-defined]
        for name_ in ("high_contrast", "answer_masking", "line_reader", "read_aloud"):
            self.field(name_).setChecked(getattr(acc, name_))          # type: ignore[attr-defined]
        self.setEnabled(True)

    @staticmethod
    def _save(service: Any, student_id: int, values: dict[str, Any]) -> Accommodations:
        acc = Accommodations(time_factor=float(values["time_factor"]), zoom=float(values["zoom"]),
                             high_contrast=bool(values["high_contrast"]),
                             answer_masking=bool(values["answer_masking"]),
                             line_reader=bool(values["line_reader"]), read_aloud=bool(values["read_aloud"]))
        service.set(student_id, acc)
        return acc
