"""The Qt side of start-up: QApplication, fonts, language, sign-in loop and the main window.

The composition root (``bootstrap.run_gui``) decides where the database is and passes in the
typed :class:`~dreamseed_desktop.services.container.Services` it built; sign-in and sign-out go
through ``services.auth``. This module never touches the db layer.
"""
from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from dreamseed_desktop.config import startup
from dreamseed_desktop.config.paths import resources_dir
from dreamseed_desktop.config.settings import Settings, save_settings
from dreamseed_desktop.services.container import Services
from dreamseed_desktop.services.core.errors import DomainError
from dreamseed_desktop.services.core.uow import Identity
from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.a11y.focus_ring import install_dialog_focus_rings
from dreamseed_desktop.ui.app_events import AppEvents
from dreamseed_desktop.ui.charts.base import install_gui_thread_gc
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.demo_fill import DemoFill
from dreamseed_desktop.ui.fonts import load_bundled_fonts
from dreamseed_desktop.ui.login_dialog import LoginDialog
from dreamseed_desktop.ui.main_window import SETTINGS_APP, SETTINGS_ORG, MainWindow
from dreamseed_desktop.ui.speech import SpeakerFactory
from dreamseed_desktop.ui.workers import TaskRunner

log = logging.getLogger(__name__)

#: exit code asking ``__main__`` to start the program again (language change)
RESTART_EXIT_CODE = 75
GIL_SWITCH_INTERVAL_S = 0.001

def create_application(argv: Sequence[str], language: str) -> QApplication:
    """The QApplication with our names, icon, bundled fonts and translators installed.

    The interpreter's thread switch interval drops from 5 ms to 1 ms so a worker converting
    rows in Python hands the GIL back to the GUI thread quickly (measured: shorter stalls).
    """
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv))
    app.setOrganizationName(SETTINGS_ORG)
    app.setApplicationName(SETTINGS_APP)
    app.setApplicationDisplayName("DreamSeed Desktop")
    icon = resources_dir() / "icons" / "dreamseed.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    load_bundled_fonts(app)
    i18n.install_language(language, app)
    install_terminate_handler(app)
    install_dialog_focus_rings()         # sign-in, set-up and every later dialog show their focus
    # Cyclic GC only on the GUI thread: worker threads start before any chart exists, and a
    # collection inside a pyqtgraph paint crashes (see ui/charts/base.py).
    install_gui_thread_gc()
    return app


TERMINATING = "dreamseed_terminating"


def install_terminate_handler(app: QApplication) -> None:
    """SIGTERM and SIGINT (system shutdown, ``systemctl stop``, ``kill``, Ctrl+C in a terminal)
    end the program the normal way: open dialogs are dismissed, windows closed and the event loop
    left, so start-up's clean-up runs (sign-out, this PC's own database stopped) instead of the
    process dying with its server left running. A timer lets Python see the signal while Qt waits."""
    if not hasattr(signal, "SIGTERM"):  # pragma: no cover - every supported platform has it
        return

    def close_everything() -> None:
        log.info("asked to stop: closing every window")
        app.setProperty(TERMINATING, True)
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        app.closeAllWindows()
        app.quit()

    def on_signal(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, close_everything)

    try:
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
    except ValueError:   # not the main thread (some tests): nothing to install
        return
    timer = QTimer(app)
    timer.setObjectName("signalPoll")
    timer.timeout.connect(lambda: None)
    timer.start(300)


def terminating() -> bool:
    app = QCoreApplication.instance()
    return bool(app is not None and app.property(TERMINATING))


