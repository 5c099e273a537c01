"""A focus ring that every window shows around the widget with the keyboard focus.

Qt's Fusion style marks the focus of a line edit or a table but not of a push button, combo
box or check box; the test window's own style sheet hides it too. WCAG 2.4.7 asks for a
visible focus everywhere, so the window draws one itself: a 3 px outline in the palette's
highlight colour around the focused widget, painted by a mouse-transparent overlay that follows
``QApplication.focusChanged`` and the widget's moves and resizes.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from dreamseed_desktop.ui.a11y.contrast import NON_TEXT_AA, contrast_ratio

#: ring width in pixels and its gap to the widget
RING_WIDTH = 3
RING_GAP = 1


class FocusRing(QWidget):
    """The overlay; create one per top-level window with :func:`install_focus_ring`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self.color: QColor | None = None      # None: the palette's highlight colour
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        window = self.parentWidget()
        for watched in self._watched:
            try:
                watched.removeEventFilter(self)
            except RuntimeError:              # the old widget is already gone
                pass
        self._watched = []
        self.target = new if new is not None and window is not None \
            and new is not window and window.isAncestorOf(new) else None
        # the widget and its ancestors: a scroll area moves the focused widget by moving its
        # content, not the widget itself
        widget = self.target
        while widget is not None and widget is not window:
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self.follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show,
                            QEvent.Type.Hide) and watched in self._watched:
            self.follow()
        return False

    def ring_rect(self) -> QRect | None:
        """The ring's rectangle in the window's coordinates, or None when nothing shows."""
        window, target = self.parentWidget(), self.target
        if window is None or target is None or not target.isVisible():
            return None
        top_left = target.mapTo(window, target.rect().topLeft())
        margin = RING_WIDTH + RING_GAP
        return QRect(top_left, target.size()).adjusted(-margin, -margin, margin, margin)

    def follow(self) -> None:
        rect = self.ring_rect()
        if rect is None:
            self.hide()
            return
        self.setGeometry(rect)
        self.show()
        self.raise_()
        self.update()

    def ring_color(self) -> QColor:
        """The highlight colour when it stands out 3:1 from the window (WCAG 1.4.11), else
        the window's text colour."""
        if self.color is not None:
            return self.color
        palette = self.palette()
        highlight = palette.color(palette.ColorRole.Highlight)
        window = palette.color(palette.ColorRole.Window)
        if contrast_ratio(highlight, window) >= NON_TEXT_AA:
            return highlight
        return palette.color(palette.ColorRole.WindowText)

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt API
        painter = QPainter(self)
        pen = QPen(self.ring_color(), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = RING_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))
        painter.end()


def install_focus_ring(window: QWidget) -> FocusRing:
    """Give ``window`` (a top-level widget) its focus ring."""
    return FocusRing(window)


class DialogFocusRings(QObject):
    """Application-wide: every dialog (forms, the exam dialog, message boxes, wizards, Qt's own
    pickers) gets its :class:`FocusRing` when it is first shown, so a keyboard user sees where
    the focus is there too, not only in the main window."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow() \
                and watched.findChild(FocusRing, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
            install_focus_ring(watched)
        return False


_dialog_rings: DialogFocusRings | None = None


def install_dialog_focus_rings() -> None:
    """Install :class:`DialogFocusRings` on the application (once)."""
    global _dialog_rings
    app = QApplication.instance()
    if _dialog_rings is None and app is not None:
        _dialog_rings = DialogFocusRings(app)
        app.installEventFilter(_dialog_rings)
