"""First-run wizard (issue 15), in Korean, as a new school's IT admin would use it: an empty
database through the client role → school → first administrator (rules as you type) →
signed in, with the roster import one click away. Screenshots of each page."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from dreamseed_desktop.bootstrap import build_services
from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.db.roles import STAFF_ROLE
from dreamseed_desktop.ui.app import first_run
from dreamseed_desktop.ui.screens.enrollment.import_wizard import RosterImportWizard
from dreamseed_desktop.ui.setup_wizard import SetupWizard
from dreamseed_desktop.ui.workers import TaskRunner
from tests.fixtures.school import School

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def runner():
    r = TaskRunner()
    yield r
    r.shutdown()


def _shot(widget, name: str) -> None:
    if os.environ.get("DREAMSEED_SCREENSHOTS"):
        widget.grab().save(str(SHOTS / name))


def test_new_school_is_set_up_in_korean(qtbot, korean, runner, connect_as, db_url: str) -> None:
    services = build_services(connect_as(None, role=STAFF_ROLE))
    wizard = SetupWizard(services, runner, Settings(language="ko"))
    qtbot.addWidget(wizard)
    wizard.resize(720, 500)
    wizard.show()
    assert wizard.windowTitle() == "DreamSeed Desktop 설정"
    school = wizard.school_page.fields
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()                       # no school name yet
    school.name.setText("한빛중학교")
    school.level.setCurrentIndex(school.level.findData("middle"))
    assert school.level.currentText() == "중학교"
    school.number_format.setText("GCN")
    assert "12반" in school.example.text()                   # 반 12 does not fit one C
    school.number_format.setText("GCCNN")
    assert school.example.text().startswith("1학년 1반 1번 → 10101")
    assert next_button.isEnabled()
    _shot(wizard, "setup_wizard_school_ko.png")
    next_button.click()
    admin = wizard.admin_page
    admin.name.setText("김관리")
    admin.email.setText("admin@hanbit.kr")
    admin.password.setText("12345678")
    assert "쉽습니다" in admin.message.text() or "흔한" in admin.message.text()
    assert not next_button.isEnabled()
    admin.password.setText("hanbit admin 7")
    admin.repeat.setText("hanbit admin")
    assert admin.message.text() == "두 비밀번호가 같지 않습니다."
    admin.repeat.setText("hanbit admin 7")
    assert admin.message.text() == "" and next_button.isEnabled()
    _shot(wizard, "setup_wizard_admin_ko.png")
    next_button.click()                                       # creates the school on the server
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page)
    assert wizard.identity is not None and wizard.identity.role == "admin"
    assert services.db.identity.email == "admin@hanbit.kr"
    assert not services.setup.needs_setup()
    _shot(wizard, "setup_wizard_done_ko.png")
    # the roster import opens signed in as the new administrator
    wizard.done_page.import_button.click()
    imports = wizard.findChildren(RosterImportWizard)
    assert len(imports) == 1 and imports[0].ctx.identity.role == "admin"
    imports[0].reject()


def test_two_wizards_one_school(qtbot, runner, connect_as) -> None:
    """A second PC still showing the wizard gets a clear message; nothing is created."""
    first, second = (build_services(connect_as(None, role=STAFF_ROLE)) for _ in range(2))
    wizards = [SetupWizard(s, runner, Settings()) for s in (first, second)]
    for w in wizards:
        qtbot.addWidget(w)
        w.show()
        w.school_page.fields.name.setText("Hanbit Middle")
        w.button(QWizard.WizardButton.NextButton).click()
        a = w.admin_page
        a.name.setText("Kim")
        a.email.setText(f"admin{wizards.index(w)}@hanbit.kr")
        a.password.setText("hanbit admin 7")
        a.repeat.setText("hanbit admin 7")
    wizards[0].button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizards[0].currentPage() is wizards[0].done_page)
    wizards[1].button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: "already set up" in wizards[1].admin_page.message.text())
    assert wizards[1].currentPage() is wizards[1].admin_page and wizards[1].identity is None


def test_no_wizard_on_a_database_with_an_admin(qtbot, runner, school: School, connect_as) -> None:
    services = build_services(connect_as(None, role=STAFF_ROLE))
    assert first_run(services, runner, Settings()) is None
