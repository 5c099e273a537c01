"""Fixtures of the exam-window tests: journal in a temp dir, fake server, clock, runner, view."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dreamseed_desktop.client.journal import AnswerJournal
from tests.exam.fakes import FakeClock, FakeExamServer, QueueRunner, StubView


# The offscreen QPA plugin warns "This plugin does not support propagateSizeHints()" whenever a
# top-level window's size constraints change; that is platform noise, not a problem of ours.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/exam/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _english_exam_ui(qapp):  # type: ignore[no-untyped-def]
    """The assertions read English texts: undo a Korean UI left behind by another test."""
    from dreamseed_desktop.ui import i18n
    from dreamseed_desktop.ui.exam_window.i18n import install_exam_translator

    if i18n.current_language() != "en":
        i18n.install_language("en", qapp)
    install_exam_translator("en")


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[AnswerJournal]:
    j = AnswerJournal(tmp_path / "journal.sqlite3")
    yield j
    j.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def runner() -> QueueRunner:
    return QueueRunner()


@pytest.fixture
def view() -> StubView:
    return StubView()


@pytest.fixture
def server(clock: FakeClock) -> FakeExamServer:
    return FakeExamServer(clock=clock.now)


# ---------------------------------------------------------------- real exam API (embedded DB)
from collections.abc import Callable  # noqa: E402

from dreamseed_desktop.db.engine import make_engine  # noqa: E402
from dreamseed_desktop.db.roles import client_url  # noqa: E402
from dreamseed_desktop.services.core.auth import AuthService  # noqa: E402
from dreamseed_desktop.services.core.uow import Database  # noqa: E402
from tests.security.conftest import PASSWORD, School, email, seed_school  # noqa: E402


@pytest.fixture
def real_school(db_url: str) -> School:
    """The security tests' school: exam quiz_a (8 items, score shown) for class 8A."""
    return seed_school(db_url)


@pytest.fixture
def client_db_url(db_url: str) -> str:
    return client_url(db_url)


@pytest.fixture
def sign_in(client_db_url: str) -> Iterator[Callable[[str], Database]]:
    """sign_in(key) -> a Database on the client role with that user's token (a new 'PC')."""
    engines = []

    def make(key: str) -> Database:
        engine = make_engine(client_db_url)
        engines.append(engine)
        db = Database(engine)
        AuthService(db).login(email(key), PASSWORD)
        return db

    yield make
    for e in engines:
        e.dispose()
