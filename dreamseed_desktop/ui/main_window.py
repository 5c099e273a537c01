"""Main window: role-based sidebar, stacked screens, menus with shortcuts, status bar.

Window geometry, state and the last screen are kept in QSettings. The window never talks to
the database itself; screens do, through the task runner.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.config.settings import save_settings
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.a11y.focus_ring import install_dialog_focus_rings, install_focus_ring
from dreamseed_desktop.ui.a11y.names import install_default_names
from dreamseed_desktop.ui.a11y.theme import apply_staff_theme
from dreamseed_desktop.ui.backup_banner import BackupBanner
from dreamseed_desktop.ui.backup_dialog import BackupDialog
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.navigation import NavEntry, create_screen, entries_for
from dreamseed_desktop.ui.qtmodels.labels import role_label
from dreamseed_desktop.ui.subject_names import load_subject_names

SETTINGS_ORG = "DreamSeed"
SETTINGS_APP = "DreamSeedDesktop"


def scrolling(screen: QWidget) -> QScrollArea:
    """The screen in a frameless scroll area: on a small or highly scaled screen (150 %/200 % OS
    scaling) a screen larger than the window scrolls instead of pushing the window past the
    screen's edge; Tab scrolls the focused control into view."""
    area = QScrollArea()
    area.setObjectName(f"scroll_{screen.objectName()}")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)      # no Tab stop of its own: the screen's are
    area.setWidget(screen)
    return area


