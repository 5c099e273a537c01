"""``dreamseed-admin create-admin``: the first administrator of a school (creates the school)."""
from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from dreamseed_desktop.cli.common import add_database_argument, owner_url, run_reporting_errors
from dreamseed_desktop.cli.i18n import error_line, fill, translate
from dreamseed_desktop.services.container import Services
from dreamseed_desktop.services.core.uow import Database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("create-admin", help=translate("Cli", "create an administrator (and the organization)"),
                       description=translate("Cli", "Create an administrator account. The organization is created "
                                                    "when no organization has that name yet."))
    add_database_argument(p)
    p.add_argument("--email", required=True)
    p.add_argument("--name", required=True, help=translate("Cli", "the administrator's name"))
    p.add_argument("--organization", required=True, metavar="NAME",
                   help=translate("Cli", 'organization name, e.g. "서울고등학교"'))
    p.add_argument("--password", help=translate("Cli", "initial password (asked for when omitted)"))
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
            raise SystemExit(error_line(translate("Cli", "no password given (use --password or type it on stdin)")))
        return line
    first = getpass.getpass(translate("Cli", "Password: "))
    if getpass.getpass(translate("Cli", "Repeat password: ")) != first:
        raise SystemExit(error_line(translate("Cli", "the passwords do not match; nothing was created")))
    return first


def _create_admin(args: argparse.Namespace) -> int:
    from dreamseed_desktop.services.core.passwords import password_problem

    password = args.password if args.password is not None else _ask_password()
    problem = password_problem(password)
    if problem:
        print(error_line(translate("DomainError", problem)), file=sys.stderr)
        return 1

    def run() -> int:
        with owner_services(args) as services:
            orgs = services.organizations
            org = orgs.find_by_name(args.organization)
            if org is None:
                org = orgs.create(args.organization)
                print(fill(translate("Cli", "Created organization '%1' (id %2)."), org.name, org.id))
            admin = services.people.create_admin(args.email, args.name, organization_id=org.id,
                                                 password=password)
            print(fill(translate("Cli", "Created administrator %1 <%2> (id %3) in '%4'."), admin.name,
                       admin.email, admin.id, org.name))
        return 0
    return run_reporting_errors(run)
