"""Reading aids of the test window (issue 19, per-student accommodations).

* :class:`MaskTools` — the Show/Hide and Strike out/Restore buttons of one masked choice
  (answer masking: every choice starts covered; the student uncovers them one at a time with a
  click or Ctrl+number and may strike out the ones they ruled out with Alt+number; neither
  answers the question).
* :class:`LineReader` — a reading band over the question's scroll area (or the reading
  passage's: Ctrl+Left / Ctrl+Right or a click move it between them) that dims everything
  above and below it. The student moves it with Ctrl+Up / Ctrl+Down (the window's keys; at the
  edge the question scrolls under it), makes it taller or shorter with Ctrl+Shift+Up / Down, or
  drags its handle (:class:`LineReaderGrip`) with the mouse; the mouse wheel scrolls the
  question under the band.

Both draw only with the colours of the window's theme (light, dark or high contrast).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QPushButton, QWidget

if TYPE_CHECKING:
    from dreamseed_desktop.ui.exam_window.choice_button import ChoiceButton
    from dreamseed_desktop.ui.exam_window.pages import ItemPage

#: band edge width in pixels; the dimmed parts keep this share of the page colour over them
EDGE_WIDTH = 3
DIM_ALPHA = 0.8
#: the band shows this many lines of the question's text by default (Ctrl+Shift+Up/Down: 1–5)
DEFAULT_LINES, MIN_LINES, MAX_LINES = 2, 1, 5


class MaskTools(QWidget):
    """Show/Hide and Strike out/Restore for one masked choice (mouse; the keys are the
    window's). The buttons take no keyboard focus, like every control of the test window."""

    def __init__(self, choice: ChoiceButton, number: int) -> None:
        super().__init__(choice)
        self.setObjectName("maskTools")
        self.choice, self.number = choice, number
        self.show_button = QPushButton(self)
        self.strike_button = QPushButton(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for button in (self.show_button, self.strike_button):
            button.setObjectName("maskButton")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
        self.show_button.clicked.connect(lambda: choice.set_masked(not choice.masked))
        self.strike_button.clicked.connect(lambda: choice.set_struck(not choice.struck))

    def show_state(self, masked: bool, struck: bool) -> None:
        mark = self.choice.mark
        self.show_button.setText(self.tr("Show") if masked else self.tr("Hide"))
        self.show_button.setAccessibleName((self.tr("Show answer %1") if masked
                                            else self.tr("Hide answer %1")).replace("%1", mark))
        self.strike_button.setText(self.tr("Restore") if struck else self.tr("Strike out"))
        self.strike_button.setAccessibleName((self.tr("Restore answer %1") if struck
                                              else self.tr("Strike out answer %1")).replace("%1", mark))
        self.updateGeometry()


class LineReader(QWidget):
    """The reading band over ``area``'s viewport (mouse-transparent; its handle is a sibling).

    Signals: ``moved(int)`` — the band's top in viewport pixels after a move; ``clicked()`` —
    the area under it was clicked (the page puts the band there).
    """

    moved = Signal(int)
    clicked = Signal()

    def __init__(self, area: QAbstractScrollArea) -> None:
        viewport = area.viewport()
        super().__init__(viewport)
        self.setObjectName("lineReader")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area = area
        self.top = 0
        self.lines = DEFAULT_LINES
        self.line_height = 24
        self.dim = QColor(0, 0, 0)
        self.edge = QColor(0, 0, 0)
        self.grip = LineReaderGrip(self)
        viewport.installEventFilter(self)
        self.hide()

    # ------------------------------------------------------------ geometry
    def band_height(self) -> int:
        return self.lines * self.line_height + 2 * EDGE_WIDTH + 8

    def band(self) -> QRect:
        """The band in viewport coordinates."""
        return QRect(0, self.top, self.width(), self.band_height())

    def set_line_height(self, metrics: QFontMetrics) -> None:
        """One step and one band line = a line of the question at the current zoom."""
        self.line_height = max(12, metrics.lineSpacing())
        self.place(self.top)

    def set_colors(self, dim: QColor, edge: QColor) -> None:
        self.dim, self.edge = QColor(dim), QColor(edge)
        self.grip.update()
        self.update()

    def place(self, top: int) -> None:
        """Put the band's top at ``top`` (kept inside the viewport); the handle sits in a margin
        left of the viewport, so it never covers the first letters of a line."""
        viewport = self.area.viewport()
        self.setGeometry(viewport.rect())
        self.top = max(0, min(top, max(0, viewport.height() - self.band_height())))
        grip_width = self.grip.sizeHint().width()
        if self.isVisibleTo(self.area) and self.area.viewportMargins().left() != grip_width:
            self.area.setViewportMargins(grip_width, 0, 0, 0)
        frame = viewport.geometry()
        self.grip.setGeometry(frame.left() - grip_width, frame.top() + self.top, grip_width,
                              self.band_height())
        if self.isVisible():
            self.raise_()
            self.grip.raise_()
        self.update()
        self.moved.emit(self.top)

    def set_shown(self, shown: bool) -> None:
        self.setVisible(shown)
        self.grip.setVisible(shown)
        if shown:
            self.place(self.top)
        else:
            self.area.setViewportMargins(0, 0, 0, 0)

    # ------------------------------------------------------------ moving
    def step(self, lines: int) -> None:
        """Move by ``lines`` lines; at the viewport's edge the question scrolls instead."""
        delta = lines * self.line_height
        target = self.top + delta
        room = self.area.viewport().height() - self.band_height()
        bar = self.area.verticalScrollBar()
        if target < 0 and bar.value() > bar.minimum():
            bar.setValue(bar.value() + target)
            target = 0
        elif target > room and bar.value() < bar.maximum():
            bar.setValue(bar.value() + target - room)
            target = room
        self.place(target)

    def resize_band(self, lines: int) -> None:
        """Show one more (``+1``) or one fewer (``-1``) line in the band."""
        self.lines = max(MIN_LINES, min(MAX_LINES, self.lines + lines))
        self.place(self.top)

    def to_start(self) -> None:
        self.area.verticalScrollBar().setValue(0)
        self.place(0)

    # ------------------------------------------------------------ Qt
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        if watched is self.area.viewport():
            if event.type() == QEvent.Type.Resize:
                self.place(self.top)
            elif event.type() == QEvent.Type.MouseButtonPress:
                self.clicked.emit()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt API
        painter = QPainter(self)
        band = self.band()
        dim = QColor(self.dim)
        dim.setAlphaF(DIM_ALPHA)
        painter.fillRect(QRect(0, 0, self.width(), band.top()), dim)
        painter.fillRect(QRect(0, band.bottom() + 1, self.width(), self.height() - band.bottom() - 1), dim)
        pen = QPen(self.edge, EDGE_WIDTH)
        painter.setPen(pen)
        half = EDGE_WIDTH // 2
        painter.drawLine(0, band.top() + half, self.width(), band.top() + half)
        painter.drawLine(0, band.bottom() - half, self.width(), band.bottom() - half)
        painter.end()


class LineReaderGrip(QWidget):
    """The band's handle at the left edge of the question: drag it to move the band."""

    def __init__(self, reader: LineReader) -> None:
        super().__init__(reader.area)
        self.setObjectName("lineReaderGrip")
        self.reader = reader
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setAccessibleName(self.tr("Line reader"))
        self.setAccessibleDescription(self.tr("Ctrl+Up and Ctrl+Down move it; "
                                              "Ctrl+Shift+Up and Ctrl+Shift+Down change its height"))
        self._press_offset: int | None = None
        self.hide()

    def sizeHint(self) -> QSize:  # Qt API
        size = super().sizeHint()
        size.setWidth(max(16, self.reader.line_height // 2))
        return size

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_offset = event.position().toPoint().y()
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt API
        if self._press_offset is not None:
            y = self.mapToParent(event.position().toPoint()).y() - self.reader.area.viewport().geometry().top()
            self.reader.place(y - self._press_offset)
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt API
        self._press_offset = None
        event.accept()

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.reader.edge)
        ink = QColor(self.reader.dim)
        painter.setPen(QPen(ink, 2))
        mid_x = self.width() // 2
        for dy in (-6, 0, 6):
            y = self.height() // 2 + dy
            painter.drawLine(mid_x - 4, y, mid_x + 4, y)
        painter.end()


_DIGITS = {int(Qt.Key.Key_1) + n - 1: n for n in range(1, 10)}


def reading_aid_key(page: ItemPage, key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """The test window's keys for the reading aids on the question page; False for any other
    key (the window handles it). Ctrl+number uncovers / covers a choice and Alt+number strikes it
    out (answer masking); Ctrl+Up/Down move the line reader, Ctrl+Shift+Up/Down change its
    height, Ctrl+Left/Right put it on the reading passage / the question."""
    mods = modifiers & ~Qt.KeyboardModifier.KeypadModifier
    ctrl, alt, shift = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                        Qt.KeyboardModifier.ShiftModifier)
    number = _DIGITS.get(int(key))
    if number is not None and mods == ctrl:
        return page.toggle_mask(number)
    if number is not None and mods == alt:
        return page.toggle_strike(number)
    reader = page.active_reader()
    if mods == ctrl and int(key) in (int(Qt.Key.Key_Left), int(Qt.Key.Key_Right)):
        return page.move_reader(to_passage=int(key) == int(Qt.Key.Key_Left))
    if not reader.isVisible() or int(key) not in (int(Qt.Key.Key_Up), int(Qt.Key.Key_Down)):
        return False
    step = -1 if int(key) == int(Qt.Key.Key_Up) else 1
    if mods == ctrl:
        reader.step(step)
        return True
    if mods == ctrl | shift:
        reader.resize_band(step)
        return True
    return False


def spoken_question(number: str, page: ItemPage) -> str:
    """What *Read aloud* says on a question: the reading passage beside it (its title and text,
    pictures by their alt text) when it has one, its number, its text and each answer as a
    screen reader names it (a covered answer is read as covered, never its hidden text)."""
    parts = [*page.spoken_passage(), number, page.stem.accessibleDescription()]
    parts += [b.accessibleName() for b in page.buttons]
    spoken = ""
    for part in (p.strip() for p in parts if p.strip()):
        # a pause between the parts, without doubling a sentence's own end ("간다.. ", "?. ")
        spoken += part if not spoken else (" " if spoken[-1] in ".?!" else ". ") + part
    return spoken
