"""dreamseed-admin: database upgrades, accounts, demo data, roster CSV, CAT tools.

Each area registers its sub-commands from its own module (``register(subparsers)``), listed
in :data:`REGISTRARS`; a new area is one import and one entry there.
"""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import cast

from dreamseed_desktop import __version__
from dreamseed_desktop.cli import (
    admin_cmds,
    backup_cmds,
    cat_cmds,
    checks_cmds,
    db_cmds,
    demo_cmds,
    i18n,
    items_cmds,
    kiosk_cmds,
    roster_cmds,
    security_cmds,
)
from dreamseed_desktop.cli.i18n import translate

REGISTRARS: tuple[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None], ...] = (
    db_cmds.register, admin_cmds.register, demo_cmds.register, roster_cmds.register,
    items_cmds.register, cat_cmds.register, checks_cmds.register, security_cmds.register,
    kiosk_cmds.register, backup_cmds.register,
)


def build_parser() -> argparse.ArgumentParser:
    parser = i18n.Parser(prog="dreamseed-admin", description=translate(
        "Cli", "dreamseed-admin: database upgrades, backups, accounts, demo data, roster CSV, CAT tools."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=translate("Cli", "show the program's version and exit"))
    parser.add_argument("-v", "--verbose", action="store_true", help=translate("Cli", "log debug output"))
    parser.add_argument("--lang", choices=("ko", "en"),
                        help=translate("Cli", "language of the messages (default: DREAMSEED_LANG, LANG, or the "
                                              "program's setting)"))
    sub = cast("argparse._SubParsersAction[argparse.ArgumentParser]",
               parser.add_subparsers(dest="command", metavar="COMMAND"))
    for register in REGISTRARS:
        register(sub)
    return parser


def _lang_option(argv: Sequence[str]) -> str | None:
    """``--lang`` before argparse runs, so its refusals of bad values are in that language."""
    for k, arg in enumerate(argv):
        if arg == "--lang" and k + 1 < len(argv) and argv[k + 1] in ("ko", "en"):
            return argv[k + 1]
        if arg in ("--lang=ko", "--lang=en"):
            return arg[-2:]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(i18n.choose_language(_lang_option(argv)))
    with i18n.translated_argparse():
        parser = build_parser()
        args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    try:
        return int(func(args) or 0)
    except KeyboardInterrupt:
        print(translate("Cli", "Interrupted."), file=sys.stderr)
        return 130
    except OSError as exc:
        # a local file or folder problem (disk full, no permission, missing file): not the network
        where = f" ({exc.filename})" if exc.filename else ""
        print(translate("Cli", "error: %1. Check the file or folder and try again.").replace(
            "%1", f"{exc.strerror or exc}{where}"), file=sys.stderr)
        logging.getLogger(__name__).debug("details", exc_info=True)
        return 1
    except Exception as exc:
        print(translate("Cli", "error: %1. Nothing more could be done; run again with -v for details "
                               "and report them.").replace("%1", f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        logging.getLogger(__name__).debug("details", exc_info=True)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
