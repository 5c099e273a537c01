"""``dreamseed-admin db upgrade|status``."""
from __future__ import annotations

import argparse
import sys

from dreamseed_desktop.cli.common import add_database_argument, owner_url, run_reporting_errors


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="database schema")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dbsub.add_parser("upgrade", help="migrate the database to the newest schema")
    add_database_argument(up)
    up.add_argument("--revision", default="head",
                    help="upgrade only up to this revision (default: head); never downgrades")
    up.set_defaults(func=_upgrade)
    st = dbsub.add_parser("status", help="show the schema revision and whether it is current")
    add_database_argument(st)
    st.set_defaults(func=_status)


def _upgrade(args: argparse.Namespace) -> int:
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.db.migrate import is_ancestor, known_revisions, schema_status, upgrade

    target = str(args.revision)
    if target != "head" and target not in known_revisions():
        print(f"error: this program has no schema revision '{target}' (known: "
              f"{', '.join(sorted(known_revisions()))}). Nothing was changed.", file=sys.stderr)
        return 2

    def run() -> int:
        embedded = _embedded(args)
        with owner_url(args, migrate=False) as url:
            engine = make_engine(url)
            try:
                before = schema_status(engine)
                if not before.known:
                    print(before.advice(embedded=embedded), file=sys.stderr)
                    print("Nothing was changed.", file=sys.stderr)
                    return 3
                wanted = before.head if target == "head" else target
                if before.current is not None and (before.current == wanted
                                                   or is_ancestor(wanted, before.current)):
                    print(f"The database is already at revision {before.current}"
                          + ("" if before.current == wanted else
                             f", which is newer than {wanted}; this command never downgrades")
                          + ". Nothing was changed.")
                    return 0 if before.current == wanted else 1
                upgrade(url, wanted)
                after = schema_status(engine)
            finally:
                engine.dispose()
            print(f"Database upgraded from {before.current or '(empty)'} to {after.current}.")
        return 0
    return run_reporting_errors(run)


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
        print(f"current: {status.current or '(none)'}")
        print(f"head:    {status.head}")
        print(status.advice(embedded=embedded))
        return 0 if status.at_head else 3
    return run_reporting_errors(run)
