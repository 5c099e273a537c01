"""The statistics screen on the simulated school: classes, a student, items, exports."""
from __future__ import annotations

import os
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from pytestqt.qt_compat import qt_api

from dreamseed_desktop.services.stats.reports import read_csv
from dreamseed_desktop.ui.charts import widgets
from dreamseed_desktop.ui.screens.stats import create_stats_screen

SHOTS = os.environ.get("DREAMSEED_SCREENSHOTS")


@pytest.fixture
def screen(qtbot, ctx):
    widget = create_stats_screen(ctx)
    widget.resize(1400, 900)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.mark.slow
def test_classes_tab_draws_every_class(qtbot, screen, school):
    tab = screen.classes_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=10000)
    names, means = tab.comparison.bar_values()
    assert names == list(school.class_names)
    labels, rates = tab.completion.bar_values()
    assert rates[0] < 100.0 and rates[1] == pytest.approx(100.0)  # class 0 has unfinished sessions
    edges, counts = tab.theta_hist.counts()
    assert counts.sum() == 8  # latest θ of each of the 8 students of the first class
    assert tab.over_time.series_data(0)[0].size >= 3
    tab.table.selectAll()
    assert tab.over_time.lines[2].isVisible()
    shot(screen, "chart_stats_classes")


@pytest.mark.slow
def test_selecting_a_class_loads_its_students(qtbot, qtmodeltester, screen, ctx, school):
    """The tab opens with one row per class; the per-student lines of the selected class come
    from a second, small call, and follow the selection."""
    tab = screen.classes_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=10000)
    first, second = tab._rows[0].cls, tab._rows[1].cls
    qtbot.waitUntil(lambda: tab.students.rowCount() == 8, timeout=10000)
    expected = ctx.services.statistics.class_exam_stats(first.id)
    assert tab.students.rows() == list(expected.students)
    subject = tab._rows[0].distribution.subject
    line = expected.students[0]
    mean = line.subject(subject).theta.mean
    assert tab.students.data(tab.students.index(0, 4)).startswith(f"{mean:+.2f}".replace("-", "−"))
    assert tab.students.data(tab.students.index(0, 2)) == str(line.total_exams)
    assert first.name in tab.students_title.text()
    qtmodeltester.check(tab.students)
    tab.table.selectRow(1)
    qtbot.waitUntil(lambda: tab.students.rows() == list(
        ctx.services.statistics.class_exam_stats(second.id).students), timeout=10000)
    assert {st.student_id for st in tab.students.rows()}.isdisjoint({st.student_id for st in expected.students})
    shot(screen, "chart_stats_class_students")


@pytest.mark.slow
def test_student_tab_learning_curve_and_trajectory(qtbot, screen, school):
    screen.tabs.setCurrentIndex(1)
    tab = screen.student_tab
    qtbot.waitUntil(lambda: tab.roster.rowCount() == 8, timeout=10000)
    qtbot.waitUntil(lambda: tab.history.rowCount() == 6, timeout=10000)
    assert len(tab.learning.trend_slopes()) == 2  # math and English
    assert tab.learning.reference.isVisible()  # class average
    qtbot.waitUntil(lambda: tab.trajectory.plotted()["line"][0].size > 10, timeout=10000)
    x, y = tab.trajectory.plotted()["line"]
    assert x[0] == 0 and y[0] == 0.0  # starts at the prior
    shot(screen, "chart_stats_student")


@pytest.mark.slow
def test_items_tab_flags_and_curves(qtbot, screen):
    screen.tabs.setCurrentIndex(2)
    tab = screen.items_tab
    qtbot.waitUntil(lambda: tab.analysis is not None, timeout=10000)
    assert tab.model.rowCount() == 60
    assert tab.curves.visible_curve_count() == 1
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    assert "Infit" in headers and "Outfit" in headers
    assert "marginal reliability of θ 0." in tab.summary.text() and tab.csv_button.isEnabled()
    shot(screen, "chart_stats_items")


