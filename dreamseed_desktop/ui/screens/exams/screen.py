"""Teacher's Exams screen: the exam list, plus a tab per open proctor console or results view."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dreamseed_desktop.services.exams.admin import ClassOption, ExamSummary
from dreamseed_desktop.services.items.subjects import SubjectCatalog
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.common.list_screen import ListScreen
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.demo_fill import FillNotice
from dreamseed_desktop.ui.qtmodels.dto_table import Column, DtoTableModel
from dreamseed_desktop.ui.qtmodels.proxy import SearchProxy
from dreamseed_desktop.ui.screens.exams.console import ProctorConsole
from dreamseed_desktop.ui.screens.exams.exam_dialog import ExamDialog
from dreamseed_desktop.ui.screens.exams.results import ResultsView
from dreamseed_desktop.ui.subject_names import ensure_subject_names, subject_label
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP
from dreamseed_desktop.ui.workers import Failure

#: how often the exam list refreshes its 응시/완료 counts while it is shown
REFRESH_MS = 15_000

EXAM_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda e: e.title),
    Column(QT_TRANSLATE_NOOP("Columns", "Class"), lambda e: e.class_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Subject"), lambda e: subject_label(e.subject)),
    Column(QT_TRANSLATE_NOOP("Columns", "Opens"), lambda e: e.opens_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Closes"), lambda e: e.closes_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Items"), lambda e: f"{e.cat_config.min_items}–{e.cat_config.max_items}"),
    Column(QT_TRANSLATE_NOOP("Columns", "Started"), lambda e: e.n_sessions, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Finished"), lambda e: e.n_finished, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Open"), lambda e: e.is_open),
]


class ExamListPane(ListScreen):
    """Exams of the teacher's classes with New / Edit / Close / Proctor / Results."""

    def __init__(self, ctx: AppContext, host: ExamsScreen) -> None:
        self.model = DtoTableModel(EXAM_COLUMNS)
        self.proxy = SearchProxy()
        self.proxy.setSourceModel(self.model)
        super().__init__(ctx, self.tr("Exams"), self.proxy)
        self.admin, self.host = ctx.services.exam_admin, host
        self.add_action(self.tr("New exam…"), self.new_exam, name="newExam")
        self.add_action(self.tr("Edit…"), self.edit_exam, needs_selection=True, name="editExam")
        self.add_action(self.tr("Close / reopen"), self.toggle_open, needs_selection=True,
                        name="toggleExam")
        self.add_action(self.tr("Proctor"), lambda: self.host.open_console(self.selected()[0]),
                        needs_selection=True, name="proctorExam")
        self.add_action(self.tr("Results"), lambda: self.host.open_results(self.selected()[0]),
                        needs_selection=True, name="resultsExam")
        ctx.events.exams_changed.connect(self.reload)
        ctx.events.subjects_changed.connect(self.reload)
        ensure_subject_names(ctx)
        ctx.events.sessions_changed.connect(lambda _e: self.reload())
        # a first demo start: the past exams' sittings are still being taken (ui.demo_fill)
        self.filling = FillNotice(ctx.demo_fill, self)
        column = self.layout()
        if isinstance(column, QVBoxLayout):
            column.insertWidget(1, self.filling)
        self.filling.filled.connect(self.reload)
        # the started/finished counts follow the class by themselves while the list is shown
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("examListRefresh")
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)

    def reload(self) -> None:
        self.ctx.runner.read(self.admin.list_exams, self._loaded, self.show_failure,
                             key="exam-list", owner=self)

    def refresh(self) -> None:
        """The timer's reload: only while the list is on screen and the window not minimized
        (one statement; a failure waits for the next tick instead of a message box)."""
        window = self.window()
        if not self.isVisible() or (window is not None and window.isMinimized()):
            return
        self.ctx.runner.read(self.admin.list_exams, self._loaded, lambda _f: None,
                             key="exam-list", owner=self)

    def showEvent(self, event: Any) -> None:  # Qt override
        super().showEvent(event)
        self.refresh_timer.start()

    def hideEvent(self, event: Any) -> None:  # Qt override
        self.refresh_timer.stop()
        super().hideEvent(event)

    def _loaded(self, exams: list[ExamSummary]) -> None:
        self.model.merge_rows(exams)
        self.set_status(self.tr("%n exam(s)", "", len(exams)))

    def activate_selected(self) -> None:
        self.edit_exam()

    def _open_dialog(self, exam: ExamSummary | None) -> None:
        admin, subjects = self.admin, self.ctx.services.subjects

        def got(data: tuple[list[ClassOption], SubjectCatalog]) -> None:
            classes, catalog = data
            dialog = ExamDialog(admin, self.ctx.runner, classes, catalog, exam, self,
                                simulate=self.ctx.services.psychometrics.what_if,
                                language=i18n.current_language())
            dialog.saved.connect(lambda _s: self._changed())
            dialog.open()
            self.host.last_dialog = dialog

        self.ctx.runner.read(lambda: (admin.classes(), subjects.catalog()), got, self.show_failure,
                             key="exam-dialog-data", owner=self)

    def new_exam(self) -> None:
        self._open_dialog(None)

    def edit_exam(self) -> None:
        rows = self.selected()
        if rows:
            self._open_dialog(rows[0])

    def toggle_open(self) -> None:
        rows = self.selected()
        if not rows:
            return
        exam = rows[0]
        self.ctx.runner.write(lambda: self.admin.set_open(exam.id, not exam.is_open, exam.version),
                              lambda _s: self._changed(), self.show_failure, owner=self)

    def _changed(self) -> None:
        self.ctx.events.exams_changed.emit()


