"""A student signed in on the staff app sees their finished exams in Korean, with exactly what the
teacher chose to show, and nothing of a classmate's."""
from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QSettings, Qt

from dreamseed_desktop.ui.main_window import MainWindow
from dreamseed_desktop.ui.screens.my_results.screen import MyResultsScreen
from tests.db.exams.test_my_results import sit
from tests.fixtures.school import email
from tests.gui.test_korean_everywhere import english_words, visible_texts


@pytest.mark.slow
def test_student_sees_own_results_in_korean(qtbot, korean, db_url, two_schools, ctx_for, tmp_path) -> None:
    sch = two_schools
    with psycopg.connect(db_url) as conn:
        theta_exam = conn.execute("INSERT INTO exams (class_id, title, subject, show_result) VALUES "
                                  "(%s, '수학 진단평가', 'math', 'theta') RETURNING id",
                                  (sch.classes["8A"],)).fetchone()[0]
        hidden = conn.execute("INSERT INTO exams (class_id, title, subject, show_result) VALUES "
                              "(%s, '수학 형성평가', 'math', 'none') RETURNING id",
                              (sch.classes["8A"],)).fetchone()[0]
        sit(conn, sch, "student1", sch.exams["quiz_a"])
        sit(conn, sch, "student1", theta_exam)
        sit(conn, sch, "student1", hidden)
        sit(conn, sch, "student2", sch.exams["quiz_a"], answers=(False, False))
    ctx = ctx_for(email("student1"))
    window = MainWindow(ctx, qsettings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert "my_results" in window.keys()
    screen = window.show_screen("my_results")
    assert isinstance(screen, MyResultsScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())
    texts = {screen.model.row_at(r).title: [screen.model.index(r, c).data(Qt.ItemDataRole.DisplayRole)
                                            for c in range(screen.model.columnCount())]
             for r in range(screen.model.rowCount())}
    assert texts["quiz_a"][1] == "수학" and texts["quiz_a"][4] == "4문항 중 3개 정답 (75%)"
    assert texts["수학 진단평가"][4] == "능력(θ) +0.42 (95% 구간 −0.19 … +1.03)"
    assert texts["수학 형성평가"][4] == "끝남 (선생님이 결과를 공개하지 않음)"
    screen.select_rows([next(r for r in range(3) if screen.proxy.dto_at(r).title == "수학 형성평가")])
    assert "결과를 보여 주지 않기로" in screen.detail.text()
    data = {"quiz", "test", "student"}            # the server label and the student's name
    found = [f"{w}: {t}" for w, t in visible_texts(window) if english_words(t, data)]
    assert not found, found
