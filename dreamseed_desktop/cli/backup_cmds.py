"""``dreamseed-admin backup`` and ``dreamseed-admin restore`` (this PC's database or a school server).

Without ``--database-url`` both act on the embedded database of this PC; with it, on that server
(as a role that may read every row: the superuser, or the backup role with BYPASSRLS; a restore
needs the superuser). Backups go to the user's documents folder ("DreamSeed Backups") unless
``--folder`` says otherwise. See docs/reliability.md, "Backups".
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dreamseed_desktop.cli.common import add_database_argument, owner_url, positive_int
from dreamseed_desktop.cli.i18n import domain, translate

if TYPE_CHECKING:
    from dreamseed_desktop.services.maintenance.archive import Manifest
    from dreamseed_desktop.services.maintenance.backups import BackupService


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bk = sub.add_parser("backup", help=translate("Cli", "back up the database into a file (with a checksum and the "
                                                        "schema version)"),
                        description=translate("Cli", "Back up the database into a .dreamseed-backup file: a "
                                                     "consistent pg_dump, its SHA-256 and the schema version, with "
                                                     "every table's row count and md5."))
    add_database_argument(bk)
    bk.add_argument("--folder", type=Path, metavar="DIR",
                    help=translate("Cli", "where backups go (default: 'DreamSeed Backups' in your documents folder)"))
    what = bk.add_mutually_exclusive_group()
    what.add_argument("--list", action="store_true", help=translate("Cli", "list the backups in the folder"))
    what.add_argument("--verify", type=Path, metavar="FILE",
                      help=translate("Cli", "prove a backup restores: checksum, restore into a scratch database, "
                                            "compare every table"))
    what.add_argument("--auto", action="store_true",
                      help=translate("Cli", "the schedule: back up only when the newest backup is older than a day, "
                                            "keep --keep"))
    bk.add_argument("--keep", type=positive_int, default=7, metavar="N",
                    help=translate("Cli", "with --auto: how many automatic backups to keep (default 7)"))
    bk.set_defaults(func=_backup)

    rs = sub.add_parser("restore", help=translate("Cli", "replace the database with a backup (after a safety "
                                                         "backup)"),
                        description=translate("Cli", "Replace the database with a backup file. The file's checksum "
                                                     "and schema version are checked first, the current data are "
                                                     "backed up, and the restored copy is compared table by table "
                                                     "before it replaces the live one."))
    add_database_argument(rs)
    rs.add_argument("file", type=Path, help=translate("Cli", "the .dreamseed-backup file"))
    rs.add_argument("--folder", type=Path, metavar="DIR", help=translate("Cli", "where the safety backup goes"))
    rs.add_argument("--yes", action="store_true", help=translate("Cli", "do not ask for confirmation"))
    rs.add_argument("--force", action="store_true",
                    help=translate("Cli", "restore even while other programs are connected (they are disconnected)"))
    rs.set_defaults(func=_restore)


def _err(text: str) -> None:
    print(translate("Cli", "error: %1").replace("%1", text), file=sys.stderr)


def _service(url: str, args: argparse.Namespace, embedded: bool) -> BackupService:
    from dreamseed_desktop.config import paths
    from dreamseed_desktop.db.engine import describe_url
    from dreamseed_desktop.services.maintenance.backups import BackupService

    folder = args.folder or paths.backups_dir()
    label = "this PC" if embedded else describe_url(url)
    return BackupService(url, folder, source_label=label)


def _is_embedded(args: argparse.Namespace) -> bool:
    from dreamseed_desktop.config.settings import load_settings, resolve_database_url

    return not resolve_database_url(getattr(args, "database_url", None), load_settings())


def _describe(manifest: Manifest) -> str:
    return (translate("Cli", "made %1 from %2, schema revision %3, %4 tables, %5 rows")
            .replace("%1", manifest.created_at)
            .replace("%2", translate("Cli", "this PC") if manifest.source == "this PC" else manifest.source)
            .replace("%3", str(manifest.schema_revision)).replace("%4", str(len(manifest.tables)))
            .replace("%5", str(manifest.total_rows)))


def _prepare_empty_embedded(url: str) -> None:
    """A new PC's empty embedded database gets the schema first: that creates the roles the
    backup's objects belong to (a database made by another version is left alone)."""
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.db.migrate import schema_status, upgrade

    engine = make_engine(url, pool_size=1)
    try:
        empty = schema_status(engine).current is None
    finally:
        engine.dispose()
    if empty:
        upgrade(url)


