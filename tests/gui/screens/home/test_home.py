"""The teacher's home: today's and upcoming exams of my classes, one click to proctor/results,
and my classes one click from their roster."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings

from dreamseed_desktop.services.exams.admin import DEFAULT_TEMPLATE, EXAM_TEMPLATES
from dreamseed_desktop.services.exams.admin import ExamDraft as _Draft
from dreamseed_desktop.ui.main_window import MainWindow
from dreamseed_desktop.ui.screens.exams.console import ProctorConsole
from dreamseed_desktop.ui.screens.exams.results import ResultsView
from dreamseed_desktop.ui.screens.home.screen import HomeScreen
from tests.fixtures.school import email, seed_school


def ExamDraft(**kw):  # noqa: N802 - a short exam the small test bank can serve
    config = replace(EXAM_TEMPLATES[DEFAULT_TEMPLATE][1], min_items=1, max_items=2)
    return _Draft(cat_config=config, **kw)


@pytest.mark.slow
def test_teacher_home_lists_exams_and_opens_their_work(qtbot, ctx_for, db_url, tmp_path) -> None:
    school = seed_school(db_url, bank_size=12)
    ctx = ctx_for(email("teacher1"))
    class_id = school.classes["8A"]
    admin = ctx.services.exam_admin
    now = datetime.now(UTC)
    today = admin.create_exam(ExamDraft(class_id=class_id, title="1-1 수학 형성평가",
                                        subject="math", opens_at=now - timedelta(hours=1),
                                        closes_at=now + timedelta(hours=2)))
    admin.create_exam(ExamDraft(class_id=class_id, title="지난 시험", subject="math",
                                opens_at=now - timedelta(days=9), closes_at=now - timedelta(days=8)))
    admin.create_exam(ExamDraft(class_id=class_id, title="먼 시험", subject="math",
                                opens_at=now + timedelta(days=40)))
    window = MainWindow(ctx, qsettings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.keys()[0] == "home" and window.current_key() == "home"   # the teacher starts here
    home = window.screens["home"]
    assert isinstance(home, HomeScreen)
    qtbot.waitUntil(lambda: home.exam_table.rowCount() == 2 and home.class_table.rowCount() == 1)
    # today's exam first, the open exam without dates next; past and far-off ones left out
    assert [home.exam_table.item(r, 0).text() for r in range(2)] == ["1-1 수학 형성평가", "quiz_a"]
    assert home.exam_table.item(0, 5).text() == "0 / 0"
    assert home.class_table.item(0, 0).text() == "8A" and home.class_table.item(0, 3).text() == "2"
    # one click to the proctor console and to the results, in the exams screen
    home.proctor_button.click()
    qtbot.waitUntil(lambda: window.current_key() == "exams"
                    and isinstance(window.screens["exams"].currentWidget(), ProctorConsole))
    assert ("console", today.id) in window.screens["exams"]._open      # today's exam's console
    window.show_screen("home")
    home.results_button.click()
    qtbot.waitUntil(lambda: isinstance(window.screens["exams"].currentWidget(), ResultsView))
    # and the class's roster
    window.show_screen("home")
    home.roster_button.click()
    assert window.current_key() == "enrollment"
    for i in range(window.screens["exams"].count()):
        w = window.screens["exams"].widget(i)
        if isinstance(w, ProctorConsole):
            w.stop()
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=10000)
