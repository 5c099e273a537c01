"""The audit log in full sentences with names (issue 15): who (with their role), what, to which
exam of which class, whom, how many — Korean and English, no codes, ids or JSON."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.services.exams.admin import ExamDraft
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.qtmodels.audit import detail_lines
from dreamseed_desktop.ui.qtmodels.audit_sentences import sentence
from dreamseed_desktop.ui.screens.audit.screen import AuditScreen
from tests.fixtures.school import email


def _entries(ctx_for):  # type: ignore[no-untyped-def]
    return {e.action: e for e in reversed(ctx_for(email("admin")).services.audit_log.list(limit=200).items)}


@pytest.mark.slow
def test_sentences_name_the_people_and_the_exam(qtbot, two_schools, ctx_for, korean) -> None:
    sch = two_schools
    teacher = ctx_for(email("teacher1"))
    exam = teacher.services.exam_admin.create_exam(ExamDraft.from_template(
        "quick", class_id=sch.classes["8A"], title="수학 단원평가", subject="math"))
    teacher.services.exam_admin.close_exam(exam.id, exam.version)
    admin = ctx_for(email("admin"))
    admin.services.enrollment.bulk_unenroll(sch.classes["8A"], [sch.students["student1"], sch.students["student2"]])
    entries = _entries(ctx_for)
    close = entries["exam.close"]
    assert (close.actor_role, close.object_name, close.class_name) == ("teacher", "수학 단원평가", "8A")
    assert sentence(close) == "Teacher1 선생님이 8A «수학 단원평가» 시험을 닫았음"
    created = entries["exam.create"]
    assert sentence(created) == "Teacher1 선생님이 8A «수학 단원평가» 시험을 만듦"
    login = entries["auth.login"]
    assert sentence(login).endswith("이 로그인함") or sentence(login).endswith("가 로그인함")
    assert sentence(entries["enrollment.remove"]) == "Admin 관리자가 «8A»에서 학생 2명을 뺌"
    details = detail_lines(close)
    assert details.startswith("Teacher1 선생님이") and "exam.close" not in details and "{" not in details
    i18n.install_language("en", QApplication.instance())
    assert sentence(close) == "Teacher Teacher1 closed the exam «수학 단원평가» of 8A."


@pytest.mark.slow
def test_audit_screen_shows_sentences_only(qtbot, two_schools, ctx_for, korean) -> None:
    ctx = ctx_for(email("admin"))
    ctx.services.classes.create("9C", 2, subject="math")
    screen = AuditScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.total >= 2)
    headers = [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(screen.model.columnCount())]
    assert len(headers) == 3 and headers[1] == "있었던 일"
    texts = [screen.model.index(r, 1).data() for r in range(screen.model.rowCount())]
    assert "Admin 관리자가 학급 «9C»을(를) 만듦" in texts
    assert not any("." in t.split(" ")[-1] and "_" in t for t in texts)     # no action codes
