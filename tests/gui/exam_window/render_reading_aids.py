"""Write docs/screenshots/exam_masking_*.png and exam_line_reader_*.png (Korean, 1366×768): answer
masking (two choices uncovered, one struck out) and the line reader, at 100 % and at 200 % in the
high-contrast theme.

    QT_QPA_PLATFORM=offscreen python -m tests.gui.exam_window.render_reading_aids
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.services.people.accommodations import Accommodations
from tests.gui.exam_window.render_zoom import _Bot, korean_app, save_and_check
from tests.gui.exam_window.zoom_cases import window_at

CASES = {
    "exam_masking_1366x768_100": (Accommodations(answer_masking=True), 1.0),
    "exam_masking_1366x768_200_hc": (Accommodations(answer_masking=True, high_contrast=True, zoom=2.0), 2.0),
    "exam_line_reader_1366x768_100": (Accommodations(line_reader=True), 1.0),
    "exam_line_reader_1366x768_200_hc": (Accommodations(line_reader=True, high_contrast=True, zoom=2.0), 2.0),
    # everything at once; the Read aloud button shows only where a speech engine exists, so the
    # picture uses a silent stand-in for one
    "exam_all_aids_1366x768_100": (Accommodations(answer_masking=True, line_reader=True, read_aloud=True), 1.0),
    # a 국어 item with its reading passage, the band moved onto the passage (Ctrl+←)
    "exam_line_reader_passage_1366x768_100": (Accommodations(line_reader=True), 1.0),
}

PASSAGE = ("봄비", "\n".join([
    "봄비가 내린다. 겨우내 얼어 있던 들판이 조금씩 젖어 들고, 논둑의 풀들이 고개를 든다.",
    "아이들은 노란 우산을 쓰고 학교로 간다. 웅덩이마다 작은 하늘이 하나씩 담긴다.",
    "할머니는 마루에 앉아 빗소리를 듣는다. 올해 농사가 잘되겠다며 웃으신다.",
    "비가 그치면 산수유가 먼저 피고, 그다음에 개나리와 진달래가 뒤를 잇는다.",
    "봄비는 소리 없이 와서 온 마을을 깨우고 간다."]))


class SilentSpeaker:
    """Stands in for a speech engine where one is needed to show the button; says nothing."""

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
        window.speech_factory = lambda _parent, _lang: SilentSpeaker()
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
    korean_app()
    bad = 0
    for name, (acc, zoom) in CASES.items():
        window = window_at(_Bot(), (1366, 768), zoom)
        if "passage" in name:
            from dreamseed_desktop.services.exams.media import ItemMedia, ItemPassage
            from tests.gui.exam_window.zoom_cases import item

            media = ItemMedia(passage=ItemPassage(2, 1, *PASSAGE))
            window.show_item(replace(item(), stem="글쓴이가 봄비를 반기는 까닭으로 알맞은 것은?",
                                     passage_id=2, passage_version=1, media=media), 7)
        prepare(window, acc)
        if "passage" in name:
            window.item_page.move_reader(to_passage=True)
            window.item_page.passage_reader.step(2)
            for _ in range(5):
                QApplication.processEvents()
        bad += not save_and_check(window, name)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
