"""Write docs/screenshots/exam_masking_*.png and exam_line_reader_*.png (Korean, 1366×768): answer
masking (two choices uncovered, one struck out) and the line reader, at 100 % and at 200 % in the
high-contrast theme.

    QT_QPA_PLATFORM=offscreen python -m tests.gui.exam_window.render_reading_aids
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.services.people.accommodations import Accommodations
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.fonts import load_bundled_fonts
from tests.gui.exam_window.render_zoom import OUT, _Bot
from tests.gui.exam_window.zoom_cases import geometry_problems, window_at

CASES = {
    "exam_masking_1366x768_100": (Accommodations(answer_masking=True), 1.0),
    "exam_masking_1366x768_200_hc": (Accommodations(answer_masking=True, high_contrast=True, zoom=2.0), 2.0),
    "exam_line_reader_1366x768_100": (Accommodations(line_reader=True), 1.0),
    "exam_line_reader_1366x768_200_hc": (Accommodations(line_reader=True, high_contrast=True, zoom=2.0), 2.0),
    # everything at once; the Read aloud button shows only where a speech engine exists, so the
    # picture uses a silent stand-in for one
    "exam_all_aids_1366x768_100": (Accommodations(answer_masking=True, line_reader=True, read_aloud=True), 1.0),
}


class _SilentSpeaker:
    def say(self, _text: str) -> None:
        pass

    def stop(self) -> None:
        pass

    def speaking(self) -> bool:
        return False


def prepare(window, acc: Accommodations) -> None:  # type: ignore[no-untyped-def]
    """The state the pictures show: masking with ② and ③ uncovered and ② struck out, the answers
    scrolled into view; the line reader at the top (100 %) or two lines down (200 %)."""
    if acc.read_aloud:
        window.speech_factory = lambda _parent, _lang: _SilentSpeaker()
    window.apply_accommodations(acc)
    page = window.item_page
    if acc.answer_masking:
        window.set_selected(None)
        page.set_masking(True)
        page.toggle_mask(2)
        page.toggle_mask(3)
        page.toggle_strike(2)
        for _ in range(5):
            QApplication.processEvents()
        first = page.buttons[0].mapTo(page.scroller.widget(), QPoint(0, 0)).y()
        if acc.zoom > 1:
            page.scroller.verticalScrollBar().setValue(first - 40)     # the answers in view
    if acc.line_reader and acc.zoom > 1:
        page.line_reader.step(2)
    for _ in range(5):
        QApplication.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    load_bundled_fonts(app)
    i18n.install_language("ko", app)
    OUT.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, (acc, zoom) in CASES.items():
        window = window_at(_Bot(), (1366, 768), zoom)
        prepare(window, acc)
        path = OUT / f"{name}.png"
        window.grab().save(str(path))
        problems = geometry_problems(window)
        bad += bool(problems)
        print(path.name, "ok" if not problems else problems)
        window.close()
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
