"""Screen readers on staff screens, the launcher and the kiosk check-in (issue 19): through
Qt's accessibility interface, no visible interactive control (buttons, fields, lists, tables,
tabs, charts …) is without a name, in English and Korean; every chart with data describes its
numbers."""
from __future__ import annotations

import pytest

from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.charts.base import ChartBase
from dreamseed_desktop.ui.exam_window.checkin import KioskCheckIn
from tests.gui.a11y.accessible import controls, description_of, name_of, unnamed
from tests.gui.a11y.conftest import EMAILS
from tests.gui.a11y.states import open_window, screen_states


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("role", ["admin", "teacher", "student"])
def test_no_unnamed_control_on_any_screen(qtbot, qapp, tmp_path, simulated_school, ctx_for,
                                          role, lang) -> None:
    i18n.install_language(lang, qapp)
    try:
        ctx = ctx_for(simulated_school.admin_email if role == "admin" else EMAILS[role])
        window = open_window(qtbot, ctx, tmp_path)
        missing: dict[str, list[str]] = {}
        counted = charts = empty = 0
        for name, screen in screen_states(qtbot, window):
            found = controls(window)
            counted += len(found)
            bad = unnamed(window)
            for chart in screen.findChildren(ChartBase):
                if not chart.isVisible():
                    continue
                charts += 1
                text = description_of(chart.plot_widget)
                if not name_of(chart.plot_widget) or not text:
                    bad.append(f"chart {type(chart).__name__} without name or description")
                elif not chart.empty_message() and not any(c.isdigit() for c in text):
                    bad.append(f"chart {type(chart).__name__} describes no numbers: {text!r}")
                elif chart.empty_message():
                    empty += 1
            if bad:
                missing[name] = bad
        print(f"{role}/{lang}: {counted} controls over the screen states, {charts} charts, "
              f"{empty} of them without data, {sum(map(len, missing.values()))} unnamed")
        if role != "student":
            assert charts - empty >= 5, "too few charts with data to mean anything"
        assert counted > (50 if role != "student" else 4)
        assert not missing, "\n".join(f"{k}: {v}" for k, v in missing.items())
        qtbot.waitUntil(lambda: not ctx.runner.is_busy())
    finally:
        i18n.install_language("en", qapp)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_kiosk_check_in_names_every_control(qtbot, qapp, lang) -> None:
    from dreamseed_desktop.ui.workers import TaskRunner

    runner = TaskRunner()
    try:
        dialog = KioskCheckIn(lambda _u, _p: None, runner, language=lang)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert len(controls(dialog)) >= 3
        assert unnamed(dialog) == []
    finally:
        runner.shutdown()
        i18n.install_language("en", qapp)


def test_a_chart_reads_out_its_numbers(qtbot) -> None:
    from dreamseed_desktop.ui.charts.class_stats import ClassComparisonChart, ThetaHistogramChart

    chart = ClassComparisonChart()
    qtbot.addWidget(chart)
    chart.set_classes(["1-1", "1-2"], [0.5, -0.25], [1.0, 0.9], [20, 22])
    assert name_of(chart.plot_widget) == "Classes side by side"
    lines = description_of(chart.plot_widget).splitlines()
    assert lines == ["Vertical axis: Mean θ (± SD)", "1-1: 0.50 ± 1.00 n = 20",
                     "1-2: -0.25 ± 0.90 n = 22"]
    chart.set_classes([], [])
    assert "0.50" not in description_of(chart.plot_widget)
    many = ThetaHistogramChart()
    qtbot.addWidget(many)
    many.set_data([0.1, 0.2, -1.3, 2.2] * 10)
    text = description_of(many.plot_widget)
    assert "0 – 0.5: 20 (50%)" in text and "-1.5 – -1: 10 (25%)" in text
