"""``dreamseed-admin import items FILE.csv`` and ``dreamseed-admin export items``."""
from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

from dreamseed_desktop.cli.admin_cmds import owner_services
from dreamseed_desktop.cli.common import add_database_argument, command_group, output_file, run_reporting_errors
from dreamseed_desktop.cli.i18n import fill, translate
from dreamseed_desktop.services.core.csv_safety import read_bounded
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.items.csv_io import EXPORT_COLUMNS, REQUIRED_COLUMNS

MAX_BYTES = 50 * 1024 * 1024


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = command_group(sub, "import", translate("Cli", "import data from files")).add_parser(
        "items", help=translate("Cli", "import calibrated items into the bank from a CSV file (all or nothing)"),
        description=fill(translate("Cli", "Columns: %1 (required: %2); one cell per choice (choice_1, choice_2, "
                                          "... without gaps), key = number of the correct choice. The old single "
                                          "'choices' column (separated by '|') is still read, but not for items "
                                          "whose choices contain '|'. Any bad row aborts the whole import; every "
                                          "bad row is printed with its line number."),
                         ",".join(EXPORT_COLUMNS), ",".join(REQUIRED_COLUMNS)))
    add_database_argument(imp)
    imp.add_argument("file", type=Path, metavar="FILE.csv", help=translate("Cli", "the items CSV file"))
    imp.add_argument("--update", action="store_true",
                     help=translate("Cli", "update items whose item_id is already in the bank (new parameters start "
                                           "a new bank version) instead of refusing them"))
    imp.add_argument("--dry-run", action="store_true", help=translate("Cli", "show what would change, change nothing"))
    imp.set_defaults(func=_import_items)

    exp = command_group(sub, "export", translate("Cli", "export data to files")).add_parser(
        "items", help=translate("Cli", "export the item bank (with keys) as CSV"))
    add_database_argument(exp)
    exp.add_argument("--subject")
    exp.add_argument("--status", choices=("active", "retired"))
    exp.add_argument("--out", required=True, type=output_file, metavar="FILE.csv")
    exp.set_defaults(func=_export_items)


def _import_items(args: argparse.Namespace) -> int:
    def run() -> int:
        path: Path = args.file
        try:
            data = read_bounded(path, MAX_BYTES)
        except OSError as exc:
            raise ValidationError("Cannot read {path}: {reason}.",
                                  params={"path": str(path), "reason": exc.strerror}) from None
        with owner_services(args) as services:
            result = services.item_csv.import_csv(data, update_existing=args.update,
                                                  dry_run=args.dry_run)
        text = (translate("Cli", "Would import: %1 new, %2 updated, %3 unchanged (dry run: nothing was changed).")
                if result.dry_run else translate("Cli", "Imported: %1 new, %2 updated, %3 unchanged."))
        print(fill(text, len(result.created), len(result.updated), len(result.unchanged)))
        return 0
    return run_reporting_errors(run)


def _export_items(args: argparse.Namespace) -> int:
    def run() -> int:
        with owner_services(args) as services:
            services.db.identity.role = "admin"   # the owner's CLI exports the keys, as an admin would
            text = services.item_csv.export_csv(subject=args.subject, status=args.status)
        args.out.write_text("\ufeff" + text, encoding="utf-8", newline="")  # keep the \r\n rows as they are
        rows = sum(1 for _ in csv.reader(io.StringIO(text))) - 1
        print(fill(translate("Cli", "Wrote %1 items to %2."), rows, args.out))
        return 0
    return run_reporting_errors(run)
