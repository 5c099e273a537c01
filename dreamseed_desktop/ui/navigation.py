"""Which screens each role sees, and how a screen package is turned into a widget.

A screen package exposes ``create_screen(ctx, parent) -> QWidget``. Packages owned by other
parts of the app (exams, stats, psychometrics) are imported only if installed; otherwise the
navigation shows a short notice in their place. Screens are created on first visit.
"""
from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

ScreenFactory = Callable[[AppContext, QWidget | None], QWidget]


@dataclass(frozen=True)
class NavEntry:
    """One sidebar entry: key, source text of its title (context "Navigation"), module."""

    key: str
    title: str
    module: str
    roles: tuple[str, ...]

    def text(self) -> str:
        return QCoreApplication.translate("Navigation", self.title)


ENTRIES: tuple[NavEntry, ...] = (
    NavEntry("launcher", QT_TRANSLATE_NOOP("Navigation", "My exams"), "launcher", ("student",)),
    NavEntry("organizations", QT_TRANSLATE_NOOP("Navigation", "Organizations"), "organizations",
             ("admin",)),
    NavEntry("people", QT_TRANSLATE_NOOP("Navigation", "People"), "people", ("admin",)),
    NavEntry("classes", QT_TRANSLATE_NOOP("Navigation", "Classes"), "classes", ("admin",)),
    NavEntry("my_classes", QT_TRANSLATE_NOOP("Navigation", "My classes"), "classes", ("teacher",)),
    NavEntry("enrollment", QT_TRANSLATE_NOOP("Navigation", "Roster and enrollment"), "enrollment",
             ("admin", "teacher")),
    NavEntry("exams", QT_TRANSLATE_NOOP("Navigation", "Exams"), "exams", ("admin", "teacher")),
    NavEntry("items", QT_TRANSLATE_NOOP("Navigation", "Item bank"), "items", ("admin", "teacher")),
    NavEntry("stats", QT_TRANSLATE_NOOP("Navigation", "Statistics"), "stats", ("admin",)),
    NavEntry("results", QT_TRANSLATE_NOOP("Navigation", "Results"), "stats", ("teacher",)),
    NavEntry("psychometrics", QT_TRANSLATE_NOOP("Navigation", "Psychometrics"), "psychometrics",
             ("admin",)),
    NavEntry("audit", QT_TRANSLATE_NOOP("Navigation", "Audit log"), "audit", ("admin",)),
)


def entries_for(role: str) -> list[NavEntry]:
    return [e for e in ENTRIES if role in e.roles]


def placeholder(text: str, parent: QWidget | None = None) -> QWidget:
    widget = QWidget(parent)
    label = QLabel(text, widget)
    label.setObjectName("placeholderText")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    QVBoxLayout(widget).addWidget(label)
    return widget


def screen_factory(entry: NavEntry) -> ScreenFactory | None:
    """``create_screen`` of the entry's package, or None when it is not installed."""
    name = f"dreamseed_desktop.ui.screens.{entry.module}"
    try:
        module = importlib.import_module(name)
        if not hasattr(module, "create_screen"):
            module = importlib.import_module(f"{name}.screen")
    except ImportError as exc:
        if exc.name and not name.startswith(exc.name) and not exc.name.startswith(name):
            log.exception("screen %s failed to import", name)
        return None
    factory = getattr(module, "create_screen", None)
    return factory if callable(factory) else None


def create_screen(entry: NavEntry, ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    factory = screen_factory(entry)
    if factory is None:
        return placeholder(QCoreApplication.translate(
            "Navigation", "“%1” is not available in this version.").replace("%1", entry.text()), parent)
    try:
        return factory(ctx, parent)
    except Exception:  # a broken screen must not take the window down
        log.exception("could not open screen %s", entry.key)
        return placeholder(QCoreApplication.translate(
            "Navigation", "This screen could not be opened. The details were written to the log file."),
            parent)
