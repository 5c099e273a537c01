"""The test window draws formulas and pictures: pixels are checked, not only "no exception".

Formulas go LaTeX -> ziamath SVG -> QSvgRenderer at the device pixel ratio; a ziamath upgrade
that changes the SVG so QtSvg draws less (the SVG 2 <use href> case drew only the fraction bar)
fails here.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from dreamseed_desktop.services.exams.api import PendingItem
from dreamseed_desktop.services.exams.media import ItemMedia, ItemPassage, ItemPicture
from dreamseed_desktop.ui.content.render import ContentDocument, Picture, render_formula
from dreamseed_desktop.ui.exam_window.content_views import ChoiceText
from dreamseed_desktop.ui.exam_window.view import ExamWindow

GRAPH_SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="240" height="180" viewBox="0 0 240 180">'
             b'<rect width="240" height="180" fill="#ffffff" stroke="#888888"/>'
             b'<line x1="0" y1="170" x2="240" y2="170" stroke="#000000"/>'
             b'<line x1="120" y1="0" x2="120" y2="180" stroke="#000000"/>'
             b'<path d="M20 10 Q120 330 220 10" fill="none" stroke="#cc0000" stroke-width="4"/></svg>')


def ink(image: QImage, rect: QRect | None = None, *, dark: int = 110) -> int:
    """Pixels darker than ``dark`` (opaque enough to be seen) inside ``rect``."""
    img = image.convertToFormat(QImage.Format.Format_ARGB32)
    r = rect or img.rect()
    count = 0
    for y in range(r.top(), r.bottom() + 1):
        for x in range(r.left(), r.right() + 1):
            c = img.pixelColor(x, y)
            if c.alpha() > 128 and max(c.red(), c.green(), c.blue()) < dark:
                count += 1
    return count


def red(image: QImage) -> int:
    img = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(1 for y in range(0, img.height(), 2) for x in range(0, img.width(), 2)
               if (c := img.pixelColor(x, y)).red() > 150 and c.green() < 80 and c.blue() < 80)


def test_a_fraction_is_drawn_whole_and_at_the_device_pixel_ratio(qapp) -> None:
    one = render_formula(r"\frac{1}{2}", 20, 1.0, QColor("#000000"), 10)
    two = render_formula(r"\frac{1}{2}", 20, 2.0, QColor("#000000"), 10)
    assert one.image.devicePixelRatio() == 1.0 and two.image.devicePixelRatio() == 2.0
    assert abs(two.image.width() - 2 * one.image.width()) <= 1            # (each rounded up)
    assert abs(two.image.height() - 2 * one.image.height()) <= 1
    assert (one.width, one.height) == (two.width, two.height)         # same logical size
    # numerator, bar and denominator all have ink: top third, middle, bottom third of the image
    h, w = two.image.height(), two.image.width()
    top = ink(two.image, QRect(0, 0, w, h // 3))
    bottom = ink(two.image, QRect(0, 2 * h // 3, w, h - 2 * h // 3))
    assert top > 40 and bottom > 40, (top, bottom)
    # drawn at device resolution, not scaled up: ~4x the ink pixels of the 1x image
    assert 3.0 < ink(two.image) / max(1, ink(one.image)) < 5.5
    # the cache hands back the same image
    assert render_formula(r"\frac{1}{2}", 20, 2.0, QColor("#000000"), 10) is two


def test_stem_with_formula_root_and_graph_draws_all_of_them(qapp) -> None:
    doc = ContentDocument()
    font = QFont()
    font.setPixelSize(20)
    text = "넓이가 $\\frac{1}{2}$ 이고 $\\sqrt{x} = 3$ 일 때\n![y = x^2 의 그래프](asset:5)"
    doc.set_content(text, {5: Picture("image/svg+xml", GRAPH_SVG)}, font=font, dpr=2.0, max_width=500)
    assert doc.missing == []
    image = QImage(1000, int(doc.size().height() * 2) + 4, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2.0)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    assert red(image) > 200                          # the graph's curve
    assert ink(image, QRect(0, 0, 1000, 70)) > 800   # the first line: text and both formulas
    # a picture wider than the column is scaled to fit
    narrow = ContentDocument()
    narrow.set_content("![graph](asset:5)", {5: Picture("image/svg+xml", GRAPH_SVG)}, font=font, dpr=1.0,
                       max_width=120)
    assert narrow.idealWidth() <= 120 + 2 * narrow.documentMargin()


def test_a_missing_picture_shows_its_description(qapp) -> None:
    doc = ContentDocument()
    doc.set_content("보기: ![삼각형 ABC](asset:99)", {}, font=QFont(), dpr=1.0, max_width=400)
    assert doc.missing == [99] and "삼각형 ABC" in doc.toPlainText()


def test_the_test_window_shows_formulas_pictures_and_the_passage(qtbot) -> None:
    window = ExamWindow("수학", kiosk=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    item = PendingItem(
        session_id=1, seq=3, item_id=7, stem="$\\frac{3}{4} + \\sqrt{16}$ 의 값은?\n![그래프](asset:5)",
        choices=("$\\frac{19}{4}$", "$4$", "5", "$\\sqrt{2}$"),
        passage_id=2, passage_version=1,
        media=ItemMedia((ItemPicture(5, "image/svg+xml", GRAPH_SVG),),
                        ItemPassage(2, 1, "봄비", "봄비가 내린다.\n들판이 젖는다.")))
    window.show_item(item, 3)
    qtbot.waitUntil(lambda: window.item_page.stem.height() > 100)
    page = window.item_page
    assert page.passage_box.isVisible() and page.passage_title.text() == "봄비"
    assert page.passage.toPlainText() == "봄비가 내린다.\n들판이 젖는다."           # line breaks kept
    assert page.passage_box.geometry().right() < page.scroller.geometry().left()      # beside the question
    shot = page.stem.grab().toImage()
    assert red(shot) > 100 and ink(shot) > 500
    labels = [b.label for b in page.buttons]
    assert isinstance(labels[0], ChoiceText) and not isinstance(labels[2], ChoiceText)
    fraction_button = page.buttons[0]
    assert fraction_button.heightForWidth(600) > page.buttons[2].heightForWidth(600)   # a fraction is taller
    assert ink(fraction_button.grab().toImage()) > 100
    assert "\\frac{19}{4}" in fraction_button.accessibleName()
    assert "그래프" in page.stem.accessibleDescription()
    # a narrow window: the passage goes above the question
    window.resize(800, 700)
    qtbot.waitUntil(lambda: page.passage_box.geometry().bottom() < page.scroller.geometry().top())
    window.resize(1366, 768)
    # the next item has no passage: the question takes the whole width again
    window.show_item(PendingItem(session_id=1, seq=4, item_id=8, stem="2 + 2 = ?", choices=("3", "4")), 4)
    assert not page.passage_box.isVisible()


def test_a_formula_that_cannot_be_drawn_shows_its_source(qapp) -> None:
    doc = ContentDocument()
    doc.set_content("깨진 수식 $\\frac{1}{$ 입니다", {}, font=QFont(), dpr=1.0, max_width=400)
    assert "$\\frac{1}{$" in doc.toPlainText()


def _error_colours(view) -> list[QColor]:  # type: ignore[no-untyped-def]
    """The colours the view's document draws the source of an undrawable formula in."""
    out = []
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if "\\frac" in fragment.text():
                out.append(fragment.charFormat().foreground().color())
            it += 1
        block = block.next()
    return out