class MainWindow(QMainWindow):
    """Signals: sign_out_requested(), restart_requested() (language change)."""

    sign_out_requested = Signal()
    restart_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 *, qsettings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._qsettings = qsettings or QSettings(SETTINGS_ORG, SETTINGS_APP)
        self.entries: list[NavEntry] = entries_for(ctx.role)
        self.screens: dict[str, QWidget] = {}
        self._holders: dict[str, QScrollArea] = {}
        self.setWindowTitle(self.tr("DreamSeed Desktop"))
        self.setObjectName("mainWindow")

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Navigation"))
        for entry in self.entries:
            item = QListWidgetItem(entry.text())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.sidebar.addItem(item)
        self.sidebar.setMinimumWidth(160)
        self.sidebar.setMaximumWidth(260)
        self.stack = QStackedWidget()
        self.stack.setObjectName("screenStack")
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([200, 1000])
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 6px 8px; }")
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.backup_banner: BackupBanner | None = None
        if ctx.is_admin and ctx.services.backups is not None:   # the one-PC install's automatic backup
            self.backup_banner = BackupBanner(ctx.services.backups, central)
            self.backup_banner.open_backups.connect(self.open_backups)
            column.addWidget(self.backup_banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._show_row)

        self._build_status_bar()
        self._build_menus()
        ctx.events.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        ctx.events.open_class_requested.connect(lambda _cid: self.show_screen("enrollment"))
        ctx.events.open_exam_requested.connect(self._open_exam)
        ctx.runner.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        ctx.runner.busy_changed.connect(self.busy_label.setVisible)
        load_subject_names(ctx)
        self.resize(1200, 760)
        self.focus_ring = install_focus_ring(self)
        install_dialog_focus_rings()          # and every dialog opened from here
        install_default_names()
        self._restore_state()
        if self.backup_banner is not None:
            self.backup_banner.watch()

    # -- navigation ---------------------------------------------------------------------------------
    def keys(self) -> list[str]:
        return [e.key for e in self.entries]

    def show_screen(self, key: str) -> QWidget | None:
        if key not in self.keys():
            return None
        self.sidebar.setCurrentRow(self.keys().index(key))
        return self.screens.get(key)

    def _open_exam(self, exam_id: int, what: str) -> None:
        """The home screen asked for an exam's console, results or settings."""
        self.show_screen("exams")
        screen = self.screens.get("exams")
        opener = getattr(screen, "open_exam", None)
        if callable(opener):
            opener(exam_id, what)

    def current_key(self) -> str | None:
        row = self.sidebar.currentRow()
        return self.entries[row].key if 0 <= row < len(self.entries) else None

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        screen = self.screens.get(entry.key)
        if screen is None:
            screen = create_screen(entry, self.ctx, self.stack)
            screen.setObjectName(f"screen_{entry.key}")
            self.screens[entry.key] = screen
            self._holders[entry.key] = scrolling(screen)
            self.stack.addWidget(self._holders[entry.key])
        self.stack.setCurrentWidget(self._holders[entry.key])

    def current_screen(self) -> QWidget | None:
        key = self.current_key()
        return self.screens.get(key) if key else None

    def refresh_current(self) -> None:
        screen = self.current_screen()
        reload = getattr(screen, "reload", None)
        if callable(reload):
            reload()

    # -- chrome ---------------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        ident = self.ctx.identity
        self.server_label = QLabel(self.tr("Server: %1").replace("%1", self.ctx.server_label or "—"))
        self.server_label.setObjectName("serverLabel")
        who = ident.name or ident.email or self.tr("owner")
        self.user_label = QLabel(self.tr("Signed in: %1 (%2)").replace("%1", who)
                                 .replace("%2", role_label(self.ctx.role)))
        self.user_label.setObjectName("userLabel")
        self.busy_label = QLabel(self.tr("Working…"))
        self.busy_label.setVisible(False)
        bar.addPermanentWidget(self.busy_label)
        self.demo_label = QLabel()
        self.demo_label.setObjectName("demoFillLabel")
        self.demo_label.setVisible(False)
        bar.addPermanentWidget(self.demo_label)
        bar.addPermanentWidget(self.server_label)
        bar.addPermanentWidget(self.user_label)
        fill = self.ctx.demo_fill
        if fill is not None and fill.running:   # a first demo start: its past sittings, in the background
            fill.progressed.connect(self._demo_progress)
            fill.finished.connect(self._demo_filled)
            self._demo_progress(fill.done, fill.total)

    def _demo_progress(self, done: int, total: int) -> None:
        self.demo_label.setText(self.tr("Demo: past exams being taken (%1 of %n)", "", total)
                                .replace("%1", str(done)))
        self.demo_label.setToolTip(self.ctx.demo_fill.status_text() if self.ctx.demo_fill else "")
        self.demo_label.setVisible(True)

    def _demo_filled(self, complete: bool) -> None:
        self.demo_label.setVisible(False)
        fill = self.ctx.demo_fill
        text = (self.tr("The demo school's past exams are all taken: the statistics are complete.")
                if complete or fill is None else fill.status_text())
        self.statusBar().showMessage(text, 15000)

    def _action(self, text: str, slot: Any,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("Sign &out"), self.sign_out, "Ctrl+Shift+L"))
        change = self._action(self.tr("Change &password…"), self.open_change_password)
        change.setObjectName("changePasswordAction")
        file_menu.addAction(change)
        if self.ctx.is_admin and self.ctx.services.backups is not None:   # a one-PC install's admin
            backups = self._action(self.tr("&Backups…"), self.open_backups)
            backups.setObjectName("backupsAction")
            file_menu.addAction(backups)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        go_menu = menu.addMenu(self.tr("G&o"))
        for number, entry in enumerate(self.entries, start=1):
            shortcut = f"Ctrl+{number}" if number <= 9 else None
            go_menu.addAction(self._action(entry.text(), lambda _c=False, k=entry.key: self.show_screen(k),
                                           shortcut))
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("&Refresh"), self.refresh_current,
                                         QKeySequence.StandardKey.Refresh))
        view_menu.addAction(self._action(self.tr("Focus &navigation"), self.sidebar.setFocus, "F6"))
        self.contrast_action = self._action(self.tr("&High contrast"), self.set_high_contrast)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self._qsettings.value("ui/high_contrast", False, bool) is True)
        view_menu.addAction(self.contrast_action)
        apply_staff_theme(self.contrast_action.isChecked())

        settings_menu = menu.addMenu(self.tr("Se&ttings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = i18n.current_language()
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
        if self.ctx.is_admin and self.ctx.identity.organization_id is not None:
            school = self._action(self.tr("&School settings…"), self.open_school_settings)
            school.setObjectName("schoolSettingsAction")
            settings_menu.addAction(school)

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About DreamSeed Desktop"), self.about))

    # -- actions -----------------------------------------------------------------------------------
    def choose_language(self, code: str) -> None:
        if code == i18n.current_language():
            return
        self.ctx.settings = self.ctx.settings.with_changes(language=code)
        try:
            save_settings(self.ctx.settings)
        except OSError as exc:
            self.statusBar().showMessage(str(exc), 10000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                          self.tr("The new language is used after DreamSeed Desktop restarts. "
                                  "Restart now?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.buttonClicked.connect(lambda b: self.restart_requested.emit()
                                  if box.standardButton(b) == QMessageBox.StandardButton.Yes else None)
        box.open()

    def open_change_password(self) -> QDialog:
        """File ▸ Change password… (everyone)."""
        from dreamseed_desktop.ui.change_password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx.services.auth.change_password, self.ctx.runner, self,
                                      email=self.ctx.identity.email)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Password changed."), 10000))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_school_settings(self) -> QDialog:
        """Settings ▸ School settings… (admins of a school)."""
        from dreamseed_desktop.ui.screens.organizations.school_settings import SchoolSettingsDialog

        dialog = SchoolSettingsDialog(self.ctx, self)
        dialog.saved.connect(lambda _o: self.statusBar().showMessage(self.tr("School settings saved."), 10000))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_backups(self) -> BackupDialog:
        """File ▸ Backups…: list, back up now, restore (then everyone signs in again)."""
        dialog = BackupDialog(self.ctx, self)
        dialog.restored.connect(self._after_restore)
        if self.backup_banner is not None:       # a backup made there may resolve the banner
            dialog.backed_up.connect(self.backup_banner.refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _after_restore(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Restore a backup"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("restoredBox")
        box.finished.connect(lambda _r: self.sign_out())
        box.open()

    def set_high_contrast(self, on: bool) -> None:
        """View → High contrast: white on black with a yellow selection, remembered."""
        apply_staff_theme(on)
        self._qsettings.setValue("ui/high_contrast", bool(on))

    def sign_out(self) -> None:
        self.sign_out_requested.emit()
        self.close()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About DreamSeed Desktop"),
                          self.tr("DreamSeed Desktop — computerized adaptive testing for schools.\n"
                                  "Korean font: NanumGothic (SIL Open Font License 1.1)."))

    # -- state ----------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self._qsettings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self._qsettings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        last = self._qsettings.value(f"main/last_screen_{self.ctx.role}")
        keys = self.keys()
        if keys:
            self.show_screen(last if isinstance(last, str) and last in keys else keys[0])

    def save_state(self) -> None:
        self._qsettings.setValue("main/geometry", self.saveGeometry())
        self._qsettings.setValue("main/state", self.saveState())
        key = self.current_key()
        if key:
            self._qsettings.setValue(f"main/last_screen_{self.ctx.role}", key)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self.save_state()
        super().closeEvent(event)
