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
from dreamseed_desktop.services.classes.roster_csv import RosterPlan
from dreamseed_desktop.services.classes.roster_parse import read_file
from dreamseed_desktop.services.container import Services
from dreamseed_desktop.services.core.errors import BulkValidationError, NotFound, ValidationError

SHOW_ROWS = 50


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = command_group(sub, "import", "import data from files").add_parser(
        "roster", help="import students and teachers from a CSV file (all or nothing)",
        description="Headers such as 이름/name, 이메일/email, 학번/student_number, 학년/grade, "
                    "반/class, 역할/role, 과목/subject are recognised. Any bad row aborts the "
                    "whole import; every bad row is printed with its line number.")
    add_database_argument(imp)
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    imp.add_argument("--organization", required=True, metavar="NAME",
                     help="organization (name or id) the people belong to")
    imp.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    imp.add_argument("--encoding", default="auto", choices=("auto", "utf-8", "cp949", "utf-16"))
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                     help="use column HEADER for FIELD (name, email, role, student_number, grade, "
                          "class, subject); repeatable")
    imp.add_argument("--all", action="store_true", help=f"list every row (default: first {SHOW_ROWS})")
    imp.set_defaults(func=_import_roster)

    exp = command_group(sub, "export", "export data to files").add_parser(
        "roster", help="export a class or organization roster as CSV (UTF-8 with BOM)")
    add_database_argument(exp)
    which = exp.add_mutually_exclusive_group(required=True)
    which.add_argument("--class", dest="class_id", type=int, metavar="ID")
    which.add_argument("--organization", metavar="NAME", help="organization name or id")
    exp.add_argument("--out", required=True, type=output_file, metavar="FILE.csv")
    exp.set_defaults(func=_export_roster)


def _organization_id(services: Services, name_or_id: str) -> int:
    orgs = services.organizations
    org = orgs.find_by_name(name_or_id)
    if org is None and name_or_id.strip().isdigit():
        org = orgs.get(int(name_or_id))
    if org is None:
        raise NotFound(f"There is no organization named '{name_or_id}'.")
    return org.id


def _print_errors(errors: list[ValidationError] | tuple[ValidationError, ...]) -> None:
    print(f"error: {len(errors)} row(s) have problems; nothing was imported.", file=sys.stderr)
    for err in errors:
        where = f"line {err.row}" if err.row is not None else "file"
        field = f" ({err.field})" if err.field else ""
        print(f"  {where}{field}: {err.message}", file=sys.stderr)


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        if not sep:
            raise ValidationError(f"--map needs FIELD=HEADER, got '{pair}'.", field="map")
        mapping[field.strip()] = header.strip()
    return mapping


def _import_roster(args: argparse.Namespace) -> int:
    def run() -> int:
        try:
            data = read_file(args.file)
        except OSError as exc:
            raise ValidationError(f"Cannot read {args.file}: {exc.strerror}.") from None
        with owner_services(args) as services:
            roster = services.roster
            plan = roster.preview(data, organization_id=_organization_id(services, args.organization),
                                  encoding=args.encoding, mapping=_mapping(args.map))
            _print_plan(plan, show_all=args.all)
            if plan.errors:
                _print_errors(plan.errors)
                return 1
            if args.dry_run:
                print("Dry run: nothing was changed.")
                return 0
            try:
                result = roster.commit(plan)
            except BulkValidationError as exc:
                _print_errors(exc.errors)
                return 1
        print(f"Imported: {result.created} created, {result.updated} updated, "
              f"{result.unchanged} unchanged, {result.enrolled} enrollments added.")
        return 0
    return run_reporting_errors(run)


def _print_plan(plan: RosterPlan, *, show_all: bool) -> None:
    print(f"Encoding: {plan.encoding}")
    print("Columns: " + ", ".join(f"{field}={header}" for field, header in plan.columns))
    lines = [f"  + line {r.line}: create {r.role} {r.name}" + (f" <{r.email}>" if r.email else "")
             + (f" grade {r.grade}" if r.grade else "")
             + (f" number {r.student_number}" if r.student_number else "")
             for r in plan.to_create]
    lines += [f"  ~ line {u.row.line}: update {u.row.label}: "
              + ", ".join(f"{k} -> {v}" for k, v in u.changes) for u in plan.to_update]
    lines += [f"  > line {e.line}: enroll {e.email or e.name} in {e.class_name}" for e in plan.enrollments]
    for line in lines if show_all else lines[:SHOW_ROWS]:
        print(line)
    if not show_all and len(lines) > SHOW_ROWS:
        print(f"  ... and {len(lines) - SHOW_ROWS} more (use --all to list them)")
    print(f"Rows: {plan.row_count}; would create {len(plan.to_create)}, update "
          f"{len(plan.to_update)}, leave {plan.unchanged} unchanged, add "
          f"{len(plan.enrollments)} enrollments.")


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
            raise ValidationError(f"Cannot write {args.out}: {exc.strerror}.") from None
        rows = data.decode("utf-8-sig").count("\r\n") - 1
        print(f"Wrote {rows} people to {args.out}.")
        return 0
    return run_reporting_errors(run)
