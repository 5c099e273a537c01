"""Small widgets the analytics screens put around charts: a chart grid, a date range filter
and the save-file question (replaceable in tests)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QWidget,
)

from dreamseed_desktop.ui.a11y.keyboard import release_tab
from dreamseed_desktop.ui.dates import date_edit_format

__all__ = ["DateRange", "ask_directory", "ask_save_path", "chart_grid", "fill_subject_box",
           "make_table"]


#: narrower than this, a chart of a grid gets a row of its own (titles and axes stay readable)
CHART_MIN_WIDTH = 320


class ChartGrid(QScrollArea):
    """Charts in a grid inside a vertical scroll area: up to ``columns`` a row, fewer when the
    area is too narrow for them (a 200 % scaled laptop), so charts reflow instead of shrinking
    until their titles are cut."""

    def __init__(self, charts: list[QWidget], columns: int, min_height: int) -> None:
        super().__init__()
        self.charts, self.max_columns, self.columns = list(charts), max(1, columns), 0
        self.box = QWidget()
        self.grid = QGridLayout(self.box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for chart in self.charts:
            chart.setMinimumHeight(min_height)
        self.setObjectName("chartGrid")
        # a Tab stop whose arrow keys scroll the charts: named for screen readers
        self.setAccessibleName(QCoreApplication.translate("ChartGrid", "Charts"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self.box)
        self.arrange(self.max_columns)

    def arrange(self, columns: int) -> None:
        """Put the charts ``columns`` a row."""
        columns = max(1, min(columns, self.max_columns, len(self.charts) or 1))
        if columns == self.columns:
            return
        self.columns = columns
        for chart in self.charts:
            self.grid.removeWidget(chart)
        for i, chart in enumerate(self.charts):
            self.grid.addWidget(chart, i // columns, i % columns)
        for c in range(self.max_columns):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        # lay the grid out now, not on a later pass: the charts never stick out of it meanwhile
        self.grid.invalidate()
        self.grid.activate()
        viewport = self.viewport()
        self.box.resize(viewport.width(), max(viewport.height(), self.box.minimumSizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        super().resizeEvent(event)
        self.arrange(self.viewport().width() // CHART_MIN_WIDTH)


def chart_grid(charts: list[QWidget], columns: int = 2, min_height: int = 240) -> QWidget:
    """Charts in a grid, row by row, inside a vertical scroll area: on a small screen (a
    1366×768 laptop) the charts keep a readable height and scroll instead of growing the window;
    on a narrow one they take fewer columns (:class:`ChartGrid`)."""
    return ChartGrid(charts, columns, min_height)


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> str:
    """Ask where to save; "" when cancelled. Tests monkeypatch this module attribute."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path


def ask_directory(parent: QWidget, title: str) -> str:
    """Ask for a folder; "" when cancelled. Tests monkeypatch this module attribute."""
    return QFileDialog.getExistingDirectory(parent, title)


class DateRange(QWidget):
    """Optional from/to dates: unchecked = all dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(self.tr("From"))
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-6))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setEnabled(False)
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))
        self.enabled.toggled.connect(self.date_from.setEnabled)
        self.enabled.toggled.connect(self.date_to.setEnabled)
        row.addWidget(self.enabled)
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.date_to)

    def value(self) -> tuple[Any, Any]:
        """(date_from, date_to) as python dates, or (None, None)."""
        if not self.enabled.isChecked():
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()


def fill_subject_box(box: QComboBox, subjects: list[tuple[str, int]]) -> None:
    """(subject, item count) choices "Math (60)"; keeps the current subject when still there."""
    from .feed import subject_label

    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    for code, n in subjects:
        box.addItem(f"{subject_label(code)} ({n})", code)
    if current is not None and box.findData(current) >= 0:
        box.setCurrentIndex(box.findData(current))
    box.blockSignals(False)


def make_table(model: QAbstractItemModel, name: str, *, multi: bool = False) -> QTableView:
    """A read-only row-selecting table view over ``model`` (object name for tests)."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    return release_tab(view)
