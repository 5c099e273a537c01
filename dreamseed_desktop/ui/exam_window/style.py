"""The test window's style sheet, built for a zoom factor and a colour theme.

Font sizes are in points (they follow the operating system's scaling) times the zoom; the
colours come from an :class:`~dreamseed_desktop.ui.a11y.theme.ExamColors` so the window can
follow a dark system palette or show the high-contrast theme.
"""
from __future__ import annotations

from dreamseed_desktop.ui.a11y.theme import ExamColors

#: base sizes in points at 100 % (the 96-dpi pixel sizes the window had: 20 px = 15 pt …)
POINTS = {
    "stem": 15.0, "choice": 13.5, "mark": 16.5, "button": 12.75, "title": 11.25,
    "message_title": 19.5, "message_body": 13.5, "hint": 12.0, "status": 13.5, "save": 11.25,
}


#: scroll bar width at 100 % (logical pixels)
SCROLL_BAR_PX = 14


def points(kind: str, zoom: float) -> float:
    """The font size of ``kind`` in points at ``zoom`` (1.0 = 100 %)."""
    return round(POINTS[kind] * zoom, 2)


def exam_style(zoom: float, c: ExamColors) -> str:
    """The whole style sheet of the test window."""
    def pt(kind: str) -> str:
        return f"{points(kind, zoom)}pt"

    # scroll bars in the theme's colours (the system style kept light grey bars under the
    # high-contrast theme), wider with the zoom up to twice their width
    bar = round(SCROLL_BAR_PX * min(zoom, 2.0))

    return f"""
#examWindow {{ background: {c.page}; }}
#topBar {{ background: {c.bar}; border-bottom: 1px solid {c.bar_border}; }}
#stem {{ background: transparent; font-size: {pt("stem")}; color: {c.text}; }}
#passage {{ background: transparent; font-size: {pt("choice")}; color: {c.text}; }}
#passageTitle {{ font-size: {pt("choice")}; font-weight: bold; color: {c.text}; }}
#passageBox {{ background: {c.choice}; border: 1px solid {c.choice_border}; border-radius: 8px; }}
QPushButton#choiceButton {{ border: 2px solid {c.choice_border}; border-radius: 10px;
    background: {c.choice}; }}
#choiceLabel {{ font-size: {pt("choice")}; color: {c.text}; }}
QPushButton#choiceButton:checked {{ border: 3px solid {c.accent}; background: {c.choice_checked}; }}
#choiceLabel:disabled {{ color: {c.muted}; }}
#choiceMask {{ font-size: {pt("choice")}; color: {c.text}; background: {c.neutral_back};
    border: 1px dashed {c.control_border}; border-radius: 6px; padding: 2px 10px; }}
#choiceLabel[struck="true"], #choiceMask[struck="true"] {{ color: {c.muted}; text-decoration: line-through; }}
QPushButton#maskButton, QPushButton#toolButton {{ font-size: {pt("save")}; padding: 2px 10px;
    background: {c.choice}; color: {c.text}; border: 1px solid {c.control_border}; border-radius: 6px; }}
QPushButton#toolButton:checked {{ border: 2px solid {c.accent}; }}
QPushButton#nextButton, QPushButton#yesButton {{ font-size: {pt("button")}; padding: 8px 22px;
    background: {c.accent}; color: {c.on_accent}; border-radius: 8px; border: 2px solid {c.accent}; }}
QPushButton#nextButton:disabled {{ background: {c.accent_disabled}; color: {c.on_accent_disabled};
    border-color: {c.accent_disabled}; }}
QPushButton#noButton, QPushButton#messageButton {{ font-size: {pt("button")}; padding: 8px 22px;
    background: {c.choice}; color: {c.text}; border: 2px solid {c.control_border}; border-radius: 8px; }}
QPushButton#zoomButton {{ font-size: {pt("save")}; padding: 2px 10px; background: {c.choice};
    color: {c.text}; border: 1px solid {c.control_border}; border-radius: 6px; }}
#zoomLabel {{ font-size: {pt("save")}; color: {c.text}; }}
QProgressBar#progressBar {{ background: {c.choice}; border: 1px solid {c.control_border}; border-radius: 4px;
    min-height: {round(10 * zoom)}px; }}
QProgressBar#progressBar::chunk {{ background: {c.accent}; border-radius: 3px; }}
#confirmLabel {{ font-size: {pt("button")}; color: {c.text}; }}
#titleLabel {{ font-size: {pt("title")}; color: {c.secondary}; }}
#confirmFrame {{ background: {c.confirm}; border: 1px solid {c.confirm_border}; border-radius: 8px; }}
#messageTitle {{ font-size: {pt("message_title")}; font-weight: bold; color: {c.text}; }}
#messageBody {{ font-size: {pt("message_body")}; color: {c.secondary}; }}
#itemScroll, #itemHolder, #itemColumn {{ background: {c.page}; }}
#hint {{ color: {c.secondary}; font-size: {pt("hint")}; }}
#itemLabel, #timeLabel {{ font-size: {pt("status")}; font-weight: bold; color: {c.text}; }}
#timeLabel[low="true"] {{ color: {c.alert}; }}
#saveLabel {{ font-size: {pt("save")}; padding: 4px 10px; border-radius: 6px; }}
#saveLabel[state="saved"] {{ color: {c.ok_text}; background: {c.ok_back}; }}
#saveLabel[state="saving"] {{ color: {c.text}; background: {c.neutral_back}; }}
#saveLabel[state="waiting"], #saveLabel[state="offline"] {{ color: {c.warn_text};
    background: {c.warn_back}; }}
#saveLabel[state="not_saved"] {{ color: {c.alert_text}; background: {c.alert_back}; font-weight: bold; }}
QScrollBar:vertical {{ background: {c.choice}; width: {bar}px; margin: 0; border: 1px solid {c.bar_border}; }}
QScrollBar:horizontal {{ background: {c.choice}; height: {bar}px; margin: 0; border: 1px solid {c.bar_border}; }}
QScrollBar::handle:vertical {{ background: {c.control_border}; min-height: {2 * bar}px; margin: 2px;
    border-radius: {bar // 2 - 2}px; }}
QScrollBar::handle:horizontal {{ background: {c.control_border}; min-width: {2 * bar}px; margin: 2px;
    border-radius: {bar // 2 - 2}px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {c.accent}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; background: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""
