"""GUI fixtures: the screens' AppContext of a real user signed in through the client role.

``school`` is the shared roster-shaped school; chart, report and psychometrics screens override
it with the simulated school in their directory's conftest. ``ctx`` signs in as that school's
``admin_email``; ``ctx_for(email)`` signs in anyone else.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.bootstrap import build_services
from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.app_events import AppEvents
from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.fonts import load_bundled_fonts
from dreamseed_desktop.ui.workers import TaskRunner
from tests.fixtures.school import PASSWORD, Roster, seed_roster


@pytest.fixture(scope="session", autouse=True)
def _english_ui(qapp: QApplication) -> None:
    load_bundled_fonts(qapp)
    i18n.install_language("en", qapp)


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    """The Korean UI for one test (English again after it)."""
    i18n.install_language("ko", qapp)
    yield
    i18n.install_language("en", qapp)


@pytest.fixture
def school(db_url: str) -> Roster:
    """The shared roster-shaped school (tests/fixtures/school.py); every account can sign in."""
    return seed_roster(db_url)


@pytest.fixture
def ctx_for(connect_as: Callable[..., Database],
            qapp: QApplication) -> Iterator[Callable[..., AppContext]]:
    """ctx_for(email[, password]) -> the screens' AppContext of that user, signed in through the
    client role (row-level security applies), with the services built by the composition root."""
    runners: list[TaskRunner] = []

    def make(login: str, password: str = PASSWORD) -> AppContext:
        runner = TaskRunner()
        runners.append(runner)
        return AppContext(services=build_services(connect_as(login, password)), events=AppEvents(),
                          runner=runner, settings=Settings(), server_label="test")

    yield make
    for runner in runners:
        runner.shutdown()


@pytest.fixture
def ctx(school: Roster, ctx_for: Callable[..., AppContext]) -> AppContext:
    """The school's admin, signed in (a school's own ``admin_email``)."""
    return ctx_for(school.admin_email)


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirmations answer Yes; the questions asked are recorded."""
    asked: list[str] = []

    def ask(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(messages, "ask", ask)
    return asked


@pytest.fixture(autouse=True)
def _patient_qtbot(monkeypatch: pytest.MonkeyPatch) -> None:
    """Round trips to PostgreSQL on a loaded 2-core machine can take longer than pytest-qt's
    5 s default; wait up to 20 s (a passing test still returns as soon as it can)."""
    from pytestqt.qtbot import QtBot

    wait_until, wait_signal = QtBot.waitUntil, QtBot.waitSignal

    def patient_wait_until(self: QtBot, callback: object, *, timeout: int = 20000) -> None:
        wait_until(self, callback, timeout=max(timeout, 20000))

    def patient_wait_signal(self: QtBot, signal: object = None, *, timeout: int = 20000,
                            **kwargs: object) -> object:
        return wait_signal(self, signal, timeout=max(timeout, 20000), **kwargs)

    monkeypatch.setattr(QtBot, "waitUntil", patient_wait_until)
    monkeypatch.setattr(QtBot, "waitSignal", patient_wait_signal)


@pytest.fixture(autouse=True)
def _collect_between_tests(qapp: QApplication) -> Iterator[None]:
    """Charts switch Python's GC to a GUI-thread timer (ui.charts.base.install_gui_thread_gc);
    collect at this safe point after each test so garbage does not pile up."""
    import gc

    yield
    qapp.processEvents()
    gc.collect()


@pytest.fixture(scope="package", autouse=True)
def _restore_automatic_gc() -> Iterator[None]:
    """Leave the interpreter's automatic GC as the other test kinds expect it."""
    import gc

    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def _no_school_names_between_tests() -> Iterator[None]:
    """The school's subject names are installed application-wide after sign-in
    (ui/subject_names.py); each test starts without another test's school's names."""
    from dreamseed_desktop.services.items.subjects import SubjectCatalog
    from dreamseed_desktop.ui.subject_names import install_catalog

    install_catalog(SubjectCatalog())
    yield
    install_catalog(SubjectCatalog())
