"""The lab PC's check-in on a server with two schools (issue 15), through the client role: a
학번 is only unique within a school, so the check-in uses the school the admin set for this PC
(``dreamseed-admin kiosk set-school``) or lets the student choose; a forced password change
happens right there. The same 학번 in the other school is nobody."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.bootstrap.kiosk import kiosk_school_id
from dreamseed_desktop.config.settings import Settings, load_settings
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.people.service import PeopleService
from dreamseed_desktop.ui.change_password_dialog import ChangePasswordDialog
from dreamseed_desktop.ui.exam_window.checkin import KioskCheckIn
from dreamseed_desktop.ui.workers import TaskRunner
from tests.fixtures.school import PASSWORD, School


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _kiosk(qtbot, auth: AuthService, tasks: TaskRunner, schools, school_id=None) -> KioskCheckIn:
    dialog = KioskCheckIn(auth.login, tasks, language="en", schools=schools, school_id=school_id,
                          change_password=auth.change_password, logout=auth.logout)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_pc_school_set_by_the_admin(qtbot, tasks, two_schools: School, connect_as) -> None:
    auth = AuthService(connect_as(None))
    schools = auth.sign_in_schools()
    south = kiosk_school_id(Settings(extra={"kiosk_school": "South High"}), schools)
    assert south == two_schools.org_b
    dialog = _kiosk(qtbot, auth, tasks, schools, south)
    assert dialog.school.isVisible() and not dialog.school.isEnabled()
    assert dialog.school.currentText() == "South High"
    dialog.user.setText("S0")                 # North High's 학번: nobody at South High
    dialog.password.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: "Wrong" in dialog.message.text())
    dialog.user.setText("S3")
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    assert dialog.identity.user_id == two_schools.users["student_b"]


def test_student_chooses_when_the_pc_has_no_school(qtbot, tasks, two_schools: School, connect_as) -> None:
    auth = AuthService(connect_as(None))
    schools = auth.sign_in_schools()
    assert kiosk_school_id(Settings(), schools) is None
    assert kiosk_school_id(Settings(extra={"kiosk_school": "Nowhere High"}), schools) is None
    dialog = _kiosk(qtbot, auth, tasks, schools)
    assert dialog.school.isVisible() and dialog.school.isEnabled()
    dialog.school.setCurrentIndex(dialog.school.findData(two_schools.org))
    dialog.user.setText("S1")
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    assert dialog.identity.user_id == two_schools.users["student2"]


def test_one_school_shows_no_choice(qtbot, tasks) -> None:
    dialog = KioskCheckIn(lambda u, p: None, tasks, language="en", schools=[(1, "Only High")])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.school.isVisible() and dialog.school_id() is None


def test_forced_change_at_the_kiosk(qtbot, tasks, two_schools: School, connect_as) -> None:
    PeopleService(connect_as("admin")).create_student(None, "새학생", 2, student_number="20101",
                                                      password="initial pw 42")
    auth = AuthService(connect_as(None))
    schools = auth.sign_in_schools()
    dialog = _kiosk(qtbot, auth, tasks, schools, two_schools.org)
    seen = []

    def poll() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ChangePasswordDialog) and w.isVisible()]
        if not found:
            QTimer.singleShot(50, poll)
            return
        d = found[0]
        seen.append(d)
        d.old.setText("initial pw 42")
        d.new.setText("my own pw 77")
        d.repeat.setText("my own pw 77")
        d.submit()

    QTimer.singleShot(50, poll)
    dialog.user.setText("20101")
    dialog.password.setText("initial pw 42")
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    assert seen and not dialog.identity.must_change_password


def test_kiosk_set_school_cli(tmp_path: Path) -> None:
    env = {"DREAMSEED_CONFIG_DIR": str(tmp_path), "PATH": "/usr/bin:/bin",
           "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    run = [sys.executable, "-m", "dreamseed_desktop.cli", "kiosk", "set-school"]
    out = subprocess.run([*run, "South High"], env=env, capture_output=True, text=True, check=True)
    assert "South High" in out.stdout
    import os
    old = os.environ.get("DREAMSEED_CONFIG_DIR")
    os.environ["DREAMSEED_CONFIG_DIR"] = str(tmp_path)
    try:
        assert load_settings().extra["kiosk_school"] == "South High"
        subprocess.run([*run, "--clear"], env=env, capture_output=True, text=True, check=True)
        assert "kiosk_school" not in load_settings().extra
    finally:
        if old is None:
            del os.environ["DREAMSEED_CONFIG_DIR"]
        else:
            os.environ["DREAMSEED_CONFIG_DIR"] = old


def _answer_school_dialog(qtbot, choose_own: bool, shots: list) -> None:  # type: ignore[no-untyped-def]
    """When the administrator's school dialog opens, pick an option and save."""
    from dreamseed_desktop.ui.exam_window.kiosk_school import KioskSchoolDialog

    def answer() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, KioskSchoolDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, answer)
            return
        shots.append(dialog.own.text())
        (dialog.own if choose_own else dialog.choose).setChecked(True)
        dialog.accept()
    QTimer.singleShot(0, answer)


