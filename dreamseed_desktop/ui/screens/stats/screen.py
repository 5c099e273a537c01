"""The statistics screen: tabs for classes, students and items; loads data through the runner."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.common.grades import follow_school_level
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.demo_fill import FillNotice
from dreamseed_desktop.ui.subject_names import ensure_subject_names
from dreamseed_desktop.ui.workers import Failure

from .class_tab import ClassesTab, load_overview
from .exports import ReportExporter
from .items_tab import ItemsTab
from .student_tab import StudentTab, load_student

__all__ = ["StatsScreen", "create_screen"]


class StatsScreen(QWidget):
    """Admins' statistics: classes, a student's learning curve and sessions, item analysis.

    Reloads when sessions, classes, enrollments, people or items change (AppEvents), but only
    the visible tab and only while the screen is shown (otherwise on the next show).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self.exporter = ReportExporter(ctx, self.services.reports, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("statsTabs")
        self.classes_tab = ClassesTab()
        self.student_tab = StudentTab()
        self.items_tab = ItemsTab()
        self.tabs.addTab(self.classes_tab, self.tr("Classes"))
        self.tabs.addTab(self.student_tab, self.tr("Students"))
        self.tabs.addTab(self.items_tab, self.tr("Items"))
        self.status = QLabel()
        self.status.setObjectName("statsStatus")
        # a first demo start: the past sittings are still being taken (ui.demo_fill)
        self.filling = FillNotice(ctx.demo_fill)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filling)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self._stale = {0: True, 1: True, 2: True}
        self._selected_student: int | None = None
        self._wire()

    def _wire(self) -> None:
        c, st, it, ex = self.classes_tab, self.student_tab, self.items_tab, self.exporter
        c.grade_box.currentIndexChanged.connect(lambda _i: self.load_classes())
        follow_school_level(self.ctx, self, [c.grade_box], c.grade_box.itemText(0))   # 1–3 for 중/고
        c.students_requested.connect(self.load_class_students)
        c.class_report_requested.connect(ex.class_pdf)
        c.class_csv_requested.connect(ex.class_csv)
        c.grade_reports_requested.connect(   # the grade chosen above the list, else one of those shown
            lambda: ex.grade_reports(c.grade_box.currentData(), choices=c.grades_shown() or c.grades_offered()))
        st.class_changed.connect(self.load_roster)
        st.student_changed.connect(self.load_student)
        st.session_changed.connect(self.load_trajectory)
        st.student_report_requested.connect(ex.student_pdf)
        st.student_csv_requested.connect(ex.student_csv)
        it.analysis_requested.connect(self.load_items)
        it.csv_requested.connect(lambda: ex.item_analysis_csv(self.items_tab.analysis))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        events = self.ctx.events
        events.sessions_changed.connect(lambda _eid: self.invalidate())
        events.classes_changed.connect(self.invalidate)
        events.enrollment_changed.connect(lambda _cid: self.invalidate())
        events.people_changed.connect(self.invalidate)
        events.items_changed.connect(self.invalidate)
        events.subjects_changed.connect(self.invalidate)     # chart titles name the subject
        self.filling.filled.connect(self.invalidate)
        ensure_subject_names(self.ctx)

    # ------------------------------------------------------------------ refresh policy
    def invalidate(self) -> None:
        """Data changed somewhere: reload what is visible, the rest when it is shown."""
        self._stale = {k: True for k in self._stale}
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        tab = self.tabs.currentIndex()
        if not self._stale.get(tab):
            return
        self._stale[tab] = False
        if tab == 0:
            self.load_classes()
        elif tab == 1:
            self._load_class_list()
        else:
            self._load_subjects()

    # ------------------------------------------------------------------ loads
    def load_classes(self) -> None:
        grade = self.classes_tab.grade()
        self.ctx.runner.read(lambda: load_overview(self.services, grade), self._classes_loaded,
                             self._failed, key="stats.classes", owner=self)

    def _classes_loaded(self, rows: list[Any]) -> None:
        self.classes_tab.set_overview(rows)
        tested = sum(r.stats.n_students_tested for r in rows)
        self.status.setText(self.tr("%n class(es)", "", len(rows)) + ", "
                            + self.tr("%n student(s) tested", "", tested))

    def load_class_students(self, class_id: int) -> None:
        """The selected class's per-student lines: one small call (the tab opened without them)."""
        self.ctx.runner.read(lambda: self.services.statistics.class_exam_stats(class_id),
                             self.classes_tab.show_students, self._failed,
                             key="stats.class_students", owner=self)

    def _load_class_list(self) -> None:
        self.ctx.runner.read(self.services.classes.list,
                             lambda cs: self.student_tab.set_classes([(c.id, c.name) for c in cs]),
                             self._failed, key="stats.class_list", owner=self)

    def load_roster(self, class_id: int) -> None:
        self.ctx.runner.read(lambda: self.services.enrollment.list_class_students(class_id),
                             self.student_tab.set_roster, self._failed, key="stats.roster", owner=self)

    def load_student(self, student_id: int) -> None:
        tab = self.student_tab
        class_id, class_name = tab.class_id(), tab.class_box.currentText() or None
        self._selected_student = student_id
        self.ctx.runner.read(lambda: load_student(self.services, student_id, class_id, class_name),
                             tab.show_student, self._failed, key="stats.student", owner=self)

    def load_trajectory(self, session_id: int) -> None:
        self.ctx.runner.read(lambda: self.services.charts.session_trajectory(session_id),
                             self.student_tab.show_trajectory, self._failed,
                             key="stats.trajectory", owner=self)

    def _load_subjects(self) -> None:
        def loaded(subjects: list[tuple[str, int]]) -> None:
            self.items_tab.set_subjects(subjects)
            if subjects:
                self.load_items()

        self.ctx.runner.read(self.services.psychometrics.subjects, loaded, self._failed,
                             key="stats.subjects", owner=self)

    def load_items(self) -> None:
        kwargs = self.items_tab.request()
        if kwargs["subject"] is None:
            return
        self.ctx.runner.read(lambda: self.services.psychometrics.item_analysis(**kwargs),
                             self.items_tab.show_analysis, self._failed, key="stats.items", owner=self)

    def _failed(self, failure: Failure) -> None:
        self.status.setText(failure.message)
        messages.show_failure(self, failure)


def create_screen(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    """Entry point for the main window's "Statistics" navigation slot."""
    return StatsScreen(ctx, parent)
