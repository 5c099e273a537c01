"""Audit viewer and student launcher against their documented service interfaces.

The audit-log read service and a student session are not available on the owner test
database, so small in-memory stand-ins with the documented shapes are used here."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

import pytest

from dreamseed_desktop.services.core.paging import Page
from dreamseed_desktop.services.exams.api import ExamInfo as Exam
from dreamseed_desktop.ui.screens.audit.screen import AuditScreen, create_screen
from dreamseed_desktop.ui.screens.launcher.screen import LauncherScreen


@dataclass(frozen=True)
class Entry:
    id: int
    at: datetime
    actor_user_id: int
    actor_name: str
    action: str
    object_type: str
    object_id: str | None
    affected_user_ids: tuple[int, ...] = ()
    client_addr: str | None = "10.0.0.5"
    details: dict = field(default_factory=dict)


class FakeAuditLog:
    def __init__(self) -> None:
        now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        self.entries = [Entry(i, now, 1, "관리자", a, "user", str(i), (i,), details={"n": i})
                        for i, a in enumerate(["user.deactivate", "enrollment.add", "auth.login"] * 5)]
        self.calls: list[dict] = []

    def list(self, *, action=None, search=None, offset=0, limit=100):
        self.calls.append({"action": action, "search": search, "offset": offset})
        rows = [e for e in self.entries if (action is None or e.action.startswith(action))
                and (not search or search in e.action)]
        return Page(tuple(rows[offset:offset + limit]), len(rows), offset, limit)


@pytest.mark.slow
def test_audit_viewer_on_the_real_service(qtbot, qtmodeltester, ctx, school):
    # the signed-in admin's own work is audited: a new student, a new class, two enrollments
    services = ctx.services
    new = services.people.create_student("new1@school.kr", "신입생", 2, student_number="09001",
                                         organization_id=school.org_id)
    services.classes.create("2-1", 2, subject="math", teacher_id=school.teacher_id,
                            organization_id=school.org_id)
    services.enrollment.bulk_enroll(school.class_id, [school.student_ids[2], new.student_id])
    screen = create_screen(ctx)
    assert isinstance(screen, AuditScreen)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.total >= 4)
    everything = screen.model.total
    qtmodeltester.check(screen.model)
    screen.action.setCurrentIndex(screen.action.findData("enrollment."))
    qtbot.waitUntil(lambda: 0 < screen.model.total < everything)
    assert all(screen.model.row_at(r).action.startswith("enrollment.")
               for r in range(screen.model.rowCount()))


@pytest.mark.slow
def test_audit_viewer(qtbot, qtmodeltester, ctx):
    fake = FakeAuditLog()
    ctx.services = replace(ctx.services, audit_log=fake)
    screen = create_screen(ctx)
    assert isinstance(screen, AuditScreen)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.total == 15)
    qtmodeltester.check(screen.model)
    screen.action.setCurrentIndex(screen.action.findData("enrollment."))
    qtbot.waitUntil(lambda: screen.model.total == 5)
    assert fake.calls[-1]["action"] == "enrollment."
    screen.view.selectRow(0)
    qtbot.waitUntil(lambda: "  n: 1" in screen.details.toPlainText())
    details = screen.details.toPlainText()
    # a sentence with the actor's name and a count, never the action's code
    assert details.startswith("관리자 enrolled 1 student in (no longer there).")
    assert "enrollment" not in details and "1 person affected" in details
    assert screen.model.index(0, 1).data() == "관리자 enrolled 1 student in (no longer there)."
    assert screen.action.itemText(screen.action.currentIndex()) == "Enrolment"
    screen.search.setText("login")
    qtbot.waitUntil(lambda: screen.model.total == 0)


class FakeExamApi:
    def my_exams(self):
        return [Exam(1, "수학 진단평가", "math", 1, "1-1", None, None, None, None, 0, True, False),
                Exam(2, "영어 형성평가", "english", 2, "1-2", None, None, 7, "in_progress", 4, False, True),
                Exam(3, "지난 시험", "math", 1, "1-1", None, None, 5, "completed", 20, False, False)]


@pytest.mark.slow
def test_launcher_start_and_resume(qtbot, qtmodeltester, ctx, monkeypatch):
    import dreamseed_desktop.ui.exam_window as exam_window

    opened = []
    monkeypatch.setattr(exam_window, "open_exam_window",
                        lambda inputs, exam_id, parent, **kw: opened.append((inputs.api, exam_id, kw["title"]))
                        or object())
    api = FakeExamApi()
    ctx.services = replace(ctx.services, exam_api=api)
    screen = LauncherScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    qtmodeltester.check(screen.model)
    assert "2 exams ready" in screen.status.text()
    button = screen.findChild(object, "startButton")
    for row, (enabled, text) in enumerate([(True, "&Start"), (True, "&Resume"), (False, None)]):
        screen.select_rows([row])
        assert screen.start_action.isEnabled() is enabled
        if text:
            assert button.text() == text
    screen.select_rows([1])
    screen.start()
    assert opened == [(api, 2, "영어 형성평가")]


@pytest.mark.slow
def test_student_launcher_on_the_real_exam_api(qtbot, owner_db, db_url, tmp_path):
    """A demo student signs in through the client role and sees their class's exams."""
    from PySide6.QtCore import QSettings

    from dreamseed_desktop.bootstrap import build_services
    from dreamseed_desktop.config.settings import Settings
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.db.roles import STUDENT_ROLE, client_url
    from dreamseed_desktop.services.classes.service import ClassService
    from dreamseed_desktop.services.core.auth import AuthService
    from dreamseed_desktop.services.core.uow import Database
    from dreamseed_desktop.services.demo import seed as demo
    from dreamseed_desktop.services.exams.admin import ExamAdminService, ExamDraft
    from dreamseed_desktop.services.people.service import PeopleService
    from dreamseed_desktop.ui.app_events import AppEvents
    from dreamseed_desktop.ui.context import AppContext
    from dreamseed_desktop.ui.main_window import MainWindow
    from dreamseed_desktop.ui.workers import TaskRunner

    demo.seed_demo(owner_db, students=3)
    student = PeopleService(owner_db).get_by_email(f"student001@{demo.DEMO_DOMAIN}")
    math = next(c for c in ClassService(owner_db).list(organization_id=student.organization_id)
                if c.grade == student.grade and c.subject == "math")
    admin = ExamAdminService(owner_db)
    exam = admin.create_exam(ExamDraft(class_id=math.id, title="오늘의 수학 시험", subject="math"))
    admin.set_open(exam.id, True, exam.version)
    engine = make_engine(client_url(db_url, role=STUDENT_ROLE))   # a student signs in at a lab PC
    runner = TaskRunner()
    try:
        db = Database(engine)
        AuthService(db).login(f"student001@{demo.DEMO_DOMAIN}", demo.DEMO_PASSWORD)
        ctx = AppContext(services=build_services(db), events=AppEvents(),
                         runner=runner, settings=Settings())
        window = MainWindow(ctx, qsettings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        assert window.keys() == ["launcher", "my_results"]
        screen = window.screens["launcher"]
        qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
        exams = {e.title: e for e in screen.model.rows()}
        assert exams["오늘의 수학 시험"].can_start and exams["오늘의 수학 시험"].class_id == math.id
        assert "1 exam ready" in screen.status.text()
        qtbot.waitUntil(lambda: not runner.is_busy())
    finally:
        runner.shutdown()
        engine.dispose()
