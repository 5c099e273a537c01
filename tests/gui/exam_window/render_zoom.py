"""Write docs/screenshots/exam_zoom_<W>x<H>_<zoom>.png (Korean, question page) for the sizes and
zoom levels of issue 19, plus the statistics screen is rendered by tests/gui/a11y/render_stats.py.

    QT_QPA_PLATFORM=offscreen python -m tests.gui.exam_window.render_zoom
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.exam_window.view import ExamWindow
from dreamseed_desktop.ui.fonts import load_bundled_fonts
from tests.gui.exam_window.zoom_cases import SIZES, ZOOMS, geometry_problems, window_at

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


class _Bot:
    """The two qtbot calls window_at needs, without pytest."""

    def addWidget(self, _w) -> None:  # noqa: N802 - pytest-qt's name
        pass

    def waitExposed(self, _w) -> None:  # noqa: N802
        QApplication.processEvents()

    def wait(self, _ms: int) -> None:
        for _ in range(5):
            QApplication.processEvents()


def korean_app() -> QApplication:
    """The application as the screenshots show it: bundled fonts, Korean texts."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    load_bundled_fonts(app)
    i18n.install_language("ko", app)
    OUT.mkdir(parents=True, exist_ok=True)
    return app


def main() -> int:
    korean_app()
    bad = 0
    for size in SIZES:
        for zoom in ZOOMS:
            window = window_at(_Bot(), size, zoom)
            bad += not save_and_check(window, f"exam_zoom_{size[0]}x{size[1]}_{round(zoom * 100)}")
    return 1 if bad else 0


def save_and_check(window: ExamWindow, name: str) -> bool:
    """Save ``window`` as docs/screenshots/<name>.png, print its geometry problems, close it;
    True when it has none."""
    path = OUT / f"{name}.png"
    window.grab().save(str(path))
    problems = geometry_problems(window)
    print(path.name, "ok" if not problems else problems)
    window.close()
    return not problems


if __name__ == "__main__":
    raise SystemExit(main())
