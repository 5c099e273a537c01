"""Item bank: filter by subject/grade/status, detail with curves, CSV import/export,
retire/activate (admins). Teachers see the bank read-only and never the keys."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QSplitter, QVBoxLayout, QWidget

from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.common.files import ask_save_path, export_to_file
from dreamseed_desktop.ui.common.grades import fill_curriculum_combo
from dreamseed_desktop.ui.common.list_screen import ListScreen
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.qtmodels.items import ItemsModel
from dreamseed_desktop.ui.qtmodels.labels import label
from dreamseed_desktop.ui.screens.items.detail import ItemDetail
from dreamseed_desktop.ui.subject_names import current_catalog, ensure_subject_names, subject_label
from dreamseed_desktop.ui.workers import Progress


class ItemsScreen(ListScreen):
    """Paged item list (left) and the selected item's detail (right)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        service = ctx.services.items
        self.model = ItemsModel(lambda q, offset, limit: service.list(offset=offset, limit=limit, **q),
                                ctx.runner)
        super().__init__(ctx, self.tr("Item bank"), self.model, parent, sortable=False)
        self.subject = QComboBox()
        self.subject.setObjectName("subjectFilter")
        self._fill_subjects()
        self.grade = QComboBox()
        self.grade.setObjectName("gradeFilter")
        fill_curriculum_combo(self.grade, self.tr("All grades"))      # 초1 … 고3
        self.status_box = QComboBox()
        self.status_box.setObjectName("statusFilter")
        statuses: tuple[tuple[str, str | None], ...] = (
            (self.tr("Any status"), None), (label("draft"), "draft"), (label("review"), "review"),
            (label("active"), "active"), (label("retired"), "retired"), (label("pretest"), "pretest"))
        for text, status in statuses:
            self.status_box.addItem(text, status)
        self.add_filter_widget(self.tr("Su&bject:"), self.subject)
        self.add_filter_widget(self.tr("&Grade:"), self.grade)
        self.add_filter_widget(self.tr("Stat&us:"), self.status_box)
        for combo in (self.subject, self.grade, self.status_box):
            combo.currentIndexChanged.connect(lambda _i: self.reload())

        # the table and a detail pane side by side
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # ListScreen's own layout
        layout.removeWidget(self.view)
        self.detail = ItemDetail(ctx.is_admin, self)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.insertWidget(3, splitter, 1)

        # writing items: admins, and teachers for drafts of their own that an admin approves
        self.add_action(self.tr("&New item…"), self.new_item, name="newItemButton")
        self.add_action(self.tr("&Edit…"), self.edit_item, needs_selection=True, name="editItemButton")
        if ctx.is_admin:
            self.add_action(self.tr("&Retire"), lambda: self.change_status("retired"),
                            needs_selection=True, multi=True, name="retireButton")
            self.add_action(self.tr("&Activate"), lambda: self.change_status("active"),
                            needs_selection=True, multi=True, name="activateButton")
            self.add_action(self.tr("&Import CSV…"), self.import_csv, name="importButton")
        self.add_action(self.tr("E&xport CSV…"), self.export_csv, name="exportButton")
        self.add_action(self.tr("Import &QTI…"), self.import_qti, name="importQtiButton")
        if ctx.is_admin:
            self.add_action(self.tr("Ex&port QTI…"), self.export_qti, name="exportQtiButton")
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_detail(cur.row()))
        self.model.total_changed.connect(lambda n: self.set_status(self.tr("%n item(s)", "", n)))
        ctx.events.items_changed.connect(self.reload)
        ctx.events.subjects_changed.connect(self._fill_subjects)
        ensure_subject_names(ctx)

    def _fill_subjects(self) -> None:
        """The school's active subjects by name (ui/subject_names.py); keeps the choice."""
        current = self.subject.currentData()
        self.subject.blockSignals(True)
        self.subject.clear()
        self.subject.addItem(self.tr("All subjects"), None)
        for subject in current_catalog().active():
            self.subject.addItem(subject_label(subject.code), subject.code)
        self.subject.setCurrentIndex(max(0, self.subject.findData(current)))
        self.subject.blockSignals(False)
        if self.subject.currentData() != current:
            self.reload()
        self.view.viewport().update()      # the table's subject names

    def reload(self) -> None:
        self.model.set_query(subject=self.subject.currentData(), grade=self.grade.currentData(),
                             status=self.status_box.currentData(),
                             search=self.search.text().strip() or None)

    def on_search(self, text: str) -> None:
        self.reload()

    def _show_detail(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            self.detail.clear()
            return
        item_id = self.model.row_at(row).id
        service = self.ctx.services.items
        # get() adds the answer key for admins only
        self.ctx.runner.read(lambda: service.get(item_id), self.detail.show_item, self.show_failure,
                             key="item-detail", owner=self)

    def new_item(self) -> None:
        from dreamseed_desktop.ui.screens.items.editor import open_editor

        self.editor = open_editor(self.ctx, self)

    def edit_item(self) -> None:
        from dreamseed_desktop.ui.screens.items.editor import open_editor

        items = self.selected()
        if items:
            self.editor = open_editor(self.ctx, self, items[0].id)

    def change_status(self, status: str) -> None:
        items = [i for i in self.selected() if i.status != status]
        if not items:
            return
        service = self.ctx.services.items
        call = service.retire if status == "retired" else service.activate

        def work() -> list[Any]:
            return [call(i.id, i.version) for i in items]

        if status != "retired":
            self.ctx.runner.write(work, self._changed, self.show_failure, owner=self)
            return
        self.confirm_then_write(
            self.tr("Retire items"),
            self.tr("Retire %n item(s)? Retired items are no longer given in new exams.", "",
                    len(items)), work, self._changed)

    def _changed(self, dtos: list[Any]) -> None:
        for dto in dtos:
            self.model.upsert(dto)
        self.ctx.events.items_changed.emit()

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import items"), "",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, *, update_existing: bool = True) -> None:
        service = self.ctx.services.item_csv

        def work(progress: Progress) -> Any:
            progress.report(0, 0, self.tr("Importing items…"))
            return service.import_csv(path.read_bytes(), update_existing=update_existing)

        def done(result: Any) -> None:
            self.set_status(self.tr("Imported: %1 new, %2 updated, %3 unchanged.")
                            .replace("%1", str(len(result.created)))
                            .replace("%2", str(len(result.updated)))
                            .replace("%3", str(len(result.unchanged))))
            self.ctx.events.items_changed.emit()

        self.ctx.runner.long(work, done, self._import_failed, title=self.tr("Importing items"),
                             parent=self)

    def _import_failed(self, failure: Any) -> None:
        from dreamseed_desktop.ui.i18n import domain_message

        errors = getattr(failure.error, "errors", None)
        details = "\n".join(domain_message(e) for e in errors[:20]) if errors else ""
        self.set_status(failure.message)
        if not failure.cancelled:
            messages.inform(self, self.tr("Import failed"), failure.message + ("\n\n" + details if details else ""))

    def import_qti(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import QTI package"), "",
                                              self.tr("QTI packages (*.zip)"))
        if path:
            self.import_qti_file(Path(path))

    def import_qti_file(self, path: Path) -> None:
        """All or nothing; items without a subject in the package get the subject filter's."""
        service, subject = self.ctx.services.item_qti, self.subject.currentData()

        def work(progress: Progress) -> Any:
            progress.report(0, 0, self.tr("Importing items…"))
            return service.import_package(path.read_bytes(), subject=subject)

        def done(result: Any) -> None:
            self.set_status(self.tr("Imported %n item(s) from the QTI package.", "", len(result.item_ids)))
            self.ctx.events.items_changed.emit()

        self.ctx.runner.long(work, done, self._import_failed, title=self.tr("Importing items"), parent=self)

    def export_qti(self) -> None:
        path = ask_save_path(self, self.tr("Export QTI package"), "items-qti.zip")
        if path:
            self.export_qti_file(path)

    def export_qti_file(self, path: Path) -> None:
        service, subject = self.ctx.services.item_qti, self.subject.currentData()
        ids = [i.id for i in self.selected()] or None

        def work() -> int:
            data = service.export_package(ids, subject=subject)
            path.write_bytes(data)
            return len(data)

        self.ctx.runner.read(work, lambda _n: self.set_status(
            QCoreApplication.translate("Files", "Exported to %1").replace("%1", str(path))),
                             self.show_failure, owner=self)

    def export_csv(self) -> None:
        path = ask_save_path(self, self.tr("Export items"), "items.csv")
        if path:
            self.export_file(path)

    def export_file(self, path: Path) -> None:
        service = self.ctx.services.item_csv
        subject, status = self.subject.currentData(), self.status_box.currentData()
        export_to_file(self.ctx, self, lambda: service.export_csv(subject=subject, status=status),
                       path, self.tr("Exporting items"), self.set_status)


def create_screen(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return ItemsScreen(ctx, parent)