def test_admin_sets_this_pcs_school_at_the_check_in(qtbot, tasks, two_schools: School, connect_as,
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An administrator signs in at the check-in (email, on the lab PC's student login role) and
    pins the PC to *their own* school — or lets students choose; they are signed out either way,
    and the choice is kept in this PC's settings as ``kiosk set-school`` keeps it. Students and
    teachers signing in never see the choice."""
    from dreamseed_desktop.bootstrap.kiosk import save_kiosk_school

    monkeypatch.setenv("DREAMSEED_CONFIG_DIR", str(tmp_path))
    lab_pc = connect_as(None)
    auth = AuthService(lab_pc)
    schools = auth.sign_in_schools()
    saved: list[int | None] = []
    dialog = KioskCheckIn(auth.login, tasks, language="en", schools=schools, school_id=None,
                          change_password=auth.change_password, logout=auth.logout,
                          on_school=lambda s: saved.append(save_kiosk_school(s).extra.get("kiosk_school")))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.school.isEnabled()
    shown: list[str] = []
    _answer_school_dialog(qtbot, True, shown)
    dialog.user.setText("admin_b@school.test")            # South High's administrator
    dialog.password.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: saved == [two_schools.org_b], timeout=20000)
    assert shown == ["&This PC belongs to South High"]     # only their own school is offered
    assert dialog.message.text() == "Students on this PC now sign in at South High."
    assert dialog.message.property("tone") == "ok"          # green: news, not a problem
    assert dialog.identity is None and dialog.result() != dialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: lab_pc.identity.token is None and not tasks.is_busy(), timeout=10000)  # signed out
    assert not dialog.school.isEnabled() and dialog.school.currentText() == "South High"
    assert kiosk_school_id(load_settings(), schools) == two_schools.org_b     # what the next start uses

    dialog.user.setText("nobody")
    dialog.password.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: "Wrong" in dialog.message.text(), timeout=20000)
    assert dialog.message.property("tone") is None          # a problem is red again
    dialog.user.setText("S3")                              # a South High 학번 now signs in directly
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.submit()
    assert dialog.identity.user_id == two_schools.users["student_b"]
    assert saved == [two_schools.org_b]                    # a student never reaches the choice


def test_admin_lets_students_choose_and_teachers_just_sign_in(qtbot, tasks, two_schools: School, connect_as,
                                                              tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from dreamseed_desktop.bootstrap.kiosk import save_kiosk_school

    monkeypatch.setenv("DREAMSEED_CONFIG_DIR", str(tmp_path))
    save_kiosk_school(two_schools.org)
    lab_pc = connect_as(None)
    auth = AuthService(lab_pc)
    schools = auth.sign_in_schools()
    saved: list[int | None] = []
    dialog = KioskCheckIn(auth.login, tasks, language="en", schools=schools, school_id=two_schools.org,
                          change_password=auth.change_password, logout=auth.logout,
                          on_school=lambda s: saved.append(save_kiosk_school(s).extra.get("kiosk_school")))
    qtbot.addWidget(dialog)
    dialog.show()
    _answer_school_dialog(qtbot, False, [])
    dialog.user.setText("admin@school.test")               # North High's administrator
    dialog.password.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: saved == [None], timeout=20000)
    assert dialog.message.text() == "Students on this PC now choose their school."
    assert dialog.school.isEnabled() and "kiosk_school" not in load_settings().extra
    qtbot.waitUntil(lambda: lab_pc.identity.token is None and not tasks.is_busy(), timeout=10000)
    dialog.user.setText("teacher1@school.test")            # a teacher signs in as before
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.submit()
    assert dialog.identity.role == "teacher" and saved == [None]
