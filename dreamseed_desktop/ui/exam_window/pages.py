"""The pages of the test window: the item page, the message page and the end page.

Plain widgets without logic; :class:`~dreamseed_desktop.ui.exam_window.view.ExamWindow`
switches between them on the controller's orders.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.ui.content.render import Picture
from dreamseed_desktop.ui.exam_window.choice_button import ChoiceButton, plain_text
from dreamseed_desktop.ui.exam_window.content_views import PassageView, RichTextView
from dreamseed_desktop.ui.exam_window.presentation import choice_mark
from dreamseed_desktop.ui.exam_window.reading_aids import LineReader

__all__ = ["ChoiceButton", "ItemPage", "MessagePage", "StemView", "plain_text", "scale_images"]

#: the question column never gets wider than this (long lines are hard to read on 1920 px)
MAX_COLUMN_WIDTH = 1100
#: narrower than this (times the zoom), a reading passage goes above the question, not beside it
PASSAGE_BESIDE_MIN_WIDTH = 1000

_ATTR = r"""(\s+)([\w:-]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s>"']+)"""
_IMG_TAG = re.compile(r"<img\b(?:" + _ATTR + r")*\s*/?>", re.I)
_ATTR_RE = re.compile(_ATTR)


def scale_images(stem_html: str, zoom: float) -> str:
    """``stem_html`` with every picture's width and height attributes times ``zoom``."""
    if abs(zoom - 1.0) < 1e-6 or "<img" not in stem_html.lower():
        return stem_html

    def scale_attr(attr: re.Match[str]) -> str:
        space, name, equals, value = attr.groups()
        number = value.strip("\"'")
        if name.lower() not in ("width", "height") or not number.replace(".", "", 1).isdigit():
            return attr.group(0)
        return f'{space}{name}{equals}"{round(float(number) * zoom)}"'

    def scale_tag(tag: re.Match[str]) -> str:
        return _ATTR_RE.sub(scale_attr, tag.group(0))

    return _IMG_TAG.sub(scale_tag, stem_html)


class StemView(RichTextView):
    """The question text, exactly as tall as its content at the current width (no inner
    scroll bar, no empty space under it): the choices follow directly below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self.fit_height())

    def fit_height(self) -> None:
        width = self.viewport().width()
        if width <= 0:
            return
        self.document().setTextWidth(width)
        margins = self.contentsMargins()
        height = math.ceil(self.document().size().height()) + margins.top() + margins.bottom()
        if height != self.height():
            self.setFixedHeight(max(height, 24))

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()


class ItemPage(QWidget):
    """Stem, choices, the Next button and the confirmation strip.

    Signals: ``chosen(int)`` (1-based), ``next_clicked()``, ``confirm_yes()``, ``confirm_no()``.
    """

    chosen = Signal(int)
    next_clicked = Signal()
    confirm_yes = Signal()
    confirm_no = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemPage")
        # question and choices scroll together: on a small screen (full screen refused, no
        # window manager) the page scrolls instead of squeezing the choices to empty boxes
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("itemScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.column = QWidget()
        self.column.setObjectName("itemColumn")
        self.column.setMaximumWidth(MAX_COLUMN_WIDTH)
        self.stem = StemView(self.column)
        self.stem.setObjectName("stem")
        self.stem.setOpenLinks(False)
        self.stem.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stem.setFrameShape(QFrame.Shape.NoFrame)
        self.pictures: Mapping[int, Picture] = {}
        # the reading passage several items share (국어/영어): beside the question, scrolling on its own
        self.passage_box = QFrame(self)
        self.passage_box.setObjectName("passageBox")
        self.passage_title = QLabel(self.passage_box)
        self.passage_title.setObjectName("passageTitle")
        self.passage_title.setWordWrap(True)
        self.passage = PassageView(self.passage_box)
        self.passage.setObjectName("passage")
        pbox = QVBoxLayout(self.passage_box)
        pbox.setContentsMargins(16, 12, 16, 12)
        pbox.addWidget(self.passage_title)
        pbox.addWidget(self.passage, 1)
        self.passage_box.hide()
        self.choice_box = QVBoxLayout()
        self.choice_box.setSpacing(10)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.chosen.emit)
        self.buttons: list[ChoiceButton] = []
        self.masking = False                 # answer masking (an accommodation)

        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.mark_pt, self.zoom, self.stem_html = 16.5, 1.0, ""
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("nextButton")
        self.next_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_button.clicked.connect(self.next_clicked.emit)

        self.confirm_frame = QFrame(self)
        self.confirm_frame.setObjectName("confirmFrame")
        self.confirm_label = QLabel(self.confirm_frame)
        self.confirm_label.setWordWrap(True)
        self.yes_button = QPushButton(self.confirm_frame)
        self.yes_button.setObjectName("yesButton")
        self.no_button = QPushButton(self.confirm_frame)
        self.no_button.setObjectName("noButton")
        self.confirm_label.setObjectName("confirmLabel")
        for b in (self.yes_button, self.no_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.yes_button.clicked.connect(self.confirm_yes.emit)
        self.no_button.clicked.connect(self.confirm_no.emit)
        row = QHBoxLayout(self.confirm_frame)
        row.addWidget(self.confirm_label, 1)
        row.addWidget(self.no_button)
        row.addWidget(self.yes_button)
        self.confirm_frame.hide()

        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.next_button)
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stem)
        column.addSpacing(16)
        column.addLayout(self.choice_box)
        column.addStretch(1)
        holder = QWidget()
        holder.setObjectName("itemHolder")
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addStretch(1)
        centre.addWidget(self.column, 100)
        centre.addStretch(1)
        self.scroller.setWidget(holder)
        # the reading band (an accommodation): over the question, or over the reading passage
        # when there is one (Ctrl+← / Ctrl+→ or a click choose which)
        self.line_reader = LineReader(self.scroller)
        self.passage_reader = LineReader(self.passage)
        self.reader_on, self.reader_on_passage = False, False
        self.line_reader.clicked.connect(lambda: self.move_reader(to_passage=False))
        self.passage_reader.clicked.connect(lambda: self.move_reader(to_passage=True))
        self.column.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        holder.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # beside the question on a wide window, above it on a narrow one (or a large zoom)
        self.body_row = body_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body_row.setSpacing(24)
        body_row.addWidget(self.passage_box, 1)
        body_row.addWidget(self.scroller, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 20, 40, 16)
        outer.addLayout(body_row, 1)
        outer.addSpacing(8)
        outer.addWidget(self.confirm_frame)
        outer.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        n = len(self.buttons) or 5
        hint = [self.tr("Press the number of your answer (1–%n), then Enter.", "", n)]
        if self.masking:
            hint.append(self.tr("Ctrl+number shows or hides an answer, Alt+number strikes it out."))
        if self.reader_on:
            hint.append(self.tr("Ctrl+↑ / Ctrl+↓ move the line reader."))
            if self.passage_box.isVisibleTo(self):
                hint.append(self.tr("Ctrl+← / Ctrl+→ put it on the passage or the question."))
        self.hint.setText(" ".join(hint))
        self.next_button.setText(self.tr("Next  ⏎"))
        self.yes_button.setText(self.tr("Yes, submit  ⏎"))
        self.no_button.setText(self.tr("Change answer  Esc"))
        # without the key glyphs, which screen readers spell out
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setAccessibleDescription(self.tr("Enter"))
        self.yes_button.setAccessibleName(self.tr("Yes, submit"))
        self.yes_button.setAccessibleDescription(self.tr("Enter"))
        self.no_button.setAccessibleName(self.tr("Change answer"))
        self.no_button.setAccessibleDescription(self.tr("Escape"))

    def set_item(self, stem_html: str, choices: tuple[str, ...], pictures: Mapping[int, Picture] | None = None,
                 passage: tuple[str, str] | None = None) -> None:
        """Show an item: ``stem_html`` and ``choices`` are HTML (older items), plain text or item
        content (``$…$`` formulas, ``![alt](asset:ID)`` pictures from ``pictures``); ``passage``
        is (title, text) of the reading passage shown beside the question."""
        self.stem_html, self.pictures = stem_html, pictures or {}
        self._show_stem()
        self.stem.setAccessibleDescription(plain_text(stem_html))
        self.set_passage(passage)
        for b in self.buttons:
            self.group.removeButton(b)
            self.choice_box.removeWidget(b)
            b.hide()                         # gone at once, not when Qt deletes it
            b.deleteLater()
        self.buttons = []
        for i, text in enumerate(choices, start=1):
            b = ChoiceButton(choice_mark(i), text, self.column, mark_pt=self.mark_pt, pictures=self.pictures,
                             zoom=self.zoom)
            self.group.addButton(b, i)
            self.choice_box.addWidget(b)
            self.buttons.append(b)
            if self.masking:
                b.enable_masking(i)
        self.next_button.setEnabled(False)
        self.retranslate()
        self.scroller.verticalScrollBar().setValue(0)
        self.stem.fit_height()
        for reader in (self.line_reader, self.passage_reader):
            if reader.isVisible():
                reader.to_start()

    # ------------------------------------------------------------ reading aids (issue 19)
    def set_masking(self, on: bool) -> None:
        """Answer masking for this and every following question (all choices start covered)."""
        self.masking = on
        for i, b in enumerate(self.buttons, start=1):
            if on:
                b.enable_masking(i)
            elif b.masked:
                b.set_masked(False)
        self.retranslate()

    def _maskable(self, choice: int) -> ChoiceButton | None:
        return self.buttons[choice - 1] if self.masking and 1 <= choice <= len(self.buttons) else None

    def toggle_mask(self, choice: int) -> bool:
        """Ctrl+number: uncover (or cover again) a choice; False when masking is off."""
        button = self._maskable(choice)
        if button is not None:
            button.set_masked(not button.masked)
        return button is not None

    def toggle_strike(self, choice: int) -> bool:
        """Alt+number: strike a choice out (or restore it); False when masking is off."""
        button = self._maskable(choice)
        if button is not None:
            button.set_struck(not button.struck)
        return button is not None

    def set_line_reader(self, shown: bool) -> None:
        """Show the reading band (on the question, or on the passage when the student put it
        there and the question has one) or put it away."""
        self.reader_on = shown
        self.line_reader.set_line_height(self.stem.fontMetrics())
        self.passage_reader.set_line_height(self.passage.fontMetrics())
        on_passage = self.reader_on_passage and self.passage_box.isVisibleTo(self)
        self.passage_reader.set_shown(shown and on_passage)
        self.line_reader.set_shown(shown and not on_passage)
        self.retranslate()

    def active_reader(self) -> LineReader:
        """The band the keys move: over the passage or over the question."""
        return self.passage_reader if self.passage_reader.isVisibleTo(self) else self.line_reader

    def move_reader(self, *, to_passage: bool) -> bool:
        """Ctrl+← (passage) / Ctrl+→ (question); False when there is nothing to move to."""
        if not self.reader_on or (to_passage and not self.passage_box.isVisibleTo(self)):
            return False
        if to_passage != self.reader_on_passage:
            self.reader_on_passage = to_passage
            self.set_line_reader(True)
        return True

    def set_zoom(self, zoom: float, mark_pt: float) -> None:
        """Zoom: the answer marks' size in points and the question's pictures scaled with the
        text (their width/height attributes); the stem is laid out again."""
        self.mark_pt, self.zoom = mark_pt, zoom
        for b in self.buttons:
            b.set_mark_size(mark_pt)
        for b in self.buttons:
            b.zoom = zoom
        if self.stem_html:
            self._show_stem()
        if self.passage_box.isVisibleTo(self):
            self.passage.lay_out()
        self.stem.fit_height()
        self.line_reader.set_line_height(self.stem.fontMetrics())
        self.passage_reader.set_line_height(self.passage.fontMetrics())

    def _show_stem(self) -> None:
        if not self.stem.set_rich(self.stem_html, self.pictures, zoom=self.zoom):
            self.stem.setHtml(scale_images(self.stem_html, self.zoom))

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        super().resizeEvent(event)
        wide = event.size().width() >= PASSAGE_BESIDE_MIN_WIDTH * max(1.0, self.zoom)
        self.body_row.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                   else QBoxLayout.Direction.TopToBottom)

    def set_passage(self, passage: tuple[str, str] | None) -> None:
        if passage is None:
            self.passage_box.hide()
            if self.reader_on:
                self.set_line_reader(True)       # no passage: the band is on the question
            return
        title, body = passage
        self.passage_title.setText(title)
        self.passage.set_content(body, self.pictures, self.zoom)
        self.passage.setAccessibleName(title)
        self.passage.setAccessibleDescription(plain_text(body))
        self.passage_box.show()
        if self.reader_on:
            self.set_line_reader(True)

    def spoken_passage(self) -> list[str]:
        """What *Read aloud* says of the reading passage before the question (nothing when the
        question has none): "Reading passage: <title>" and its text."""
        if self.passage_box.isHidden():
            return []
        title = self.passage.accessibleName().strip()
        heading = (self.tr("Reading passage: %1").replace("%1", title) if title
                   else self.tr("Reading passage"))
        return [heading, self.passage.accessibleDescription()]

    def scroll_by_key(self, key: Qt.Key) -> bool:
        """Scroll the question and answers with the keyboard; False for other keys."""
        bar = self.scroller.verticalScrollBar()
        action = {
            Qt.Key.Key_Down: bar.SliderAction.SliderSingleStepAdd,
            Qt.Key.Key_Up: bar.SliderAction.SliderSingleStepSub,
            Qt.Key.Key_PageDown: bar.SliderAction.SliderPageStepAdd,
            Qt.Key.Key_PageUp: bar.SliderAction.SliderPageStepSub,
            Qt.Key.Key_Home: bar.SliderAction.SliderToMinimum,
            Qt.Key.Key_End: bar.SliderAction.SliderToMaximum,
        }.get(key)
        if action is None:
            return False
        bar.triggerAction(action)
        return True

    def set_selected(self, choice: int | None) -> None:
        self.group.setExclusive(False)
        for i, b in enumerate(self.buttons, start=1):
            b.setChecked(i == choice)
            if i == choice and b.masked:
                b.set_masked(False)          # the student sees what they picked
        self.group.setExclusive(True)
        self.next_button.setEnabled(choice is not None)

    def set_confirming(self, choice: int | None) -> None:
        if choice is None:
            self.confirm_frame.hide()
            self.next_button.show()
            return
        self.confirm_label.setText(
            self.tr("Submit answer %1? You cannot come back to this question.")
            .replace("%1", choice_mark(choice)))
        self.next_button.hide()
        self.confirm_frame.show()

    def set_enabled_input(self, enabled: bool) -> None:
        for w in (*self.buttons, self.next_button, self.yes_button, self.no_button):
            w.setEnabled(enabled and (w is not self.next_button or self.group.checkedId() > 0))


class MessagePage(QWidget):
    """A calm full-page message (loading, waiting for the server, paused, time up, error).

    Signals: ``back_clicked()`` — the button shown on error pages.
    """

    back_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("messageTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setObjectName("messageBody")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("messageButton")
        self.button.setMinimumWidth(160)
        # Done / Back are the only controls of the end and error screens: they take the
        # keyboard focus when shown and answer Enter as well as Space
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.setAutoDefault(True)
        self.button.clicked.connect(self.back_clicked.emit)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(16)
        layout.addWidget(self.body)
        layout.addSpacing(24)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def show_message(self, title: str, body: str, button: str = "") -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.button.setText(button)
        self.button.setVisible(bool(button))

    def focus_button(self) -> bool:
        """Give the keyboard focus to the page's button; False when there is none."""
        if not self.button.isVisibleTo(self):
            return False
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
