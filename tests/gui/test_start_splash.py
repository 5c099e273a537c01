"""The start-up splash names each step, through the program's real start path.

``bootstrap.run_gui`` runs as ``dreamseed-desktop`` runs it (this PC's database, no URL), in
Korean, on the session's embedded test server: a database of this test's own that has no tables
yet, so the real migrations run as a named step; then a second start finds it up to date, and a
start with ``--demo`` names the demo step. Only the sign-in loop is replaced (it would wait for a
user) and the daily backup left out.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QApplication

from dreamseed_desktop import bootstrap
from dreamseed_desktop.config import settings as settings_module
from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.db.embedded import EmbeddedServer
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.migrate import head_revision
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.demo.seed import ADMIN_EMAIL, DEMO_PASSWORD, seed_demo
from dreamseed_desktop.ui import app as gui
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.splash import StartSplash

SHOTS = os.environ.get("DREAMSEED_SCREENSHOTS")


class _SessionServer:
    """The test session's embedded server seen as this PC's own, with a database of this test;
    stopping it is the session's job, not the program's."""

    def __init__(self, server: EmbeddedServer, database: str) -> None:
        self.pgdata, self._server, self._database = server.pgdata, server, database

    def url(self, database: str = "") -> str:
        return self._server.url(self._database)

    def ensure_database(self, database: str = "") -> None:
        self._server.ensure_database(self._database)

    def is_running(self) -> bool:
        return self._server.is_running()

    def heal(self) -> str:
        return self._server.heal()

    def stop(self) -> None:
        pass


@pytest.fixture
def start_path(qapp: QApplication, pg_server: EmbeddedServer, tmp_path: Path,
               monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list]]:
    database = f"start_{os.getpid()}"
    seen: dict[str, list] = {"steps": [], "splash_open_at_sign_in": [], "shots": []}
    monkeypatch.setenv("DREAMSEED_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(settings_module, "load_settings",
                        lambda: Settings(connection_chosen=True, language="ko"))
    monkeypatch.setattr(bootstrap, "embedded_pgdata", lambda: pg_server.pgdata)
    monkeypatch.setattr(bootstrap, "start_embedded", lambda pgdata, **kw: _SessionServer(pg_server, database))
    monkeypatch.setattr(bootstrap, "start_scheduled_backup", lambda *a, **kw: None)
    monkeypatch.setattr(gui, "install_terminate_handler", lambda app: None)
    real_begin, real_finish = StartSplash.begin_step, StartSplash.finish

    def begin_step(splash: StartSplash, name: str) -> None:
        real_begin(splash, name)
        if SHOTS:
            seen["shots"].append(splash.grab())

    def finish(splash: StartSplash) -> None:
        seen["steps"].append(splash.steps())
        real_finish(splash)

    def run_session(app, services, settings, runner, **kw):  # type: ignore[no-untyped-def]
        seen["splash_open_at_sign_in"].append(
            any(isinstance(w, StartSplash) and w.isVisible() for w in app.topLevelWidgets()))
        seen.setdefault("sign_in", []).append((kw.get("email"), kw.get("hint")))
        return 0

    monkeypatch.setattr(StartSplash, "begin_step", begin_step)
    monkeypatch.setattr(StartSplash, "finish", finish)
    monkeypatch.setattr(gui, "run_session", run_session)
    interval = sys.getswitchinterval()
    seen["owner_url"] = [lambda: pg_server.url(database)]
    yield seen
    sys.setswitchinterval(interval)
    i18n.install_language("en", qapp)
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@pytest.mark.slow
def test_the_splash_names_each_start_up_step(start_path: dict[str, list]) -> None:
    head = head_revision()
    assert bootstrap.run_gui(["dreamseed-desktop"]) == 0          # a new install
    assert bootstrap.run_gui(["dreamseed-desktop"]) == 0          # the next start
    # a small demo school in the same database, then a start with --demo: its step is named
    # (the school is there, so nothing is added) and the sign-in gets the demo admin
    engine = make_engine(start_path["owner_url"][0]())
    try:
        seed_demo(Database(engine), students=3, seed=2)
    finally:
        engine.dispose()
    assert bootstrap.run_gui(["dreamseed-desktop", "--demo"], demo=True) == 0
    first, second, demo = start_path["steps"]
    assert first == ["이 PC의 데이터베이스 시작", "데이터베이스 버전 확인", f"데이터베이스 만들기 (리비전 {head})"]
    assert second == ["이 PC의 데이터베이스 시작", "데이터베이스 버전 확인"]   # nothing to migrate
    assert demo == ["이 PC의 데이터베이스 시작", "데이터베이스 버전 확인", "데모 학교 불러오기"]
    email, hint = start_path["sign_in"][2]
    assert email == ADMIN_EMAIL and DEMO_PASSWORD in hint
    # the splash is gone before the sign-in (or the set-up wizard) shows
    assert start_path["splash_open_at_sign_in"] == [False, False, False]
    if SHOTS:
        start_path["shots"][2].save(str(Path(SHOTS) / "start_splash_ko.png"))


@pytest.mark.slow
def test_a_first_demo_start_signs_in_while_the_sittings_are_taken(
        start_path: dict[str, list], qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--demo`` on a new database: the splash's demo step writes the school, the sign-in comes
    with the demo's past sittings still running in the background (the hint says so); quitting
    stops them, and the next start hands the rest to the background again, which completes them."""
    from dreamseed_desktop.services.demo import seed as seed_module
    from dreamseed_desktop.ui.demo_fill import DemoFill

    monkeypatch.setattr(seed_module, "DEFAULT_STUDENTS", 3)
    fills: list[DemoFill] = []
    real_sitting = seed_module.take_sitting

    def unhurried(*args, **kwargs):  # type: ignore[no-untyped-def]
        if len(fills) <= 1:      # the first start: sittings slow enough that quitting comes first
            time.sleep(0.25)
        return real_sitting(*args, **kwargs)

    monkeypatch.setattr(seed_module, "take_sitting", unhurried)

    def run_session(app, services, settings, runner, **kw):  # type: ignore[no-untyped-def]
        fill = kw["demo_fill"]
        fills.append(fill)
        start_path.setdefault("sign_in", []).append((kw.get("email"), kw.get("hint")))
        if len(fills) == 1:                 # the first start: the sittings are running at the sign-in
            assert fill is not None and fill.running and fill.total == 4 * len(seed_module.EXAM_PLAN)
            while fill.done < 1 and not fill.wait(0.05):     # the user looks around, then quits
                QApplication.processEvents()
            QApplication.processEvents()
        else:                               # the second start: let them finish, then quit
            assert fill is not None and fill.wait(120)
            QApplication.processEvents()
        return 0

    monkeypatch.setattr(gui, "run_session", run_session)
    assert bootstrap.run_gui(["dreamseed-desktop", "--demo"], demo=True) == 0
    first = fills[0]
    assert first.wait(0) and not first.running and not first.complete    # quitting stopped it part-way
    email, hint = start_path["sign_in"][0]
    assert email == ADMIN_EMAIL and DEMO_PASSWORD in hint and "백그라운드" in hint
    assert start_path["steps"][0][-1] == "데모 학교 불러오기"
    with psycopg.connect(start_path["owner_url"][0]()) as conn:
        taken = conn.execute("SELECT count(*) FROM exam_sessions WHERE status = 'completed'").fetchone()[0]
    assert 1 <= taken == first.done < first.total

    assert bootstrap.run_gui(["dreamseed-desktop", "--demo"], demo=True) == 0
    second = fills[1]
    assert second.complete and second.done == second.total == first.total
    with psycopg.connect(start_path["owner_url"][0]()) as conn:
        assert conn.execute("SELECT count(*) FROM exam_sessions WHERE status = 'completed'"
                            ).fetchone()[0] == first.total
        assert conn.execute("SELECT count(*) FROM organizations WHERE meta ? 'demo_state'").fetchone()[0] == 0
