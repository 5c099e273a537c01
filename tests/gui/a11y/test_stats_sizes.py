"""The statistics screen at 1366×768, 1280×720 and 1920×1080 under 100/150/200 % OS scaling
(issue 19): with Qt's high-DPI scaling a W×H screen at scale s is a W/s × H/s logical screen.
The window fits the screen (its minimum size is not larger), and on every tab no widget lies
outside its parent, no siblings overlap, texts fit and nothing is wider than its visible area
(the test window's geometry check): the filter bars wrap and the chart grids reflow.
Screenshots: docs/screenshots/stats_<W>x<H>_<scale>.png when DREAMSEED_SCREENSHOTS is set."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.ui import i18n
from tests.gui.a11y.states import open_window
from tests.gui.exam_window.zoom_cases import SIZES, geometry_problems

SCALES = (1.0, 1.5, 2.0)
#: cases where the screen may scroll sideways: none since the filter bars wrap (FlowLayout) and
#: chart grids take fewer columns when narrow (the last session pinned five: 150/200 % on 1366
#: and 1280, 200 % on 1920, when the tabs needed 932 logical px)
KNOWN_SIDEWAYS: set[str] = set()
OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


@pytest.mark.slow
def test_statistics_screen_at_every_size_and_scale(qtbot, qapp, tmp_path, simulated_school, ctx_for) -> None:
    i18n.install_language("ko", qapp)
    try:
        ctx = ctx_for(simulated_school.admin_email)
        window = open_window(qtbot, ctx, tmp_path)
        window.show_screen("stats")
        screen = window.screens["stats"]
        qtbot.waitUntil(lambda: not ctx.runner.is_busy())
        found: dict[str, list[str]] = {}
        for width, height in SIZES:
            for scale in SCALES:
                size = (round(width / scale), round(height / scale))
                window.resize(*size)
                for index in range(screen.tabs.count()):
                    screen.tabs.setCurrentIndex(index)
                    qtbot.waitUntil(lambda: not ctx.runner.is_busy())
                    QApplication.processEvents()
                    name = f"{width}x{height}@{scale:.0%} tab {index}"
                    problems = geometry_problems(window)
                    minimum = window.minimumSizeHint()
                    if minimum.width() > size[0] or minimum.height() > size[1]:
                        problems.append(f"window needs {minimum.width()}×{minimum.height()}")
                    if window.width() > size[0] or window.height() > size[1]:
                        problems.append(f"window is {window.width()}×{window.height()}")
                    if problems:
                        found[name] = problems
                    if os.environ.get("DREAMSEED_SCREENSHOTS") and index == 0:
                        window.grab().save(str(OUT / f"stats_{width}x{height}_{round(scale * 100)}.png"))
        # Nothing scrolls sideways any more (docs/accessibility.md): the tabs need at most
        # 329 logical px of width, the narrowest case (1280×720 at 200 %) leaves 422 beside the
        # side menu. Any case that scrolls sideways again, or any other problem, fails.
        sideways = {k for k, v in found.items()
                    if v and all("is wider than the visible area" in p for p in v)}
        other = {k: v for k, v in found.items() if k not in sideways}
        assert not other, "\n".join(f"{k}: {v}" for k, v in other.items())
        assert {k.split(" tab")[0] for k in sideways} == KNOWN_SIDEWAYS, sorted(sideways)
    finally:
        i18n.install_language("en", qapp)
