"""The shape shared by list screens: title, search box, action buttons, table, context menu.

A screen subclasses :class:`ListScreen`, passes its model (a DtoTableModel wrapped by a
SearchProxy for small lists, or a PagedTableModel) and adds actions with :meth:`add_action`;
actions marked ``needs_selection`` are enabled only while rows are selected and also appear in
the table's context menu. Multi-select is on (extended selection).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QCoreApplication,
    QItemSelectionModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.ui.a11y.keyboard import enable_keyboard_sort, release_tab
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.qtmodels.dto_table import DTO_ROLE, DtoTableModel
from dreamseed_desktop.ui.workers import Failure


def make_table(model: QAbstractItemModel, *, sortable: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(sortable)
    if sortable:
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)   # Qt's default indicator is descending
        enable_keyboard_sort(view)                           # Ctrl+Shift+S, announced
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setResizeContentsPrecision(30)   # size columns from 30 rows, not all
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    release_tab(view)
    autosize_columns_once(view)
    return view


def autosize_columns_once(view: QTableView, max_width: int = 320) -> None:
    """Fit the columns to the first rows that arrive (later pages keep the widths)."""
    model = view.model()

    def fit() -> None:
        if model.rowCount() == 0 or getattr(view, "_autosized", False):
            return
        view._autosized = True  # type: ignore[attr-defined]
        header = view.horizontalHeader()
        source = model.sourceModel() if hasattr(model, "sourceModel") else model
        stretch = source.stretch_column() if hasattr(source, "stretch_column") else -1
        if stretch >= 0:
            header.setStretchLastSection(False)
        view.resizeColumnsToContents()
        for column in range(model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column) + 16, max_width))
        if stretch >= 0:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    model.modelReset.connect(fit)
    model.rowsInserted.connect(lambda *_: fit())
    model.layoutChanged.connect(fit)


def screen_title(text: str) -> QLabel:
    """The large bold heading at the top of a screen."""
    label = QLabel(text)
    label.setObjectName("screenTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


def selected_dtos(view: QTableView) -> list[Any]:
    selection = view.selectionModel()
    if selection is None:
        return []
    return [view.model().data(index, DTO_ROLE) for index in selection.selectedRows(0)]


class ListScreen(QWidget):
    """Search + actions + table. Subclasses implement :meth:`reload`."""

    def __init__(self, ctx: AppContext, title: str, model: QAbstractItemModel,
                 parent: QWidget | None = None, *, sortable: bool = True,
                 search_delay_ms: int = 0) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._selection_actions: list[tuple[QAction, bool]] = []
        self.title_label = screen_title(title)

        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(QCoreApplication.translate("ListScreen", "Search…"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(QCoreApplication.translate("ListScreen", "&Search:"))
        search_label.setBuddy(self.search)

        self.filters = QHBoxLayout()
        self.filters.addWidget(search_label)
        self.filters.addWidget(self.search, 1)

        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)

        self.view = make_table(model, sortable=sortable)
        self.view.setObjectName("listView")
        self.view.setAccessibleName(title)
        self.search.setAccessibleName(QCoreApplication.translate("ListScreen", "Search"))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _index: self.activate_selected())
        self.status = QLabel()
        self.status.setObjectName("listStatus")

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.filters)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(search_delay_ms)
        self._search_timer.timeout.connect(lambda: self.on_search(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    # -- for subclasses -----------------------------------------------------------------------------
    def add_action(self, text: str, slot: Callable[[], object], *, shortcut: str | None = None,
                   needs_selection: bool = False, multi: bool = False,
                   name: str | None = None) -> QAction:
        """A button (left of the others' stretch) + a context-menu entry when row-related."""
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        button = QPushButton(text)
        if name:
            button.setObjectName(name)
            action.setObjectName(f"{name}Action")
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        if needs_selection:
            self._selection_actions.append((action, multi))
        self._update_actions()
        return action

    def add_filter_widget(self, label: str, widget: QWidget) -> QWidget:
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.filters.addWidget(caption)
        self.filters.addWidget(widget)
        return widget

    def reload(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def on_search(self, text: str) -> None:
        """Default: in-memory filter through a SearchProxy model."""
        model = self.view.model()
        if hasattr(model, "set_search"):
            model.set_search(text)

    def activate_selected(self) -> None:
        """Double-click / Enter: by default nothing; screens open their edit dialog."""

    def selected(self) -> list[Any]:
        return selected_dtos(self.view)

    def select_rows(self, rows: list[int]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        for row in rows:
            selection.select(self.view.model().index(row, 0),
                             QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)

    def show_failure(self, failure: Failure) -> None:
        from dreamseed_desktop.ui.common import messages

        messages.show_failure(self, failure)

    def confirm_then_write(self, title: str, question: str, work: Callable[[], Any],
                           on_done: Callable[[Any], None]) -> None:
        """Ask (default No); on Yes run ``work`` on the write worker, failures as a message."""
        from dreamseed_desktop.ui.common import messages

        if messages.confirm(self, title, question):
            self.ctx.runner.write(work, on_done, self.show_failure, owner=self)

    def delete_selected(self, title: str, question: str, delete: Callable[[int, int], Any],
                        changed: Any) -> None:
        """Delete the one selected row (``delete(id, version)``), then emit ``changed``."""
        rows = self.selected()
        if len(rows) != 1:
            return
        row = rows[0]
        model = self.view.model()
        source = model.sourceModel() if isinstance(model, QAbstractProxyModel) else model

        def done(_result: Any) -> None:
            assert isinstance(source, DtoTableModel), "list screens show a DtoTableModel"
            source.remove_keys({row.id})
            changed.emit()

        self.confirm_then_write(title, question.replace("%1", row.name),
                                lambda: delete(row.id, row.version), done)

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def showEvent(self, event: Any) -> None:  # Qt override
        super().showEvent(event)
        if not getattr(self, "_loaded_once", False):
            self._loaded_once = True
            self.reload()

    # -- internals ----------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        count = len(self.view.selectionModel().selectedRows(0)) if self.view.selectionModel() else 0
        for action, multi in self._selection_actions:
            action.setEnabled(count >= 1 if multi else count == 1)

    def _context_menu(self, pos: Any) -> None:
        if not self._selection_actions:
            return
        menu = QMenu(self)
        for action, _multi in self._selection_actions:
            menu.addAction(action)
        menu.popup(self.view.viewport().mapToGlobal(pos))
