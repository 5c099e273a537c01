"""``dreamseed-admin db upgrade|status``."""
from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from dreamseed_desktop.cli.common import add_database_argument, owner_url, run_reporting_errors
from dreamseed_desktop.cli.i18n import error_line, fill, translate

if TYPE_CHECKING:
    from dreamseed_desktop.db.migrate import SchemaStatus


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help=translate("Cli", "database schema"))
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dbsub.add_parser("upgrade", help=translate("Cli", "migrate the database to the newest schema"))
    add_database_argument(up)
    up.add_argument("--revision", default="head",
                    help=translate("Cli", "upgrade only up to this revision (default: head); never downgrades"))
    up.set_defaults(func=_upgrade)
    st = dbsub.add_parser("status", help=translate("Cli", "show the schema revision and whether it is current"))
    add_database_argument(st)
    st.set_defaults(func=_status)


def _upgrade(args: argparse.Namespace) -> int:
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.db.migrate import is_ancestor, known_revisions, schema_status, upgrade

    target = str(args.revision)
    if target != "head" and target not in known_revisions():
        print(error_line(fill(translate("Cli", "this program has no schema revision '%1' (known: %2). Nothing was "
                                               "changed."), target, ", ".join(sorted(known_revisions())))),
              file=sys.stderr)
        return 2

    def run() -> int:
        embedded = _embedded(args)
        with owner_url(args, migrate=False) as url:
            engine = make_engine(url)
            try:
                before = schema_status(engine)
                if not before.known:
                    print(advice(before, embedded=embedded), file=sys.stderr)
                    print(translate("Cli", "Nothing was changed."), file=sys.stderr)
                    return 3
                wanted = before.head if target == "head" else target
                if before.current is not None and (before.current == wanted
                                                   or is_ancestor(wanted, before.current)):
                    print(fill(translate("Cli", "The database is already at revision %1. Nothing was changed."),
                               before.current) if before.current == wanted else
                          fill(translate("Cli", "The database is already at revision %1, which is newer than %2; "
                                                "this command never downgrades. Nothing was changed."),
                               before.current, wanted))
                    return 0 if before.current == wanted else 1
                upgrade(url, wanted)
                after = schema_status(engine)
            finally:
                engine.dispose()
            print(fill(translate("Cli", "Database upgraded from %1 to %2."),
                       before.current or translate("Cli", "(empty)"), after.current))
        return 0
    return run_reporting_errors(run)


def advice(status: SchemaStatus, *, embedded: bool) -> str:
    """``SchemaStatus.advice`` in the admin's language (same facts, same commands)."""
    command = ("dreamseed-admin db upgrade" if embedded
               else "dreamseed-admin db upgrade --database-url <owner URL>")
    if status.at_head:
        return fill(translate("Cli", "Database schema is up to date (revision %1)."), status.head)
    if status.current is None:
        return fill(translate("Cli", "The database has no DreamSeed schema yet. Run: %1"), command)
    if not status.known:
        return fill(translate("Cli", "The database schema is at revision %1, which this program does not know (it "
                                     "needs %2): the database was made by a newer DreamSeed version or by a "
                                     "development build. Install the DreamSeed version that made it (or a newer "
                                     "one), or restore a backup made with this version; upgrading cannot help."),
                    status.current, status.head)
    return fill(translate("Cli", "The database schema is at revision %1, this program needs %2. Ask your "
                                 "administrator to run: %3"), status.current, status.head, command)


def _embedded(args: argparse.Namespace) -> bool:
    from dreamseed_desktop.config.settings import load_settings, resolve_database_url

    return not resolve_database_url(getattr(args, "database_url", None), load_settings())


def _status(args: argparse.Namespace) -> int:
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.db.migrate import schema_status

    def run() -> int:
        embedded = _embedded(args)
        with owner_url(args, migrate=False) as url:
            engine = make_engine(url)
            try:
                status = schema_status(engine)
            finally:
                engine.dispose()
        print(fill(translate("Cli", "current: %1"), status.current or translate("Cli", "(none)")))
        print(fill(translate("Cli", "head:    %1"), status.head))
        print(advice(status, embedded=embedded))
        return 0 if status.at_head else 3
    return run_reporting_errors(run)
