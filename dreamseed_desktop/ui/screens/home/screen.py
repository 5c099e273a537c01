"""The teacher's home: today's and upcoming exams of my classes, and my classes.

One click from an exam to its proctor console, its results or its settings (the exams screen
opens them, asked through ``AppEvents.open_exam_requested``); one click from a class to its
roster (``open_class_requested``). The lists refresh when exams or sessions change and every
30 seconds, so the 응시/완료 counts keep up with the class.
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.exams.admin import ExamSummary
from dreamseed_desktop.ui.a11y.keyboard import release_tab
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.dates import datetime_text
from dreamseed_desktop.ui.subject_names import ensure_subject_names, install_then, read_with_names, subject_label
from dreamseed_desktop.ui.workers import Failure

#: how far ahead "upcoming" looks
UPCOMING_DAYS = 14
REFRESH_MS = 30_000


def current_exams(exams: list[ExamSummary], now: datetime) -> list[ExamSummary]:
    """Open exams that run today or start within UPCOMING_DAYS, soonest first."""
    horizon = now + timedelta(days=UPCOMING_DAYS)
    keep = [e for e in exams if e.is_open
            and (e.closes_at is None or e.closes_at >= now)
            and (e.opens_at is None or e.opens_at <= horizon)]
    return sorted(keep, key=lambda e: (e.opens_at or now, e.title))


class HomeScreen(QWidget):
    """Exams of my classes (today and upcoming) and my classes, each one click from its work."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exams: list[ExamSummary] = []
        self.classes: list[Any] = []
        heading = QLabel(self.tr("Today and upcoming exams"), self)
        heading.setObjectName("homeHeading")
        heading.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.exam_table = QTableWidget(0, 6, self)
        self.exam_table.setObjectName("homeExams")
        self.exam_table.setHorizontalHeaderLabels([
            self.tr("Exam"), self.tr("Class"), self.tr("Subject"), self.tr("Opens"),
            self.tr("Closes"), self.tr("Started / finished")])
        self._table_style(self.exam_table)
        self.exam_table.setAccessibleName(heading.text())
        self.exam_table.doubleClicked.connect(lambda _i: self.request("proctor"))
        self.empty_exams = QLabel(self.tr("No open exams today or in the next two weeks. "
                                          "Create one in Exams."), self)
        self.empty_exams.setObjectName("homeNoExams")
        self.proctor_button = QPushButton(self.tr("Proctor"), self)
        self.proctor_button.setObjectName("homeProctor")
        self.results_button = QPushButton(self.tr("Results"), self)
        self.results_button.setObjectName("homeResults")
        self.open_button = QPushButton(self.tr("Exam settings…"), self)
        self.open_button.setObjectName("homeOpenExam")
        self.proctor_button.clicked.connect(lambda: self.request("proctor"))
        self.results_button.clicked.connect(lambda: self.request("results"))
        self.open_button.clicked.connect(lambda: self.request("edit"))
        exam_buttons = QHBoxLayout()
        for b in (self.proctor_button, self.results_button, self.open_button):
            exam_buttons.addWidget(b)
        exam_buttons.addStretch(1)

        class_heading = QLabel(self.tr("My classes"), self)
        class_heading.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.class_table = QTableWidget(0, 4, self)
        self.class_table.setObjectName("homeClasses")
        self.class_table.setHorizontalHeaderLabels([
            self.tr("Class"), self.tr("Grade"), self.tr("Subject"), self.tr("Students")])
        self._table_style(self.class_table)
        self.class_table.setAccessibleName(class_heading.text())
        self.class_table.doubleClicked.connect(lambda _i: self.open_roster())
        self.roster_button = QPushButton(self.tr("Roster…"), self)
        self.roster_button.setObjectName("homeRoster")
        self.roster_button.clicked.connect(self.open_roster)
        self.status = QLabel(self)
        self.status.setObjectName("homeStatus")
        class_buttons = QHBoxLayout()
        class_buttons.addWidget(self.roster_button)
        class_buttons.addStretch(1)
        class_buttons.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.exam_table, 3)
        layout.addWidget(self.empty_exams)
        layout.addLayout(exam_buttons)
        layout.addSpacing(12)
        layout.addWidget(class_heading)
        layout.addWidget(self.class_table, 2)
        layout.addLayout(class_buttons)

        ctx.events.exams_changed.connect(self.reload)
        ctx.events.sessions_changed.connect(lambda _e: self.reload())
        ctx.events.classes_changed.connect(self.reload)
        ctx.events.subjects_changed.connect(self.reload)
        ensure_subject_names(ctx)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self._update_buttons()
        self.reload()

    @staticmethod
    def _table_style(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        release_tab(table)

    # ------------------------------------------------------------ data
    def reload(self) -> None:
        services = self.ctx.services
        user_id = self.ctx.identity.user_id

        def load() -> tuple[list[ExamSummary], list[Any]]:
            own = services.people.get(user_id).teacher_id if user_id is not None else None
            return services.exam_admin.list_exams(), services.classes.list(teacher_id=own)

        self.ctx.runner.read(read_with_names(self.ctx, load), install_then(self._loaded), self._failed, owner=self,
                             key="home")

    def _loaded(self, result: tuple[list[ExamSummary], list[Any]]) -> None:
        exams, classes = result
        self.exams = current_exams(exams, datetime.now(UTC))
        self.classes = list(classes)
        selected = self.selected_exam()
        self.exam_table.setRowCount(len(self.exams))
        for r, e in enumerate(self.exams):
            values = [e.title, e.class_name, subject_label(e.subject), _when(e.opens_at), _when(e.closes_at),
                      f"{e.n_sessions} / {e.n_finished}"]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.exam_table.setItem(r, c, item)
            if selected is not None and e.id == selected.id:
                self.exam_table.selectRow(r)
        if self.exams and self.selected_exam() is None:
            self.exam_table.selectRow(0)
        self.empty_exams.setVisible(not self.exams)
        self.class_table.setRowCount(len(self.classes))
        for r, cls in enumerate(self.classes):
            values = [cls.name, str(cls.grade), subject_label(cls.subject) if cls.subject else "–",
                      str(cls.student_count)]
            for c, v in enumerate(values):
                self.class_table.setItem(r, c, QTableWidgetItem(v))
        if self.classes and not self.class_table.selectedItems():
            self.class_table.selectRow(0)
        self.exam_table.resizeColumnsToContents()
        self.exam_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status.setText(self.tr("Updated %1").replace(
            "%1", datetime.now().strftime("%H:%M")))
        self._update_buttons()

    def _failed(self, failure: Failure) -> None:
        self.status.setText(failure.message)

    def _update_buttons(self) -> None:
        has_exam = bool(self.exams)
        for b in (self.proctor_button, self.results_button, self.open_button):
            b.setEnabled(has_exam)
        self.roster_button.setEnabled(bool(self.classes))

    # ------------------------------------------------------------ actions
    def selected_exam(self) -> ExamSummary | None:
        rows = {i.row() for i in self.exam_table.selectedIndexes()}
        row = min(rows) if rows else -1
        return self.exams[row] if 0 <= row < len(self.exams) else None

    def request(self, what: str) -> None:
        exam = self.selected_exam()
        if exam is not None:
            self.ctx.events.open_exam_requested.emit(exam.id, what)

    def open_roster(self) -> None:
        rows = {i.row() for i in self.class_table.selectedIndexes()}
        if rows and min(rows) < len(self.classes):
            self.ctx.events.open_class_requested.emit(self.classes[min(rows)].id)


def _when(value: datetime | None) -> str:
    return datetime_text(value)


def create_screen(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return HomeScreen(ctx, parent)