@pytest.mark.slow
def test_exports_from_the_screen(qtbot, screen, school, tmp_path, monkeypatch):
    tab = screen.classes_tab
    qtbot.waitUntil(lambda: tab.report_button.isEnabled(), timeout=10000)
    target = tmp_path / "class.pdf"
    monkeypatch.setattr(widgets, "ask_save_path", lambda *a: str(target))
    with qtbot.waitSignal(screen.exporter.exported, timeout=20000):
        tab.report_button.click()
    assert len(pypdf.PdfReader(str(target)).pages) >= 2
    csv_path = tmp_path / "class.csv"
    monkeypatch.setattr(widgets, "ask_save_path", lambda *a: str(csv_path))
    with qtbot.waitSignal(screen.exporter.exported, timeout=20000):
        tab.csv_button.click()
    rows = read_csv(csv_path.read_bytes())
    assert len(rows) == 16 and {r["subject"] for r in rows} == {"math", "english"}  # 8 students × 2 subjects
    assert "mean_theta_se" in rows[0] and not any("score" in k for k in rows[0])
    screen.tabs.setCurrentIndex(2)
    items = screen.items_tab
    qtbot.waitUntil(lambda: items.analysis is not None, timeout=10000)
    item_csv = tmp_path / "items.csv"
    monkeypatch.setattr(widgets, "ask_save_path", lambda *a: str(item_csv))
    with qtbot.waitSignal(screen.exporter.exported, timeout=20000):
        items.csv_button.click()
    text_ = item_csv.read_bytes().decode("utf-8-sig")
    assert "infit,outfit" in text_ and "marginal_reliability" in text_


@pytest.mark.slow
def test_grade_batch_writes_every_report(qtbot, screen, school, tmp_path):
    with qtbot.waitSignal(screen.exporter.exported, timeout=60000) as blocker:
        screen.exporter.grade_reports(1, str(tmp_path))
    assert blocker.args == [str(tmp_path)]
    pdfs = sorted(tmp_path.rglob("*.pdf"))
    assert len(pdfs) == 3 + 24  # three class reports and one per student
    assert {p.parent.name for p in pdfs} == set(school.class_names)
    _ = qt_api


@pytest.mark.slow
def test_screen_reloads_when_sessions_change(qtbot, screen, ctx, owner_db, school):
    from sqlalchemy import text

    tab = screen.classes_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=10000)
    before = tab.completion.bar_values()[1][0]
    with owner_db.session() as s:  # the two running sessions of class 0 are finished elsewhere
        # (with one answer each: a session without answers never counts as complete)
        s.execute(text("INSERT INTO attempts (student_id, exam_session_id, item_id, seq, correct) "
                       "SELECT es.student_id, es.id, (SELECT min(id) FROM items), 1, true "
                       "FROM exam_sessions es WHERE es.status = 'in_progress' "
                       "AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.exam_session_id = es.id)"))
        s.execute(text("UPDATE exam_sessions SET status = 'completed', theta = 0.1, "
                       "standard_error = 0.3, ended_at = started_at WHERE status = 'in_progress'"))
    ctx.events.sessions_changed.emit(0)
    qtbot.waitUntil(lambda: tab.completion.bar_values()[1][0] == 100.0, timeout=10000)
    assert before < 100.0


def test_grade_reports_offer_the_grades_of_the_classes_shown(qtbot, screen, school, tmp_path, monkeypatch):
    """"Reports for a grade…" takes the grade chosen above the list; with "All grades" it offers
    the 학년 of the classes shown (not 1-12), and cancelling anywhere writes nothing."""
    from PySide6.QtWidgets import QInputDialog

    tab = screen.classes_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=10000)
    offered: list[list[str]] = []
    folders: list[str] = []

    def pick(_parent, _title, _label, items, *_a):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        return "", False                              # cancelled
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    monkeypatch.setattr(widgets, "ask_directory", lambda *a: folders.append("asked") or "")
    tab.grade_button.click()
    assert offered == [[f"Grade {g}" for g in sorted({r.cls.grade for r in tab._rows})]]
    assert folders == []                               # cancelled at the grade: no folder asked
    tab.grade_box.setCurrentIndex(tab.grade_box.findData(1))
    qtbot.waitUntil(lambda: not screen.ctx.runner.is_busy(), timeout=10000)
    tab.grade_button.click()
    assert len(offered) == 1 and folders == ["asked"]  # the chosen grade: straight to the folder
    assert list(tmp_path.iterdir()) == []
