"""``dreamseed-admin db upgrade|status``."""
from __future__ import annotations

import argparse

from dreamseed_desktop.cli.common import add_database_argument, owner_url, run_reporting_errors


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="database schema")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dbsub.add_parser("upgrade", help="migrate the database to the newest schema")
    add_database_argument(up)
    up.add_argument("--revision", default="head")
    up.set_defaults(func=_upgrade)
    st = dbsub.add_parser("status", help="show the schema revision and whether it is current")
    add_database_argument(st)
    st.set_defaults(func=_status)


def _upgrade(args: argparse.Namespace) -> int:
    from dreamseed_desktop.db.migrate import upgrade

    def run() -> int:
        with owner_url(args, migrate=False) as url:
            upgrade(url, args.revision)
            print(f"Database upgraded to {args.revision}.")
        return 0
    return run_reporting_errors(run)


def _status(args: argparse.Namespace) -> int:
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.db.migrate import schema_status

    with owner_url(args, migrate=False) as url:
        engine = make_engine(url)
        try:
            status = schema_status(engine)
        finally:
            engine.dispose()
    print(f"current: {status.current or '(none)'}")
    print(f"head:    {status.head}")
    print(status.advice())
    return 0 if status.at_head else 3