def sign_in(services: Services, runner: TaskRunner, settings: Settings, *,
            email: str = "", server_label: str = "", hint: str = "", demo_fill: DemoFill | None = None,
            ) -> tuple[Identity | None, Settings]:
    """Show the login dialog until the user signs in (identity) or cancels (None)."""
    db = services.db
    if terminating():
        return None, settings
    try:   # schools to choose from for a 학번 sign-in (several schools on one server)
        schools = services.auth.sign_in_schools()
    except DomainError:
        schools = []
    dialog = LoginDialog(services.auth.login, runner, email=email, language=settings.language,
                         server_label=server_label, hint=hint, schools=schools,
                         change_password=services.auth.change_password, logout=services.auth.logout)
    QTimer.singleShot(0, dialog, lambda: _dialog_shown(dialog, demo_fill))   # runs once exec() has shown it
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, settings
    language = dialog.chosen_language()
    if language != settings.language:
        settings = settings.with_changes(language=language)
        try:
            save_settings(settings)
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
    identity = dialog.identity
    if isinstance(identity, Identity):
        db.identity = identity
    return db.identity, settings


def _dialog_shown(dialog: QDialog, demo_fill: DemoFill | None = None) -> None:
    """The start-up timing line (``config.startup``); with ``DREAMSEED_START_TIMING=exit`` the
    program closes the dialog and quits the normal way (a benchmark's start ends here); with
    ``=exit-filled`` it first waits for the demo's background sittings (the quit would stop them)."""
    startup.mark(startup.SIGN_IN_SHOWN)
    if startup.exit_at_sign_in():
        if startup.wait_for_demo() and demo_fill is not None and demo_fill.running:
            demo_fill.finished.connect(dialog.reject)
        else:
            dialog.reject()


def first_run(services: Services, runner: TaskRunner, settings: Settings, *,
              server_label: str = "") -> Identity | None:
    """On a database without an administrator (a fresh install without ``--demo``), the
    set-up wizard; the new administrator's identity when it created the school, else None."""
    try:
        if not services.setup.needs_setup():
            return None
    except DomainError as exc:   # e.g. an older server without the function: sign in as usual
        log.warning("cannot tell whether the database needs setting up: %s", exc)
        return None
    from dreamseed_desktop.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(services, runner, settings, server_label=server_label)
    wizard.exec()
    return wizard.identity


def run_session(app: QApplication, services: Services, settings: Settings, runner: TaskRunner, *,
                server_label: str, email: str = "", hint: str = "",
                speech: SpeakerFactory | None = None, demo_fill: DemoFill | None = None) -> int:
    """(First run: set-up wizard →) sign in → main window → (sign out → sign in again) until
    the user quits."""
    ready = first_run(services, runner, settings, server_label=server_label)
    while True:
        identity: Identity | None
        if ready is not None:   # the set-up wizard signed the new administrator in
            identity, ready = ready, None
        else:
            identity, settings = sign_in(services, runner, settings, email=email,
                                         server_label=server_label, hint=hint, demo_fill=demo_fill)
        if identity is None:
            return 0
        ctx = AppContext(services=services, events=AppEvents(), runner=runner, settings=settings,
                         server_label=server_label, speech=speech, demo_fill=demo_fill)
        window = MainWindow(ctx)
        outcome = {"signed_out": False, "restart": False}
        # the closures serve this iteration's window only (it is closed before the next one)
        window.sign_out_requested.connect(lambda: outcome.update(signed_out=True))  # noqa: B023
        window.restart_requested.connect(lambda: (outcome.update(restart=True), window.close()))  # noqa: B023
        window.show()
        app.exec()
        settings = ctx.settings
        _safe_logout(services.auth.logout)
        window.deleteLater()
        # exec() has returned, so nothing else would run the deferred delete before exit; a
        # pyqtgraph window still alive at interpreter shutdown can crash it.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if outcome["restart"]:
            return RESTART_EXIT_CODE
        if not outcome["signed_out"]:
            return 0
        email = ""


def _safe_logout(logout: Callable[[], None]) -> None:
    try:
        logout()
    except Exception as exc:  # noqa: BLE001 - signing out must never block quitting
        log.warning("sign-out failed: %s", exc)


def show_fatal(title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, title, text)

