"""``dreamseed-admin demo seed``: fill a database with the Korean demo school."""
from __future__ import annotations

import argparse

from dreamseed_desktop.cli.common import add_database_argument, owner_url, positive_int, run_reporting_errors


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help="demo data")
    demosub = demo.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    seed = demosub.add_parser(
        "seed", help="create the demo school 서울고등학교 (staff, students, classes, item bank, "
                     "exam results); does nothing when it exists already")
    add_database_argument(seed)
    seed.add_argument("--students", type=positive_int, default=120, help="number of students (default 120)")
    seed.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
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
            print(f"Created the demo school {summary.organization_name} in {summary.seconds:.1f} s:")
        else:
            print(f"The demo school {summary.organization_name} exists already; nothing was changed.")
        print(f"  {summary.teachers} teachers, {summary.students} students, {summary.classes} classes, "
              f"{summary.items} items, {summary.sessions} exam sessions, {summary.attempts} answers")
        print("Sign in as admin:")
        print(f"  email:    {summary.admin_email}")
        print(f"  password: {summary.password}")
        print(f"Teachers: {', '.join(summary.teacher_emails)}")
        if summary.sample_student_email:
            print(f"Students: {summary.sample_student_email} ... (every demo account uses the "
                  f"password {summary.password})")
        return 0
    return run_reporting_errors(run)
