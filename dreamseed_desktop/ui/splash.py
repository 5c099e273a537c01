"""The start-up window: names each step while the program starts, until the first dialog.

``bootstrap.run_gui`` shows a :class:`StartSplash` as soon as the application exists and runs
every start-up step through :func:`run_step` — the work on a worker thread, the step's name on
the splash (the earlier steps ticked off) — so a user who waits knows what for: starting the
database on this PC, checking its version, updating it, loading the demo school, connecting to
the school's server. Each step also writes a timing line (``config.startup``).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from dreamseed_desktop.config import startup
from dreamseed_desktop.ui.workers import Failure, TaskRunner

__all__ = ["StartSplash", "run_step"]

T = TypeVar("T")

DONE, CURRENT = "✓", "…"


class StartSplash(QWidget):
    """A small frameless window: the program's name and the start-up steps so far, the current
    one last. No signals; :meth:`steps` lists the step names shown (tests read it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("startSplash")
        self.setAccessibleName(self.tr("DreamSeed Desktop is starting"))
        frame = self._frame = QFrame(self)
        frame.setObjectName("startSplashFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel("DreamSeed Desktop")
        title.setObjectName("startSplashTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.subtitle = QLabel(self.tr("Starting…"))
        self._steps_box = QVBoxLayout()
        self._steps_box.setSpacing(4)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.addWidget(title)
        inner.addWidget(self.subtitle)
        inner.addSpacing(10)
        inner.addLayout(self._steps_box)
        inner.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setMinimumSize(440, 240)
        self._names: list[str] = []
        self._labels: list[QLabel] = []

    def begin_step(self, name: str) -> None:
        """Tick off the step that was running and show ``name`` as the current one."""
        if self._labels:
            self._labels[-1].setText(f"{DONE} {self._names[-1]}")
        label = QLabel(f"{CURRENT} {name}")
        label.setObjectName("startSplashStep")
        self._steps_box.addWidget(label)
        label.show()                     # at once, not when the event loop gets to it
        self._names.append(name)
        self._labels.append(label)
        self.setAccessibleDescription(name)
        for layout in (self._frame.layout(), self.layout()):
            if layout is not None:
                layout.activate()        # place the new line before painting
        if not self.isVisible():
            self._centre()
            self.show()
        self.repaint()

    def steps(self) -> list[str]:
        """The step names shown so far, in order."""
        return list(self._names)

    def finish(self) -> None:
        """The first dialog is about to show: the splash goes."""
        self.close()

    def _centre(self) -> None:
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.center().x() - self.width() // 2, area.center().y() - self.height() // 2)


def run_step(runner: TaskRunner, splash: StartSplash | None, name: str, work: Callable[[], T]) -> T:
    """Show ``name`` on the splash and run ``work`` on a worker thread, keeping the window
    painted; its result, or a ``RuntimeError`` with the failure's message for the user (the
    original error as its cause)."""
    startup.mark(name)
    if splash is not None:
        splash.begin_step(name)
    loop = QEventLoop()
    values: list[T] = []
    failures: list[Failure] = []

    def done(value: T) -> None:
        values.append(value)
        loop.quit()

    def failed(failure: Failure) -> None:
        failures.append(failure)
        loop.quit()

    runner.read(work, done, failed)
    while not values and not failures:   # a stop request leaves the loop early: let the work finish
        loop.exec()
    if failures:
        raise RuntimeError(failures[0].message) from failures[0].error
    return values[0]
