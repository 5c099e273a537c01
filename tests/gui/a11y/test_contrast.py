"""Contrast (issue 19): the ratios are computed (WCAG 2.1 relative luminance) from the colours
the program really draws with — the test window's themes and the style sheet built from them,
the staff high-contrast palette, the focus ring and every chart's marks — not from a list of
intended values. Text 4.5:1, control borders and chart marks 3:1."""
from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.ui.a11y.contrast import NON_TEXT_AA, TEXT_AA, contrast_ratio
from dreamseed_desktop.ui.a11y.theme import THEMES, ExamColors
from dreamseed_desktop.ui.exam_window.style import exam_style

#: (foreground, background, minimum): every text pair and every control boundary of a theme
TEXT_PAIRS = [("text", "page"), ("text", "choice"), ("text", "bar"), ("text", "choice_checked"),
              ("text", "confirm"), ("secondary", "page"), ("secondary", "bar"),
              ("on_accent", "accent"), ("alert", "bar"), ("ok_text", "ok_back"),
              ("text", "neutral_back"), ("warn_text", "warn_back"), ("alert_text", "alert_back"),
              ("on_accent_disabled", "accent_disabled"), ("muted", "choice"),
              ("muted", "neutral_back")]  # a struck-out answer (muted) on its mask (neutral)
UI_PAIRS = [("accent", "bar"), ("control_border", "bar"),   # the progress bar's fill and frame
            ("choice_border", "choice"), ("choice_border", "page"), ("control_border", "choice"),
            ("control_border", "bar"), ("accent", "choice"), ("accent", "page"),
            ("confirm_border", "confirm")]


def theme_ratios(colors: ExamColors) -> dict[str, float]:
    c = colors.__dict__
    return {f"{f} on {b}": contrast_ratio(c[f], c[b]) for f, b in TEXT_PAIRS + UI_PAIRS}


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_theme_pair_meets_aa(name) -> None:
    colors = THEMES[name]
    ratios = theme_ratios(colors)
    low = {k: round(v, 2) for k, v in ratios.items()
           if v < (TEXT_AA if k.split(" on ")[0] in {f for f, _ in TEXT_PAIRS} and
                   (k.split(" on ")[0], k.split(" on ")[1]) in TEXT_PAIRS else NON_TEXT_AA)}
    print(name, "lowest text", round(min(contrast_ratio(colors.__dict__[f], colors.__dict__[b])
                                          for f, b in TEXT_PAIRS), 2),
          "lowest UI", round(min(contrast_ratio(colors.__dict__[f], colors.__dict__[b])
                                 for f, b in UI_PAIRS), 2))
    assert not low, low


@pytest.mark.parametrize("name", sorted(THEMES))
def test_the_style_sheet_draws_only_theme_colours(name) -> None:
    """Every colour in the built style sheet is one of the theme's (no stray hard-coded one)."""
    colors = THEMES[name]
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", exam_style(2.0, colors))}
    assert used and used <= {v.lower() for v in colors.__dict__.values()}


