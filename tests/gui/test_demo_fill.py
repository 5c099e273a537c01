"""A first demo start shows the sign-in while the school's past sittings are taken in the
background (ui.demo_fill.DemoFill, bootstrap.start_demo_fill): the demo admin signs in through
the client role before any sitting exists, the statistics screen and the status bar say the
figures are still being filled in (and how far), and when the last sitting is taken the
notice goes and the statistics reload with every sitting."""
from __future__ import annotations

import dataclasses
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import text

from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.demo.seed import ADMIN_EMAIL, DEMO_PASSWORD, prepare_demo, take_demo_sittings
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.demo_fill import DemoFill
from dreamseed_desktop.ui.main_window import MainWindow
from dreamseed_desktop.ui.screens.exams.screen import ExamsScreen
from dreamseed_desktop.ui.screens.psychometrics import create_psychometrics_screen
from dreamseed_desktop.ui.screens.stats import create_stats_screen

SHOTS = os.environ.get("DREAMSEED_SCREENSHOTS")


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def pending(owner_db: Database):
    """The demo school written as a first start writes it before the sign-in (no sittings yet)."""
    summary, pending = prepare_demo(owner_db, students=3, seed=11)
    assert pending is not None and summary.sessions == 0
    return pending


def _fill(owner_db: Database, pending, go: threading.Event) -> DemoFill:
    def work(progress, stop):                                  # what bootstrap hands it
        go.wait(60)
        return take_demo_sittings(Database(owner_db.engine), pending, progress=progress, stop=stop) is not None

    return DemoFill(work, pending.planned, pending.taken)


@pytest.mark.slow
def test_statistics_say_they_are_being_filled_until_the_sittings_are_taken(
        qtbot, qapp, owner_db, pending, ctx_for, qsettings, tmp_path: Path) -> None:
    go = threading.Event()
    fill = _fill(owner_db, pending, go)
    fill.start()
    try:
        ctx = dataclasses.replace(ctx_for(ADMIN_EMAIL, DEMO_PASSWORD), demo_fill=fill)   # signed in already
        assert ctx.identity.role == "admin"
        window = MainWindow(ctx, qsettings=qsettings)
        qtbot.addWidget(window)
        window.show()
        stats = create_stats_screen(ctx)
        qtbot.addWidget(stats)
        stats.resize(1366, 768)
        stats.show()
        expected = f"(0 of {pending.planned} sittings)"
        assert stats.filling.isVisible() and expected in stats.filling.text()
        assert "not complete yet" in stats.filling.text()
        assert window.demo_label.isVisible() and f"0 of {pending.planned}" in window.demo_label.text()
        psy = create_psychometrics_screen(ctx)        # calibration would see part of the answers
        qtbot.addWidget(psy)
        psy.show()
        assert psy.filling.isVisible() and psy.filling.text() == stats.filling.text()
        exams = ExamsScreen(ctx)                      # the started/finished counts grow meanwhile
        qtbot.addWidget(exams)
        exams.show()
        assert exams.list_pane.filling.isVisible() and exams.list_pane.filling.text() == stats.filling.text()
        qtbot.waitUntil(lambda: stats.classes_tab.model.rowCount() > 0, timeout=20000)
        assert "0 students tested" in stats.status.text()
        if SHOTS:
            i18n.install_language("ko", qapp)
            korean = _fill(owner_db, pending, threading.Event())
            korean.running = True               # as right after the start (its thread is not started)
            shot = create_stats_screen(dataclasses.replace(ctx, demo_fill=korean))
            qtbot.addWidget(shot)
            shot.resize(1366, 768)
            shot.show()
            qtbot.waitUntil(lambda: shot.classes_tab.model.rowCount() > 0, timeout=20000)
            shot.grab().save(str(Path(SHOTS) / "stats_demo_filling_ko.png"))
            main = MainWindow(dataclasses.replace(ctx, demo_fill=korean), qsettings=qsettings)
            qtbot.addWidget(main)
            main.resize(1366, 768)
            main.show()
            qtbot.waitUntil(lambda: not main.ctx.runner.is_busy(), timeout=20000)
            main.grab().save(str(Path(SHOTS) / "main_demo_filling_ko.png"))
            i18n.install_language("en", qapp)

        with qtbot.waitSignal(fill.finished, timeout=120000) as finished:
            go.set()
        assert finished.args == [True] and fill.complete and fill.done == pending.planned
        assert not stats.filling.isVisible() and not window.demo_label.isVisible()
        assert not psy.filling.isVisible() and not exams.list_pane.filling.isVisible()
        assert "all taken" in window.statusBar().currentMessage()
        with owner_db.session() as s:
            tested = s.execute(text("SELECT count(DISTINCT (class_id, student_id)) FROM exam_sessions")).scalar_one()
        assert tested >= 3                          # every student, in each of their classes
        qtbot.waitUntil(lambda: f"{tested} students tested" in stats.status.text(), timeout=20000)
    finally:
        go.set()
        fill.stop()


def test_quitting_stops_the_sittings_and_says_the_rest_come_next_start(qtbot, owner_db, pending) -> None:
    go = threading.Event()
    go.set()
    fill = _fill(owner_db, pending, go)
    fill.stop()                 # the user quits before the first sitting starts
    with qtbot.waitSignal(fill.finished, timeout=60000) as finished:
        fill.start()
    assert finished.args == [False] and not fill.running and not fill.complete
    assert "the rest are taken at the next start" in fill.status_text()
    fill.stop()
    with owner_db.session() as s:
        assert s.execute(text("SELECT count(*) FROM exam_sessions")).scalar_one() == 0
        assert s.execute(text("SELECT count(*) FROM organizations WHERE meta->>'demo_state' = 'sittings'")
                         ).scalar_one() == 1
