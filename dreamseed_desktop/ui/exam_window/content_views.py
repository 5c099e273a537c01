"""Text views of the test window that show item content (docs/items-content.md).

Item text is HTML (older items), plain text, or the item content format with ``$…$`` formulas
and ``![alt](asset:ID)`` pictures. :class:`RichTextView` shows all three; for content with
formulas or pictures it lays out a :class:`~dreamseed_desktop.ui.content.render.ContentDocument`
for its width, font, colour, zoom and device pixel ratio, and again when one of them changes
(resize, style or zoom change, a move to a screen with another pixel ratio).
"""
from __future__ import annotations

import html
import math
from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from dreamseed_desktop.ui.a11y.theme import ExamColors
from dreamseed_desktop.ui.a11y.tones import tone_on
from dreamseed_desktop.ui.content.render import ContentDocument, Picture, has_rich_content


def is_html(text: str) -> bool:
    return text.lstrip().startswith("<")


def formula_error_color(view: QWidget) -> QColor:
    """The error tone for a formula that cannot be drawn (the item editor's preview shows
    unchecked LaTeX): readable on what the view's text sits on — the test window's page and
    answer boxes in its theme (light, dark or high contrast), else the view's own palette."""
    colors = getattr(view.window(), "colors", None)
    if isinstance(colors, ExamColors):
        backgrounds = [QColor(colors.page), QColor(colors.choice)]
    else:
        palette = view.palette()
        backgrounds = [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Window)]
    return tone_on("alert", backgrounds)


class RichTextView(QTextBrowser):
    """A read-only text view for item content. :meth:`fit_height` is called when the content's
    height may have changed (subclasses size themselves there)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content: tuple[str, Mapping[int, Picture], str] | None = None
        self._laid_out_for: tuple[int, float, float, str] = (0, 0.0, 0.0, "")
        self.zoom = 1.0
        self.setOpenLinks(False)

    def set_rich(self, text: str, pictures: Mapping[int, Picture], *, prefix_html: str = "",
                 zoom: float = 1.0) -> bool:
        """Show item content with formulas or pictures; False (nothing shown) for HTML or
        plain text, which the caller shows as before."""
        self.zoom = zoom
        if is_html(text) or not has_rich_content(text):
            self._content = None
            return False
        self._content = (text, pictures, prefix_html)
        self._laid_out_for = (0, 0.0, 0.0, "")
        self.lay_out()
        return True

    def set_plain(self, text: str, *, prefix_html: str = "") -> None:
        """Plain text (line breaks kept) or HTML."""
        self._content = None
        self.setHtml(prefix_html + (text if is_html(text) else html.escape(text).replace("\n", "<br/>")))

    def lay_out(self) -> None:
        if self._content is None:
            return
        self.ensurePolished()
        width = max(self.viewport().width(), 200)
        dpr = self.devicePixelRatioF()
        color = self.palette().text().color()
        error = formula_error_color(self)
        key = (width, dpr, self.zoom, f"{color.name()}/{error.name()}/{self.font().toString()}")
        if self._laid_out_for == key:
            return
        self._laid_out_for = key
        text, pictures, prefix = self._content
        doc = ContentDocument(self)
        doc.set_content(text, pictures, font=self.font(), dpr=dpr, zoom=self.zoom, color=color,
                        max_width=width - 2 * doc.documentMargin(), prefix_html=prefix,
                        error_color=error)
        self.setDocument(doc)            # Qt deletes the previous document (a child of this view)
        doc.documentLayout().documentSizeChanged.connect(lambda _s: self.fit_height())
        self.fit_height()

    def fit_height(self) -> None:
        return

    def changeEvent(self, event: QEvent) -> None:  # Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.lay_out()

    def event(self, e: QEvent) -> bool:  # Qt API
        if e.type() == QEvent.Type.DevicePixelRatioChange:      # moved to another screen
            self.lay_out()
        return super().event(e)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.lay_out()


class ChoiceText(RichTextView):
    """A choice's text with formulas or pictures inside its choice button (which sizes it
    through :meth:`heightForWidth`); clicks go to the button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def fit_height(self) -> None:
        self.updateGeometry()
        parent = self.parentWidget()
        if parent is not None:
            parent.updateGeometry()

    def heightForWidth(self, width: int) -> int:  # Qt API
        doc = self.document()
        margins = self.contentsMargins()
        doc.setTextWidth(max(1, width - margins.left() - margins.right()))
        return math.ceil(doc.size().height()) + margins.top() + margins.bottom()

    def hasHeightForWidth(self) -> bool:  # Qt API
        return True


class PassageView(RichTextView):
    """The reading passage: fills its column and scrolls on its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_content(self, text: str, pictures: Mapping[int, Picture], zoom: float = 1.0) -> None:
        if not self.set_rich(text, pictures, zoom=zoom):
            self.set_plain(text)
