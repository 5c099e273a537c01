"""Sign-in (real auth functions, lockout), connection check (wrong database, empty schema),
and an end-to-end sign-in through the client role into the teacher's window."""
from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QSettings

from dreamseed_desktop.bootstrap import build_services, check_connection
from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.roles import client_url
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.people.service import PeopleService
from dreamseed_desktop.ui.app_events import AppEvents
from dreamseed_desktop.ui.connection_dialog import ConnectionDialog, build_url
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.login_dialog import LoginDialog
from dreamseed_desktop.ui.main_window import MainWindow
from dreamseed_desktop.ui.workers import TaskRunner

PASSWORD = "correct horse 1"


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.shutdown()


@pytest.mark.slow
def test_login_wrong_password_then_lockout_then_success(qtbot, owner_db, school, runner):
    PeopleService(owner_db).reset_password(school.teacher_user_id, PASSWORD)
    auth = AuthService(owner_db)
    dialog = LoginDialog(auth.login, runner, email="kim@school.kr", language="en")
    qtbot.addWidget(dialog)
    dialog.submit()
    assert dialog.message.text() == "Enter your email or student number and your password."
    dialog.password.setText("wrong password")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10000)
    assert dialog.message.text() == "Wrong email or password."
    assert dialog.password.text() == ""
    dialog.email.setText("other@school.kr")
    owner_db.identity.organization_id = school.org_id
    PeopleService(owner_db).create_admin("other@school.kr", "다른관리자", password=PASSWORD)
    for _ in range(6):     # five failures lock the account; the sixth attempt is refused
        dialog.message.clear()
        dialog.password.setText("wrong password")
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10000)
    assert "locked for 15 minutes" in dialog.message.text()
    dialog.email.setText("kim@school.kr")
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.submit()
    assert dialog.identity.role == "teacher" and dialog.identity.token


def test_language_switch_retranslates_login(qtbot, runner):
    from dreamseed_desktop.ui import i18n

    dialog = LoginDialog(lambda e, p: None, runner, language="en")
    qtbot.addWidget(dialog)
    try:
        dialog.language.setCurrentIndex(dialog.language.findData("ko"))
        qtbot.waitUntil(lambda: dialog.password_label.text() == "비밀번호(&P):")
        assert dialog.chosen_language() == "ko"
    finally:
        i18n.install_language("en")
    qtbot.waitUntil(lambda: dialog.password_label.text() == "&Password:")


@pytest.mark.slow
def test_connection_checks(qtbot, db_url, pg_server, runner):
    ok, message = check_connection(db_url)
    assert ok and "up to date" in message
    from sqlalchemy.engine import make_url

    wrong_db = make_url(db_url).set(database="no_such_db").render_as_string(hide_password=False)
    ok, message = check_connection(wrong_db)
    assert not ok and "no database with this name" in message
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as conn:
        conn.execute('DROP DATABASE IF EXISTS "empty_for_gui"')
        conn.execute('CREATE DATABASE "empty_for_gui"')
    ok, message = check_connection(pg_server.url("empty_for_gui"))
    assert not ok and "dreamseed-admin db upgrade" in message

    dialog = ConnectionDialog(lambda url: check_connection(db_url), runner)
    qtbot.addWidget(dialog)
    assert dialog.database_url() is None
    dialog.server_radio.setChecked(True)
    dialog.host.setText("db.school.kr")
    dialog.password.setText("p@ss:word/")
    assert dialog.database_url() == "postgresql://dreamseed_staff:p%40ss%3Aword%2F@db.school.kr:5432/dreamseed"
    dialog._accept_if_ready()
    assert dialog.result_label.text() == "Test the connection first." and not dialog.isVisible()
    dialog.test_connection()
    qtbot.waitUntil(lambda: "up to date" in dialog.result_label.text(), timeout=10000)
    with qtbot.waitSignal(dialog.accepted):
        dialog._accept_if_ready()
    assert build_url("h", 1, "d b", "u", "") == "postgresql://u@h:1/d%20b"
    dialog.pooled.setChecked(True)           # a district's PgBouncer (docs/school-server.md §8)
    assert dialog.database_url() == ("postgresql://dreamseed_staff:p%40ss%3Aword%2F@db.school.kr:5432/dreamseed"
                                     "?pool_mode=transaction")


@pytest.mark.slow
def test_teacher_signs_in_through_client_role(qtbot, owner_db, db_url, school, runner, tmp_path):
    PeopleService(owner_db).reset_password(school.teacher_user_id, PASSWORD)
    engine = make_engine(client_url(db_url))
    try:
        db = Database(engine)
        AuthService(db).login("kim@school.kr", PASSWORD)
        ctx = AppContext(services=build_services(db), events=AppEvents(),
                         runner=runner, settings=Settings())
        window = MainWindow(ctx, qsettings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        window.show_screen("my_classes")
        screen = window.screens["my_classes"]
        qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10000)
        assert screen.model.row_at(0).name == "1-1"
        assert "김선생" in window.user_label.text()
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10000)
    finally:
        runner.shutdown()
        engine.dispose()
