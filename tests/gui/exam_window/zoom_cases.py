"""The test window at the screen sizes and zoom levels of issue 19, shared by the geometry test
and the screenshot script (render_zoom.py).

Operating-system scaling: with Qt's high-DPI scaling a screen of W×H physical pixels at scale
s is a W/s × H/s logical screen, and point-sized fonts are laid out in logical pixels, so the
OS-scaled cases are the logical sizes at zoom 100 %.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QPushButton,
    QWidget,
)

from dreamseed_desktop.services.exams.api import PendingItem
from dreamseed_desktop.ui.exam_window.pages import ChoiceButton
from dreamseed_desktop.ui.exam_window.view import ExamWindow

SIZES = ((1366, 768), (1280, 720), (1920, 1080))
ZOOMS = (1.0, 1.5, 2.0)
#: (physical size, OS scale) → logical size at zoom 100 %
OS_SCALED = {((1366, 768), 1.5): (911, 512), ((1366, 768), 2.0): (683, 384),
             ((1280, 720), 1.5): (853, 480), ((1280, 720), 2.0): (640, 360),
             ((1920, 1080), 1.5): (1280, 720), ((1920, 1080), 2.0): (960, 540)}

STEM = ("<p>민수는 가게에서 한 개에 1,200원인 연필을 몇 자루 사고, 3,500원짜리 공책 한 권을 "
        "샀습니다. 낸 돈이 모두 9,500원일 때, 민수가 산 연필은 몇 자루입니까? 아래 그림을 보고 "
        "알맞은 답을 고르세요.</p>"
        '<p><img width="320" height="180" src="data:image/svg+xml;utf8,'
        "<svg xmlns='http://www.w3.org/2000/svg' width='320' height='180'>"
        "<rect width='320' height='180' fill='%23dde6f3'/>"
        "<text x='20' y='95' font-size='28'>연필 1,200원</text></svg>\" alt=\"연필 가격표\"></p>")
CHOICES = ("3자루", "4자루", "5자루 — 연필 다섯 자루와 공책 한 권을 합한 금액이 낸 돈과 같습니다",
           "6자루", "7자루")


def item() -> PendingItem:
    return PendingItem(session_id=1, seq=1, item_id=9, stem=STEM, choices=CHOICES)


def _plain(label: QLabel) -> str:
    return label.text() if not label.textFormat().name == "RichText" else ""


def geometry_problems(window: ExamWindow) -> list[str]:
    """Widgets outside their parent's visible area, overlapping siblings, text that does not
    fit. The scroll area's content may be taller than the viewport (it scrolls), never wider."""
    problems: list[str] = []

    def name(w: QWidget) -> str:
        return f"{type(w).__name__}#{w.objectName() or '?'}"

    scroll_contents = {id(a.widget()) for a in window.findChildren(QAbstractScrollArea)
                       if hasattr(a, "widget") and a.widget() is not None}
    # overlays drawn over the page on purpose: the focus ring, the line reader and its handle
    overlays = {"focusRing", "lineReader", "lineReaderGrip"}
    visible = [w for w in window.findChildren(QWidget)
               if w.isVisible() and w.objectName() not in overlays and not w.isWindow()]
    for w in visible:
        parent = w.parentWidget()
        if parent is None:
            continue
        inside = parent.rect()
        if id(w) in scroll_contents:
            if w.width() > parent.width():
                problems.append(f"{name(w)} is wider than the visible area ({w.width()} > {parent.width()})")
        elif not inside.contains(w.geometry()):
            problems.append(f"{name(w)} {w.geometry().getRect()} outside {name(parent)} "
                            f"{inside.getRect()}")
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                # a wrapped label squeezed to a few characters is cut, not wrapped
                room = min(w.fontMetrics().horizontalAdvance(w.text()),
                           8 * w.fontMetrics().averageCharWidth())
                if w.contentsRect().width() + 1 < room:
                    problems.append(f"{name(w)} squeezed to {w.contentsRect().width()}px "
                                    f"(needs {room}px for a line of text)")
            if w.wordWrap() or w.textFormat().name == "RichText":
                # QLabel's height for a width and its size hint are the whole label's, margins
                # and style-sheet padding included: compare them with the whole label
                need = w.heightForWidth(w.width()) if w.wordWrap() else w.sizeHint().height()
                if need > w.height() + 1 and need > 0:
                    problems.append(f"{name(w)} text needs {need}px height, has {w.height()}")
                if not w.wordWrap() and w.sizeHint().width() > w.width() + 1:
                    problems.append(f"{name(w)} text needs {w.sizeHint().width()}px, has {w.width()}")
            else:
                need = w.fontMetrics().horizontalAdvance(w.text())
                if need > w.contentsRect().width() + 1:
                    problems.append(f"{name(w)} {w.text()!r} needs {need}px, has {w.contentsRect().width()}")
        if isinstance(w, ChoiceButton):
            label = w.cover if w.masked else w.label
            if label.height() < label.heightForWidth(label.width()):
                problems.append(f"choice {w.mark} clipped: {label.height()} < "
                                f"{label.heightForWidth(label.width())}")
        elif isinstance(w, QPushButton) and w.text():
            hint = w.sizeHint()
            if w.width() + 1 < hint.width() or w.height() + 1 < hint.height():
                problems.append(f"{name(w)} {w.text()!r} is {w.width()}×{w.height()}, needs "
                                f"{hint.width()}×{hint.height()}")
    by_parent: dict[int, list[QWidget]] = {}
    for w in visible:
        if w.parentWidget() is not None and not isinstance(w.parentWidget(), QAbstractButton):
            by_parent.setdefault(id(w.parentWidget()), []).append(w)
    for siblings in by_parent.values():
        for i, a in enumerate(siblings):
            for b in siblings[i + 1:]:
                overlap: QRect = a.geometry().intersected(b.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    problems.append(f"{name(a)} and {name(b)} overlap by "
                                    f"{overlap.width()}×{overlap.height()}")
    return problems


def window_at(qtbot, size: tuple[int, int], zoom: float, state: str = "question") -> ExamWindow:
    """A test window of ``size`` logical pixels at ``zoom`` showing ``state``: "question",
    "confirm" or "end"."""
    from dreamseed_desktop.services.exams.api import SessionResult

    window = ExamWindow("수학 단원평가 — 2학기 1단원 (분수의 덧셈과 뺄셈)", kiosk=False, zoom=zoom)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_item(item(), 7)
    window.set_progress(6, 20)
    window.set_remaining(754)
    from dreamseed_desktop.ui.exam_window.ports import SaveState

    window.set_save_state(SaveState.SAVED)
    if state in ("confirm", "question"):
        window.set_selected(3)
    if state == "confirm":
        window.set_confirming(3)
    if state == "end":
        window.show_finished(SessionResult(session_id=1, status="finished", show_result="correct", n_correct=9,
                                           answered=14, percent_correct=64.3, theta=None, se=None))
    qtbot.wait(60)
    return window


def point_in(window: QWidget, w: QWidget) -> QPoint:
    return w.mapTo(window, QPoint(0, 0))
