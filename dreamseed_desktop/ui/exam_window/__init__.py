"""Student test window: passive Qt view + Qt-free controller (see docs/exam.md).

Entry points for the rest of the app:

* :func:`open_exam_window` — the student launcher opens one exam for the signed-in student.
* :func:`run_exam_mode` — ``dreamseed-desktop --exam`` on lab PCs: sign in, test, sign out,
  repeat; nothing else is reachable.

Both import Qt lazily so the controller package stays importable (and testable) without Qt.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from dreamseed_desktop.services.exams.admin import QUIT_HASH_SETTING

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QWidget

    from dreamseed_desktop.client.journal import Journal
    from dreamseed_desktop.ui.exam_window.view import ExamWindow

__all__ = ["open_exam_window", "run_exam_mode", "QUIT_HASH_SETTING"]

JOURNAL_KEEP_DAYS = 30


def _service(services: Any, name: str) -> Any:
    """Accept an AppContext or a Services object (or anything with the attribute)."""
    svc = getattr(services, "services", services)
    getter = getattr(svc, "get", None)
    return getter(name) if callable(getter) else getattr(svc, name)


def open_exam_window(services: Any, exam_id: int, parent: QWidget | None = None, *,
                     title: str = "", kiosk: bool = True,
                     journal: Journal | None = None,
                     on_exit: Callable[[], None] | None = None) -> ExamWindow:
    """Open the test window for ``exam_id`` and start (or resume) the sitting.

    ``services`` is the :class:`~dreamseed_desktop.ui.context.AppContext` (or its
    ``Services``); the student's token must already be in ``services.db.identity``. The window
    is shown full screen when ``kiosk``; its ``closed`` signal fires when the exam is over and
    the student pressed Done, or the proctor entered the quit password.
    """
    from dreamseed_desktop.services.exams.admin import verify_quit_password
    from dreamseed_desktop.client.journal import ResilientJournal
    from dreamseed_desktop.ui.exam_window.controller import ExamController
    from dreamseed_desktop.ui.exam_window.i18n import install_exam_translator
    from dreamseed_desktop.ui.exam_window.qt_runtime import QtScheduler, WorkerRunner
    from dreamseed_desktop.ui.exam_window.view import ExamWindow
    from dreamseed_desktop.ui.workers import TaskRunner

    install_exam_translator()
    api = _service(services, "exam_api")
    db = getattr(getattr(services, "services", services), "db", None)
    identity = getattr(db, "identity", None)
    window = ExamWindow(title, parent, kiosk=kiosk)
    tasks = getattr(services, "runner", None)
    if not isinstance(tasks, TaskRunner):
        tasks = TaskRunner(window)
    hashes = _settings_quit_hashes(services)
    _fetch_exam_quit_hash(services, tasks, exam_id, hashes, window)

    def quit_check(password: str) -> bool:
        return any(verify_quit_password(password, h) for h in hashes if h)

    heartbeat = None
    if db is not None:
        from dreamseed_desktop.services.exams.presence import ExamPresence

        heartbeat = ExamPresence(db).heartbeat
    journal = journal or ResilientJournal()
    purge = getattr(journal, "purge_acknowledged", None)
    if callable(purge):
        purge(JOURNAL_KEEP_DAYS * 86400)   # settled answers are kept a while, then dropped
    controller = ExamController(
        api=api, journal=journal, view=window, scheduler=QtScheduler(window),
        runner=WorkerRunner(tasks, window), exam_id=exam_id,
        user_id=getattr(identity, "user_id", None), quit_check=quit_check, heartbeat=heartbeat,
        on_exit=on_exit)
    window.bind(controller)
    if kiosk:
        window.showFullScreen()
    else:
        window.show()
    window.activateWindow()
    controller.start()
    return window


def _settings_quit_hashes(services: Any) -> list[str]:
    """The lab PC's quit-password hash from the settings file, if one is configured."""
    settings = getattr(services, "settings", None)
    extra = getattr(settings, "extra", None) or {}
    value = extra.get(QUIT_HASH_SETTING)
    return [value] if isinstance(value, str) and value else []


def _fetch_exam_quit_hash(services: Any, tasks: Any, exam_id: int, hashes: list[str],
                          owner: Any) -> None:
    """Add the exam's own quit-password hash (set by the teacher) once the server sends it."""
    from dreamseed_desktop.services.exams.admin import ExamAdminService

    db = getattr(getattr(services, "services", services), "db", None)
    if db is None:
        return

    def got(value: object) -> None:
        if isinstance(value, str) and value:
            hashes.append(value)

    tasks.read(lambda: ExamAdminService(db).kiosk_quit_hash(exam_id), got, lambda _f: None,
               owner=owner)


def run_exam_mode(argv: list[str], *, sign_in: Callable[[], Any] | None = None) -> int:
    """Lab-PC loop for ``dreamseed-desktop --exam``: sign in → exam → end screen → sign in.

    ``sign_in`` is given by the composition root: it shows the login dialog and returns the
    signed-in student's AppContext (or None to stop, e.g. the admin closed the lab session).
    ``argv`` may carry ``--exam-id N`` to skip the exam choice.
    """
    from dreamseed_desktop.ui.exam_window.kiosk import run_loop

    return run_loop(argv, sign_in)
