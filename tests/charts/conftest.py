"""Fixtures for chart, report and psychometrics tests.

The offscreen QPA plugin warns "This plugin does not support propagateSizeHints()" whenever a
top-level window is shown; that message says nothing about our code, so it is ignored here.
"""
from __future__ import annotations

import pytest

OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/charts" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def _fonts_and_english(qapp):  # type: ignore[no-untyped-def]
    """Korean-capable bundled font and the English UI (texts asserted in tests are English)."""
    from dreamseed_desktop.ui import i18n
    from dreamseed_desktop.ui.fonts import load_bundled_fonts

    load_bundled_fonts(qapp)
    i18n.install_language("en", qapp)


@pytest.fixture
def school(owner_db):  # type: ignore[no-untyped-def]
    """The simulated school (tests/charts/school_data.py); the identity acts for its org."""
    from .school_data import build_school

    ids = build_school(owner_db)
    owner_db.identity.organization_id = ids.org_id
    return ids


@pytest.fixture
def ctx(owner_db, school, qapp):  # type: ignore[no-untyped-def]
    from dreamseed_desktop.config.settings import Settings
    from dreamseed_desktop.ui.app_events import AppEvents
    from dreamseed_desktop.ui.context import AppContext
    from dreamseed_desktop.ui.workers import TaskRunner

    runner = TaskRunner()
    context = AppContext(db=owner_db, events=AppEvents(), runner=runner, settings=Settings(),
                         server_label="test")
    yield context
    runner.shutdown()


@pytest.fixture(autouse=True)
def _collect_between_tests(qapp):  # type: ignore[no-untyped-def]
    """Charts switch Python's GC to a GUI-thread timer (ui.charts.base.install_gui_thread_gc);
    collect at this safe point after each test so garbage does not pile up."""
    import gc

    yield
    qapp.processEvents()
    gc.collect()


@pytest.fixture(scope="package", autouse=True)
def _restore_automatic_gc():  # type: ignore[no-untyped-def]
    """Leave the interpreter's automatic GC as other test packages expect it."""
    import gc

    yield
    gc.collect()
    gc.enable()
