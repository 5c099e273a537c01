"""The staff program's meaningful colours follow the palette (issue 19): error red, success
green, notes, legends, proctor statuses, alert rows, CSV error rows and warning banners read
4.5:1 (borders 3:1) on the light system palette, on View → High contrast and on a dark system
palette; toned widgets are re-coloured when the theme changes; and no staff module draws with a
fixed colour any more (a source scan)."""
from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListWidget

from dreamseed_desktop.ui.a11y.contrast import NON_TEXT_AA, TEXT_AA, contrast_ratio
from dreamseed_desktop.ui.a11y.theme import apply_staff_theme, high_contrast_palette, repaired
from dreamseed_desktop.ui.a11y.tones import (
    BACKGROUNDS,
    BORDERS,
    TONES,
    banner_style,
    readable,
    set_tone,
    tone_background,
    tone_color,
)

UI = Path(__file__).resolve().parents[3] / "dreamseed_desktop" / "ui"
#: where fixed colours are the design: the themes themselves, the test window's own themes
#: (tests/gui/a11y/test_contrast.py), charts on their white plot (same file) and PDFs on paper
#: (the item-content renderer takes its formula-error red from tones.tone_on, not a fixed colour)
ALLOWED = ("a11y/theme.py", "a11y/tones.py", "exam_window/", "charts/", "reports/")
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, value in (("Window", "#202124"), ("WindowText", "#f1f3f4"), ("Base", "#181818"),
                        ("AlternateBase", "#262626"), ("Text", "#f1f3f4"), ("Button", "#303134"),
                        ("ButtonText", "#f1f3f4")):
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(value))
    return palette


def palettes() -> dict[str, QPalette]:
    return {"system": repaired(QApplication.palette()), "high contrast": high_contrast_palette(),
            "dark": dark_palette()}


def lowest_ratios(palette: QPalette) -> dict[str, float]:
    window = palette.color(QPalette.ColorRole.Window)
    rows = [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase)]
    text = palette.color(QPalette.ColorRole.Text)
    alert_back = tone_background("alert", palette)
    out = {
        "tone on window": min(contrast_ratio(tone_color(t, palette), window) for t in TONES),
        "tone on table rows": min(contrast_ratio(tone_color(t, palette, in_table=True), r)
                                  for t in TONES for r in rows),
        "status on an alert row": min(contrast_ratio(tone_color(t, palette, on=alert_back), alert_back)
                                      for t in TONES),
        "text on a tinted row or banner": min(contrast_ratio(text, tone_background(b, palette))
                                              for b in BACKGROUNDS),
    }
    back = tone_background("warning", palette)
    style = banner_style("#b", "warning", palette)
    ink = re.search(r"; color: (#[0-9a-f]{6})", style).group(1)
    border = re.search(r"border: 1px solid (#[0-9a-f]{6})", style).group(1)
    out["banner text"] = contrast_ratio(ink, back)
    out["banner border"] = min(contrast_ratio(border, back), contrast_ratio(border, window))
    return out


@pytest.mark.parametrize("name", ["system", "high contrast", "dark"])
def test_every_tone_reads_on_every_palette(qapp, name) -> None:
    ratios = lowest_ratios(palettes()[name])
    print(name, {k: round(v, 2) for k, v in ratios.items()})
    assert all(v >= TEXT_AA for k, v in ratios.items() if k != "banner border"), ratios
    assert ratios["banner border"] >= NON_TEXT_AA


def test_colours_that_already_read_are_kept_and_reds_stay_red(qapp) -> None:
    system = palettes()["system"]
    assert tone_color("error", system).name() == TONES["error"]          # #b00020 on the light window
    assert tone_background("error", system).name() == BACKGROUNDS["error"]
    assert tone_color("inactive", system, in_table=True).name() != TONES["inactive"]   # #888 was 3.5:1
    on_black = tone_color("error", high_contrast_palette())
    assert on_black.red() > on_black.green() and on_black.red() > on_black.blue()
    grey = readable("#000000", [QColor("#000000")])      # the nearest blend that reads, not white
    assert contrast_ratio(grey, "#000000") >= TEXT_AA and grey.name() != "#ffffff"
    assert set(BORDERS) <= set(BACKGROUNDS)


def test_toned_widgets_follow_the_theme(qtbot, qapp) -> None:
    system = QPalette(QApplication.palette())
    label, banner = QLabel("오류"), QLabel("백업")
    banner.setObjectName("scheduleWarning")
    for w in (label, banner):
        qtbot.addWidget(w)
    set_tone(label, "error")
    set_tone(banner, "banner:warning")
    assert label.styleSheet() == f"color: {TONES['error']};"
    # a widget with a style sheet of its own (the side menu) used to keep its old palette
    menu = QListWidget()
    menu.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
    menu.addItem("시험")
    qtbot.addWidget(menu)
    menu.show()
    qtbot.waitExposed(menu)

    def menu_background() -> str:
        image = menu.grab().toImage()
        return QColor(image.pixel(image.width() // 2, image.height() - 5)).name()
    assert menu_background() != "#000000"
    try:
        apply_staff_theme(True)
        assert menu_background() == "#000000"
        color = re.search(r"color: (#[0-9a-f]{6})", label.styleSheet()).group(1)
        assert contrast_ratio(color, "#000000") >= TEXT_AA and color != TONES["error"]
        assert BACKGROUNDS["warning"] not in banner.styleSheet()
        apply_staff_theme(False)
        assert label.styleSheet() == f"color: {TONES['error']};"
        assert BACKGROUNDS["warning"] in banner.styleSheet()
        set_tone(label, None)
        assert label.styleSheet() == ""
    finally:
        QApplication.setPalette(system)


def fixed_colours(source: str) -> list[str]:
    """Hex colours in the string literals of ``source``."""
    found = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.STRING or tok.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
            found += [f"line {tok.start[0]}: {m}" for m in HEX.findall(tok.string)]
    return found


def test_no_staff_module_draws_with_a_fixed_colour() -> None:
    assert fixed_colours('x = "color: #b00020;"\ny = 1  # "#ffffff" in a comment\n') == ["line 1: #b00020"]
    found = {}
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI).as_posix()
        if rel.startswith(ALLOWED):
            continue
        colours = fixed_colours(path.read_text(encoding="utf-8"))
        if colours:
            found[rel] = colours
    assert not found, found
