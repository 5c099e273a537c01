"""GUI entry point: flags, and the --exam hand-off to the exam window module."""
from __future__ import annotations

import pytest

from dreamseed_desktop import __main__ as entry
from dreamseed_desktop import bootstrap
from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.services.core.uow import Identity


def test_flags_and_restart_arguments():
    args = entry.build_parser().parse_args(["--demo", "--lang", "en", "--database-url", "postgresql://h/d"])
    assert args.demo and args.lang == "en" and args.database_url == "postgresql://h/d"
    assert entry._without_lang(["--demo", "--lang", "ko", "--lang=en", "-v"]) == ["--demo", "-v"]


@pytest.mark.slow
def test_exam_mode_hands_over_with_a_sign_in_callback(qapp, owner_db, monkeypatch):
    import dreamseed_desktop.ui.exam_window as exam_window
    from dreamseed_desktop.ui.exam_window import checkin
    from dreamseed_desktop.ui.exam_window.kiosk import LabSeat
    from dreamseed_desktop.ui.workers import TaskRunner

    student = Identity(token="t", user_id=7, role="student", organization_id=1, name="학생")
    services = bootstrap.build_services(owner_db)
    logged_out: list[bool] = []
    monkeypatch.setattr(services.auth, "logout", lambda: logged_out.append(True))

    def fake_sign_in(login, runner, **kwargs):
        assert login == services.auth.login and kwargs["language"] == "ko"
        return Identity(**vars(student))

    seats = []

    def run_exam_mode(argv, *, sign_in):
        seats.append(sign_in())
        seats.append(sign_in())       # the next student: the previous one is signed out
        return 0

    monkeypatch.setattr(checkin, "check_in", fake_sign_in)
    monkeypatch.setattr(exam_window, "run_exam_mode", run_exam_mode)
    runner = TaskRunner()
    code = bootstrap.run_exam_mode(["dreamseed-desktop", "--exam"], services, runner, Settings(), "lab")
    assert code == 0 and all(isinstance(s, LabSeat) for s in seats)
    seat = seats[0]
    assert seat.inputs.api is services.exam_api and seat.inputs.user_id == 7
    assert seat.inputs.tasks is runner and seat.inputs.heartbeat == services.exam_presence.heartbeat
    assert logged_out == [True]                  # the second sign-in signed the first student out
    seat.sign_out()                              # after the exam
    assert logged_out == [True, True]
    runner.shutdown()


@pytest.mark.slow
def test_lab_pc_survives_a_failed_sign_out(qapp, owner_db, monkeypatch):
    """The previous student's sign-out cannot reach the server: the next student still signs in."""
    import dreamseed_desktop.ui.exam_window as exam_window
    from dreamseed_desktop.services.core.errors import Unavailable
    from dreamseed_desktop.ui.exam_window import checkin
    from dreamseed_desktop.ui.exam_window.kiosk import LabSeat
    from dreamseed_desktop.ui.workers import TaskRunner

    services = bootstrap.build_services(owner_db)

    def unreachable() -> None:
        services.db.identity = Identity()
        raise Unavailable()

    monkeypatch.setattr(services.auth, "logout", unreachable)

    def fake_sign_in(login, runner, **kwargs):
        return Identity(token="t", user_id=8, role="student")

    seats = []

    def run_exam_mode(argv, *, sign_in):
        seats.extend([sign_in(), sign_in()])
        return 0

    monkeypatch.setattr(checkin, "check_in", fake_sign_in)
    monkeypatch.setattr(exam_window, "run_exam_mode", run_exam_mode)
    runner = TaskRunner()
    assert bootstrap.run_exam_mode(["dreamseed-desktop", "--exam"], services, runner, Settings(),
                                   "lab") == 0
    runner.shutdown()
    assert len(seats) == 2 and all(isinstance(s, LabSeat) for s in seats)


@pytest.mark.slow
def test_demo_seed_and_login_hint(qtbot, qapp, db_url):
    from dreamseed_desktop.ui.login_dialog import LoginDialog
    from dreamseed_desktop.ui.workers import TaskRunner

    demo, pending = bootstrap.prepare_demo_school(db_url)
    # second start before the past sittings were taken: nothing is added, the rest is handed back
    again, rest = bootstrap.prepare_demo_school(db_url)
    assert demo.created and not again.created and again.students == demo.students
    assert pending is not None and rest is not None and rest.planned == pending.planned > 0
    assert bootstrap.demo_hint(qapp, demo) in bootstrap.demo_hint(qapp, demo, filling=True)
    hint = bootstrap.demo_hint(qapp, demo, filling=True)
    assert demo.password in hint and demo.teacher_emails[0] in hint and "background" in hint
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


def test_start_up_work_runs_off_the_gui_thread_and_reraises(qapp):
    import threading

    import pytest

    from dreamseed_desktop.ui.splash import StartSplash, run_step
    from dreamseed_desktop.ui.workers import TaskRunner

    runner = TaskRunner()
    gui_thread = threading.get_ident()
    splash = StartSplash()
    assert run_step(runner, splash, "one", lambda: threading.get_ident() != gui_thread) is True
    assert run_step(runner, None, "no splash", lambda: 7) == 7

    def broken() -> int:
        raise OSError("disk full")

    with pytest.raises(RuntimeError) as raised:
        run_step(runner, splash, "two", broken)
    assert isinstance(raised.value.__cause__, OSError)
    assert splash.steps() == ["one", "two"] and splash.isVisible()
    splash.finish()
    assert not splash.isVisible()
    runner.shutdown()
