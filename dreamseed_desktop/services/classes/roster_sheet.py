"""Roster spreadsheets: the Excel files (.xlsx, .xls) schools export from NEIS, read with
python-calamine (a Rust reader: no Excel, no macros run, formulas give their cached values).

A NEIS student list usually starts with title rows ("2026학년도 1학년 1반 학생 명렬표", the
school name, an empty row) above the header row; the header is the first row (of the first 30)
whose cells name a person column (성명/이름) and at least one of 학년, 반, 번호, 학번 or email.
Errors are reported with the sheet's own row numbers.
"""
from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dreamseed_desktop.services.core.errors import ValidationError

HEADER_SEARCH_ROWS = 30
_MAGIC = {b"PK\x03\x04": "xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "xls"}


@dataclass(frozen=True)
class SheetTable:
    """The header row and the rows under it; ``first_row`` is the header's sheet row (1-based)."""

    rows: list[list[str]]
    first_row: int
    kind: str          # "xlsx" | "xls"
    sheet: str


def spreadsheet_kind(data: bytes) -> str | None:
    """"xlsx" (a zip: also .xlsm/.ods, calamine reads them all) or "xls" (OLE2), else None."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    return None


def cell_text(value: object) -> str:
    """A cell as the text a person would type: 3.0 -> "3", dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta | time):
        return str(value)
    return " ".join(str(value).split("\n")).strip()


def read_sheet(data: bytes, header_fields: Mapping[str, str]) -> SheetTable:
    """The first sheet's header row and everything below it. ``header_fields`` maps a header
    key (see ``roster_parse._header_key``) to its field, to find the header row."""
    from python_calamine import CalamineWorkbook

    kind = spreadsheet_kind(data) or "xlsx"
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        if not book.sheet_names:
            raise ValidationError("The workbook has no sheets.", row=1)
        sheet = book.get_sheet_by_index(0)
        values = sheet.to_python(skip_empty_area=False)
    except ValidationError:
        raise
    except Exception as exc:  # noqa: BLE001 - calamine raises its own errors for damaged files
        raise ValidationError("The file could not be read as an Excel workbook ({reason}). Save it "
                              "again from Excel or as CSV.", params={"reason": str(exc)[:120]},
                              field="file") from None
    rows = [[cell_text(v) for v in row] for row in values]
    header = _header_row(rows, header_fields)
    if header is None:
        raise ValidationError("No header row found in the first {count} rows of sheet '{sheet}': "
                              "it needs a name column (성명 or 이름) and 학년, 반, 번호, 학번 or email.",
                              params={"count": HEADER_SEARCH_ROWS, "sheet": sheet.name}, row=1)
    return SheetTable(rows=rows[header:], first_row=header + 1, kind=kind, sheet=sheet.name)


def _header_row(rows: list[list[str]], header_fields: Mapping[str, str]) -> int | None:
    from dreamseed_desktop.services.classes.roster_parse import _header_key

    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        fields = {header_fields.get(_header_key(cell)) for cell in row if cell.strip()}
        if "name" in fields and fields & {"grade", "class", "seat_no", "student_number", "email"}:
            return index
    return None
