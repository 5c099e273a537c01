"""Sign-in dialog in Korean: a student types the 학번, picks the school (the server has two),
and signs in through the client role; a wrong password says 학번 in the message."""
from __future__ import annotations

import pytest

from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.ui.login_dialog import LoginDialog
from dreamseed_desktop.ui.workers import TaskRunner
from tests.fixtures.school import PASSWORD, School, seed_school


@pytest.fixture
def two_schools(db_url: str) -> School:
    return seed_school(db_url)


def test_student_signs_in_with_number_and_school(qtbot, qapp, korean, two_schools: School,
                                                 connect_as) -> None:
    runner = TaskRunner()
    try:
        auth = AuthService(connect_as(None))
        dialog = LoginDialog(auth.login, runner, language="ko", schools=auth.sign_in_schools())
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.email_label.text() == "이메일 또는 학번(&E):"
        assert not dialog.school.isVisible()              # an email needs no school
        dialog.email.setText("S0")
        assert dialog.school.isVisible() and dialog.school_label.text() == "학교(&H):"
        dialog.school.setCurrentIndex(dialog.school.findData(two_schools.org_b))
        dialog.password.setText("틀린 비밀번호입니다")
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10000)
        assert dialog.message.text() == "학번 또는 비밀번호가 틀렸습니다."
        dialog.school.setCurrentIndex(dialog.school.findData(two_schools.org))
        dialog.password.setText(PASSWORD)
        with qtbot.waitSignal(dialog.accepted, timeout=10000):
            dialog.submit()
        assert dialog.identity is not None and dialog.identity.user_id == two_schools.users["student1"]
        assert dialog.identity.role == "student"
    finally:
        runner.shutdown()
