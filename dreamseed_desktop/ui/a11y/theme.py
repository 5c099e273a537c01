"""Colour themes of the test window: light (default), dark (when the system palette is dark)
and high contrast, each a set of named colours whose pairs meet WCAG AA (tests compute the
ratios, tests/gui/a11y/test_contrast.py)."""
from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class ExamColors:
    """Every colour the test window draws with (CSS colour strings)."""

    page: str
    bar: str
    bar_border: str
    text: str              # question, answers, titles
    secondary: str         # hints, test title, message body
    muted: str             # disabled answer text
    choice: str            # answer box background
    choice_border: str     # unselected answer border (a control boundary: 3:1)
    choice_checked: str
    control_border: str
    accent: str            # Next / Yes background, selected answer border
    on_accent: str
    accent_disabled: str
    on_accent_disabled: str
    confirm: str
    confirm_border: str
    alert: str             # time running out
    ok_text: str
    ok_back: str
    neutral_back: str
    warn_text: str
    warn_back: str
    alert_text: str
    alert_back: str

    def names(self) -> list[str]:
        return [f.name for f in fields(self)]


LIGHT = ExamColors(
    page="#f7f8fa", bar="#ffffff", bar_border="#dfe3e8", text="#1f2933", secondary="#3e4a56",
    muted="#5f6b76", choice="#ffffff", choice_border="#7b8794", choice_checked="#e8f0fd",
    control_border="#6b7682", accent="#1f5fcc", on_accent="#ffffff", accent_disabled="#d5dce6",
    on_accent_disabled="#4a5562", confirm="#fff7e0", confirm_border="#a07a10", alert="#b3261e",
    ok_text="#1b5e20", ok_back="#e3f3e4", neutral_back="#eef1f4", warn_text="#6b4100",
    warn_back="#fff1d6", alert_text="#8c1d18", alert_back="#fde7e5",
)

DARK = ExamColors(
    page="#1e2227", bar="#262b31", bar_border="#4a525c", text="#eef1f4", secondary="#c5ccd4",
    muted="#a3acb6", choice="#2b3138", choice_border="#8d98a5", choice_checked="#22395e",
    control_border="#97a2ae", accent="#8ab4f8", on_accent="#10151c", accent_disabled="#3a424c",
    on_accent_disabled="#b7c0ca", confirm="#3a3320", confirm_border="#c9a640", alert="#ff8a80",
    ok_text="#a5d6a7", ok_back="#1f3322", neutral_back="#333a42", warn_text="#ffd180",
    warn_back="#3d3220", alert_text="#ffb4ab", alert_back="#4a2120",
)

HIGH_CONTRAST = ExamColors(
    page="#000000", bar="#000000", bar_border="#ffffff", text="#ffffff", secondary="#ffffff",
    muted="#c8c8c8", choice="#000000", choice_border="#ffffff", choice_checked="#1a1a00",
    control_border="#ffffff", accent="#ffff00", on_accent="#000000", accent_disabled="#3c3c3c",
    on_accent_disabled="#ffffff", confirm="#000000", confirm_border="#ffff00", alert="#ff8080",
    ok_text="#80ff80", ok_back="#000000", neutral_back="#000000", warn_text="#ffff00",
    warn_back="#000000", alert_text="#ff8080", alert_back="#000000",
)

THEMES = {"light": LIGHT, "dark": DARK, "high_contrast": HIGH_CONTRAST}


def is_dark(palette: QPalette) -> bool:
    """The system palette draws light text on a dark window (dark mode, Windows High Contrast)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < \
        palette.color(QPalette.ColorRole.WindowText).lightness()


def theme_for(palette: QPalette, high_contrast: bool = False) -> ExamColors:
    """High contrast when asked for; otherwise the theme that matches the system palette."""
    if high_contrast:
        return HIGH_CONTRAST
    return DARK if is_dark(palette) else LIGHT


#: the staff program's high-contrast palette: white on black, yellow selection and links
HIGH_CONTRAST_ROLES = {
    "Window": "#000000", "WindowText": "#ffffff", "Base": "#000000", "AlternateBase": "#1a1a1a",
    "Text": "#ffffff", "Button": "#000000", "ButtonText": "#ffffff", "BrightText": "#ffff00",
    "Highlight": "#ffff00", "HighlightedText": "#000000", "ToolTipBase": "#000000",
    "ToolTipText": "#ffffff", "PlaceholderText": "#c8c8c8", "Link": "#ffff00",
    "LinkVisited": "#ff80ff", "Light": "#ffffff", "Midlight": "#c8c8c8", "Mid": "#a0a0a0",
    "Dark": "#ffffff", "Shadow": "#ffffff",
}
#: disabled controls stay readable (WCAG exempts them; a student or teacher still reads them)
HIGH_CONTRAST_DISABLED = {"WindowText": "#a8a8a8", "Text": "#a8a8a8", "ButtonText": "#a8a8a8"}


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, value in HIGH_CONTRAST_ROLES.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(value))
    for role, value in HIGH_CONTRAST_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(value))
    return palette


def repaired(palette: QPalette) -> QPalette:
    """The system palette, with its selection colour darkened (dark palettes: lightened) in
    small steps until selected text reads 4.5:1 on it (Qt's own Fusion palette gives white on
    #308cc6, 3.7:1). Nothing else of the system's choice changes."""
    from dreamseed_desktop.ui.a11y.contrast import TEXT_AA, contrast_ratio

    out = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = out.color(group, QPalette.ColorRole.HighlightedText)
        back = out.color(group, QPalette.ColorRole.Highlight)
        darker = text.lightness() > 128
        for _ in range(60):
            if contrast_ratio(text, back) >= TEXT_AA:
                break
            back = back.darker(105) if darker else back.lighter(105)
        out.setColor(group, QPalette.ColorRole.Highlight, back.toRgb())
    return out


_system_palette: QPalette | None = None


def apply_staff_theme(high_contrast: bool) -> None:
    """The whole program in the system palette (selection contrast repaired) or the
    high-contrast one."""
    global _system_palette
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    app.setPalette(high_contrast_palette() if high_contrast else repaired(_system_palette))
    from dreamseed_desktop.ui.a11y.tones import refresh_tones

    refresh_tones()                    # error red, notes, banners: readable on the new palette
