"""The exams list refreshes its 응시/완료 (started/finished) counts by itself while it is shown,
keeps the teacher's selection, and stops refreshing when hidden."""
from __future__ import annotations

import psycopg
import pytest

from dreamseed_desktop.ui.screens.exams import create_screen
from dreamseed_desktop.ui.screens.exams.screen import REFRESH_MS
from tests.fixtures.school import email, seed_school


@pytest.mark.slow
def test_counts_follow_the_class_while_shown(qtbot, db_url, ctx_for) -> None:
    school = seed_school(db_url, bank_size=12)
    widget = create_screen(ctx_for(email("teacher1")))
    qtbot.addWidget(widget)
    widget.show()
    pane = widget.list_pane
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert pane.refresh_timer.isActive() and pane.refresh_timer.interval() == REFRESH_MS == 15_000
    pane.refresh_timer.setInterval(200)          # the test does not wait 15 s
    pane.view.selectRow(0)
    assert (pane.model.row_at(0).n_sessions, pane.model.row_at(0).n_finished) == (0, 0)

    with psycopg.connect(db_url) as conn:        # two students start, one finishes (another PC)
        for student, status in (("student1", "completed"), ("student2", "in_progress")):
            conn.execute("INSERT INTO exam_sessions (student_id, class_id, exam_id, exam_type, status, started_at) "
                         "VALUES (%s, %s, %s, 'formative', %s, now())",
                         (school.students[student], school.classes["8A"], school.exams["quiz_a"], status))
    qtbot.waitUntil(lambda: (pane.model.row_at(0).n_sessions, pane.model.row_at(0).n_finished) == (2, 1))
    assert pane.selected() and pane.selected()[0].id == school.exams["quiz_a"]    # selection kept

    widget.hide()                                  # not on screen: no refreshing
    assert not pane.refresh_timer.isActive()
    widget.show()
    assert pane.refresh_timer.isActive()
