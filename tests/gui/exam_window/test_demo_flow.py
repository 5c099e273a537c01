"""Done-when scenario on the embedded database, through the client role and real tokens.

A teacher creates an exam in the Exams screen's dialog and proctors it in the live console
while one student takes it in the real kiosk window (keyboard only) and another through the
controller; the results view then shows both, with the item-by-item record.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from dreamseed_desktop.bootstrap import build_services
from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.services.core.errors import NotFound, PermissionDenied
from dreamseed_desktop.services.exams.admin import ExamAdminService, ExamDraft
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.ui.app_events import AppEvents
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.exam_window import open_exam_window
from dreamseed_desktop.ui.exam_window.inputs import inputs_from_context
from dreamseed_desktop.ui.exam_window.ports import Phase
from dreamseed_desktop.ui.screens.exams import create_screen
from dreamseed_desktop.ui.screens.exams.results import SessionRecordDialog
from dreamseed_desktop.ui.workers import TaskRunner
from tests.db.exam_window.crash_client import choice_for
from tests.fixtures.exam_fakes import FakeClock, QueueRunner, StubView, answer


@pytest.fixture
def teacher_ctx(connect_as):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    ctx = AppContext(services=build_services(connect_as("teacher1")), events=AppEvents(),
                     runner=runner, settings=Settings())
    yield ctx
    runner.shutdown()


@pytest.mark.slow
def test_teacher_creates_and_proctors_while_students_test(qtbot, two_schools, connect_as,
                                                          teacher_ctx, tmp_path) -> None:
    from dreamseed_desktop.client.journal import AnswerJournal

    screen = create_screen(teacher_ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 600)
    screen.show()
    pane = screen.list_pane
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=10000)   # quiz_a only (own class)

    # --- the teacher creates an exam in the dialog
    pane.new_exam()
    qtbot.waitUntil(lambda: screen.last_dialog is not None and screen.last_dialog.isVisible(),
                    timeout=10000)
    dialog = screen.last_dialog
    dialog.template.setCurrentIndex(dialog.template.findData("quick"))
    dialog._apply_template()
    dialog.title.setText("2학년 1반 단원평가")
    dialog.subject.setCurrentText("math")
    dialog.confirm.setChecked(False)
    dialog.show_result.setCurrentIndex(dialog.show_result.findData("correct"))
    dialog.quit_password.setText("proctor-2026")
    qtbot.waitUntil(lambda: dialog.pool_label.text() != "", timeout=10000)
    assert dialog.pool_label.text() == "60 items"
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.submit()
    exam = saved.args[0]
    assert exam.class_id == two_schools.classes["8A"] and exam.has_quit_password
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=10000)

    # --- the teacher opens the live console
    console = screen.open_console(exam)
    qtbot.waitUntil(lambda: console.model.rowCount() == 2, timeout=10000)
    assert {console.model.row_at(r).status for r in range(2)} == {"not_started"}

    # --- student 2 tests through the controller, student 1 in the real kiosk window
    db2 = connect_as("student2")
    ctl2 = _controller(db2, AnswerJournal(tmp_path / "s2.sqlite3"), exam.id)
    db1 = connect_as("student1")
    student_runner = TaskRunner()
    student = AppContext(services=build_services(db1), events=AppEvents(), runner=student_runner,
                         settings=Settings())
    window = open_exam_window(inputs_from_context(student), exam.id, title=exam.title,
                              journal=AnswerJournal(tmp_path / "s1.sqlite3"))
    qtbot.addWidget(window)
    assert window.isFullScreen()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.item_page
                    and window.item_page.buttons and window.item_page.buttons[0].isEnabled(),
                    timeout=10000)
    console.refresh()
    qtbot.waitUntil(lambda: {console.model.row_at(r).status for r in range(2)} == {"testing"},
                    timeout=10000)
    # the exam's quit password is checked by the server for this window (never sent to it)
    assert window.controller._server_quit is not None
    assert not student.services.exam_api.kiosk_quit(exam.id, "proctor-2025").granted
    assert student.services.exam_api.kiosk_quit(exam.id, "proctor-2026").granted

    ctl2_runner, ctl2_clock = ctl2.runner, ctl2.scheduler
    while ctl2.phase is not Phase.FINISHED:
        ctl2_clock.advance(4.0)
        answer(ctl2, ctl2_runner, choice_for(ctl2.item.seq))

    answered = 0
    while window.controller.phase is not Phase.FINISHED:
        seq = window.controller.item.seq
        qtbot.keyClick(window, "ABCD"[choice_for(seq) - 1])
        qtbot.keyClick(window, Qt.Key.Key_Return)
        answered += 1
        qtbot.waitUntil(lambda: window.controller.phase in (Phase.ANSWERING, Phase.FINISHED)
                        and (window.controller.phase is Phase.FINISHED
                             or window.controller.item.seq == seq + 1), timeout=10000)
    assert 5 <= answered <= 15
    assert window.message_page.body.text().startswith("You answered ")
    assert f" of your {answered} items correctly (" in window.message_page.body.text()
    assert "/ 100" not in window.message_page.body.text()

    console.refresh()
    qtbot.waitUntil(lambda: {console.model.row_at(r).status for r in range(2)} == {"finished"},
                    timeout=10000)
    rows = {console.model.row_at(r).live.student_name: console.model.row_at(r) for r in range(2)}
    assert rows["Student1"].live.answered == answered and rows["Student1"].live.theta is not None

    # --- results and the drill-down
    results = screen.open_results(exam)
    qtbot.waitUntil(lambda: results.model.rowCount() == 2, timeout=10000)
    by_name = {results.model.row_at(r).student_name: results.model.row_at(r) for r in range(2)}
    assert by_name["Student1"].length == answered and by_name["Student1"].score is not None
    assert by_name["Student1"].score.n_answered == answered
    row = next(r for r in range(results.proxy.rowCount())
               if results.proxy.index(r, 0).data() == "Student1")
    results.view.selectRow(row)
    results.open_selected()
    qtbot.waitUntil(lambda: results.findChild(SessionRecordDialog) is not None, timeout=10000)
    dialog = results.findChild(SessionRecordDialog)
    assert dialog.model.rowCount() == answered
    # a teacher sees right/wrong, never the option chosen (it would give keys away:
    # docs/security.md, "Staff rules")
    assert [dialog.model.row_at(k).selected_choice for k in range(answered)] == [None] * answered
    assert {dialog.model.row_at(k).correct for k in range(answered)} <= {True, False}
    with qtbot.waitSignal(window.closed, timeout=5000):
        window.message_page.button.click()
    console.stop()
    student_runner.shutdown()


@pytest.mark.slow
def test_rls_limits_exam_admin_to_own_classes(two_schools, connect_as) -> None:
    teacher2 = ExamAdminService(connect_as("teacher2"))
    assert [c.name for c in teacher2.classes()] == ["8B"]
    assert [e.title for e in teacher2.list_exams()] == ["quiz_b"]
    with pytest.raises(NotFound):
        teacher2.create_exam(ExamDraft.from_template(
            "quick", class_id=two_schools.classes["8A"], title="not mine", subject="math"))
    mine = teacher2.create_exam(ExamDraft(class_id=two_schools.classes["8B"], title="8B quiz",
                                          subject="math", quit_password="secret-8b",
                                          cat_config=ExamDraft.from_template(
                                              "quick", class_id=0, title="", subject="").cat_config))
    assert ExamApi(connect_as("student3")).kiosk_quit(mine.id, "secret-8b").granted   # enrolled in 8B
    with pytest.raises(NotFound):
        ExamApi(connect_as("student1")).kiosk_quit(mine.id, "secret-8b")                 # 8A
    with pytest.raises(PermissionDenied):
        ExamApi(connect_as("teacher1")).kiosk_quit(mine.id, "secret-8b")
    # the table itself: staff of the class see whether a password is set; students never
    for key, expected in (("teacher2", [mine.id]), ("teacher1", []), ("student3", [])):
        with connect_as(key).session() as s:
            rows = s.execute(text("SELECT exam_id FROM exam_kiosk_settings")).scalars().all()
        assert rows == expected, key
    with pytest.raises(PermissionDenied):           # no direct writes, not even to their own
        with connect_as("teacher2").session() as s:
            s.execute(text("UPDATE exam_kiosk_settings SET quit_verifier = NULL WHERE exam_id = :e"),
                      {"e": mine.id})
    with pytest.raises(NotFound):                   # cannot plant a password on another class
        with connect_as("teacher1").session() as s:
            s.execute(text("SELECT exam.set_kiosk_quit_password(:e, :s, :v)"),
                      {"e": mine.id, "s": "ab" * 16, "v": "cd" * 32})


def _controller(db, journal, exam_id):  # type: ignore[no-untyped-def]
    from dreamseed_desktop.ui.exam_window.controller import ExamController

    ctl = ExamController(api=ExamApi(db), journal=journal, view=StubView(), scheduler=FakeClock(),
                         runner=QueueRunner(), exam_id=exam_id, user_id=db.identity.user_id)
    ctl.start()
    ctl.runner.drain()
    return ctl