def _backup(args: argparse.Namespace) -> int:
    from dreamseed_desktop.services.core.errors import DomainError

    embedded = _is_embedded(args)
    try:
        if args.list:
            from dreamseed_desktop.config import paths
            from dreamseed_desktop.services.maintenance.backups import BackupService

            folder = args.folder or paths.backups_dir()
            files = BackupService("postgresql:///x", folder).list_backups()
            if not files:
                print(translate("Cli", "No backups in %1.").replace("%1", str(folder)))
            for item in files:
                print(f"{item.created:%Y-%m-%d %H:%M} UTC  {item.kind:15s} {item.path}")
            return 0
        with owner_url(args, migrate=False) as url:
            service = _service(url, args, embedded)
            if args.verify:
                manifest = service.verify(args.verify)
                print(translate("Cli", "Backup OK: %1 restores completely (%2).")
                      .replace("%1", str(args.verify)).replace("%2", _describe(manifest)))
                return 0
            if args.auto:
                made = service.backup_if_due(keep=args.keep)
                if made is None:
                    print(translate("Cli", "No backup needed: the newest one is less than a day old."))
                    return 0
                result = made
            else:
                result = service.create("manual")
            manifest = service.inspect(result.path)
            print(translate("Cli", "Backup written: %1 (%2).").replace("%1", str(result.path))
                  .replace("%2", _describe(manifest)))
            return 0
    except DomainError as exc:
        _err(domain(exc))
        return 1


def _restore(args: argparse.Namespace) -> int:
    from dreamseed_desktop.services.core.errors import DomainError

    embedded = _is_embedded(args)
    try:
        with owner_url(args, migrate=False) as url:
            service = _service(url, args, embedded)
            manifest = service.inspect(args.file)
            if embedded:
                _prepare_empty_embedded(url)
            others = service.other_connections()
            if others and not args.force:
                _err(translate("Cli", "Other programs are connected to the database (connections: %1; DreamSeed may "
                                      "be running on this PC or elsewhere). Close DreamSeed everywhere and try "
                                      "again, or use --force to disconnect them. Nothing was changed.")
                     .replace("%1", str(others)))
                return 1
            print(translate("Cli", "This replaces ALL data of the database with the backup %1 (%2). The current "
                                   "data are backed up first.").replace("%1", str(args.file))
                  .replace("%2", _describe(manifest)))
            if not args.yes:
                if not sys.stdin.isatty():
                    _err(translate("Cli", "confirm with --yes when not running in a terminal. Nothing was changed."))
                    return 1
                answer = input(translate("Cli", "Type 'yes' to continue: "))
                if answer.strip().lower() not in ("yes", "y", "예", "네"):
                    print(translate("Cli", "Cancelled. Nothing was changed."))
                    return 1
            result = service.restore(args.file)
        print(translate("Cli", "Restored %1 tables, %2 rows; every table matches the backup.")
              .replace("%1", str(result.tables)).replace("%2", str(result.rows)))
        if result.safety_backup:
            print(translate("Cli", "The data from before the restore are in %1.").replace(
                "%1", str(result.safety_backup)))
        if result.upgraded_from:
            print(translate("Cli", "The backup came from an older version (schema %1) and was upgraded.")
                  .replace("%1", result.upgraded_from))
        return 0
    except DomainError as exc:
        _err(domain(exc))
        return 1
