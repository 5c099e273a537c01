"""``dreamseed-admin import roster FILE.csv`` and ``dreamseed-admin export roster``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dreamseed_desktop.cli.admin_cmds import owner_services
from dreamseed_desktop.cli.common import (
    add_database_argument,
    command_group,
    output_file,
    run_reporting_errors,
)
from dreamseed_desktop.cli.i18n import domain, error_line, fill, translate
from dreamseed_desktop.services.classes.roster_csv import RosterPlan
from dreamseed_desktop.services.classes.roster_parse import read_file
from dreamseed_desktop.services.container import Services
from dreamseed_desktop.services.core.errors import BulkValidationError, NotFound, ValidationError

SHOW_ROWS = 50


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = command_group(sub, "import", translate("Cli", "import data from files")).add_parser(
        "roster", help=translate("Cli", "import students and teachers from a CSV file (all or nothing)"),
        description=translate("Cli", "Headers such as 이름/name, 이메일/email, 학번/student_number, 학년/grade, "
                                     "반/class, 역할/role, 과목/subject are recognised. Any bad row aborts the "
                                     "whole import; every bad row is printed with its line number."))
    add_database_argument(imp)
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    imp.add_argument("--organization", required=True, metavar="NAME",
                     help=translate("Cli", "organization (name or id) the people belong to"))
    imp.add_argument("--dry-run", action="store_true", help=translate("Cli", "show what would change, change nothing"))
    imp.add_argument("--encoding", default="auto", choices=("auto", "utf-8", "cp949", "utf-16"))
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                     help=translate("Cli", "use column HEADER for FIELD (name, email, role, student_number, grade, "
                                           "class, subject); repeatable"))
    imp.add_argument("--all", action="store_true",
                     help=fill(translate("Cli", "list every row (default: the first %1)"), SHOW_ROWS))
    imp.set_defaults(func=_import_roster)

    exp = command_group(sub, "export", translate("Cli", "export data to files")).add_parser(
        "roster", help=translate("Cli", "export a class or organization roster as CSV (UTF-8 with BOM)"))
    add_database_argument(exp)
    which = exp.add_mutually_exclusive_group(required=True)
    which.add_argument("--class", dest="class_id", type=int, metavar="ID")
    which.add_argument("--organization", metavar="NAME", help=translate("Cli", "organization name or id"))
    exp.add_argument("--out", required=True, type=output_file, metavar="FILE.csv")
    exp.set_defaults(func=_export_roster)


def _organization_id(services: Services, name_or_id: str) -> int:
    orgs = services.organizations
    org = orgs.find_by_name(name_or_id)
    if org is None and name_or_id.strip().isdigit():
        org = orgs.get(int(name_or_id))
    if org is None:
        raise NotFound("There is no organization named '{name}'.", params={"name": name_or_id})
    return org.id


def _print_errors(errors: list[ValidationError] | tuple[ValidationError, ...]) -> None:
    print(error_line(fill(translate("Cli", "%1 row(s) have problems; nothing was imported."), len(errors))),
          file=sys.stderr)
    for err in errors:
        where = fill(translate("Cli", "line %1"), err.row) if err.row is not None else translate("Cli", "file")
        field = f" ({err.field})" if err.field else ""
        print(f"  {where}{field}: {domain(err, with_row=False)}", file=sys.stderr)


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        if not sep:
            raise ValidationError("--map needs FIELD=HEADER, got '{pair}'.", params={"pair": pair}, field="map")
        mapping[field.strip()] = header.strip()
    return mapping


def _import_roster(args: argparse.Namespace) -> int:
    def run() -> int:
        try:
            data = read_file(args.file)
        except OSError as exc:
            raise ValidationError("Cannot read {path}: {reason}.",
                                  params={"path": str(args.file), "reason": exc.strerror}) from None
        with owner_services(args) as services:
            roster = services.roster
            plan = roster.preview(data, organization_id=_organization_id(services, args.organization),
                                  encoding=args.encoding, mapping=_mapping(args.map))
            _print_plan(plan, show_all=args.all)
            if plan.errors:
                _print_errors(plan.errors)
                return 1
            if args.dry_run:
                print(translate("Cli", "Dry run: nothing was changed."))
                return 0
            try:
                result = roster.commit(plan)
            except BulkValidationError as exc:
                _print_errors(exc.errors)
                return 1
        print(fill(translate("Cli", "Imported: %1 created, %2 updated, %3 unchanged, %4 enrollments added."),
                   result.created, result.updated, result.unchanged, result.enrolled))
        return 0
    return run_reporting_errors(run)


def _print_plan(plan: RosterPlan, *, show_all: bool) -> None:
    print(fill(translate("Cli", "Encoding: %1"), plan.encoding))
    print(fill(translate("Cli", "Columns: %1"), ", ".join(f"{field}={header}" for field, header in plan.columns)))
    lines = ["  + " + fill(translate("Cli", "line %1: create %2 %3"), r.line, r.role, r.name)
             + (f" <{r.email}>" if r.email else "")
             + (" " + fill(translate("Cli", "grade %1"), r.grade) if r.grade else "")
             + (" " + fill(translate("Cli", "number %1"), r.student_number) if r.student_number else "")
             for r in plan.to_create]
    lines += ["  ~ " + fill(translate("Cli", "line %1: update %2: %3"), u.row.line, u.row.label,
                            ", ".join(f"{k} -> {v}" for k, v in u.changes)) for u in plan.to_update]
    lines += ["  > " + fill(translate("Cli", "line %1: enroll %2 in %3"), e.line, e.email or e.name, e.class_name)
              for e in plan.enrollments]
    for line in lines if show_all else lines[:SHOW_ROWS]:
        print(line)
    if not show_all and len(lines) > SHOW_ROWS:
        print("  " + fill(translate("Cli", "... and %1 more (use --all to list them)"), len(lines) - SHOW_ROWS))
    for warning in plan.warnings:   # e.g. 학번 whose leading zeros Excel removed (matched, not rewritten)
        print("  ! " + fill(translate("Cli", "line %1"), warning.row) + ": " + domain(warning, with_row=False))
    print(fill(translate("Cli", "Rows: %1; would create %2, update %3, leave %4 unchanged, add %5 enrollments."),
               plan.row_count, len(plan.to_create), len(plan.to_update), plan.unchanged, len(plan.enrollments)))


def _export_roster(args: argparse.Namespace) -> int:
    def run() -> int:
        with owner_services(args) as services:
            roster = services.roster
            if args.class_id is not None:
                data = roster.export_class(args.class_id)
            else:
                data = roster.export_organization(_organization_id(services, args.organization))
        try:
            args.out.write_bytes(data)
        except OSError as exc:
            raise ValidationError("Cannot write {path}: {reason}.",
                                  params={"path": str(args.out), "reason": exc.strerror}) from None
        rows = data.decode("utf-8-sig").count("\r\n") - 1
        print(fill(translate("Cli", "Wrote %1 people to %2."), rows, args.out))
        return 0
    return run_reporting_errors(run)
