"""``dreamseed-admin demo seed``: fill a database with the Korean demo school."""
from __future__ import annotations

import argparse

from dreamseed_desktop.cli.common import add_database_argument, owner_url, positive_int, run_reporting_errors
from dreamseed_desktop.cli.i18n import fill, translate


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help=translate("Cli", "demo data"))
    demosub = demo.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    seed = demosub.add_parser(
        "seed", help=translate("Cli", "create the demo school 서울고등학교 (staff, students, classes, item bank, exam "
                                      "results); does nothing when it exists already"))
    add_database_argument(seed)
    seed.add_argument("--students", type=positive_int, default=120,
                      help=translate("Cli", "number of students (default 120)"))
    seed.add_argument("--seed", type=int, default=42, help=translate("Cli", "random seed (default 42)"))
    seed.set_defaults(func=_seed)


def _seed(args: argparse.Namespace) -> int:
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.services.core.uow import Database
    from dreamseed_desktop.services.demo.seed import seed_demo

    def run() -> int:
        with owner_url(args) as url:
            engine = make_engine(url)
            try:
                summary = seed_demo(Database(engine), students=args.students, seed=args.seed)
            finally:
                engine.dispose()
        if summary.created:
            print(fill(translate("Cli", "Created the demo school %1 in %2 s:"), summary.organization_name,
                       f"{summary.seconds:.1f}"))
        else:
            print(fill(translate("Cli", "The demo school %1 exists already; nothing was changed."),
                       summary.organization_name))
        print("  " + fill(translate("Cli", "%1 teachers, %2 students, %3 classes, %4 items, %5 exam sessions, "
                                           "%6 answers"), summary.teachers, summary.students, summary.classes,
                          summary.items, summary.sessions, summary.attempts))
        print(translate("Cli", "Sign in as admin:"))
        print("  " + fill(translate("Cli", "email:    %1"), summary.admin_email))
        print("  " + fill(translate("Cli", "password: %1"), summary.password))
        print(fill(translate("Cli", "Teachers: %1"), ", ".join(summary.teacher_emails)))
        if summary.sample_student_email:
            print(fill(translate("Cli", "Students: %1 ... (every demo account uses the password %2)"),
                       summary.sample_student_email, summary.password))
        return 0
    return run_reporting_errors(run)
