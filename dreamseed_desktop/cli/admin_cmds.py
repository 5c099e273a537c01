"""``dreamseed-admin create-admin``: the first administrator of a school (creates the school)."""
from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from dreamseed_desktop.cli.common import add_database_argument, owner_url, run_reporting_errors
from dreamseed_desktop.services.container import Services
from dreamseed_desktop.services.core.uow import Database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("create-admin", help="create an administrator (and the organization)",
                       description="Create an administrator account. The organization is created "
                                   "when no organization has that name yet.")
    add_database_argument(p)
    p.add_argument("--email", required=True)
    p.add_argument("--name", required=True, help="the administrator's name")
    p.add_argument("--organization", required=True, metavar="NAME",
                   help='organization name, e.g. "서울고등학교"')
    p.add_argument("--password", help="initial password (asked for when omitted)")
    p.set_defaults(func=_create_admin)


@contextmanager
def owner_services(args: argparse.Namespace) -> Iterator[Services]:
    """The app's services (``bootstrap.build_services``) on the owner URL chosen by
    ``--database-url`` (or the embedded server)."""
    from dreamseed_desktop.bootstrap import build_services
    from dreamseed_desktop.db.engine import make_engine

    with owner_url(args) as url:
        engine = make_engine(url)
        try:
            yield build_services(Database(engine))
        finally:
            engine.dispose()


def _ask_password() -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise SystemExit("error: no password given (use --password or type it on stdin)")
        return line
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat password: ") != first:
        raise SystemExit("error: the passwords do not match")
    return first


def _create_admin(args: argparse.Namespace) -> int:
    from dreamseed_desktop.services.core.passwords import password_problem

    password = args.password if args.password is not None else _ask_password()
    problem = password_problem(password)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1

    def run() -> int:
        with owner_services(args) as services:
            orgs = services.organizations
            org = orgs.find_by_name(args.organization)
            if org is None:
                org = orgs.create(args.organization)
                print(f"Created organization '{org.name}' (id {org.id}).")
            admin = services.people.create_admin(args.email, args.name, organization_id=org.id,
                                                 password=password)
            print(f"Created administrator {admin.name} <{admin.email}> (id {admin.id}) "
                  f"in '{org.name}'.")
        return 0
    return run_reporting_errors(run)
