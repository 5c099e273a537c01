"""``dreamseed-admin kiosk configure|set-quit-password|show``: prepare a lab PC for exam mode.

Writes the settings file of the account that runs ``dreamseed-desktop --exam`` (the current
user's, or ``--config-dir``/``DREAMSEED_CONFIG_DIR`` for another account), so the first-run
connection dialog never appears in front of a student and the proctor can leave the kiosk.
"""
from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from dreamseed_desktop.cli.common import run_reporting_errors
from dreamseed_desktop.cli.i18n import fill, translate


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    kiosk = sub.add_parser("kiosk", help=translate("Cli", "lab-PC exam mode: connection and proctor quit password"))
    ksub = kiosk.add_subparsers(dest="kiosk_command", metavar="ACTION", required=True)
    conf = ksub.add_parser("configure", help=translate("Cli", "choose the database so the first-run dialog is "
                                                              "skipped"))
    where = conf.add_mutually_exclusive_group(required=True)
    where.add_argument("--database-url", metavar="URL", help=translate("Cli", "client URL of the school server"))
    where.add_argument("--embedded", action="store_true", help=translate("Cli", "use the embedded database on this PC"))
    conf.add_argument("--lang", choices=("ko", "en"))
    conf.set_defaults(func=_configure)
    quit_pw = ksub.add_parser("set-quit-password", help=translate("Cli", "this PC's proctor password to leave the "
                                                                         "exam window"))
    quit_pw.add_argument("--password", help=translate("Cli", "asked for when omitted"))
    quit_pw.add_argument("--clear", action="store_true", help=translate("Cli", "remove this PC's quit password"))
    quit_pw.set_defaults(func=_set_quit_password)
    school = ksub.add_parser("set-school", help=translate("Cli", "the school whose students sign in by 학번 on this "
                                                                 "PC (a server with several schools)"))
    school.add_argument("school", nargs="?", help=translate("Cli", "the school's name (as on the server) or id"))
    school.add_argument("--clear", action="store_true", help=translate("Cli", "let students choose the school again"))
    school.set_defaults(func=_set_school)
    show = ksub.add_parser("show", help=translate("Cli", "print where the settings, the journal and the database "
                                                         "live"))
    show.set_defaults(func=_show)
    for p in (conf, quit_pw, school, show):
        p.add_argument("--config-dir", type=Path, help=translate("Cli", "settings folder of the exam account"))


def _apply_dirs(args: argparse.Namespace) -> None:
    if getattr(args, "config_dir", None):
        os.environ["DREAMSEED_CONFIG_DIR"] = str(args.config_dir)


def _configure(args: argparse.Namespace) -> int:
    from dreamseed_desktop.config.settings import load_settings, save_settings, settings_path

    _apply_dirs(args)
    settings = load_settings().with_changes(
        database_url=None if args.embedded else args.database_url, connection_chosen=True)
    if args.lang:
        settings = settings.with_changes(language=args.lang)
    save_settings(settings)
    print(fill(translate("Cli", "Saved %1: database = %2"), settings_path(),
               translate("Cli", "this PC (embedded)") if args.embedded else args.database_url))
    return 0


def _set_school(args: argparse.Namespace) -> int:
    """Remember this PC's school (name or id, matched against the server's schools when the
    check-in starts; unknown: the student chooses, as without a setting)."""
    from dreamseed_desktop.config.settings import load_settings, save_settings, settings_path

    _apply_dirs(args)
    settings = load_settings()
    extra = dict(settings.extra)
    if args.clear or not (args.school or "").strip():
        extra.pop("kiosk_school", None)
        save_settings(settings.with_changes(extra=extra))
        print(fill(translate("Cli", "Removed this PC's school from %1."), settings_path()))
        return 0
    value = args.school.strip()
    extra["kiosk_school"] = int(value) if value.isdigit() else value
    save_settings(settings.with_changes(extra=extra))
    print(fill(translate("Cli", "Saved %1: students on this PC sign in at %2."), settings_path(), value))
    return 0


def _set_quit_password(args: argparse.Namespace) -> int:
    from dreamseed_desktop.config.settings import settings_path
    from dreamseed_desktop.services.core.errors import ValidationError
    from dreamseed_desktop.services.exams.admin import set_lab_quit_password

    _apply_dirs(args)

    def run() -> int:
        if args.clear:
            set_lab_quit_password(None)
            print(fill(translate("Cli", "Removed this PC's quit password from %1."), settings_path()))
            return 0
        password = args.password or getpass.getpass(translate("Cli", "Proctor quit password: "))
        if len(password) < 8:
            raise ValidationError("Use at least 8 characters: students can read the hash on this PC.",
                                  field="password")
        set_lab_quit_password(password)
        print(fill(translate("Cli", "Saved the quit password hash in %1."), settings_path()))
        return 0
    return run_reporting_errors(run)


def _show(args: argparse.Namespace) -> int:
    from dreamseed_desktop.client.journal import default_journal_path
    from dreamseed_desktop.config import paths
    from dreamseed_desktop.config.settings import load_settings, settings_path

    _apply_dirs(args)
    settings = load_settings()
    print(fill(translate("Cli", "settings file:  %1"), settings_path()))
    print(fill(translate("Cli", "data folder:    %1   (DREAMSEED_DATA_DIR)"), paths.data_dir()))
    print(fill(translate("Cli", "answer journal: %1"), default_journal_path()))
    print(fill(translate("Cli", "embedded db:    %1"), paths.data_dir() / "pgdata"))
    print(fill(translate("Cli", "database:       %1 (chosen: %2)"),
               settings.database_url or translate("Cli", "this PC (embedded)"),
               translate("Cli", "yes") if settings.connection_chosen else translate("Cli", "no")))
    print(fill(translate("Cli", "quit password:  %1"), translate("Cli", "set")
               if settings.extra.get("exam_quit_password_hash") else translate("Cli", "not set")))
    return 0
