"""The Korean catalog: screens and PDF reports in Korean (the product's default language)."""
from __future__ import annotations

import os
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt

from dreamseed_desktop.services.stats.reports import ReportService
from dreamseed_desktop.ui.reports import write_student_report
from dreamseed_desktop.ui.screens.psychometrics import create_psychometrics_screen
from dreamseed_desktop.ui.screens.stats import create_stats_screen

SHOTS = os.environ.get("DREAMSEED_SCREENSHOTS")


@pytest.mark.slow
def test_stats_screen_in_korean(qtbot, ctx, korean):
    screen = create_stats_screen(ctx)
    screen.resize(1366, 768)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.classes_tab.model.rowCount() == 3, timeout=10000)
    qtbot.waitUntil(lambda: screen.classes_tab.students.rowCount() == 8, timeout=10000)
    students = screen.classes_tab.students
    assert [students.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "이름", "학번", "응시 수", "반영 응시", "평균 능력(θ)", "평균 정답률"]
    tab = screen.classes_tab
    shown = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())
             if not tab.table.isColumnHidden(c)]
    assert shown == ["학년", "반", "학급", "학생 수"]          # the class's name (it was hidden by index)
    assert tab.table.model().index(0, tab.model.column_of("Class")).data() == tab._rows[0].cls.name
    assert tab.students_title.text() == f"{tab._rows[0].cls.name} 학생 (수학 평균)"
    assert [screen.tabs.tabText(i) for i in range(3)] == ["학급", "학생", "문항"]
    assert screen.classes_tab.completion.plot_item.titleLabel.text == "완료율"
    assert screen.classes_tab.theta_hist.plot_item.getAxis("left").labelText == "학생 수"
    if SHOTS:
        screen.grab().save(str(Path(SHOTS) / "chart_stats_classes_ko.png"))


@pytest.mark.slow
def test_psychometrics_screen_in_korean(qtbot, ctx, korean):
    screen = create_psychometrics_screen(ctx)
    qtbot.addWidget(screen)
    assert screen.tabs.tabText(2) == "모의실험"
    assert screen.simulation.run_button.text() == "모의실험 실행"


@pytest.mark.slow
def test_calibration_tab_in_korean(qtbot, ctx, korean):
    screen = create_psychometrics_screen(ctx)
    screen.resize(1366, 768)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.bank_subject.count() == 2, timeout=10000)
    screen.tabs.setCurrentIndex(1)
    tab = screen.calibration
    tab.model_box.setCurrentIndex(tab.model_box.findData("3PL"))
    tab.min_responses.setValue(20)
    assert tab.a_prior_box.currentText() == "로그정규" and tab.c_prior_box.currentText() == "베타"
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.run is not None, timeout=30000)
    assert "사전분포: a 로그정규, 표준편차 1.5, c Beta(5, 17)" in tab.summary.text()
    note_col = tab.model.columnCount() - 1  # the last column, "Note" (비고)
    assert tab.model.headerData(note_col, Qt.Orientation.Horizontal) == "비고"
    notes = [tab.model.index(r, note_col).data() for r in range(tab.model.rowCount())]
    assert any(n.startswith("응답 ") and "최소 20개" in n for n in notes)
    assert not any("answers" in n or "imprecise" in n for n in notes)
    if SHOTS:
        screen.grab().save(str(Path(SHOTS) / "chart_psychometrics_calibration_ko.png"))


@pytest.mark.slow
def test_student_report_in_korean(owner_db, school, korean, tmp_path):
    data = ReportService(owner_db).student_report(school.student_ids[1])
    path = tmp_path / "학생.pdf"
    write_student_report(data, path)
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages).split())
    for expected in ("학생 보고서", "학습 곡선", "시험 기록", data.name, "서울고등학교"):
        assert expected in text
    if SHOTS:
        import subprocess
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(path),
                        str(Path(SHOTS) / "report_student_ko")], check=True)
