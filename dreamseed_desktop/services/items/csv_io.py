"""Item bank CSV import (all-or-nothing, every bad row reported) and export.

Columns (header row required, any order): ``item_id`` (or ``code``), ``subject``, ``grade``,
``strand``, ``model``, ``a``, ``b``, ``c``, ``stem``, ``choice_1`` … ``choice_10`` (one cell per
choice, filled from ``choice_1`` on without gaps; at least two), ``key`` (correct choice,
1-based), optional ``status``. A choice is an ordinary CSV cell, so ``|``, commas, quotes, line
breaks and Korean survive the round trip exactly.

The old single ``choices`` column (choices separated by ``|``) is still read for hand-written
files, where ``|`` always separates choices. It cannot hold a choice containing ``|``: a row in
that format that would update an item with such a choice is refused (naming the row) instead
of splitting the choice. The export writes only the ``choice_N`` columns.

Files may be UTF-8 (with or without BOM) or CP949 (Korean Excel). Exported text cells that
start with ``= + - @`` get a leading ``'`` against spreadsheet formula injection; the import
removes it again.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Text, any_, cast, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from dreamseed_desktop.db.items import Item, ItemKey
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.access import require_role
from dreamseed_desktop.services.core.csv_safety import escape_cell, unescape_cell
from dreamseed_desktop.services.core.errors import BulkValidationError, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.items.rules import (
    MAX_CHOICES,
    MIN_CHOICES,
    ItemInput,
    clean_choices,
    clean_code,
    clean_grade,
    clean_key,
    clean_model,
    clean_params,
    clean_status,
    clean_stem,
    clean_strand,
    clean_subject,
)
from dreamseed_desktop.services.items.service import add_items, change_item, may_see_keys
from dreamseed_desktop.services.items.subject_check import SchoolSubjects

CHOICE_COLUMNS = tuple(f"choice_{n}" for n in range(1, MAX_CHOICES + 1))
LEGACY_CHOICES = "choices"
_BEFORE_CHOICES = ("item_id", "subject", "grade", "strand", "model", "a", "b", "c", "stem")
_AFTER_CHOICES = ("key", "status")
# every column the import reads (the export writes choice_1 … choice_N for the widest item)
EXPORT_COLUMNS = _BEFORE_CHOICES + CHOICE_COLUMNS + _AFTER_CHOICES
REQUIRED_COLUMNS = ("item_id", "subject", "a", "b", "stem") + CHOICE_COLUMNS[:MIN_CHOICES] + ("key",)
_CHOICE_COLUMN = re.compile(r"^choice_?\d+$")
_UPDATABLE = ("subject", "grade", "strand", "model", "a", "b", "c", "stem", "choices", "key")


@dataclass(frozen=True)
class ItemImportResult:
    """What an import changed (or would change, for a dry run)."""

    created: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    dry_run: bool


class _DryRun(Exception):
    """Carries a dry run's result out of the unit of work so that it rolls back."""

    def __init__(self, result: ItemImportResult) -> None:
        super().__init__("dry run")
        self.result = result


def decode_csv(data: bytes | str) -> str:
    """Text of a CSV file: UTF-8 (BOM or not), else CP949."""
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError("The file is neither UTF-8 nor CP949 text.")


def _row_choices(cells: dict[str, str]) -> tuple[str, ...]:
    """The row's choices: the ``choice_N`` cells up to the last filled one, else the old
    ``|``-separated ``choices`` cell."""
    if LEGACY_CHOICES in cells:
        return clean_choices(cells[LEGACY_CHOICES])
    values = [cells.get(col, "") for col in CHOICE_COLUMNS]
    filled = [n for n, v in enumerate(values) if v.strip()]
    count = filled[-1] + 1 if filled else 0
    for n in range(count):
        if not values[n].strip():
            raise ValidationError("Choice {number} is empty but a later choice is filled.",
                                  params={"number": n + 1}, field=CHOICE_COLUMNS[n])
    return clean_choices(tuple(values[:count]))


