"""GUI entry point: flags, and the --exam hand-off to the exam window module."""
from __future__ import annotations

from dreamseed_desktop import __main__ as entry
from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.services.core.uow import Identity
from dreamseed_desktop.ui.context import AppContext


def test_flags_and_restart_arguments():
    args = entry.build_parser().parse_args(["--demo", "--lang", "en", "--database-url", "postgresql://h/d"])
    assert args.demo and args.lang == "en" and args.database_url == "postgresql://h/d"
    assert entry._without_lang(["--demo", "--lang", "ko", "--lang=en", "-v"]) == ["--demo", "-v"]


def test_exam_mode_hands_over_with_a_sign_in_callback(qapp, owner_db, monkeypatch):
    import dreamseed_desktop.ui.exam_window as exam_window
    from dreamseed_desktop.ui import app as gui
    from dreamseed_desktop.ui.workers import TaskRunner

    student = Identity(token="t", user_id=7, role="student", organization_id=1, name="학생")

    def fake_sign_in(db, runner, login, settings, **kwargs):
        db.identity = student
        return student, settings

    class Auth:
        logged_out = 0

        def login(self, email, password):  # pragma: no cover - replaced by fake_sign_in
            raise AssertionError

        def logout(self):
            Auth.logged_out += 1

    contexts = []

    def run_exam_mode(argv, *, sign_in):
        contexts.append(sign_in())
        contexts.append(sign_in())       # the next student: the previous one is signed out
        return 0

    monkeypatch.setattr(gui, "sign_in", fake_sign_in)
    monkeypatch.setattr(exam_window, "run_exam_mode", run_exam_mode)
    runner = TaskRunner()
    code = entry._run_exam_mode(["dreamseed-desktop", "--exam"], qapp, owner_db, runner, Auth(),
                                Settings(), "lab")
    runner.shutdown()
    assert code == 0 and all(isinstance(c, AppContext) for c in contexts)
    assert contexts[0].identity.role == "student" and contexts[0].server_label == "lab"
    assert Auth.logged_out == 1


def test_demo_seed_and_login_hint(qtbot, qapp, db_url):
    from dreamseed_desktop.ui.login_dialog import LoginDialog
    from dreamseed_desktop.ui.workers import TaskRunner

    demo = entry._seed_demo_if_empty(db_url)
    again = entry._seed_demo_if_empty(db_url)           # second start: nothing is added
    assert demo.created and not again.created and again.students == demo.students
    hint = entry._demo_hint(qapp, demo)
    assert demo.password in hint and demo.teacher_emails[0] in hint
    assert demo.sample_student_email in hint
    runner = TaskRunner()
    dialog = LoginDialog(lambda e, p: None, runner, email=demo.admin_email, hint=hint)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.hint.isVisible() and dialog.hint.text() == hint
    assert dialog.email.text() == demo.admin_email
    plain = LoginDialog(lambda e, p: None, runner)
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.hint.isVisible()
    runner.shutdown()
