"""Which screens each role sees, and the typed table of the functions that build them.

Every sidebar entry names its screen's factory, a ``(ctx, parent) -> QWidget`` function below.
Each factory imports its screen package when the screen is first visited (the statistics and
psychometrics screens pull in pyqtgraph, which a student's launcher never needs); every screen
is part of the app, so an import error is a bug that is logged and shown like any other failure
to open a screen.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

ScreenFactory = Callable[[AppContext, QWidget | None], QWidget]


# ---- the screen factories (one per screen package) ------------------------------------------------
def _launcher(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from dreamseed_desktop.ui.screens.launcher.screen import LauncherScreen

    return LauncherScreen(ctx, parent)


def _my_results(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from dreamseed_desktop.ui.screens.my_results.screen import MyResultsScreen

    return MyResultsScreen(ctx, parent)


def _home(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from dreamseed_desktop.ui.screens.home.screen import HomeScreen

    return HomeScreen(ctx, parent)


def _organizations(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from dreamseed_desktop.ui.screens.organizations.screen import OrganizationsScreen

    return OrganizationsScreen(ctx, parent)


def _people(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from dreamseed_desktop.ui.screens.people.screen import PeopleScreen

    return PeopleScreen(ctx, parent)


def _classes(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from dreamseed_desktop.ui.screens.classes.screen import ClassesScreen

    return ClassesScreen(ctx, parent)


def _enrollment(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from dreamseed_desktop.ui.screens.enrollment.screen import EnrollmentScreen

    return EnrollmentScreen(ctx, parent)


def _exams(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from dreamseed_desktop.ui.screens.exams import create_screen

    return create_screen(ctx, parent)


def _items(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from dreamseed_desktop.ui.screens.items.screen import ItemsScreen

    return ItemsScreen(ctx, parent)


def _stats(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from dreamseed_desktop.ui.screens.stats import create_screen

    return create_screen(ctx, parent)


def _psychometrics(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from dreamseed_desktop.ui.screens.psychometrics import create_screen

    return create_screen(ctx, parent)


def _subjects(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from dreamseed_desktop.ui.screens.subjects.screen import SubjectsScreen

    return SubjectsScreen(ctx, parent)


def _audit(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from dreamseed_desktop.ui.screens.audit.screen import AuditScreen

    return AuditScreen(ctx, parent)


@dataclass(frozen=True)
class NavEntry:
    """One sidebar entry: key, source text of its title (context "Navigation"), its factory and
    the roles that see it."""

    key: str
    title: str
    factory: ScreenFactory
    roles: tuple[str, ...]

    def text(self) -> str:
        return QCoreApplication.translate("Navigation", self.title)


ENTRIES: tuple[NavEntry, ...] = (
    NavEntry("launcher", QT_TRANSLATE_NOOP("Navigation", "My exams"), _launcher, ("student",)),
    NavEntry("my_results", QT_TRANSLATE_NOOP("Navigation", "My results"), _my_results, ("student",)),
    NavEntry("home", QT_TRANSLATE_NOOP("Navigation", "Home"), _home, ("teacher",)),
    NavEntry("organizations", QT_TRANSLATE_NOOP("Navigation", "Organizations"), _organizations,
             ("admin",)),
    NavEntry("people", QT_TRANSLATE_NOOP("Navigation", "People"), _people, ("admin",)),
    NavEntry("classes", QT_TRANSLATE_NOOP("Navigation", "Classes"), _classes, ("admin",)),
    NavEntry("my_classes", QT_TRANSLATE_NOOP("Navigation", "My classes"), _classes, ("teacher",)),
    NavEntry("enrollment", QT_TRANSLATE_NOOP("Navigation", "Roster and enrollment"), _enrollment,
             ("admin", "teacher")),
    NavEntry("exams", QT_TRANSLATE_NOOP("Navigation", "Exams"), _exams, ("admin", "teacher")),
    NavEntry("items", QT_TRANSLATE_NOOP("Navigation", "Item bank"), _items, ("admin", "teacher")),
    NavEntry("subjects", QT_TRANSLATE_NOOP("Navigation", "Subjects"), _subjects, ("admin",)),
    NavEntry("stats", QT_TRANSLATE_NOOP("Navigation", "Statistics"), _stats, ("admin",)),
    NavEntry("results", QT_TRANSLATE_NOOP("Navigation", "Results"), _stats, ("teacher",)),
    NavEntry("psychometrics", QT_TRANSLATE_NOOP("Navigation", "Psychometrics"), _psychometrics,
             ("admin",)),
    NavEntry("audit", QT_TRANSLATE_NOOP("Navigation", "Audit log"), _audit, ("admin",)),
)


def entries_for(role: str) -> list[NavEntry]:
    return [e for e in ENTRIES if role in e.roles]


def placeholder(text: str, parent: QWidget | None = None) -> QWidget:
    """A page that only says ``text`` (object name of its label: ``placeholderText``)."""
    widget = QWidget(parent)
    label = QLabel(text, widget)
    label.setObjectName("placeholderText")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    QVBoxLayout(widget).addWidget(label)
    return widget


def create_screen(entry: NavEntry, ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    """The entry's screen; a screen that fails to build becomes a notice, the window stays."""
    try:
        return entry.factory(ctx, parent)
    except Exception:  # a broken screen must not take the window down
        log.exception("could not open screen %s", entry.key)
        return placeholder(QCoreApplication.translate(
            "Navigation", "This screen could not be opened. The details were written to the log file."),
            parent)
