"""dreamseed-admin: database upgrades, accounts, demo data, roster CSV, CAT tools.

Each area registers its sub-commands from its own module (``register(subparsers)``), listed
in :data:`REGISTRARS`; a new area is one import and one entry there.
"""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from dreamseed_desktop import __version__
from dreamseed_desktop.cli import (
    admin_cmds,
    cat_cmds,
    checks_cmds,
    db_cmds,
    demo_cmds,
    items_cmds,
    kiosk_cmds,
    roster_cmds,
    security_cmds,
)

REGISTRARS: tuple[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None], ...] = (
    db_cmds.register, admin_cmds.register, demo_cmds.register, roster_cmds.register,
    items_cmds.register, cat_cmds.register, checks_cmds.register, security_cmds.register,
    kiosk_cmds.register,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dreamseed-admin", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in REGISTRARS:
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
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
        print("Interrupted.", file=sys.stderr)
        return 130
    except OSError as exc:
        # a local file or folder problem (disk full, no permission, missing file): not the network
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"error: {exc.strerror or exc}{where}. Check the file or folder and try again.",
              file=sys.stderr)
        logging.getLogger(__name__).debug("details", exc_info=True)
        return 1
    except Exception as exc:
        print(f"error: {type(exc).__name__}: {exc}. Nothing more could be done; run again with "
              "-v for details and report them.", file=sys.stderr)
        logging.getLogger(__name__).debug("details", exc_info=True)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
