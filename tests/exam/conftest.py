"""Fixtures of the exam-window tests: journal in a temp dir, fake server, clock, runner, view."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dreamseed_desktop.services.journal import AnswerJournal
from tests.exam.fakes import FakeClock, FakeExamServer, QueueRunner, StubView


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