@pytest.mark.parametrize("theme", ["light", "dark", "high contrast"])
def test_a_formula_that_cannot_be_drawn_reads_in_every_theme(qtbot, qapp, theme) -> None:
    """The item editor's preview (the test window itself) shows unchecked LaTeX: its red comes
    from the palette-derived error tone and reads 4.5:1 on the page and on an answer box in the
    light, dark and high-contrast themes (the fixed #b3261e was 3.3:1 on the high-contrast black
    and 2.6:1 on the dark page)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from dreamseed_desktop.ui.a11y.contrast import TEXT_AA, contrast_ratio

    saved = QApplication.palette()
    if theme == "dark":
        dark = QPalette()
        for role, value in (("Window", "#202124"), ("WindowText", "#f1f3f4"), ("Base", "#202124"),
                            ("Text", "#f1f3f4"), ("Button", "#303134"), ("ButtonText", "#f1f3f4")):
            dark.setColor(getattr(QPalette.ColorRole, role), QColor(value))
        QApplication.setPalette(dark)
    try:
        window = ExamWindow("수학", kiosk=False, high_contrast=theme == "high contrast")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.show_item(PendingItem(session_id=1, seq=1, item_id=7, stem="깨진 수식 $\\frac{1}{$ 입니다",
                                     choices=("$\\frac{1}{$", "2")), 1)
        page = window.item_page
        qtbot.waitUntil(lambda: bool(_error_colours(page.stem)))
        backgrounds = [QColor(window.colors.page), QColor(window.colors.choice)]
        assert (QColor(window.colors.page).lightness() < 128) == (theme != "light")
        for view in (page.stem, page.buttons[0].findChild(ChoiceText)):
            colours = _error_colours(view)
            assert colours, "the formula's source is shown"
            for colour in colours:
                assert colour.red() > colour.green() and colour.red() > colour.blue(), colour.name()  # still red
                assert min(contrast_ratio(colour, b) for b in backgrounds) >= TEXT_AA, (theme, colour.name())
        window.close()
    finally:
        QApplication.setPalette(saved)
