"""The lab PC's check-in: full screen, 취소 clears and never quits, its own language."""
from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from dreamseed_desktop.services.core.errors import PermissionDenied
from dreamseed_desktop.services.core.uow import Identity
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.exam_window import checkin
from dreamseed_desktop.ui.exam_window.checkin import KioskCheckIn
from dreamseed_desktop.ui.workers import TaskRunner

STUDENT = Identity(token="t", user_id=5, role="student", organization_id=1, name="김민준")


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _login(user: str, password: str) -> Identity:
    if (user, password) == ("10101", "pw"):
        return STUDENT
    raise PermissionDenied("wrong")


def test_cancel_and_escape_clear_and_never_close(qtbot, tasks) -> None:
    dialog = KioskCheckIn(_login, tasks, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user, "10101")
    qtbot.keyClicks(dialog.password, "secret")
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.user.text() and not dialog.password.text()
    qtbot.keyClicks(dialog.user, "10101")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.user.text()
    assert dialog.close() is False and dialog.isVisible()       # Alt+F4 / window manager
    assert not dialog.quit_requested


def test_wrong_password_then_sign_in(qtbot, tasks) -> None:
    dialog = KioskCheckIn(_login, tasks, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    assert "student number" in dialog.message.text()              # empty fields: nothing sent
    dialog.user.setText("10101")
    dialog.password.setText("nope")
    dialog.submit()
    qtbot.waitUntil(lambda: "Wrong" in dialog.message.text(), timeout=5000)
    assert dialog.isVisible() and not dialog.password.text()
    dialog.password.setText("pw")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.identity is not None, timeout=5000)
    assert dialog.identity == STUDENT and dialog.result() == QDialog.DialogCode.Accepted


def test_check_in_is_full_screen_and_only_the_proctor_quits(qtbot, tasks, monkeypatch) -> None:
    seen: list[KioskCheckIn] = []

    def proctor() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, KioskCheckIn) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, proctor)
            return
        seen.append(dialog)
        dialog.clear_button.click()                 # 취소: still there
        assert dialog.isVisible()
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong", True))
        dialog.ask_quit()
        assert dialog.isVisible() and dialog.message.text()
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("lab-secret", True))
        dialog.ask_quit()

    QTimer.singleShot(20, proctor)
    identity = checkin.check_in(_login, tasks, language="en",
                                quit_check=lambda pw: pw == "lab-secret")
    assert identity is None and seen
    assert seen[0].isFullScreen() or seen[0].size() == seen[0].screen().geometry().size()


def test_kiosk_language_is_its_own_setting(qtbot, qapp, tasks, tmp_path, monkeypatch) -> None:
    """The student switches the kiosk to English: the staff program's language stays Korean,
    and an admin's choice in the staff program never reaches the kiosk."""
    from dreamseed_desktop import bootstrap
    from dreamseed_desktop.config.settings import Settings, load_settings, save_settings
    from dreamseed_desktop.ui.exam_window.kiosk import LabSeat

    monkeypatch.setenv("DREAMSEED_CONFIG_DIR", str(tmp_path))
    save_settings(Settings(language="ko", kiosk_language="ko"))
    languages: list[str] = []

    def fake_check_in(login, runner, *, language, on_language=None, **kwargs):
        languages.append(language)
        if len(languages) == 1:
            on_language("en")                      # the student picks English on the check-in
            return STUDENT
        return None

    monkeypatch.setattr(checkin, "check_in", fake_check_in)
    seats: list[LabSeat | None] = []

    def loop(argv, *, sign_in):
        seats.extend([sign_in(), sign_in()])
        return 0

    import dreamseed_desktop.ui.exam_window as exam_window
    monkeypatch.setattr(exam_window, "run_exam_mode", loop)

    class Auth:
        login = staticmethod(_login)

        def logout(self) -> None:
            pass

        def change_password(self, old: str, new: str) -> None:
            raise AssertionError("no forced change in this test")

        def sign_in_schools(self) -> list[tuple[int, str]]:
            return [(1, "Only High")]

    class Db:
        identity = Identity()

    class Services:
        auth, db = Auth(), Db()
        exam_api = exam_presence = None

    monkeypatch.setattr("dreamseed_desktop.ui.exam_window.kiosk.lab_seat", lambda ctx: "seat")
    try:
        assert bootstrap.run_exam_mode(["x", "--exam"], Services(), tasks,  # type: ignore[arg-type]
                                       load_settings(), "lab") == 0
    finally:
        i18n.install_language("en", qapp)
    assert languages == ["ko", "en"]               # the next check-in opens in the kiosk's language
    stored = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert stored["kiosk_language"] == "en" and stored["language"] == "ko"
    assert seats == ["seat", None]
