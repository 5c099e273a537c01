"""Change password (issue 15) as real users through the client role, in Korean: a student
signing in with the initial password must choose their own before anything else (Cancel signs
out); everyone can change theirs from the File menu; admins set the school's rule in the
school settings. Screenshots of the forced dialog and the school settings."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.ui.change_password_dialog import ChangePasswordDialog
from dreamseed_desktop.ui.login_dialog import LoginDialog
from dreamseed_desktop.ui.main_window import MainWindow
from dreamseed_desktop.ui.screens.organizations.school_settings import SchoolSettingsDialog
from dreamseed_desktop.ui.workers import TaskRunner
from tests.fixtures.school import Roster

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
INITIAL = "initial pw 42"


@pytest.fixture
def runner():
    r = TaskRunner()
    yield r
    r.shutdown()


def _when_dialog(action) -> list[ChangePasswordDialog]:
    """Run ``action(dialog)`` as soon as a change-password dialog is shown (it runs its own
    modal loop, so the test acts from a timer)."""
    seen: list[ChangePasswordDialog] = []

    def poll() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, ChangePasswordDialog) and w.isVisible() and w not in seen]
        if dialogs:
            seen.append(dialogs[0])
            action(dialogs[0])
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    return seen


def test_student_must_choose_own_password_at_first_sign_in(qtbot, korean, runner, ctx, school: Roster,
                                                           connect_as) -> None:
    kid = ctx.services.people.create_student(None, "새학생", 1, class_no=2, seat_no=3, password=INITIAL)
    auth = AuthService(connect_as(None))
    login = LoginDialog(auth.login, runner, language="ko", change_password=auth.change_password,
                        logout=auth.logout)
    qtbot.addWidget(login)
    login.show()
    # first: the student gives up -> signed out, still on the sign-in screen
    cancelled = _when_dialog(lambda d: d.reject())
    login.email.setText(kid.student_number)
    login.password.setText(INITIAL)
    login.submit()
    qtbot.waitUntil(lambda: bool(cancelled) and login.buttons.isEnabled())
    assert login.identity is None and login.isVisible()
    assert AuthService(auth._db).current() is None                      # the token was signed out

    def choose(d: ChangePasswordDialog) -> None:
        assert d.windowTitle() == "비밀번호 변경"
        assert "학교에서 받은 비밀번호" in d.intro.text()
        d.old.setText(INITIAL)
        d.new.setText("12345678")
        assert "쉽습니다" in d.message.text() and not d.ok_button.isEnabled()
        d.new.setText("나만의 비밀번호 9")
        d.repeat.setText("나만의 비밀번호")
        assert d.message.text() == "두 새 비밀번호가 같지 않습니다."
        d.repeat.setText("나만의 비밀번호 9")
        assert d.ok_button.isEnabled()
        if os.environ.get("DREAMSEED_SCREENSHOTS"):
            d.grab().save(str(SHOTS / "change_password_forced_ko.png"))
        d.submit()

    chosen = _when_dialog(choose)
    login.password.setText(INITIAL)
    with qtbot.waitSignal(login.accepted):
        login.submit()
    assert chosen and login.identity is not None and not login.identity.must_change_password
    assert login.identity.user_id == kid.id
    # the new password is the one that works now, without any further change
    again = AuthService(connect_as(None)).login(kid.student_number, "나만의 비밀번호 9")
    assert not again.must_change_password


def test_change_password_from_the_menu_counts_wrong_passwords(qtbot, ctx, school: Roster, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    window = MainWindow(ctx, qsettings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    action = window.findChild(type(window.menuBar().actions()[0]), "changePasswordAction")
    assert action is not None
    dialog = window.open_change_password()
    dialog.old.setText("not my password")
    dialog.new.setText("a brand new pw 5")
    dialog.repeat.setText("a brand new pw 5")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.text() == "The current password is wrong.")
    assert dialog.isVisible() and dialog.old.text() == ""
    dialog.old.setText("correct horse 7")
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    assert AuthService(ctx.services.db).current() is not None          # still signed in


def test_school_settings_dialog(qtbot, korean, ctx, school: Roster, connect_as) -> None:
    dialog = SchoolSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isEnabled)
    assert dialog.windowTitle() == "학교 설정"
    assert dialog.fields.name.text() == "서울고등학교" and dialog.force_change.isChecked()
    assert dialog.fields.level.currentText() == "고등학교"
    dialog.fields.level.setCurrentIndex(dialog.fields.level.findData("high"))
    dialog.fields.number_format.setText("GCCNNN")
    assert dialog.fields.example.text().startswith("1학년 1반 1번 → 101001")
    dialog.force_change.setChecked(False)
    if os.environ.get("DREAMSEED_SCREENSHOTS"):
        dialog.grab().save(str(SHOTS / "school_settings_ko.png"))
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    org = ctx.services.organizations.get(school.org_id)
    assert (org.student_number_format, org.force_password_change) == ("GCCNNN", False)
    # the rule applies at once: a new student's initial password is not forced
    kid = ctx.services.people.create_student(None, "어린이", 1, class_no=1, seat_no=9, password=INITIAL)
    assert kid.student_number == "101009"
    assert not AuthService(connect_as(None)).login("101009", INITIAL).must_change_password
