"""``dreamseed-admin security ...``: client password, hardening check, sign-in settings, unlock."""
from __future__ import annotations

import argparse
import getpass
import sys

from dreamseed_desktop.cli.common import (
    add_database_argument,
    owner_url,
    run_reporting_errors,
)
from dreamseed_desktop.cli.i18n import error_line, fill, templated, translate

# auth.settings keys an administrator may change, with their allowed range
SETTINGS = {
    "session_hours": (0.25, 24 * 14),
    "lockout_failures": (1, 100),
    "lockout_window_minutes": (1, 24 * 60),
    "lockout_minutes": (1, 24 * 60),
    "lockout_global_failures": (5, 10000),
    "deadline_grace_seconds": (0, 600),
    "reap_idle_seconds": (1, 24 * 3600),
    "reap_statement_seconds": (1, 24 * 3600),
    "band_top_n": (10, 2000),
    "students_on_staff_role": (0, 1),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sec = sub.add_parser("security", help=translate("Cli", "client role, sign-in settings and hardening checks"))
    ssub = sec.add_subparsers(dest="security_command", metavar="ACTION", required=True)
    pw = ssub.add_parser("set-client-password",
                         help=translate("Cli", "change the password of a client login role (dreamseed_staff or "
                                               "dreamseed_student)"))
    add_database_argument(pw)
    pw.add_argument("--role", choices=("staff", "student"), default="staff",
                    help=translate("Cli", "which login role (default: staff)"))
    pw.add_argument("--password", help=translate("Cli", "new password (asked for when omitted)"))
    pw.set_defaults(func=_set_client_password)
    chk = ssub.add_parser("check", help=translate("Cli", "verify roles, FORCE RLS, definer functions, grants, "
                                                         "settings planted on client roles and server logging"))
    add_database_argument(chk)
    chk.add_argument("--fix", action="store_true",
                     help=translate("Cli", "clear settings planted on client roles and the database, revoke what "
                                           "clients must not have (built-ins need a superuser URL), then check "
                                           "again"))
    chk.set_defaults(func=_check)
    st = ssub.add_parser("settings", help=translate("Cli", "show or change sign-in and exam-server settings"))
    add_database_argument(st)
    st.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help=fill(translate("Cli", "change a setting (%1)"), ", ".join(SETTINGS)))
    st.set_defaults(func=_settings)
    un = ssub.add_parser("unlock", help=translate("Cli", "lift the sign-in lockout of an account"))
    add_database_argument(un)
    un.add_argument("--email", required=True)
    un.set_defaults(func=_unlock)


def _connect(url: str):
    import psycopg
    from sqlalchemy.engine import make_url

    return psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False),
                           autocommit=True)


def _set_client_password(args: argparse.Namespace) -> int:
    from dreamseed_desktop.db.roles import set_client_password

    password = args.password
    if password is None:
        password = (getpass.getpass(translate("Cli", "New client password: ")) if sys.stdin.isatty()
                    else sys.stdin.readline().strip())

    def run() -> int:
        with owner_url(args) as url:
            try:
                set_client_password(url, password, role=f"dreamseed_{args.role}")
            except ValueError:
                print(error_line(translate("Cli", "The client password must have at least 8 characters. "
                                                  "Nothing was changed.")), file=sys.stderr)
                return 1
        print(fill(translate("Cli", "The %1 password was changed. Put the new one in the settings of every lab PC.")
                   if args.role == "student" else
                   translate("Cli", "The %1 password was changed. Put the new one in the settings of every staff PC."),
                   f"dreamseed_{args.role}"))
        return 0
    return run_reporting_errors(run)


def _check(args: argparse.Namespace) -> int:
    from dreamseed_desktop.db.client_isolation import fix_isolation, isolation_problems, log_warnings
    from dreamseed_desktop.db.roles import hardening_problems

    with owner_url(args) as url, _connect(url) as conn:
        if args.fix:
            for done in fix_isolation(conn):
                print(fill(translate("Cli", "fixed: %1"), templated("SecurityCheck", done)))
        problems = hardening_problems(conn) + isolation_problems(conn)
        warnings = log_warnings(conn)
    for p in problems:
        print(fill(translate("Cli", "problem: %1"), templated("SecurityCheck", p)))
    for w in warnings:
        print(fill(translate("Cli", "warning: %1"), templated("SecurityCheck", w)))
    if not problems:
        print(translate("Cli", "Security check passed."))
        return 0
    print(translate("Cli", "%n problem(s) found.", None, len(problems)))   # plural forms: cli.engine_messages
    return 4


def _settings(args: argparse.Namespace) -> int:
    changes: dict[str, float] = {}
    for item in args.set:
        key, _, value = item.partition("=")
        if key not in SETTINGS:
            print(error_line(fill(translate("Cli", "unknown setting '%1' (known: %2). Nothing was changed."), key,
                                  ", ".join(SETTINGS))), file=sys.stderr)
            return 2
        try:
            number = float(value)
        except ValueError:
            print(error_line(fill(translate("Cli", "%1 needs a number. Nothing was changed."), key)), file=sys.stderr)
            return 2
        lo, hi = SETTINGS[key]
        if not lo <= number <= hi:
            print(error_line(fill(translate("Cli", "%1 must be between %2 and %3. Nothing was changed."), key,
                                  f"{lo:g}", f"{hi:g}")), file=sys.stderr)
            return 2
        changes[key] = number
    with owner_url(args) as url, _connect(url) as conn:
        for key, number in changes.items():
            conn.execute("UPDATE auth.settings SET value = %s WHERE key = %s", (number, key))
        if "band_top_n" in changes:
            conn.execute("SELECT exam.rebuild_bands(s.subject) FROM (SELECT DISTINCT subject FROM items) s")
        for key, value in conn.execute("SELECT key, value FROM auth.settings ORDER BY key").fetchall():
            print(f"{key} = {value:g}")
    return 0


def _unlock(args: argparse.Namespace) -> int:
    with owner_url(args) as url, _connect(url) as conn:
        n = conn.execute("DELETE FROM auth.login_failures WHERE email_key = %s AND locked_until > now()",
                         (args.email.strip().lower(),)).rowcount
        conn.execute("DELETE FROM auth.login_failures WHERE email_key = %s", (args.email.strip().lower(),))
    print(translate("Cli", "Account unlocked.") if n else translate("Cli", "That account was not locked."))
    return 0
