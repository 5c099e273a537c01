"""The issue's "done when" on the real demo data (services.demo.seed_demo): class statistics,
a student's learning curve, both printed as PDF, recalibration accepted, what-if simulation."""
from __future__ import annotations

import pypdf
import pytest
from sqlalchemy import text

from dreamseed_desktop.services.demo.seed import ADMIN_EMAIL, DEMO_PASSWORD, seed_demo
from dreamseed_desktop.ui.charts import widgets
from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.screens.psychometrics import create_psychometrics_screen
from dreamseed_desktop.ui.screens.stats import create_stats_screen


@pytest.fixture
def school(owner_db):
    """The product's demo school instead of the test school."""
    summary = seed_demo(owner_db, students=60, seed=5)
    with owner_db.session() as s:
        owner_db.identity.organization_id = s.execute(
            text("SELECT id FROM organizations WHERE name = :n"),
            {"n": summary.organization_name}).scalar_one()
    return summary


@pytest.fixture
def ctx(school, ctx_for):
    """The demo school's admin, signed in with the demo password."""
    return ctx_for(ADMIN_EMAIL, DEMO_PASSWORD)


@pytest.mark.slow
def test_admin_flow_on_demo_data(qtbot, ctx, owner_db, school, tmp_path, monkeypatch):
    stats = create_stats_screen(ctx)
    stats.resize(1400, 900)
    qtbot.addWidget(stats)
    stats.show()
    tab = stats.classes_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=20000)
    assert tab.theta_hist.counts()[1].sum() > 0
    class_pdf = tmp_path / "class.pdf"
    monkeypatch.setattr(widgets, "ask_save_path", lambda *a: str(class_pdf))
    with qtbot.waitSignal(stats.exporter.exported, timeout=30000):
        tab.report_button.click()
    stats.tabs.setCurrentIndex(1)
    student = stats.student_tab
    qtbot.waitUntil(lambda: student.history.rowCount() > 0, timeout=20000)
    assert student.learning.lines and student.learning.lines[0].isVisible()
    student_pdf = tmp_path / "student.pdf"
    monkeypatch.setattr(widgets, "ask_save_path", lambda *a: str(student_pdf))
    with qtbot.waitSignal(stats.exporter.exported, timeout=30000):
        student.report_button.click()
    for pdf in (class_pdf, student_pdf):
        assert len(pypdf.PdfReader(str(pdf)).pages) >= 1

    psy = create_psychometrics_screen(ctx)
    psy.resize(1400, 900)
    qtbot.addWidget(psy)
    psy.show()
    qtbot.waitUntil(lambda: psy.calibration.subject_box.count() > 0, timeout=20000)
    cal = psy.calibration
    # the demo's sittings are real exams through the exam API, three per class: about 20 answers
    # per item, enough for a Rasch (1PL) calibration; 2PL estimates are not precise enough yet and
    # the screen says so per item
    cal.model_box.setCurrentIndex(cal.model_box.findData("1PL"))
    cal.min_responses.setValue(20)
    cal.run_button.click()
    qtbot.waitUntil(lambda: cal.run is not None, timeout=60000)
    assert cal.run.n_responses > 0
    assert cal.run.eligible  # the demo bank has items with enough answers
    n_eligible = len(cal.run.eligible)
    with owner_db.session() as s:
        versions_before = s.execute(text("SELECT sum(bank_version) FROM items")).scalar_one()
    monkeypatch.setattr(messages, "ask", lambda *a: True)
    with qtbot.waitSignal(ctx.events.items_changed, timeout=30000):
        cal.accept_button.click()
    with owner_db.session() as s:
        versions_after = s.execute(text("SELECT sum(bank_version) FROM items")).scalar_one()
    assert versions_after - versions_before == n_eligible
    sim = psy.simulation
    sim.n_students.setValue(200)
    sim.run_button.click()
    qtbot.waitUntil(lambda: sim.result is not None, timeout=60000)
    assert sim.result.n_examinees == 200
