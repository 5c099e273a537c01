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
from pathlib import Path

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
    parser.add_argument("--show-problem", metavar="FILE", nargs="?", const="",
                        help="only show why DreamSeed could not start (the kiosk launcher uses this)")
    return parser


LOG_NAME = "dreamseed-desktop.log"
#: where the log went this run (the data folder's, or the temporary folder's when that is not writable)
ACTIVE_LOG: list[Path] = []


def log_file() -> Path:
    """Where the GUI writes its log (the generic error message points users here)."""
    from dreamseed_desktop.config import paths

    return paths.data_dir_path() / "logs" / LOG_NAME


def _configure_logging(verbose: bool) -> None:
    """Rotating log file in the data directory plus stderr; third-party chatter kept quiet.
    When the data folder cannot be written the log goes to the temporary folder instead
    (``config.paths.fallback_dir``), so the message about the folder can point at a log."""
    from logging.handlers import RotatingFileHandler

    from dreamseed_desktop.config import paths

    handlers: list[logging.Handler] = [logging.StreamHandler()]
    ACTIVE_LOG.clear()
    for path in (log_file(), paths.fallback_dir() / LOG_NAME):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handlers.append(RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"))
            ACTIVE_LOG.append(path)
            break
        except OSError as exc:  # a read-only profile must not stop the program
            print(f"cannot write the log file {path}: {exc}", file=sys.stderr)
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, handlers=handlers,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not verbose:
        logging.getLogger("pgserver").setLevel(logging.WARNING)


def run_gui(argv: Sequence[str]) -> int:
    """Parse the flags, set up logging and hand over to the composition root."""
    args = build_parser().parse_args(list(argv[1:]))
    if args.show_problem is not None:
        from dreamseed_desktop.bootstrap.problems import show_start_problem

        return show_start_problem(argv, args.show_problem, language=args.lang)
    _configure_logging(args.verbose)
    from dreamseed_desktop.bootstrap import run_gui as start

    return start(argv, demo=args.demo, database_url=args.database_url, exam=args.exam,
                 language=args.lang)


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
    from dreamseed_desktop.config import startup

    startup.restart_clock()
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
