"""Roster editor: class students ↔ available students, bulk enroll/unenroll, CSV import/export."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.core.errors import AlreadyEnrolled
from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.common.files import ask_save_path, export_to_file
from dreamseed_desktop.ui.common.grades import WIDEST, fill_grade_combo, follow_school_level
from dreamseed_desktop.ui.common.list_screen import make_table, screen_title, selected_dtos
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.qtmodels.paged import PagedTableModel
from dreamseed_desktop.ui.qtmodels.proxy import SearchProxy
from dreamseed_desktop.ui.qtmodels.roster import ROSTER_COLUMNS, RosterModel
from dreamseed_desktop.ui.subject_names import ensure_subject_names, subject_label
from dreamseed_desktop.ui.workers import Failure


def grade_combo(all_text: str) -> QComboBox:
    combo = QComboBox()
    fill_grade_combo(combo, WIDEST, all_text)
    return combo


class EnrollmentScreen(QWidget):
    """Two panes: the class roster (left) and active students not in it (right)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._classes: list[Any] = []
        self._pending_class: int | None = None
        title = screen_title(self.tr("Enrollment"))

        self.class_box = QComboBox()
        self.class_box.setObjectName("classBox")
        self.class_box.setMinimumContentsLength(24)
        class_label = QLabel(self.tr("&Class:"))
        class_label.setBuddy(self.class_box)
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.setObjectName("importButton")
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setObjectName("exportButton")
        self.import_button.setVisible(ctx.is_admin)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(24)
        top.addWidget(class_label)
        top.addWidget(self.class_box, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        # left: enrolled
        self.enrolled = RosterModel(self)
        self.enrolled_proxy = SearchProxy(self)
        self.enrolled_proxy.setSourceModel(self.enrolled)
        self.enrolled_view = make_table(self.enrolled_proxy)
        self.enrolled_view.setObjectName("enrolledView")
        self.enrolled_filter = QLineEdit()
        self.enrolled_filter.setPlaceholderText(self.tr("Filter by name or number"))
        self.enrolled_filter.setClearButtonEnabled(True)
        self.enrolled_grade = grade_combo(self.tr("All grades"))
        self.enrolled_filter.textChanged.connect(self.enrolled_proxy.set_search)
        self.enrolled_grade.currentIndexChanged.connect(lambda _i: self._filter_enrolled())
        left = self._pane(self.tr("In this class"), self.enrolled_filter, self.enrolled_grade,
                          self.enrolled_view, self.tr("Fi&lter:"))
        self.left_box = left

        # right: available (lazy pages from the database)
        service = ctx.services.enrollment
        self.available = PagedTableModel(
            ROSTER_COLUMNS, lambda q, off, lim: service.list_available(
                q["class_id"], grade=q.get("grade"), search=q.get("search"), offset=off, limit=lim),
            ctx.runner, self, page_size=200)
        self.available_view = make_table(self.available, sortable=False)
        self.available_view.setObjectName("availableView")
        self.available_filter = QLineEdit()
        self.available_filter.setPlaceholderText(self.tr("Search name, number or email"))
        self.available_filter.setClearButtonEnabled(True)
        self.available_grade = grade_combo(self.tr("All grades"))
        follow_school_level(ctx, self, [self.enrolled_grade, self.available_grade], self.tr("All grades"))
        self.available_filter.textChanged.connect(lambda _t: self.reload_available())
        self.available_grade.currentIndexChanged.connect(lambda _i: self.reload_available())
        right = self._pane(self.tr("Available students"), self.available_filter,
                           self.available_grade, self.available_view, self.tr("&Search:"))
        self.right_box = right
        self.enrolled_view.setAccessibleName(self.tr("In this class"))
        self.available_view.setAccessibleName(self.tr("Available students"))

        self.enroll_button = QPushButton(self.tr("◀  &Enroll"))
        self.enroll_button.setObjectName("enrollButton")
        self.unenroll_button = QPushButton(self.tr("&Unenroll  ▶"))
        self.unenroll_button.setObjectName("unenrollButton")
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.enroll_button)
        middle.addWidget(self.unenroll_button)
        middle.addStretch(1)

        panes = QHBoxLayout()
        panes.addWidget(left, 1)
        panes.addLayout(middle)
        panes.addWidget(right, 1)
        self.status = QLabel()
        self.status.setObjectName("enrollmentStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(panes, 1)
        layout.addWidget(self.status)

        self._add_view_action(self.available_view, self.tr("Enroll selected students"),
                              self.enroll_selected)
        self._add_view_action(self.enrolled_view, self.tr("Unenroll selected students"),
                              self.unenroll_selected)
        self.class_box.currentIndexChanged.connect(lambda _i: self.reload_class())
        self.enroll_button.clicked.connect(self.enroll_selected)
        self.unenroll_button.clicked.connect(self.unenroll_selected)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_csv)
        self.available.total_changed.connect(lambda _n: self._update_titles())
        ctx.events.classes_changed.connect(self.reload)
        ctx.events.subjects_changed.connect(self.reload)
        ensure_subject_names(ctx)
        ctx.events.people_changed.connect(self.reload_class)
        ctx.events.open_class_requested.connect(self.show_class)
        self.setTabOrder(self.class_box, self.enrolled_filter)
        self.setTabOrder(self.enrolled_filter, self.enrolled_grade)
        self.setTabOrder(self.enrolled_grade, self.enrolled_view)
        self.setTabOrder(self.enrolled_view, self.enroll_button)
        self.setTabOrder(self.enroll_button, self.unenroll_button)
        self.setTabOrder(self.unenroll_button, self.available_filter)
        self.setTabOrder(self.available_filter, self.available_grade)
        self.setTabOrder(self.available_grade, self.available_view)
        self.reload()

    def _add_view_action(self, view: QWidget, text: str, slot: Any) -> None:
        """Right-click menu entry (and Return key) on a pane's table."""
        action = QAction(text, view)
        action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: slot())
        view.addAction(action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _pane(self, title: str, search: QLineEdit, grade: QComboBox, view: QWidget,
              caption_text: str) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        caption = QLabel(caption_text)
        caption.setBuddy(search)
        grade_caption = QLabel(self.tr("Grade:"))
        grade_caption.setBuddy(grade)
        grid.addWidget(caption, 0, 0)
        grid.addWidget(search, 0, 1)
        grid.addWidget(grade_caption, 0, 2)
        grid.addWidget(grade, 0, 3)
        grid.addWidget(view, 1, 0, 1, 4)
        return box

    # -- loading --------------------------------------------------------------------------------
    def class_id(self) -> int | None:
        return self.class_box.currentData()

    def show_class(self, class_id: int) -> None:
        index = self.class_box.findData(class_id)
        if index >= 0:
            self.class_box.setCurrentIndex(index)
        else:
            self._pending_class = class_id
            self.reload()

    def reload(self) -> None:
        ctx = self.ctx
        classes, people = ctx.services.classes, ctx.services.people
        admin, user_id = ctx.is_admin, ctx.identity.user_id

        def load() -> list[Any]:
            if admin or user_id is None:
                return classes.list()
            return classes.list(teacher_id=people.get(user_id).teacher_id)

        ctx.runner.read(load, self._classes_loaded, self._failed, key="enrollment-classes", owner=self)

    def _classes_loaded(self, rows: list[Any]) -> None:
        wanted = self._pending_class if self._pending_class is not None else self.class_id()
        self._pending_class = None
        self._classes = rows
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for c in rows:
            self.class_box.addItem(f"{c.school_year} · {c.name} ({subject_label(c.subject) or '-'})", c.id)
        index = self.class_box.findData(wanted) if wanted is not None else 0
        self.class_box.setCurrentIndex(max(index, 0))
        self.class_box.blockSignals(False)
        self.reload_class()

    def reload_class(self) -> None:
        class_id = self.class_id()
        has_class = class_id is not None
        for widget in (self.enroll_button, self.unenroll_button, self.export_button):
            widget.setEnabled(has_class)
        if class_id is None:
            self.enrolled.set_rows([])
            return
        service = self.ctx.services.enrollment
        self.ctx.runner.read(lambda: service.list_class_students(class_id), self._enrolled_loaded,
                             self._failed, key="enrolled-students", owner=self)
        self.reload_available()

    def reload_available(self) -> None:
        class_id = self.class_id()
        if class_id is not None:
            self.available.set_query(class_id=class_id, grade=self.available_grade.currentData(),
                                     search=self.available_filter.text().strip())

    def _enrolled_loaded(self, rows: list[Any]) -> None:
        self.enrolled.set_rows(rows)
        self._update_titles()

    def _filter_enrolled(self) -> None:
        grade = self.enrolled_grade.currentData()
        self.enrolled_proxy.set_predicate(None if grade is None else (lambda s: s.grade == grade))

    def _update_titles(self) -> None:
        self.left_box.setTitle(self.tr("In this class (%1)").replace("%1", str(self.enrolled.rowCount())))
        self.right_box.setTitle(self.tr("Available students (%1)").replace(
            "%1", f"{self.available.total:,}"))

    def _failed(self, failure: Failure) -> None:
        self.status.setText(failure.message)

    # -- enroll / unenroll --------------------------------------------------------------------------
    def enroll_selected(self, *, retry_ids: list[int] | None = None) -> None:
        class_id = self.class_id()
        ids = retry_ids if retry_ids is not None else [s.student_id for s in selected_dtos(self.available_view)]
        if class_id is None or not ids:
            return
        service = self.ctx.services.enrollment
        self.ctx.runner.write(lambda: service.bulk_enroll(class_id, ids),
                              lambda n: self._changed(class_id, self.tr("%n student(s) enrolled.", "", n)),
                              lambda f: self._enroll_failed(f, ids), owner=self)

    def _enroll_failed(self, failure: Failure, ids: list[int]) -> None:
        if isinstance(failure.error, AlreadyEnrolled):
            already = set(failure.error.student_ids)
            rest = [i for i in ids if i not in already]
            self.status.setText(self.tr("Already enrolled: %n student(s).", "", len(already)))
            if rest and messages.confirm(
                    self, self.tr("Already enrolled"),
                    self.tr("%n of the selected students are already in this class. "
                            "Enroll the other %1?", "", len(already))
                    .replace("%1", str(len(rest)))):
                self.enroll_selected(retry_ids=rest)
                return
            self.reload_class()
            return
        messages.show_failure(self, failure)

    def unenroll_selected(self) -> None:
        class_id = self.class_id()
        rows = [self.enrolled_proxy.dto_at(i.row()) for i in self.enrolled_view.selectionModel().selectedRows(0)]
        if class_id is None or not rows:
            return
        if not messages.confirm(self, self.tr("Unenroll"),
                                self.tr("Remove %n student(s) from this class? Their results are kept.",
                                        "", len(rows))):
            return
        ids = [s.student_id for s in rows]
        service = self.ctx.services.enrollment
        self.ctx.runner.write(lambda: service.bulk_unenroll(class_id, ids),
                              lambda n: self._changed(class_id, self.tr("%n student(s) removed.", "", n)),
                              lambda f: messages.show_failure(self, f), owner=self)

    def _changed(self, class_id: int, message: str) -> None:
        self.status.setText(message)
        self.ctx.events.enrollment_changed.emit(class_id)
        self.reload_class()

    # -- CSV ----------------------------------------------------------------------------------------
    def import_csv(self) -> None:
        from dreamseed_desktop.ui.screens.enrollment.import_wizard import RosterImportWizard

        wizard = RosterImportWizard(self.ctx, self)

        def on_imported(_result: object) -> None:
            self.ctx.events.people_changed.emit()
            self.reload()

        wizard.imported.connect(on_imported)
        wizard.open()

    def export_csv(self) -> None:
        class_id = self.class_id()
        if class_id is None:
            return
        name = self.class_box.currentText().split(" · ")[-1].split(" (")[0]
        path = ask_save_path(self, self.tr("Export roster"), f"{name}.csv")
        if path:
            self.export_to(class_id, path)

    def export_to(self, class_id: int, path: Path) -> None:
        service = self.ctx.services.roster
        export_to_file(self.ctx, self, lambda: service.export_class(class_id), path,
                       self.tr("Exporting roster"), self.status.setText)


def create_screen(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return EnrollmentScreen(ctx, parent)

