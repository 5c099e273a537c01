"""Every screen state of the main window, for the keyboard and screen-reader checks (issue 19).

A *state* is one sidebar screen with one tab of each of its tab widgets in front; the exams
screen also opens the first exam's proctor console and results. The window is the real
``MainWindow`` of a user signed in through the client role.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.main_window import MainWindow


def open_window(qtbot, ctx: AppContext, tmp_path: Path) -> MainWindow:
    window = MainWindow(ctx, qsettings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _idle(qtbot, ctx: AppContext) -> Callable[[], None]:
    def wait() -> None:
        qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20000)
        QApplication.processEvents()
    return wait


def _front_tabs(screen: QWidget) -> list[QTabWidget]:
    return [t for t in screen.findChildren(QTabWidget) if t.isVisibleTo(screen)] + (
        [screen] if isinstance(screen, QTabWidget) else [])


def screen_states(qtbot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Yield (name, screen) for every sidebar screen and every tab of its tab widgets."""
    ctx = window.ctx
    idle = _idle(qtbot, ctx)
    for key in window.keys():
        window.show_screen(key)
        idle()
        screen = window.screens[key]
        if key == "exams":
            _open_exam_tabs(qtbot, screen, idle)
        tabs = _front_tabs(screen)
        if not tabs:
            yield key, screen
            continue
        seen: set[str] = set()
        for tab_widget in tabs:
            for index in range(tab_widget.count()):
                if not tab_widget.isTabEnabled(index):
                    continue
                tab_widget.setCurrentIndex(index)
                idle()
                name = f"{key}/{tab_widget.tabText(index).replace('&', '')}"
                if name not in seen:
                    seen.add(name)
                    yield name, screen


def _open_exam_tabs(qtbot, screen: QWidget, idle: Callable[[], None]) -> None:
    pane = getattr(screen, "list_pane", None)
    if pane is None or pane.model.rowCount() == 0:
        return
    exam = pane.model.rows()[0]
    screen.open_console(exam)
    idle()
    screen.open_results(exam)
    idle()
