"""Accommodations end to end on screens (issue 19): an admin sets them on the people screen, the
student's test window applies them (text size, high contrast, answer masking, line reader) and
keeps the student's own text size on the server, and the proctor console shows who has which.
Everyone signs in through the client role; the exam server itself is the in-memory one (the
server's extended time is tested in tests/security/test_accommodations.py)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.services.people.accommodations import Accommodations
from dreamseed_desktop.ui.a11y.theme import HIGH_CONTRAST
from dreamseed_desktop.ui.exam_window import open_exam_window
from dreamseed_desktop.ui.exam_window.inputs import ExamWindowInputs
from dreamseed_desktop.ui.screens.people.screen import PeopleScreen
from tests.fixtures.exam_fakes import FakeExamServer
from tests.gui.a11y.conftest import STUDENT_EMAIL


def test_admin_sets_them_on_the_people_screen(qtbot, simulated_school, ctx_for) -> None:
    ctx = ctx_for(simulated_school.admin_email)
    screen = PeopleScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    row = next(r for r in range(screen.model.rowCount())
               if screen.model.row_at(r).email == STUDENT_EMAIL)
    screen.select_rows([row])
    screen.accommodations()
    dialog = screen.last_dialog
    qtbot.waitUntil(dialog.isEnabled)
    dialog.field("time_factor").setValue(1.5)
    dialog.field("zoom").setCurrentIndex(dialog.field("zoom").findData(2.0))
    dialog.field("high_contrast").setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        dialog.submit()
    student_id = screen.model.row_at(row).student_id
    assert ctx.services.accommodations.get(student_id) == Accommodations(time_factor=1.5, zoom=2.0,
                                                                           high_contrast=True)
    # a bad value comes back as a message on the field and changes nothing
    screen.accommodations()
    dialog = screen.last_dialog
    qtbot.waitUntil(dialog.isEnabled)
    dialog.field("time_factor").setMaximum(9.0)
    dialog.field("time_factor").setValue(4.0)
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.field_error("time_factor")))
    assert "between 1 and 3" in dialog.field_error("time_factor")
    assert ctx.services.accommodations.get(student_id).time_factor == 1.5
    dialog.reject()
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())


def test_the_test_window_applies_them_and_keeps_the_students_zoom(qtbot, simulated_school, ctx_for,
                                                                  journal) -> None:
    admin = ctx_for(simulated_school.admin_email)
    student = ctx_for(STUDENT_EMAIL)
    student_id = simulated_school.student_ids[0]
    admin.services.accommodations.set(student_id, Accommodations(zoom=2.0, high_contrast=True,
                                                                 answer_masking=True, line_reader=True))
    mine = student.services.accommodations
    inputs = ExamWindowInputs(api=FakeExamServer(n_items=2, max_items=2), tasks=student.runner,
                              accommodations=mine.mine, save_zoom=mine.set_my_zoom)
    window = open_exam_window(inputs, 1, title="수학", kiosk=False, journal=journal)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.zoom == 2.0 and window.high_contrast)
    assert window.colors is HIGH_CONTRAST
    qtbot.waitUntil(lambda: bool(window.item_page.buttons))
    # answer masking and the line reader (tests/gui/exam_window/test_reading_aids.py: how)
    assert all(b.masked for b in window.item_page.buttons)
    assert window.item_page.line_reader.isVisible() and window.line_reader_button.isVisible()
    window.activateWindow()
    window.setFocus()
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyRelease(QApplication.focusWidget() or window, Qt.Key.Key_Control)
    assert window.zoom == 1.75
    qtbot.waitUntil(lambda: mine.mine().zoom == 1.75)
    assert mine.mine().high_contrast and mine.mine().answer_masking   # the student changed nothing else
    window.close_window()
    qtbot.waitUntil(lambda: not student.runner.is_busy())


@pytest.mark.slow
def test_the_proctor_console_shows_who_has_which(qtbot, tmp_path, simulated_school, ctx_for) -> None:
    from tests.gui.a11y.states import open_window

    ctx = ctx_for(simulated_school.admin_email)
    window = open_window(qtbot, ctx, tmp_path)
    window.show_screen("exams")
    screen = window.screens["exams"]
    qtbot.waitUntil(lambda: screen.list_pane.model.rowCount() > 0)
    exam = screen.list_pane.model.rows()[0]
    console = screen.open_console(exam)
    qtbot.waitUntil(lambda: console.model.rowCount() > 0)
    first = console.model.row_at(0).live.student_id
    ctx.services.accommodations.set(first, Accommodations(time_factor=1.5, zoom=2.0, answer_masking=True))
    console.refresh()
    column = [console.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(console.model.columnCount())].index("Accommodations")
    qtbot.waitUntil(lambda: console.model.index(console.model.find_row(first), column).data() != "")
    assert console.model.index(console.model.find_row(first), column).data() == \
        "1.5× time · 200% text · answer masking"
    others = [console.model.index(r, column).data() for r in range(console.model.rowCount())
              if console.model.row_at(r).live.student_id != first]
    assert others and all(text == "" for text in others)
    console.stop()
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())
