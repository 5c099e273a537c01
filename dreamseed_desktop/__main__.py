"""``dreamseed-desktop``: the GUI entry point.

Flags: ``--demo`` (embedded database with demo data, login prefilled with the demo admin),
``--database-url URL`` (school server), ``--exam`` (lab-PC exam mode), ``--lang ko|en``.
A language change in the main window restarts the program once.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from typing import Any

log = logging.getLogger("dreamseed_desktop")



def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dreamseed-desktop",
                                     description="DreamSeed Desktop (computerized adaptive testing)")
    parser.add_argument("--demo", action="store_true",
                        help="use the embedded database with demo data (created if empty)")
    parser.add_argument("--database-url", metavar="URL", help="the school server's PostgreSQL URL")
    parser.add_argument("--exam", action="store_true", help="lab-PC exam mode (students only)")
    parser.add_argument("--exam-id", type=int, metavar="N",
                        help="with --exam: open this exam directly (read by the exam window)")
    parser.add_argument("--lang", choices=("ko", "en"), help="user interface language")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug output")
    return parser


def log_file() -> Any:
    """Where the GUI writes its log (the generic error message points users here)."""
    from dreamseed_desktop.config import paths

    return paths.data_dir() / "logs" / "dreamseed-desktop.log"


def _configure_logging(verbose: bool) -> None:
    """Rotating log file in the data directory plus stderr; third-party chatter kept quiet."""
    from logging.handlers import RotatingFileHandler

    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"))
    except OSError as exc:  # a read-only profile must not stop the program
        print(f"cannot write the log file: {exc}", file=sys.stderr)
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, handlers=handlers,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not verbose:
        logging.getLogger("pgserver").setLevel(logging.WARNING)


def _seed_demo_if_empty(owner_url: str) -> Any:
    """Seed the demo school into the embedded database unless it is there; its DemoSummary."""
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.services.demo.seed import seed_demo
    from dreamseed_desktop.services.core.uow import Database

    engine = make_engine(owner_url, pool_size=1)
    try:
        return seed_demo(Database(engine))
    finally:
        engine.dispose()


def _demo_hint(qapp: Any, demo: Any) -> str:
    """Tell a first-time user how to get into the demo school."""
    teacher = demo.teacher_emails[0] if demo.teacher_emails else demo.admin_email
    student = demo.sample_student_email or demo.admin_email
    return (qapp.translate("Startup", "Demo school: every demo account has the password %1. "
                                      "Try a teacher (%2) or a student (%3) too.")
            .replace("%1", demo.password).replace("%2", teacher).replace("%3", student))


def _choose_connection(app: Any, settings: Any, runner: Any) -> tuple[bool, Any]:
    """First run: ask embedded vs server. Returns (chosen, settings)."""
    from PySide6.QtWidgets import QDialog

    from dreamseed_desktop.bootstrap import check_connection
    from dreamseed_desktop.config.settings import save_settings
    from dreamseed_desktop.ui.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog(check_connection, runner)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, settings
    settings = settings.with_changes(database_url=dialog.database_url(), connection_chosen=True)
    try:
        save_settings(settings)
    except OSError as exc:
        log.warning("could not save settings: %s", exc)
    return True, settings


def run_gui(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv[1:]))
    _configure_logging(args.verbose)
    from dreamseed_desktop.bootstrap import check_connection, client_role_ready, start_app_embedded
    from dreamseed_desktop.config.settings import load_settings, resolve_database_url
    from dreamseed_desktop.db.engine import describe_url, make_engine
    from dreamseed_desktop.db.roles import client_url
    from dreamseed_desktop.services.core.uow import Database
    from dreamseed_desktop.ui import app as gui
    from dreamseed_desktop.ui.workers import TaskRunner

    settings = load_settings()
    if args.lang:
        settings = settings.with_changes(language=args.lang)
    qapp = gui.create_application(argv, settings.language)
    runner = TaskRunner(qapp)
    url = None if args.demo else resolve_database_url(args.database_url, settings)
    if url is None and not args.demo and not settings.connection_chosen:
        chosen, settings = _choose_connection(qapp, settings, runner)
        if not chosen:
            return 0
        url = settings.database_url
    with ExitStack() as stack:
        email = hint = ""
        if url is None:
            server = gui.run_with_progress(runner, start_app_embedded,
                                           qapp.translate("Startup", "Starting the database on this PC…"))
            stack.callback(server.stop)
            owner_url = server.url()
            if args.demo:
                demo = gui.run_with_progress(runner, lambda: _seed_demo_if_empty(owner_url),
                                             qapp.translate("Startup", "Preparing the demo school…"))
                email, hint = demo.admin_email, _demo_hint(qapp, demo)
            use_client = client_role_ready(owner_url)
            url = client_url(owner_url) if use_client else owner_url
            if not use_client:
                log.warning("client role missing: connecting as the owner (development database)")
            label = qapp.translate("Startup", "This PC (embedded)")
        else:
            ok, message = gui.run_with_progress(runner, lambda: check_connection(url),
                                                qapp.translate("Startup", "Connecting…"))
            if not ok:
                gui.show_fatal(qapp.translate("Startup", "Cannot use the database"), message)
                return 1
            label = describe_url(url)
        engine = make_engine(url)
        stack.callback(engine.dispose)
        stack.callback(runner.shutdown)
        db = Database(engine)
        from dreamseed_desktop.services.core.auth import AuthService

        auth = AuthService(db)
        if args.exam:
            return _run_exam_mode(argv, qapp, db, runner, auth, settings, label)
        return gui.run_session(qapp, db, settings, runner, login=auth.login, logout=auth.logout,
                               server_label=label, email=email, hint=hint)
    return 0


def _run_exam_mode(argv: Sequence[str], qapp: Any, db: Any, runner: Any, auth: Any,
                   settings: Any, label: str) -> int:
    """Hand the lab PC to the exam window module: it loops sign-in → exam → sign-out."""
    try:
        from dreamseed_desktop.ui import exam_window
    except ImportError:
        from dreamseed_desktop.ui import app as gui

        gui.show_fatal("DreamSeed", qapp.translate("Startup", "Exam mode is not installed."))
        return 1
    from dreamseed_desktop.ui import app as gui
    from dreamseed_desktop.ui.app_events import AppEvents
    from dreamseed_desktop.ui.context import AppContext

    def sign_in() -> AppContext | None:
        if db.identity.token:          # the previous student signs out first
            auth.logout()
        identity, _settings = gui.sign_in(db, runner, auth.login, settings, server_label=label)
        if identity is None:
            return None
        return AppContext(db=db, events=AppEvents(), runner=runner, settings=settings,
                          server_label=label)

    return int(exam_window.run_exam_mode(list(argv), sign_in=sign_in) or 0)


def _without_lang(args: Sequence[str]) -> list[str]:
    rest: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            rest.append(arg)
    return rest


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    code = run_gui(argv)
    if code == 75:  # ui.app.RESTART_EXIT_CODE: language change (the settings file has it now)
        rest = _without_lang(argv[1:])
        if getattr(sys, "frozen", False):  # PyInstaller build: the executable is the app itself
            os.execv(sys.executable, [sys.executable, *rest])
        os.execv(sys.executable, [sys.executable, "-m", "dreamseed_desktop", *rest])
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