def test_question_text_is_never_light_on_light_under_a_dark_palette(qtbot, qapp) -> None:
    """The issue's bug: a dark system palette made the question white on a light page (1.07:1).
    Rendered: the stem's text pixels against its background pixels."""
    from tests.gui.exam_window.zoom_cases import window_at

    saved = QApplication.palette()
    dark = QPalette()
    for role, value in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#f1f3f4"),
                        (QPalette.ColorRole.Base, "#202124"), (QPalette.ColorRole.Text, "#f1f3f4"),
                        (QPalette.ColorRole.Button, "#303134"), (QPalette.ColorRole.ButtonText, "#f1f3f4")):
        dark.setColor(role, QColor(value))
    try:
        for palette, expect_dark in ((saved, False), (dark, True)):
            QApplication.setPalette(palette)
            window = window_at(qtbot, (1366, 768), 1.0)
            stem = window.item_page.stem
            image = window.grab(QRect(stem.mapTo(window, QPoint(0, 0)), stem.size())).toImage()
            counts: dict[int, int] = {}
            for y in range(0, image.height(), 2):
                for x in range(0, image.width(), 3):
                    rgb = image.pixel(x, y) & 0xFFFFFF
                    counts[rgb] = counts.get(rgb, 0) + 1
            background = QColor(max(counts, key=lambda k: counts[k]))
            ink = max((QColor(k) for k in counts), key=lambda c: contrast_ratio(c, background))
            assert (background.lightness() < 128) == expect_dark, background.name()
            assert contrast_ratio(ink, background) >= TEXT_AA, (ink.name(), background.name())
            window.close()
    finally:
        QApplication.setPalette(saved)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_scroll_bars_are_drawn_in_the_theme(qtbot, high_contrast) -> None:
    """The question's and the passage's scroll bars use the theme (they kept the system's light
    grey under the high-contrast theme): rendered, the bar is only the theme's answer-box
    colour and its control-border handle (3:1 on it, UI_PAIRS), with a handle drawn."""
    from dreamseed_desktop.services.exams.api import PendingItem
    from dreamseed_desktop.services.exams.media import ItemMedia, ItemPassage
    from dreamseed_desktop.ui.exam_window.view import ExamWindow

    window = ExamWindow("국어", kiosk=False, high_contrast=high_contrast)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    long = "\n".join(f"{i}. 봄비가 내린다. 들판이 젖고 아이들이 우산을 쓰고 학교에 간다." for i in range(80))
    window.show_item(PendingItem(session_id=1, seq=1, item_id=7, stem=long, choices=("1", "2", "3"),
                                 passage_id=2, passage_version=1,
                                 media=ItemMedia(passage=ItemPassage(2, 1, "봄비", long))), 1)
    page = window.item_page
    bars = [page.scroller.verticalScrollBar(), page.passage.verticalScrollBar()]
    qtbot.waitUntil(lambda: all(b.isVisible() and b.maximum() > 0 for b in bars))
    colors = window.colors
    allowed = {QColor(colors.choice).rgb(), QColor(colors.control_border).rgb(), QColor(colors.bar_border).rgb()}
    for bar in bars:
        image = bar.grab().toImage()
        counts: dict[int, int] = {}
        for y in range(image.height()):
            for x in range(image.width()):
                rgb = image.pixel(x, y) | 0xFF000000
                counts[rgb] = counts.get(rgb, 0) + 1
        total = sum(counts.values())
        themed = sum(n for rgb, n in counts.items() if rgb in allowed)
        assert themed / total > 0.9, sorted(QColor(k).name() for k in counts)[:12]   # anti-aliased edges aside
        assert counts.get(QColor(colors.control_border).rgb(), 0) > 50          # the handle is drawn
    window.close()


def test_chart_palette_and_every_chart_mark_stand_out_3_to_1(qtbot) -> None:
    from dreamseed_desktop.ui.charts import (
        bank_information,
        class_stats,
        item_analysis,
        item_curves,
        learning_curve,
        simulation_results,
        theta_trajectory,
    )
    from dreamseed_desktop.ui.charts.base import BACKGROUND, PALETTE, ChartBase

    ratios = {c: contrast_ratio(c, BACKGROUND) for c in PALETTE}
    assert min(ratios.values()) >= NON_TEXT_AA, ratios
    charts = [cls() for module in (bank_information, class_stats, item_analysis, item_curves,
                                   learning_curve, simulation_results, theta_trajectory)
              for cls in vars(module).values()
              if isinstance(cls, type) and issubclass(cls, ChartBase) and cls.__module__ == module.__name__]
    assert len(charts) >= 10
    low = []
    for chart in charts:
        qtbot.addWidget(chart)
        for plot in chart.plots():
            for item in plot.items:
                # a mark is visible when its outline or its fill stands out (a white outline
                # is the gap between bars, not the mark)
                seen = [(what, q, contrast_ratio(composite(q, QColor(BACKGROUND)), BACKGROUND))
                        for what, q in mark_colours(item)
                        if q.alpha() and q.name().lower() != BACKGROUND.lower()]
                if seen and max(r for _w, _q, r in seen) < NON_TEXT_AA:
                    low.append(f"{type(chart).__name__} {type(item).__name__} " + ", ".join(
                        f"{w} {q.name()}@{q.alpha()}: {r:.2f}" for w, q, r in seen))
    assert not low, "\n".join(low)


def composite(color: QColor, background: QColor) -> QColor:
    a = color.alphaF()
    return QColor.fromRgbF(*(a * getattr(color, ch)() + (1 - a) * getattr(background, ch)()
                             for ch in ("redF", "greenF", "blueF")))


