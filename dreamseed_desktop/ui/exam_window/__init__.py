"""Student test window: passive Qt view + Qt-free controller (see docs/exam.md).

Entry points for the rest of the app:

* :func:`open_exam_window` — the student launcher opens one exam for the signed-in student.
* :func:`run_exam_mode` — ``dreamseed-desktop --exam`` on lab PCs: sign in, test, sign out,
  repeat; nothing else is reachable.

Both import Qt lazily so the controller package stays importable (and testable) without Qt.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from dreamseed_desktop.services.exams.admin import QUIT_HASH_SETTING

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QWidget

    from dreamseed_desktop.client.journal import Journal
    from dreamseed_desktop.ui.exam_window.inputs import ExamWindowInputs
    from dreamseed_desktop.ui.exam_window.kiosk import LabSeat
    from dreamseed_desktop.ui.exam_window.view import ExamWindow

__all__ = ["QUIT_HASH_SETTING", "open_exam_window", "run_exam_mode"]

JOURNAL_KEEP_DAYS = 30


def open_exam_window(inputs: ExamWindowInputs, exam_id: int, parent: QWidget | None = None, *,
                     title: str = "", kiosk: bool = True,
                     journal: Journal | None = None,
                     on_exit: Callable[[], None] | None = None) -> ExamWindow:
    """Open the test window for ``exam_id`` and start (or resume) the sitting.

    ``inputs`` (see :func:`~dreamseed_desktop.ui.exam_window.inputs.inputs_from_context`)
    carries the exam API of the signed-in student. The window is shown full screen when
    ``kiosk``; its ``closed`` signal fires when the exam is over and the student pressed Done,
    or the proctor entered the quit password.
    """
    from dreamseed_desktop.client.journal import ResilientJournal
    from dreamseed_desktop.services.exams.admin import verify_quit_password
    from dreamseed_desktop.ui.exam_window.controller import ExamController
    from dreamseed_desktop.ui.exam_window.qt_runtime import QtScheduler, WorkerRunner
    from dreamseed_desktop.ui.exam_window.view import ExamWindow

    window = ExamWindow(title, parent, kiosk=kiosk)
    hashes = tuple(inputs.quit_hashes)

    def quit_check(password: str) -> bool:
        """The lab PC's own quit password (checked here, so it works offline)."""
        return any(verify_quit_password(password, h) for h in hashes if h)

    server_quit = None
    if inputs.exam_quit is not None:
        check_on_server = inputs.exam_quit

        def server_quit(password: str) -> bool:
            """The exam's quit password, checked by the server (rate-limited, audited there)."""
            return check_on_server(exam_id, password)

    if journal is None:
        resilient = ResilientJournal()
        resilient.purge_acknowledged(JOURNAL_KEEP_DAYS * 86400)   # settled answers kept a while
        journal = resilient
    controller = ExamController(
        api=inputs.api, journal=journal, view=window, scheduler=QtScheduler(window),
        runner=WorkerRunner(inputs.tasks, window), exam_id=exam_id, user_id=inputs.user_id,
        quit_check=quit_check, server_quit=server_quit, heartbeat=inputs.heartbeat, on_exit=on_exit,
        journal_alert=inputs.journal_alert)
    window.bind(controller)
    window.speech_factory = inputs.speech
    apply_accommodations(window, inputs)
    if kiosk:
        cover_screen(window)
        window.showFullScreen()
    else:
        window.show()
    window.activateWindow()
    controller.start()
    return window


def apply_accommodations(window: ExamWindow, inputs: ExamWindowInputs) -> None:
    """Fetch the student's accommodations in the background and apply them (text size, high
    contrast, answer masking, line reader, read aloud); remember the text size the student
    chooses. The time factor is the server's: it is already in the session's deadline."""
    if inputs.accommodations is not None:
        fetch = inputs.accommodations
        inputs.tasks.read(fetch, window.apply_accommodations, lambda _failure: None, owner=window)
    if inputs.save_zoom is not None:
        save = inputs.save_zoom
        window.zoom_changed.connect(lambda zoom: inputs.tasks.write(
            lambda: save(zoom), lambda _r: None, lambda _failure: None, owner=window))


def cover_screen(window: QWidget) -> None:
    """Size a kiosk window to its whole screen before asking for full screen, so a desktop
    without a window manager (which ignores full-screen requests) still gets a window the size
    of the screen instead of the layout's minimum."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.geometry())


def run_exam_mode(argv: Sequence[str], *, sign_in: Callable[[], LabSeat | None]) -> int:
    """Lab-PC loop for ``dreamseed-desktop --exam``: sign in → exam → end screen → sign in.

    ``sign_in`` is given by the composition root: it shows the login dialog and returns the
    signed-in student's :class:`~dreamseed_desktop.ui.exam_window.kiosk.LabSeat` (or None to
    stop, e.g. the admin closed the lab session). ``argv`` may carry ``--exam-id N`` to skip
    the exam choice.
    """
    from dreamseed_desktop.ui.exam_window.kiosk import run_loop

    return run_loop(list(argv), sign_in)
