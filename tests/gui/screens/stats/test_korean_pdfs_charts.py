"""No English in the Korean UI, beyond the screens: the PDFs (text extracted with pdftotext), every
chart's titles, axis labels and legends, and the kiosk check-in (issue 15)."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pyqtgraph as pg
import pytest

from dreamseed_desktop.services.items.subjects import SubjectService
from dreamseed_desktop.services.stats.reports import ReportService
from dreamseed_desktop.ui.charts.base import ChartBase
from dreamseed_desktop.ui.reports import write_class_report, write_student_report
from dreamseed_desktop.ui.screens.stats import create_stats_screen
from dreamseed_desktop.ui.subject_names import current_catalog, install_catalog
from dreamseed_desktop.ui.workers import TaskRunner
from tests.gui.charts.test_empty_and_legends import CHARTS
from tests.gui.test_korean_everywhere import HANGUL, english_words, visible_texts

#: words a report prints as data or as the school's own terms (names of the simulated school)
REPORT_DATA = {"seoul", "high", "school", "class", "student"}


def pdftotext(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def chart_texts(chart: ChartBase) -> list[str]:
    texts = []
    for plot in chart.plots():
        texts.append(plot.titleLabel.text or "")
        for side in ("left", "bottom", "right"):
            axis = plot.getAxis(side)
            if axis.isVisible():
                texts.append(axis.labelText or "")
    for item in chart.plot_widget.scene().items():
        if isinstance(item, pg.LegendItem):
            texts += [label.text for _sample, label in item.items]
    texts.append(chart.empty_message())
    return texts


@pytest.mark.slow
def test_reports_in_korean_have_no_english(owner_db, school, korean, tmp_path) -> None:
    # the app installs the school's subject names after sign-in (ui/subject_names.py)
    install_catalog(SubjectService(owner_db).catalog(school.org_id))
    service = ReportService(owner_db)
    student = tmp_path / "학생.pdf"
    write_student_report(service.student_report(school.student_ids[1]), student)
    klass = tmp_path / "학급.pdf"
    write_class_report(service.class_report(school.class_ids[0]), klass)
    data = REPORT_DATA
    for path in (student, klass):
        text = pdftotext(path)
        assert HANGUL.search(text)
        bad = english_words(text, data)
        assert not bad, (path.name, sorted(set(bad)))


@pytest.mark.parametrize("chart_class", CHARTS, ids=lambda c: c.__name__)
def test_every_chart_speaks_korean(qtbot, korean, chart_class) -> None:
    chart = chart_class()
    qtbot.addWidget(chart)
    found = [t for t in chart_texts(chart) if english_words(t, set())]
    assert not found, found


@pytest.mark.slow
def test_statistics_charts_with_data_speak_korean(qtbot, ctx, korean) -> None:
    screen = create_stats_screen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen.classes_tab.model.rowCount() == 3)
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())
    qtbot.waitUntil(lambda: current_catalog().subjects != ())
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())
    data = {"test"} | {w.lower() for c in screen.classes_tab._rows for w in c.cls.name.split()}
    found = [t for chart in screen.findChildren(ChartBase) for t in chart_texts(chart)
             if english_words(t, data)]
    assert not found, found


def test_kiosk_check_in_in_korean(qtbot, korean) -> None:
    from dreamseed_desktop.ui.exam_window.checkin import KioskCheckIn

    runner = TaskRunner()
    dialog = KioskCheckIn(lambda u, p: None, runner, language="ko",  # type: ignore[arg-type,return-value]
                          server_label="192.168.0.10")
    qtbot.addWidget(dialog)
    dialog.show()
    found = [f"{w}: {t}" for w, t in visible_texts(dialog) if english_words(t, set())]
    dialog.quit_requested = True
    dialog.close()
    runner.shutdown()
    assert not found, found
