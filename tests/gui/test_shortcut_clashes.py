"""No key does two things (issue 19): on every screen of the main window, the menu bar's Alt
letters, the window's action shortcuts (menus included) and the visible screen's mnemonics
(buttons, labels with buddies, group boxes, tabs) and shortcuts are all different."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.main_window import MainWindow

MNEMONIC = re.compile(r"&([^&\s])")


def _alt(text: str) -> str | None:
    match = MNEMONIC.search(text)
    return f"Alt+{match.group(1).upper()}" if match else None


def _seq(seq: QKeySequence) -> str:
    return seq.toString(QKeySequence.SequenceFormat.PortableText)


def window_keys(window: MainWindow) -> list[tuple[str, str]]:
    """(key, what) for what the window offers on every screen: menu titles and actions."""
    keys = []
    for menu_action in window.menuBar().actions():
        key = _alt(menu_action.text())
        if key:
            keys.append((key, f"menu {menu_action.text()!r}"))
    screens = list(window.screens.values())
    for action in window.findChildren(QAction):
        owner = action.parent()
        if any(owner is s or (isinstance(owner, QWidget) and s.isAncestorOf(owner)) for s in screens):
            continue                                  # a screen's own action: see screen_keys
        for seq in action.shortcuts():
            if not seq.isEmpty():
                keys.append((_seq(seq), f"action {action.text()!r}"))
    return keys


def screen_keys(screen: QWidget) -> list[tuple[str, str]]:
    """(key, what) for the visible screen: mnemonics and shortcuts of its widgets."""
    keys = []
    for w in [screen, *screen.findChildren(QWidget)]:
        if not w.isVisibleTo(screen):
            continue
        texts = []
        if isinstance(w, QAbstractButton):
            texts.append(w.text())
            if not w.shortcut().isEmpty() and _seq(w.shortcut()) != _alt(w.text()):
                keys.append((_seq(w.shortcut()), f"button shortcut {w.text()!r}"))
        elif isinstance(w, QLabel) and w.buddy() is not None:
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count()) if w.isTabVisible(i)]
        for text in texts:
            key = _alt(text)
            if key:
                keys.append((key, f"{type(w).__name__} {text!r}"))
    for action in screen.findChildren(QAction):
        owner = action.parent()
        if isinstance(owner, QWidget) and owner is not screen and not owner.isVisibleTo(screen):
            continue
        # a widget-scoped action (e.g. Return on one table) only competes inside its widget
        scoped = action.shortcutContext() in (Qt.ShortcutContext.WidgetShortcut,
                                              Qt.ShortcutContext.WidgetWithChildrenShortcut)
        scope = f" @{type(owner).__name__}#{id(owner)}" if scoped else ""
        for seq in action.shortcuts():
            if not seq.isEmpty():
                keys.append((_seq(seq) + scope, f"action {action.text()!r}"))
    for shortcut in screen.findChildren(QShortcut):
        if shortcut.isEnabled():
            keys.append((_seq(shortcut.key()), "shortcut"))
    return keys


def clashes(keys: list[tuple[str, str]]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for key, what in keys:
        seen.setdefault(key.lower(), []).append(what)
    return {k: v for k, v in seen.items() if len(v) > 1}


@pytest.mark.slow
@pytest.mark.parametrize("role", ["admin", "teacher"])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_no_key_does_two_things_on_any_screen(qtbot, qapp, request, tmp_path, lang, role) -> None:
    if role == "admin":
        ctx = request.getfixturevalue("ctx")
    else:                                             # a teacher's own screens (home, my classes…)
        school = request.getfixturevalue("school")
        ctx = request.getfixturevalue("ctx_for")(school.teacher_email)
        assert ctx.identity.role == "teacher"
    i18n.install_language(lang, qapp)
    try:
        window = MainWindow(ctx, qsettings=QSettings(str(tmp_path / "ui.ini"),
                                                     QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        found = {}
        assert len(list(window.keys())) >= 5, window.keys()
        for key in window.keys():
            window.show_screen(key)
            qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=10000)
            screen = window.screens[key]
            bad = clashes(window_keys(window) + screen_keys(screen))
            if bad:
                found[key] = bad
        assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())
    finally:
        i18n.install_language("en", qapp)