def mark_colours(item: object) -> list[tuple[str, QColor]]:
    """The pen/brush colours a data item draws its marks with (fills of bands excluded)."""
    out: list[tuple[str, QColor]] = []
    opts = getattr(item, "opts", None)
    if not isinstance(opts, dict):
        return out
    if isinstance(item, pg.PlotDataItem):
        keys = ("pen", "symbolPen", "symbolBrush") if opts.get("symbol") is not None else ("pen",)
    elif isinstance(item, pg.ScatterPlotItem):
        keys = ("pen", "brush")
    elif isinstance(item, pg.BarGraphItem):
        keys = ("brush",)
    elif isinstance(item, pg.ErrorBarItem):
        keys = ("pen",)
    else:
        return out
    for key in keys:
        value = opts.get(key)
        if value is None:
            continue
        made = pg.mkBrush(value) if "rush" in key else pg.mkPen(value)
        if "rush" not in key and made.style().name == "NoPen":
            continue
        out.append((key, made.color()))
    return out


PALETTE_TEXT = [("WindowText", "Window"), ("Text", "Base"), ("Text", "AlternateBase"),
                ("ButtonText", "Button"), ("HighlightedText", "Highlight"),
                ("PlaceholderText", "Base"), ("ToolTipText", "ToolTipBase"), ("Link", "Base")]


def palette_ratios(palette: QPalette) -> dict[str, float]:
    def c(role: str, group: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> QColor:
        return palette.color(group, getattr(QPalette.ColorRole, role))
    out = {f"{f}/{b}": contrast_ratio(c(f), c(b)) for f, b in PALETTE_TEXT}
    out["focus ring (Highlight)/Window"] = contrast_ratio(c("Highlight"), c("Window"))
    return out


def test_staff_high_contrast_theme_from_the_view_menu(qtbot, tmp_path, ctx) -> None:
    from PySide6.QtCore import QSettings

    from dreamseed_desktop.ui.main_window import MainWindow

    system = QPalette(QApplication.palette())
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ctx, qsettings=settings)
    qtbot.addWidget(window)
    try:
        window.contrast_action.trigger()
        palette = QApplication.palette()
        assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
        ratios = palette_ratios(palette)
        print("high contrast palette:", {k: round(v, 1) for k, v in ratios.items()})
        assert min(v for k, v in ratios.items() if "focus" not in k) >= TEXT_AA, ratios
        assert ratios["focus ring (Highlight)/Window"] >= NON_TEXT_AA
        disabled = contrast_ratio(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
                                  palette.color(QPalette.ColorRole.Base))
        assert disabled >= TEXT_AA
        QApplication.processEvents()
        assert window.focus_ring.ring_color().name() == "#ffff00"
        assert settings.value("ui/high_contrast", False, bool) is True
        again = MainWindow(ctx, qsettings=settings)            # remembered
        qtbot.addWidget(again)
        assert again.contrast_action.isChecked()
        window.contrast_action.trigger()
        assert QApplication.palette().color(QPalette.ColorRole.Window) == system.color(QPalette.ColorRole.Window)
        qtbot.waitUntil(lambda: not ctx.runner.is_busy())
    finally:
        QApplication.setPalette(system)


def test_the_system_palette_is_followed_and_repaired(qtbot, tmp_path, ctx) -> None:
    """The main window keeps the system's palette, except a selection colour too light for
    its text (Fusion's white on #308cc6 is 3.7:1), which is darkened in the same hue."""
    from PySide6.QtCore import QSettings

    from dreamseed_desktop.ui.main_window import MainWindow

    system = QPalette(QApplication.palette())
    before = palette_ratios(system)
    window = MainWindow(ctx, qsettings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window) == system.color(QPalette.ColorRole.Window)
    assert palette.color(QPalette.ColorRole.Highlight).hue() == system.color(QPalette.ColorRole.Highlight).hue()
    ratios = palette_ratios(palette)
    print("system palette before:", {k: round(v, 1) for k, v in before.items()})
    print("system palette used:", {k: round(v, 1) for k, v in ratios.items()})
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())
    print("system palette:", {k: round(v, 1) for k, v in ratios.items()})
    assert min(v for k, v in ratios.items() if "focus" not in k) >= TEXT_AA, ratios
    assert ratios["focus ring (Highlight)/Window"] >= NON_TEXT_AA
