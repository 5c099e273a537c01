"""Subjects (admins): the school's subjects and, beside them, the selected subject's strands (영역).

Each has a code (what items, classes and exams store; fixed once created), a Korean and an English
name, an order and whether it is in use. Retiring keeps the name for existing items and exams and
stops offering it in forms. After a change the whole program's names are reloaded
(``ui.subject_names.load_subject_names``).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from dreamseed_desktop.services.items.subjects import StrandDTO, SubjectDTO
from dreamseed_desktop.ui.common.form_dialog import FormDialog, line_edit, spin_box
from dreamseed_desktop.ui.common.list_screen import ListScreen, make_table, selected_dtos
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.i18n import current_language
from dreamseed_desktop.ui.qtmodels.dto_table import Column, DtoTableModel
from dreamseed_desktop.ui.qtmodels.proxy import SearchProxy
from dreamseed_desktop.ui.subject_names import load_subject_names
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP


def _in_use(active: object) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SubjectsScreen", "In use") if active else \
        QCoreApplication.translate("SubjectsScreen", "Retired")


def _columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Order"), lambda s: s.sort_order, align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Korean name"), lambda s: s.name_ko,
               dim_if=lambda s: not s.active),
        Column(QT_TRANSLATE_NOOP("Columns", "English name"), lambda s: s.name_en, stretch=True,
               dim_if=lambda s: not s.active),
        Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda s: s.code, dim_if=lambda s: not s.active),
        Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda s: s.active, display=_in_use),
    ]


class NameDialog(FormDialog):
    """Code (new rows only), Korean and English name and order of a subject or a strand."""

    def __init__(self, title: str, ctx: AppContext, row: SubjectDTO | StrandDTO | None,
                 save: Any, parent: QWidget | None = None, *, order: int = 0) -> None:
        super().__init__(title, ctx.runner, parent)
        if row is None:
            code = self.add_field("code", self.tr("&Code"), line_edit("", max_length=50), required=True)
            code.setToolTip(self.tr("Stored with items, classes and exams; it cannot change later. "
                                    "Letters, digits, '_' or '-', e.g. physics."))
        self.add_field("name_ko", self.tr("&Korean name"), line_edit(row.name_ko if row else "", max_length=50),
                       required=True)
        self.add_field("name_en", self.tr("&English name"), line_edit(row.name_en if row else "", max_length=50),
                       required=True)
        self.add_field("sort_order", self.tr("&Order"), spin_box(row.sort_order if row else order, 0, 32767))
        self.set_submit(save)


class SubjectsScreen(ListScreen):
    """The school's subjects (left) and the selected subject's strands (right)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.model = DtoTableModel(_columns())
        self.proxy = SearchProxy()
        self.proxy.setSourceModel(self.model)
        super().__init__(ctx, self.tr("Subjects"), self.proxy, parent)
        self.add_action(self.tr("&New subject…"), self.create_subject, shortcut="Ctrl+N", name="newButton")
        self.add_action(self.tr("&Edit…"), self.edit_subject, shortcut="Ctrl+E", needs_selection=True,
                        name="editButton")
        self.retire_action = self.add_action(self.tr("Retire / &restore"), self.toggle_subject,
                                             needs_selection=True, name="retireButton")

        # strands of the selected subject, beside the subjects
        self.strand_model = DtoTableModel(_columns())
        self.strand_view = make_table(self.strand_model)
        self.strand_view.setObjectName("strandView")
        self.strand_view.setAccessibleName(self.tr("Strands"))
        self.strand_view.doubleClicked.connect(lambda _i: self.edit_strand())
        self.strand_title = QLabel(self.tr("Strands"))
        self.strand_title.setObjectName("strandTitle")
        self.new_strand = QPushButton(self.tr("New str&and…"))
        self.new_strand.setObjectName("newStrandButton")
        self.edit_strand_button = QPushButton(self.tr("Edit strand…"))
        self.edit_strand_button.setObjectName("editStrandButton")
        self.retire_strand = QPushButton(self.tr("Retire / restore strand"))
        self.retire_strand.setObjectName("retireStrandButton")
        self.new_strand.clicked.connect(self.create_strand)
        self.edit_strand_button.clicked.connect(self.edit_strand)
        self.retire_strand.clicked.connect(self.toggle_strand)
        strand_buttons = QHBoxLayout()
        for button in (self.new_strand, self.edit_strand_button, self.retire_strand):
            strand_buttons.addWidget(button)
        strand_buttons.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.strand_title)
        right_layout.addLayout(strand_buttons)
        right_layout.addWidget(self.strand_view, 1)
        help_text = QLabel(self.tr("Items, classes and exams store a subject's code; every screen, "
                                   "report and export shows its name. Retired subjects keep their "
                                   "name where they are used but are no longer offered."))
        help_text.setWordWrap(True)
        help_text.setObjectName("subjectsHelp")
        right_layout.addWidget(help_text)

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        index = layout.indexOf(self.view)
        layout.removeWidget(self.view)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.insertWidget(index, splitter, 1)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_strands())
        self.strand_view.selectionModel().selectionChanged.connect(lambda *_: self._update_strand_buttons())
        self._show_strands()

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        self.ctx.runner.read(self.ctx.services.subjects.list, self._loaded, self.show_failure,
                             key="subjects", owner=self)

    def _loaded(self, rows: list[SubjectDTO]) -> None:
        selected = self.current_subject()
        self.model.set_rows(rows)
        self.set_status(self.tr("%n subject(s)", "", len(rows)))
        if selected is not None:
            ids = [r.id for r in rows]
            if selected.id in ids:
                self.select_rows([self.proxy.mapFromSource(self.model.index(ids.index(selected.id), 0)).row()])
        self._show_strands()

    def current_subject(self) -> SubjectDTO | None:
        rows = self.selected()
        return rows[0] if len(rows) == 1 else None

    def current_strand(self) -> StrandDTO | None:
        rows = selected_dtos(self.strand_view)
        return rows[0] if len(rows) == 1 else None

    def _show_strands(self) -> None:
        subject = self.current_subject()
        self.strand_model.set_rows(list(subject.strands) if subject else [])
        self.strand_title.setText(self.tr("Strands of %1").replace("%1", subject.name_ko) if subject
                                  else self.tr("Strands (choose a subject)"))
        self.new_strand.setEnabled(subject is not None)
        self._update_strand_buttons()

    def _update_strand_buttons(self) -> None:
        one = self.current_strand() is not None
        self.edit_strand_button.setEnabled(one)
        self.retire_strand.setEnabled(one)

    def _changed(self, _value: object = None) -> None:
        self.reload()
        load_subject_names(self.ctx)          # every screen's names follow

    # ------------------------------------------------------------------ subjects
    def activate_selected(self) -> None:
        self.edit_subject()

    def create_subject(self) -> None:
        svc = self.ctx.services.subjects
        top = max((r.sort_order for r in self.model.rows()), default=0)
        dialog = NameDialog(self.tr("New subject"), self.ctx, None,
                            lambda v: svc.create(v["code"], v["name_ko"], v["name_en"], sort_order=v["sort_order"]),
                            self, order=min(top + 10, 32767))
        dialog.saved.connect(self._changed)
        dialog.open()

    def edit_subject(self) -> None:
        subject = self.current_subject()
        if subject is None:
            return
        svc = self.ctx.services.subjects
        name = subject.name_ko if current_language() == "ko" else subject.name_en    # 국어, not "korean"
        dialog = NameDialog(self.tr("Edit subject %1").replace("%1", name), self.ctx, subject,
                            lambda v: svc.update(subject.id, subject.version, name_ko=v["name_ko"],
                                                 name_en=v["name_en"], sort_order=v["sort_order"]), self)
        dialog.saved.connect(self._changed)
        dialog.open()

    def toggle_subject(self) -> None:
        subject = self.current_subject()
        if subject is None:
            return
        question = (self.tr("Retire “%1”? It stays named where it is used but is no longer offered.")
                    if subject.active else self.tr("Offer “%1” again?")).replace("%1", subject.name_ko)
        svc = self.ctx.services.subjects
        self.confirm_then_write(self.tr("Subjects"), question,
                                lambda: svc.update(subject.id, subject.version, active=not subject.active),
                                self._changed)

    # ------------------------------------------------------------------ strands
    def create_strand(self) -> None:
        subject = self.current_subject()
        if subject is None:
            return
        svc = self.ctx.services.subjects
        top = max((s.sort_order for s in subject.strands), default=0)
        dialog = NameDialog(self.tr("New strand of %1").replace("%1", subject.name_ko), self.ctx, None,
                            lambda v: svc.create_strand(subject.id, v["code"], v["name_ko"], v["name_en"],
                                                        sort_order=v["sort_order"]),
                            self, order=min(top + 10, 32767))
        dialog.saved.connect(self._changed)
        dialog.open()

    def edit_strand(self) -> None:
        strand = self.current_strand()
        if strand is None:
            return
        svc = self.ctx.services.subjects
        dialog = NameDialog(self.tr("Edit strand %1").replace("%1", strand.code), self.ctx, strand,
                            lambda v: svc.update_strand(strand.id, strand.version, name_ko=v["name_ko"],
                                                        name_en=v["name_en"], sort_order=v["sort_order"]),
                            self)
        dialog.saved.connect(self._changed)
        dialog.open()

    def toggle_strand(self) -> None:
        strand = self.current_strand()
        if strand is None:
            return
        question = (self.tr("Retire the strand “%1”?") if strand.active
                    else self.tr("Offer the strand “%1” again?")).replace("%1", strand.name_ko)
        svc = self.ctx.services.subjects
        self.confirm_then_write(self.tr("Subjects"), question,
                                lambda: svc.update_strand(strand.id, strand.version, active=not strand.active),
                                self._changed)


def create_screen(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return SubjectsScreen(ctx, parent)
