"""GUI fixtures: an AppContext over the per-test database, seeded with a small school.

Chart, report and psychometrics screens override ``school`` with the simulated school in their
directory's conftest; ``ctx`` then serves that school.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.bootstrap import build_services
from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.app_events import AppEvents
from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.fonts import load_bundled_fonts
from dreamseed_desktop.ui.workers import TaskRunner


@dataclass
class School:
    org_id: int
    admin_id: int
    teacher_user_id: int
    teacher_id: int
    class_id: int
    student_ids: list[int]       # students.id
    student_user_ids: list[int]


@pytest.fixture(scope="session", autouse=True)
def _english_ui(qapp: QApplication) -> None:
    load_bundled_fonts(qapp)
    i18n.install_language("en", qapp)


def seed_school(db: Database, students: int = 6) -> School:
    from dreamseed_desktop.services.classes.enrollment import EnrollmentService
    from dreamseed_desktop.services.classes.service import ClassService
    from dreamseed_desktop.services.people.organizations import OrganizationService
    from dreamseed_desktop.services.people.service import PeopleService

    org = OrganizationService(db).create("서울고등학교", "school", "Seoul")
    people = PeopleService(db)
    admin = people.create_admin("admin@school.kr", "관리자", organization_id=org.id)
    teacher = people.create_teacher("kim@school.kr", "김선생", subject="math", organization_id=org.id)
    studs = [people.create_student(f"s{i}@school.kr", f"학생{i:02d}", 1 + i % 3,
                                   student_number=f"{i:05d}", organization_id=org.id)
             for i in range(1, students + 1)]
    cls = ClassService(db).create("1-1", 1, subject="math", teacher_id=teacher.teacher_id,
                                  organization_id=org.id)
    EnrollmentService(db).bulk_enroll(cls.id, [s.student_id for s in studs[:2]])
    return School(org.id, admin.id, teacher.id, teacher.teacher_id or 0, cls.id,
                  [s.student_id or 0 for s in studs], [s.id for s in studs])


@pytest.fixture
def school(owner_db: Database) -> School:
    s = seed_school(owner_db)
    identity = owner_db.identity
    identity.organization_id, identity.role, identity.user_id = s.org_id, "admin", s.admin_id
    identity.name = "관리자"
    return s


@pytest.fixture
def ctx(owner_db: Database, school: School, qapp: QApplication) -> Iterator[AppContext]:
    runner = TaskRunner()
    context = AppContext(services=build_services(owner_db), events=AppEvents(),
                         runner=runner, settings=Settings(),
                         server_label="test")
    yield context
    runner.shutdown()


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirmations answer Yes; the questions asked are recorded."""
    asked: list[str] = []

    def ask(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(messages, "ask", ask)
    return asked


@pytest.fixture(autouse=True)
def _patient_qtbot(monkeypatch: pytest.MonkeyPatch) -> None:
    """Round trips to PostgreSQL on a loaded 2-core machine can take longer than pytest-qt's
    5 s default; wait up to 20 s (a passing test still returns as soon as it can)."""
    from pytestqt.qtbot import QtBot

    wait_until, wait_signal = QtBot.waitUntil, QtBot.waitSignal

    def patient_wait_until(self: QtBot, callback: object, *, timeout: int = 20000) -> None:
        wait_until(self, callback, timeout=max(timeout, 20000))

    def patient_wait_signal(self: QtBot, signal: object = None, *, timeout: int = 20000,
                            **kwargs: object) -> object:
        return wait_signal(self, signal, timeout=max(timeout, 20000), **kwargs)

    monkeypatch.setattr(QtBot, "waitUntil", patient_wait_until)
    monkeypatch.setattr(QtBot, "waitSignal", patient_wait_signal)


@pytest.fixture(autouse=True)
def _collect_between_tests(qapp: QApplication) -> Iterator[None]:
    """Charts switch Python's GC to a GUI-thread timer (ui.charts.base.install_gui_thread_gc);
    collect at this safe point after each test so garbage does not pile up."""
    import gc

    yield
    qapp.processEvents()
    gc.collect()


@pytest.fixture(scope="package", autouse=True)
def _restore_automatic_gc() -> Iterator[None]:
    """Leave the interpreter's automatic GC as the other test kinds expect it."""
    import gc

    yield
    gc.collect()
    gc.enable()