def _row_input(cells: dict[str, str], line: int) -> tuple[ItemInput | None, list[ValidationError]]:
    errors: list[ValidationError] = []

    def take(fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except ValidationError as exc:
            errors.append(ValidationError(exc.template, params=exc.params, field=exc.field,
                                          row=line))
            return None

    code = take(clean_code, cells.get("item_id"))
    subject = take(clean_subject, cells.get("subject"))
    grade = take(clean_grade, cells.get("grade"))
    strand = take(clean_strand, cells.get("strand"))
    model = take(clean_model, cells.get("model") or "3PL")
    params = take(clean_params, model or "3PL", cells.get("a"), cells.get("b"), cells.get("c"))
    stem = take(clean_stem, cells.get("stem"))
    choices = take(_row_choices, cells)
    key: int = take(clean_key, cells.get("key"), len(choices)) if choices else 0
    status = take(clean_status, cells.get("status") or "active")
    if errors:
        return None, errors
    return ItemInput(code=code, subject=subject, stem=stem, choices=choices, key=key,
                     a=params[0], b=params[1], c=params[2], model=model, grade=grade,
                     strand=strand, status=status), []


def _check_header(header: list[str]) -> None:
    unknown = [h for h in header if _CHOICE_COLUMN.match(h) and h not in CHOICE_COLUMNS]
    if unknown:
        raise ValidationError("Unknown choice column(s) {columns}: use choice_1 to choice_{high}.",
                              params={"columns": ", ".join(unknown), "high": MAX_CHOICES}, row=1)
    per_choice = [h for h in header if h in CHOICE_COLUMNS]
    if LEGACY_CHOICES in header and per_choice:
        raise ValidationError("The file has both a 'choices' column and choice_N columns; "
                              "keep only the choice_N columns.", row=1)
    required = list(REQUIRED_COLUMNS)
    if LEGACY_CHOICES in header:
        required = [c for c in required if c not in CHOICE_COLUMNS]
    missing = [c for c in required if c not in header]
    if missing:
        raise ValidationError("The file lacks the column(s): {columns}.",
                              params={"columns": ", ".join(missing)}, row=1)
    duplicated = sorted({h for h in header if h and header.count(h) > 1})
    if duplicated:
        raise ValidationError("The column(s) {columns} appear more than once.",
                              params={"columns": ", ".join(duplicated)}, row=1)


def parse_items_csv(text: str) -> tuple[list[tuple[int, ItemInput, bool]], list[ValidationError]]:
    """Rows as (line number, item, status given?) plus every problem (line numbers 1-based)."""
    try:
        return _parse_items_csv(text)
    except csv.Error as exc:
        raise ValidationError("The file is not valid CSV ({reason}).",
                              params={"reason": str(exc)}) from None


def _parse_items_csv(text: str) -> tuple[list[tuple[int, ItemInput, bool]], list[ValidationError]]:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "code" in header and "item_id" not in header:
        header[header.index("code")] = "item_id"
    _check_header(header)
    reader.fieldnames = header
    rows: list[tuple[int, ItemInput, bool]] = []
    errors: list[ValidationError] = []
    first_line: dict[str, int] = {}
    for raw in reader:
        line = reader.line_num
        if None in raw:
            errors.append(ValidationError("The row has more cells than the header.", row=line))
            continue
        cells = {k: unescape_cell((v or "").strip()) for k, v in raw.items()}
        if not any(cells.values()):
            continue
        item, problems = _row_input(cells, line)
        errors.extend(problems)
        if item is None:
            continue
        if item.code in first_line:
            errors.append(ValidationError("Item {code} appears twice (also on line {line}).",
                                          params={"code": item.code, "line": first_line[item.code]},
                                          field="item_id", row=line))
            continue
        first_line[item.code] = line
        rows.append((line, item, bool(cells.get("status"))))
    if not rows and not errors:
        errors.append(ValidationError("The file has no item rows.", row=2))
    return rows, errors


class ItemCsvService:
    """Import and export the item bank as CSV (admins only)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _school_subjects(self, s: Session, rows: list[tuple[int, ItemInput, bool]], existing: dict[str, Item],
                         errors: list[ValidationError]) -> list[tuple[int, ItemInput, bool]]:
        """Each row's subject as the school's code (a name is accepted too); an unknown one is
        an error of that row. An item already in the bank may keep the subject it has."""
        subjects = SchoolSubjects(s, self._db.identity.organization_id)
        checked = []
        for line, item, status_given in rows:
            old = existing.get(item.code)
            try:
                code = subjects.code(item.subject, row=line, keep=old.subject if old is not None else None)
            except ValidationError as exc:
                errors.append(exc)
                continue
            checked.append((line, replace(item, subject=code), status_given))
        return checked

    def import_csv(self, data: bytes | str, *, update_existing: bool = False,
                   dry_run: bool = False) -> ItemImportResult:
        """Import every row or none: any bad row raises :class:`BulkValidationError` listing all.

        Codes already in the bank are errors unless ``update_existing`` (then they are updated,
        parameter changes starting a new bank version).
        """
        require_role(self._db.identity, "admin")
        text = decode_csv(data)
        rows, errors = parse_items_csv(text)
        legacy = _uses_legacy_choices(text)
        try:
            with self._db.session() as s:
                existing = self._existing(s, [item.code for _, item, _ in rows])
                rows = self._school_subjects(s, rows, existing, errors)
                if not update_existing:
                    errors.extend(ValidationError("Item {code} is already in the bank.",
                                                  params={"code": item.code},
                                                  field="item_id", row=line)
                                  for line, item, _ in rows if item.code in existing)
                if legacy:
                    errors.extend(_legacy_conflicts(rows, existing))
                if errors:
                    raise BulkValidationError(sorted(errors, key=lambda e: e.row or 0))
                new = [item for _, item, _ in rows if item.code not in existing]
                add_items(s, new, source="import")
                updated: list[str] = []
                unchanged: list[str] = []
                for _, item, status_given in rows:
                    if item.code in existing:
                        fields = _UPDATABLE + (("status",) if status_given else ())
                        diff = change_item(s, existing[item.code],
                                           {f: getattr(item, f) for f in fields}, source="import")
                        (updated if diff else unchanged).append(item.code)
                result = ItemImportResult(created=tuple(i.code for i in new),
                                          updated=tuple(updated), unchanged=tuple(unchanged),
                                          dry_run=dry_run)
                s.flush()
                audit.record(s, self._db.identity, "item.import", "item_bank", None,
                             details={"created": len(new), "updated": len(updated),
                                      "updated_codes": updated[:200]})
                if dry_run:
                    raise _DryRun(result)  # leaves the unit of work, which rolls back
        except _DryRun as done:
            return done.result
        return result

    def export_csv(self, *, subject: str | None = None, status: str | None = None) -> str:
        """The bank as CSV text; the ``key`` column is filled only for admins."""
        keys = may_see_keys(self._db.identity)
        stmt = select(Item, ItemKey.correct_choice).outerjoin(ItemKey, ItemKey.item_id == Item.id)
        if subject is not None:
            stmt = stmt.where(Item.subject == clean_subject(subject))
        if status is not None:
            stmt = stmt.where(Item.status == clean_status(status))
        with self._db.session(readonly=True) as s:
            bank = [(item.code, item.subject, item.grade, item.strand, item.model, item.a,
                     item.b, item.c, item.stem, tuple(str(ch) for ch in item.choices), key,
                     item.status) for item, key in s.execute(stmt.order_by(Item.code))]
        width = max([MIN_CHOICES, *(len(row[9]) for row in bank)])
        out = io.StringIO()
        # "\r\n" (RFC 4180) so that the writer also quotes a cell holding a lone "\r"
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(_BEFORE_CHOICES + CHOICE_COLUMNS[:width] + _AFTER_CHOICES)
        for (code, subject, grade, strand, model, a, b, c, stem, choices, key, status) in bank:
            writer.writerow([
                escape_cell(code), escape_cell(subject), grade or "", escape_cell(strand or ""),
                model, repr(a), repr(b), repr(c), escape_cell(stem),
                *(escape_cell(ch) for ch in choices), *([""] * (width - len(choices))),
                key if keys and key is not None else "", status])
        return out.getvalue()

    @staticmethod
    def _existing(s: Session, codes: list[str]) -> dict[str, Item]:
        if not codes:
            return {}
        # the codes as one array value: no limit on how many (an IN list of 65,535+ would fail)
        rows = s.execute(select(Item).where(Item.code == any_(cast(codes, ARRAY(Text))))
                         .with_for_update()).scalars()
        return {r.code: r for r in rows}


def _uses_legacy_choices(text: str) -> bool:
    header = next(csv.reader(io.StringIO(text)), [])
    return LEGACY_CHOICES in (h.strip().lower() for h in header)


def _legacy_conflicts(rows: list[tuple[int, ItemInput, bool]],
                      existing: dict[str, Item]) -> list[ValidationError]:
    """Rows of the old ``choices`` format that would update an item one of whose choices holds
    ``|``: that format cannot express such a choice (an old export of it would be split)."""
    return [ValidationError(
        "Item {code} has a choice containing '|', which the old 'choices' column cannot hold; "
        "use the columns choice_1 to choice_{high} (as the export writes them).",
        params={"code": item.code, "high": MAX_CHOICES}, field=LEGACY_CHOICES, row=line)
        for line, item, _ in rows
        if item.code in existing and any("|" in str(ch) for ch in existing[item.code].choices)]
