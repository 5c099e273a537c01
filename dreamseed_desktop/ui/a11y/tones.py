"""Meaningful colours of the staff program (error, success, notes, proctor statuses, warning
banners), derived from the palette in use instead of fixed (issue 19).

Each tone starts from the colour it always had. Where that colour does not read 4.5:1 (3:1 for
a border) on every background it sits on — against View → High contrast or a dark system
palette, and for two greys even on white (3.5 and 3.9) — it is blended towards white or black
until it does, so a red error stays reddish and readable on black. Widgets get their tone with
:func:`set_tone`; :func:`refresh_tones` (run by ``theme.apply_staff_theme``) re-colours every
toned widget when the palette changes. Models ask :func:`tone_color` / :func:`tone_background`
while painting, so tables follow by themselves.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from dreamseed_desktop.ui.a11y.contrast import NON_TEXT_AA, TEXT_AA, contrast_ratio

#: text tones: their colour on the light palette
TONES = {
    "error": "#b00020", "ok": "#1b5e20", "note": "#555555", "legend": "#5d6873",
    "alert": "#b3261e", "inactive": "#888888",
    # proctor console statuses
    "testing": "#1b7f3b", "disconnected": "#b3261e", "paused": "#a86400", "finished": "#44505c",
    "terminated": "#44505c", "not_started": "#7a828c",
    # warning banners (backup)
    "warning": "#3b2a00",
}
#: row and banner backgrounds: their colour on the light palette
BACKGROUNDS = {"error": "#ffd6d6", "alert": "#fff1f0", "warning": "#fff4ce"}
#: banner borders (non-text: 3:1)
BORDERS = {"warning": "#b58100"}

TONE_PROPERTY = "a11yTone"


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def readable(color: QColor | str, backgrounds: list[QColor], minimum: float = TEXT_AA) -> QColor:
    """``color``, or the nearest blend of it towards black or white (whichever stands out more
    from ``backgrounds``) that reaches ``minimum`` against every one of them."""
    base = QColor(color)

    def worst(c: QColor) -> float:
        return min(contrast_ratio(c, b) for b in backgrounds)

    if worst(base) >= minimum:
        return base
    white, black = QColor("#ffffff"), QColor("#000000")
    target = white if worst(white) >= worst(black) else black
    for step in range(1, 21):
        candidate = _blend(base, target, step / 20)
        if worst(candidate) >= minimum:
            return candidate
    return target


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QApplication.palette()


def tone_color(tone: str, palette: QPalette | None = None, *, in_table: bool = False,
               on: QColor | None = None) -> QColor:
    """The text colour of ``tone`` on the window (``in_table``: on table rows; ``on``: on that
    background, e.g. a :func:`tone_background`)."""
    pal = _palette(palette)
    if on is not None:
        return readable(TONES[tone], [on])
    roles = (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase) if in_table \
        else (QPalette.ColorRole.Window,)
    return readable(TONES[tone], [pal.color(r) for r in roles])


def tone_on(tone: str, backgrounds: list[QColor]) -> QColor:
    """The text colour of ``tone`` readable 4.5:1 on every one of ``backgrounds`` (for views
    with colours of their own, e.g. the test window's page and answer boxes)."""
    return readable(TONES[tone], backgrounds)


def tone_background(tone: str, palette: QPalette | None = None) -> QColor:
    """A row or banner background of ``tone`` on which the palette's text reads 4.5:1: the
    light tint itself, or a blend of it into the palette's base colour."""
    pal = _palette(palette)
    text = pal.color(QPalette.ColorRole.Text)
    tint, base = QColor(BACKGROUNDS[tone]), pal.color(QPalette.ColorRole.Base)
    for step in range(0, 21):
        candidate = _blend(tint, base, step / 20)
        if contrast_ratio(text, candidate) >= TEXT_AA:
            return candidate
    return base


def banner_style(selector: str, tone: str = "warning", palette: QPalette | None = None, *,
                 padding: int = 0) -> str:
    """The style sheet of a banner (``selector`` e.g. ``#backupBanner``): tinted background,
    bordered, its labels in the tone's text colour."""
    back = tone_background(tone, palette)
    text = readable(TONES[tone], [back])
    border = readable(BORDERS[tone], [back, _palette(palette).color(QPalette.ColorRole.Window)], NON_TEXT_AA)
    pad = f" padding: {padding}px;" if padding else ""
    return (f"{selector} {{ background: {back.name()}; color: {text.name()}; "
            f"border: 1px solid {border.name()};{pad} }} "
            f"{selector} QLabel {{ color: {text.name()}; background: transparent; border: none; }}")


def apply_tone(widget: QWidget) -> None:
    """Colour ``widget`` by the tone stored on it (see :func:`set_tone`)."""
    tone = widget.property(TONE_PROPERTY)
    if not tone:
        widget.setStyleSheet("")
    elif str(tone).startswith("banner:"):
        widget.setStyleSheet(banner_style(f"#{widget.objectName()}", str(tone).split(":", 1)[1],
                                          padding=6 if isinstance(widget, QLabel) else 0))
    else:
        widget.setStyleSheet(f"color: {tone_color(str(tone)).name()};")


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Give ``widget`` a meaningful colour ("error", "ok", "note", …; ``"banner:warning"`` for a
    banner with an object name; None: back to the palette's)."""
    widget.setProperty(TONE_PROPERTY, tone or "")
    apply_tone(widget)


def refresh_tones() -> None:
    """Re-colour every toned widget for the palette now in use. A widget with a style sheet of
    its own (the side menu's padding) keeps the palette it was polished with until its style
    sheet is set again: those are re-polished too (the side menu stayed white on View → High
    contrast)."""
    for widget in QApplication.allWidgets():
        if widget.property(TONE_PROPERTY):
            apply_tone(widget)
        elif widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())