class ExamsScreen(QTabWidget):
    """The navigation slot's widget: exam list first, closable tabs for consoles and results."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examsScreen")
        self.ctx = ctx
        self.last_dialog: ExamDialog | None = None
        self.list_pane = ExamListPane(ctx, self)
        self.addTab(self.list_pane, self.tr("Exams"))
        self.setTabsClosable(True)
        self.tabBar().setTabButton(0, self.tabBar().ButtonPosition.RightSide, None)
        self.tabCloseRequested.connect(self._close_tab)
        self._open: dict[tuple[str, int], QWidget] = {}
        # the tabs' close buttons take no focus: Ctrl+W closes the console/results tab in front
        close = QAction(self.tr("Close tab"), self)
        close.setObjectName("closeTabAction")
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.triggered.connect(lambda: self._close_tab(self.currentIndex()))
        self.addAction(close)

    def open_exam(self, exam_id: int, what: str) -> None:
        """Open exam ``exam_id``'s "proctor" console, "results" or settings ("edit")."""
        def act(exams: list[ExamSummary]) -> None:
            exam = next((e for e in exams if e.id == exam_id), None)
            if exam is None:
                return
            if what == "proctor":
                self.open_console(exam)
            elif what == "results":
                self.open_results(exam)
            else:
                self.setCurrentWidget(self.list_pane)
                self.list_pane._open_dialog(exam)

        loaded = list(self.list_pane.model.rows())
        if any(e.id == exam_id for e in loaded):
            act(loaded)
        else:
            self.ctx.runner.read(self.ctx.services.exam_admin.list_exams, act, self.show_failure,
                                 owner=self)

    def open_console(self, exam: ExamSummary) -> ProctorConsole:
        key = ("console", exam.id)
        existing = self._open.get(key)
        if isinstance(existing, ProctorConsole):
            self.setCurrentWidget(existing)
            return existing
        services = self.ctx.services
        console = ProctorConsole(services.proctor, services.exam_admin, self.ctx.runner, exam.id,
                                 exam.title, self,
                                 accommodations=services.accommodations.for_students)
        console.sessions_changed.connect(self.ctx.events.sessions_changed.emit)
        self._add(key, console, self.tr("Proctor: %1").replace("%1", exam.title))
        console.start()
        return console

    def open_results(self, exam: ExamSummary) -> ResultsView:
        key = ("results", exam.id)
        existing = self._open.get(key)
        if isinstance(existing, ResultsView):
            self.setCurrentWidget(existing)
            return existing
        view = ResultsView(self.ctx.services.results, self.ctx.runner, exam.id, exam.title, self,
                           can_correct=self.ctx.identity.role in ("teacher", "admin"))
        view.sessions_changed.connect(self.ctx.events.sessions_changed.emit)
        self._add(key, view, self.tr("Results: %1").replace("%1", exam.title))
        view.reload()
        return view

    def _add(self, key: tuple[str, int], widget: QWidget, title: str) -> None:
        self._open[key] = widget
        index = self.addTab(widget, title)
        close = self.tabBar().tabButton(index, self.tabBar().ButtonPosition.RightSide)
        if close is not None:
            close.setAccessibleName(self.tr("Close %1").replace("%1", title))
        self.setCurrentIndex(index)

    def _close_tab(self, index: int) -> None:
        widget = self.widget(index)
        if index == 0 or widget is None:
            return
        if isinstance(widget, ProctorConsole):
            widget.stop()
        self._open = {k: w for k, w in self._open.items() if w is not widget}
        self.removeTab(index)
        widget.deleteLater()

    def show_failure(self, failure: Failure) -> None:
        self.list_pane.show_failure(failure)
