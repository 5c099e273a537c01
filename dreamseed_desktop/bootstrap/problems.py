"""Start-up problems the user must see: a window that says why the program cannot start and
where the log is, kept for the kiosk launcher (which stops restarting after repeated fast
failures and then shows only this message: ``dreamseed-desktop --show-problem``)."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dreamseed_desktop.config import paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

#: exit code after a start-up problem was shown to the user (EX_CONFIG): the kiosk launcher
#: does not restart at once after it
STARTUP_PROBLEM_EXIT = 78


def _log_path() -> str:
    """The file the log goes to this run (see ``__main__._configure_logging``)."""
    for handler in logging.getLogger().handlers:
        name = getattr(handler, "baseFilename", None)
        if name:
            return str(name)
    return ""


def start_problem(qapp: QApplication, title: str, text: str) -> int:
    """Say in a window why the program cannot start (and where the log is), keep the text for
    the kiosk launcher (``paths.start_problem_file``), and return :data:`STARTUP_PROBLEM_EXIT`."""
    from dreamseed_desktop.ui import app as gui

    where = _log_path()
    if where:
        text += "\n\n" + qapp.translate("Startup", "Details are in the log file %1.").replace("%1", where)
    log.error("start-up problem: %s", text)
    try:
        target = paths.start_problem_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(title + "\n" + text, encoding="utf-8")
    except OSError as exc:
        log.warning("could not keep the start-up problem for the kiosk launcher: %s", exc)
    gui.show_fatal(title, text)
    return STARTUP_PROBLEM_EXIT


def show_start_problem(argv: Sequence[str], problem_file: str, *, language: str | None = None) -> int:
    """``dreamseed-desktop --show-problem [FILE]``: only the message window (needs neither the
    data folder nor a database), for the kiosk launcher after repeated fast failures."""
    from dreamseed_desktop.config.settings import load_settings
    from dreamseed_desktop.ui import app as gui

    settings = load_settings()
    qapp = gui.create_application(argv, language or settings.kiosk_language)
    path = Path(problem_file) if problem_file else paths.start_problem_file()
    title = qapp.translate("Startup", "DreamSeed cannot start")
    detail = ""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        title, detail = (lines[0], "\n".join(lines[1:])) if lines else (title, "")
    except OSError:
        pass
    text = qapp.translate("Startup", "DreamSeed stopped several times in a row right after starting, so this PC "
                                     "has stopped trying. Call the administrator.")
    if detail:
        text += "\n\n" + detail
    gui.show_fatal(title, text)
    return 0
