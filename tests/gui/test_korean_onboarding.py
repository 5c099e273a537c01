"""No English left in the Korean onboarding screens (issue 15): the set-up wizard's pages, the
change-password dialog (forced and from the menu), the school settings, the kiosk check-in on a
server with two schools and the roster wizard's column page for a NEIS workbook. Uses the walker
of test_korean_everywhere (names, emails and what the school typed are allowed)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from dreamseed_desktop.bootstrap import build_services
from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.db.roles import STAFF_ROLE
from dreamseed_desktop.ui.change_password_dialog import ChangePasswordDialog
from dreamseed_desktop.ui.exam_window.checkin import KioskCheckIn
from dreamseed_desktop.ui.screens.organizations.school_settings import SchoolSettingsDialog
from dreamseed_desktop.ui.setup_wizard import SetupWizard
from dreamseed_desktop.ui.workers import TaskRunner
from tests.db.classes.test_roster_neis import neis_workbook
from tests.gui.screens.enrollment.test_enrollment import run_wizard
from tests.gui.test_korean_everywhere import english_words, visible_texts

# what the program names on purpose: itself, the command-line tool, the 학번 format letters
ALLOWED = {"dreamseed", "desktop", "dreamseed-admin", "create-admin", "neis", "csv", "xlsx", "gccnn",
           "utf", "cp"}


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _english(widget, data: set[str] = frozenset()) -> list[str]:   # type: ignore[assignment]
    QApplication.processEvents()
    return [f"{where}: {text!r}" for where, text in visible_texts(widget)
            if english_words(text, {*ALLOWED, *data})]


def test_setup_wizard_pages(qtbot, korean, tasks, connect_as) -> None:
    wizard = SetupWizard(build_services(connect_as(None, role=STAFF_ROLE)), tasks, Settings(language="ko"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.school_page.fields.name.setText("한빛중학교")
    assert _english(wizard) == []
    wizard.button(QWizard.WizardButton.NextButton).click()
    admin = wizard.admin_page
    admin.password.setText("12345678")
    admin.name.setText("김관리")
    admin.email.setText("admin@hanbit.kr")
    assert _english(wizard) == []
    admin.password.setText("hanbit admin 7")
    admin.repeat.setText("hanbit admin 7")
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page)
    assert _english(wizard) == []


def test_password_and_school_dialogs(qtbot, korean, tasks, ctx, school) -> None:
    for forced in (True, False):
        dialog = ChangePasswordDialog(lambda _o, _n: None, tasks, forced=forced)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.old.setText("old one 1")
        dialog.new.setText("short")
        assert _english(dialog) == []
    settings = SchoolSettingsDialog(ctx)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitUntil(settings.isEnabled)
    assert _english(settings, {"seoul"}) == []


def test_kiosk_with_two_schools_and_neis_columns(qtbot, korean, tasks, ctx, school, tmp_path) -> None:
    kiosk = KioskCheckIn(lambda *_a, **_k: None, tasks, language="ko",
                         schools=[(1, "한빛고등학교"), (2, "서울고등학교")])
    qtbot.addWidget(kiosk)
    kiosk.show()
    assert kiosk.school.isVisible() and _english(kiosk) == []
    path = tmp_path / "명단.xlsx"
    neis_workbook(path)
    wizard = run_wizard(qtbot, ctx, path)
    assert wizard.mapping_page.field_boxes["gender"].currentText() == "성별"
    assert _english(wizard) == []
