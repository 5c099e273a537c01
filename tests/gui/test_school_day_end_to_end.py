"""Issue 15's Done-when, in the GUI, in Korean, on the demo school: a NEIS export goes through
the roster wizard (initial passwords), the administrator makes a class for the new pupils, their
teacher makes the first exam in the exam dialog (the class's subject 수학 by default, the pool and
what to expect shown), a pupil signs in with 학번 on the sign-in dialog (changing the initial
password, as forced), takes the test, the teacher sees the results, and the pupil sees the result
the teacher chose to show under My results. Everyone signs in through the client role."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from dreamseed_desktop.bootstrap import build_services
from dreamseed_desktop.client.journal import AnswerJournal
from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.services.demo.seed import ADMIN_EMAIL, DEMO_DOMAIN, DEMO_PASSWORD, seed_demo
from dreamseed_desktop.ui.app_events import AppEvents
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.exam_window.ports import Phase
from dreamseed_desktop.ui.login_dialog import LoginDialog
from dreamseed_desktop.ui.main_window import MainWindow
from dreamseed_desktop.ui.screens.classes.screen import ClassDialog
from dreamseed_desktop.ui.screens.exams import create_screen as exams_screen
from dreamseed_desktop.ui.screens.my_results.screen import MyResultsScreen
from dreamseed_desktop.ui.workers import TaskRunner
from tests.db.classes.test_roster_neis import neis_workbook
from tests.db.exam_window.crash_client import choice_for
from tests.fixtures.exam_fakes import FakeClock, QueueRunner, StubView, answer
from tests.gui.screens.enrollment.test_enrollment import run_wizard
from tests.gui.test_korean_everywhere import english_words, visible_texts

NEW_PUPILS = [(1, 1, 9, "한지우", "여", datetime(2010, 4, 1)),
              (2, 1, 9, "오세훈", "남", datetime(2010, 6, 9)),
              (3, 1, 9, "윤채원", "여", datetime(2010, 9, 21))]
NEW_PASSWORD = "바다와 산 2026!"


def _answer_forced_change(old: str) -> None:
    """Fill the forced password change dialog when it opens (it runs modally)."""
    dialog = QApplication.activeModalWidget()
    if dialog is None or dialog.findChild(QLineEdit, "newPasswordEdit") is None:
        QTimer.singleShot(50, lambda: _answer_forced_change(old))
        return
    dialog.findChild(QLineEdit, "oldPasswordEdit").setText(old)
    dialog.findChild(QLineEdit, "newPasswordEdit").setText(NEW_PASSWORD)
    dialog.findChild(QLineEdit, "repeatPasswordEdit").setText(NEW_PASSWORD)
    dialog.submit()


@pytest.mark.slow
def test_neis_export_to_first_exam_and_results(qtbot, korean, owner_db, connect_as, ctx_for,
                                               tmp_path) -> None:
    seed_demo(owner_db, students=30, seed=3)
    admin = ctx_for(ADMIN_EMAIL, DEMO_PASSWORD)

    # --- the NEIS export through the roster wizard: new pupils with initial passwords
    path = tmp_path / "1학년9반_학생명부.xlsx"
    neis_workbook(path, NEW_PUPILS)
    wizard = run_wizard(qtbot, admin, path)
    assert wizard.mapping_page.field_boxes["name"].currentText() == "성명"
    imported = []
    wizard.imported.connect(imported.append)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete)
    wizard.next()
    qtbot.waitUntil(lambda: bool(imported))
    issued = {row[0]: row for row in imported[0].initial_passwords}
    assert imported[0].created == 3 and set(issued) == {"한지우", "오세훈", "윤채원"}
    _name, number, _email, initial = issued["한지우"]
    assert number == "10901"

    # --- the administrator makes the class (its subject from the school's list) and enrolls them
    from dreamseed_desktop.ui.subject_names import load_subject_names

    with qtbot.waitSignal(admin.events.subjects_changed):
        load_subject_names(admin)
    teachers = [p for p in admin.services.people.list(role="teacher", limit=50).items]
    kim = next(t for t in teachers if t.name == "김민준")
    dialog = ClassDialog(admin, None, teachers, None)
    qtbot.addWidget(dialog)
    dialog.field("name").setText("1학년 9반 수학")
    dialog.field("class_no").setValue(9)
    subject = dialog.field("subject")
    assert isinstance(subject, QComboBox)
    subject.setCurrentIndex(subject.findData("math"))
    assert subject.currentText() == "수학"
    dialog.teacher_box.setCurrentIndex(dialog.teacher_box.findData(kim.teacher_id))
    with qtbot.waitSignal(dialog.saved):
        dialog.submit()
    klass = dialog.result_value
    pupils = [p.student_id for p in admin.services.people.list(role="student", limit=500).items
              if p.student_number in {"10901", "10902", "10903"}]
    assert len(pupils) == 3
    admin.services.enrollment.bulk_enroll(klass.id, pupils)

    # --- their teacher makes the first exam in the exam dialog
    teacher = ctx_for(f"minjun.kim@{DEMO_DOMAIN}", DEMO_PASSWORD)
    screen = exams_screen(teacher)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.list_pane.model.rowCount() >= 1)
    screen.last_dialog = None
    screen.list_pane.new_exam()
    qtbot.waitUntil(lambda: screen.last_dialog is not None and screen.last_dialog.isVisible())
    exam_dialog = screen.last_dialog
    exam_dialog.class_box.setCurrentIndex(exam_dialog.class_box.findData(klass.id))
    assert exam_dialog.subject.currentText() == "수학"                 # the class's subject
    exam_dialog.template.setCurrentIndex(exam_dialog.template.findData("quick"))
    exam_dialog._apply_template()
    assert exam_dialog.template.currentText() == "형성평가"
    qtbot.waitUntil(lambda: exam_dialog.pool > 0)
    exam_dialog.max_items.setValue(6)
    exam_dialog.min_items.setValue(4)
    exam_dialog.title.setText("1학년 9반 수학 형성평가 1")
    exam_dialog.show_result.setCurrentIndex(exam_dialog.show_result.findData("correct"))
    with qtbot.waitSignal(exam_dialog.estimate.finished, timeout=60000):
        exam_dialog.estimate.run_now()
    assert "문항을 풉니다" in exam_dialog.estimate.text.text()
    with qtbot.waitSignal(exam_dialog.saved) as saved:
        exam_dialog.submit()
    exam = saved.args[0]

    # --- the pupil signs in with 학번 (the initial password must be changed first)
    student_db = connect_as(None)
    student_services = build_services(student_db)
    runner = TaskRunner()
    login = LoginDialog(student_services.auth.login, runner, language="ko",
                        change_password=student_services.auth.change_password,
                        logout=student_services.auth.logout)
    qtbot.addWidget(login)
    login.show()
    login.email.setText(number)
    login.password.setText(initial)
    QTimer.singleShot(50, lambda: _answer_forced_change(initial))
    with qtbot.waitSignal(login.accepted, timeout=30000):
        login.submit()
    assert login.identity is not None and login.identity.role == "student"
    assert login.identity.name == "한지우" and not login.identity.must_change_password
    student_db.identity = login.identity

    # --- and takes the test (the test window's controller, as on a lab PC)
    from dreamseed_desktop.ui.exam_window.controller import ExamController

    ctl_runner = QueueRunner()
    ctl = ExamController(api=student_services.exam_api, journal=AnswerJournal(tmp_path / "j.sqlite3"),
                         view=StubView(), scheduler=FakeClock(), runner=ctl_runner, exam_id=exam.id,
                         user_id=login.identity.user_id)
    ctl.start()
    ctl_runner.drain()
    answered = 0
    while ctl.phase is not Phase.FINISHED:
        answer(ctl, ctl_runner, choice_for(ctl.item.seq))
        answered += 1
    assert 4 <= answered <= 6

    # --- the teacher sees the results
    results = screen.open_results(exam)
    qtbot.waitUntil(lambda: results.model.rowCount() == 3)          # the class: one sitting so far
    rows = {results.model.row_at(r).student_name: results.model.row_at(r) for r in range(3)}
    assert rows["한지우"].status == "completed" and rows["한지우"].score.n_answered == answered
    assert rows["오세훈"].status == rows["윤채원"].status == "not_started"

    # --- the pupil sees the result the teacher chose to show, in Korean, on the staff app
    student_ctx = AppContext(services=student_services, events=AppEvents(), runner=runner, settings=Settings(),
                             server_label="학교 서버")
    window = MainWindow(student_ctx, qsettings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    mine = window.show_screen("my_results")
    assert isinstance(mine, MyResultsScreen)
    qtbot.waitUntil(lambda: mine.model.rowCount() == 1)
    qtbot.waitUntil(lambda: not runner.is_busy())
    result = mine.model.row_at(0)
    assert result.title == "1학년 9반 수학 형성평가 1" and result.answered == answered
    shown = mine.model.index(0, 4).data()
    assert shown == f"{answered}문항 중 {result.n_correct}개 정답 ({result.percent_correct:.0f}%)"
    assert mine.model.index(0, 1).data() == "수학"
    found = [f"{w}: {t}" for w, t in visible_texts(window) if english_words(t, set())]
    assert not found, found
    runner.shutdown()
