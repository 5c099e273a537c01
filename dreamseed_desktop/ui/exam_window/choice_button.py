"""One answer of the test window: a checkable button whose text wraps and may be rich text,
with the answer-masking states of issue 19 (covered, struck out)."""
from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QMouseEvent, QTextDocumentFragment
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from dreamseed_desktop.services.items.content import plain_text as content_plain_text
from dreamseed_desktop.ui.content.render import Picture, has_rich_content
from dreamseed_desktop.ui.exam_window.content_views import ChoiceText, is_html
from dreamseed_desktop.ui.exam_window.reading_aids import MaskTools


def plain_text(text: str) -> str:
    """What a screen reader should say for a choice or stem: rich text as words, one line."""
    words = QTextDocumentFragment.fromHtml(text).toPlainText() if text.lstrip().startswith("<") \
        else content_plain_text(text)
    return " ".join(words.split())


class ChoiceButton(QPushButton):
    """A checkable choice whose text wraps and may be rich text (sub/superscripts, images)."""

    def __init__(self, mark: str, text: str, parent: QWidget | None = None, *,
                 mark_pt: float = 16.5, pictures: Mapping[int, Picture] | None = None,
                 zoom: float = 1.0) -> None:
        super().__init__(parent)
        self.setObjectName("choiceButton")
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = text if text.lstrip().startswith("<") else html.escape(text)   # "x < 3" stays text
        self.mark = mark
        self.source, self.pictures, self.zoom = text, pictures or {}, zoom
        self.label: QLabel | ChoiceText
        if not is_html(text) and has_rich_content(text):
            self.label = ChoiceText(self)          # formulas or pictures (docs/items-content.md)
        else:
            self.label = QLabel(self)
            self.label.setTextFormat(Qt.TextFormat.RichText)
            self.label.setWordWrap(True)
        self.label.setObjectName("choiceLabel")
        self.set_mark_size(mark_pt)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # answer masking (issue 19): a cover in the label's place and the Show/Strike tools
        self.masked = self.struck = False
        self.cover = QLabel(self)
        self.cover.setObjectName("choiceMask")
        self.cover.setWordWrap(True)
        self.cover.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.cover.hide()
        self.tools: MaskTools | None = None
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(18, 10, 18, 10)
        row.addWidget(self.label, 1)
        row.addWidget(self.cover, 1)
        # the button's own text is empty (the label draws it): screen readers get "① 12"
        self.words = plain_text(text)
        self.setAccessibleName(f"{mark} {self.words}")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    # ------------------------------------------------------------ answer masking
    def enable_masking(self, number: int) -> None:
        """Answer masking: the choice starts covered and gets its Show / Strike out tools."""
        if self.tools is None:
            self.tools = MaskTools(self, number)
            self.row.addWidget(self.tools, 0, Qt.AlignmentFlag.AlignVCenter)
        self.set_masked(True)

    def set_masked(self, masked: bool) -> None:
        """Cover the choice's text (a masked choice is not answered by being revealed)."""
        self.masked = masked
        self.label.setVisible(not masked)
        self.cover.setVisible(masked)
        self._describe()

    def set_struck(self, struck: bool) -> None:
        """Strike the choice out (the student has ruled it out; it can still be chosen)."""
        self.struck = struck
        for label in (self.label, self.cover):
            label.setProperty("struck", struck)
            label.style().unpolish(label)
            label.style().polish(label)
        self._describe()

    def _describe(self) -> None:
        """What is shown and what a screen reader says follow the mask and strike state."""
        number = self.tools.number if self.tools is not None else 0
        key = str(number)
        self.cover.setText(self.tr("%1  Hidden answer · click or Ctrl+%2 to show")
                           .replace("%1", self.mark).replace("%2", key))
        if self.masked:
            self.setAccessibleName(self.tr("%1 hidden answer").replace("%1", self.mark))
            self.setAccessibleDescription(
                (self.tr("Struck out and hidden; Ctrl+%1 shows it") if self.struck
                 else self.tr("Ctrl+%1 shows it")).replace("%1", key))
        else:
            self.setAccessibleName(f"{self.mark} {self.words}")
            self.setAccessibleDescription(
                self.tr("Struck out; Alt+%1 restores it").replace("%1", key) if self.struck
                else self.tr("Ctrl+%1 hides it, Alt+%1 strikes it out").replace("%1", key)
                if self.tools is not None else "")
        if self.tools is not None:
            self.tools.show_state(self.masked, self.struck)
        self.updateGeometry()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt API
        if self.masked and event.button() == Qt.MouseButton.LeftButton:
            event.accept()                   # revealing is not answering: no click, no check
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt API
        if self.masked and event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            if self.rect().contains(event.position().toPoint()):
                self.set_masked(False)
            return
        super().mouseReleaseEvent(event)

    def set_mark_size(self, mark_pt: float) -> None:
        """The size of the ①–⑤ mark in points (it follows the window's zoom)."""
        prefix = f'<span style="font-size: {mark_pt}pt;">{self.mark}</span>&nbsp;&nbsp; '
        if isinstance(self.label, ChoiceText):
            self.label.set_rich(self.source, self.pictures, prefix_html=prefix, zoom=self.zoom)
        else:
            self.label.setText(prefix + self.body)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # Qt API
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # Qt API
        """Narrow enough to follow a narrower column (its width was the button's current one,
        so once wide an answer never shrank: a passage appearing beside a later question made
        the question wider than its scroll area); as tall as the text at the current width."""
        tools = self.tools.sizeHint().width() + self.row.spacing() if self.tools is not None else 0
        return QSize(200 + tools, self.heightForWidth(max(self.width(), 200 + tools)))

    def hasHeightForWidth(self) -> bool:  # Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # Qt API
        """As tall as the text (or the cover, which never changes the height: revealing an
        answer does not move the others)."""
        tools = 0
        if self.tools is not None:
            tools = self.tools.sizeHint().width() + self.row.spacing()
        text = width - 36 - tools
        height = self.label.heightForWidth(text)
        if self.tools is not None:
            self.cover.ensurePolished()      # its font comes from the window's style sheet
            height = max(height, self.cover.heightForWidth(text), self.tools.sizeHint().height())
        return max(48, height + 20)
