"""Roster CSV reading without the database: encoding, header mapping, per-row checks.

Pure functions shared by the import (``roster_plan``) and the tests. Encodings are tried
strictly in a fixed order — UTF-8 with BOM, UTF-8, CP949 (Korean Excel) — which is more
predictable than statistical guessing; the one used is reported.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dreamseed_desktop.services.core.csv_safety import read_bounded, too_large, unescape_cell
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.school import clean_class_no, clean_seat_no
from dreamseed_desktop.services.core.validation import (
    clean_email,
    clean_grade,
    clean_name,
    clean_optional,
    clean_student_number,
    nfc,
)

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
ENCODINGS = ("utf-8-sig", "utf-8", "cp949")
FIELDS = ("name", "email", "role", "student_number", "grade", "class", "seat_no", "subject")

# header (lower-case, spaces/underscores/hyphens removed) -> field
HEADER_ALIASES: dict[str, str] = {
    **dict.fromkeys(("이름", "성명", "학생명", "학생이름", "name", "fullname", "studentname"), "name"),
    **dict.fromkeys(("이메일", "메일", "전자우편", "이메일주소", "email", "mail", "emailaddress"),
                    "email"),
    **dict.fromkeys(("역할", "구분", "role"), "role"),
    **dict.fromkeys(("학번", "학생번호", "studentnumber", "studentno", "studentid", "number"),
                    "student_number"),
    **dict.fromkeys(("학년", "grade"), "grade"),
    **dict.fromkeys(("번호", "출석번호", "seatno", "seat", "no"), "seat_no"),
    **dict.fromkeys(("반", "학급", "수업", "클래스", "class", "classname", "classes", "homeroom"),
                    "class"),
    **dict.fromkeys(("과목", "담당과목", "subject"), "subject"),
}
ROLE_ALIASES: dict[str, str] = {
    **dict.fromkeys(("student", "학생", ""), "student"),
    **dict.fromkeys(("teacher", "교사", "선생님", "교원", "담임"), "teacher"),
    **dict.fromkeys(("admin", "관리자", "administrator"), "admin"),
}
CLASS_SEPARATOR = ";"


@dataclass(frozen=True)
class RosterRow:
    """One checked row of the file; ``line`` is the 1-based line number in the file."""

    line: int
    name: str
    email: str
    role: str
    student_number: str | None
    grade: int | None
    classes: tuple[str, ...]
    subject: str | None
    class_no: int | None = None   # 반, when the class column holds a number ("3" or "3반")
    seat_no: int | None = None    # 번호


def _header_key(header: str) -> str:
    key = nfc(header).lower()
    for ch in " _-.":
        key = key.replace(ch, "")
    return key


def read_file(path: Path) -> bytes:
    """The roster file's bytes; a file over the size limit is refused before it is read."""
    return read_bounded(path, MAX_BYTES)


def decode(data: bytes, encoding: str = "auto") -> tuple[str, str]:
    """Decode the file; returns (text, encoding used). ``encoding``: auto|utf-8|utf-8-sig|cp949.

    ``auto`` also accepts UTF-16 with a byte-order mark (Excel's "Unicode text" format).
    """
    if len(data) > MAX_BYTES:
        raise too_large(MAX_BYTES)
    wanted = encoding.lower().replace("_", "-")
    if wanted == "auto" and data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if wanted in ("utf8", "utf-8") and data.startswith(b"\xef\xbb\xbf"):
        wanted = "utf-8-sig"
    candidates = ENCODINGS if wanted == "auto" else (wanted,)
    if wanted not in ("auto", *ENCODINGS):
        raise ValidationError("Encoding must be auto, utf-8 or cp949.", field="encoding")
    for name in candidates:
        try:
            text = data.decode(name, errors="strict")
        except UnicodeDecodeError:
            continue
        if name == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
            name = "utf-8"
        return text, name
    raise ValidationError("The file is not UTF-8 or CP949 text. Save it from Excel as "
                          "'CSV UTF-8' and try again.", field="encoding")


def sniff_delimiter(text: str) -> str:
    """Comma, tab or semicolon: whichever the header line holds most of (comma on a tie)."""
    header = text.split("\n", 1)[0]
    return max((",", "\t", ";"), key=lambda d: (header.count(d), d == ","))


def csv_rows(text: str) -> list[list[str]]:
    """The decoded file as rows of cells, with the delimiter the import uses (for previews)."""
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text)))


def map_columns(headers: list[str], override: Mapping[str, str] | None = None) -> dict[str, int]:
    """field -> column index. ``override`` maps field -> header text and wins over defaults."""
    index: dict[str, int] = {}
    keys = [_header_key(h) for h in headers]
    for pos, key in enumerate(keys):
        field = HEADER_ALIASES.get(key)
        if field and field not in index:
            index[field] = pos
    for field, header in (override or {}).items():
        if field not in FIELDS:
            raise ValidationError("Unknown roster field '{field}'. Known: {known}.",
                                  params={"field": field, "known": ", ".join(FIELDS)},
                                  field="mapping")
        key = _header_key(header)
        if key not in keys:
            raise ValidationError("The file has no column '{header}'.", params={"header": header},
                                  field="mapping", row=1)
        index[field] = keys.index(key)
    missing = [f for f in ("name", "email") if f not in index]
    if missing:
        raise ValidationError("Column(s) missing: {missing}. Found headers: {headers}.",
                              params={"missing": ", ".join(missing),
                                      "headers": ", ".join(headers) or "(none)"},
                              field="header", row=1)
    return index


def _check_row(line: int, cells: dict[str, str]) -> RosterRow:
    """Validate one row's cells; raises ValidationError(row=line, field=...)."""
    def fail(exc: ValidationError) -> ValidationError:
        return ValidationError(exc.template, params=exc.params, field=exc.field, row=line)

    try:
        role = ROLE_ALIASES.get(_header_key(cells.get("role", "")))
        if role is None:
            raise ValidationError("Unknown role '{role}' (use student, teacher or admin).",
                                  params={"role": cells["role"]}, field="role")
        if not cells.get("name", "").strip():
            raise ValidationError("The name is missing.", field="name")
        if not cells.get("email", "").strip():
            raise ValidationError("The email address is missing.", field="email")
        name = clean_name(cells["name"])
        email = clean_email(cells["email"])
        grade: int | None = None
        number = clean_student_number(cells.get("student_number"))
        classes = tuple(dict.fromkeys(
            c for c in (nfc(p) for p in cells.get("class", "").split(CLASS_SEPARATOR)) if c))
        class_no = seat_no = None
        if role == "student":
            if not cells.get("grade", "").strip():
                raise ValidationError("The grade is missing.", field="grade")
            grade = clean_grade(cells["grade"])
            homeroom = [c for c in classes if c.removesuffix("반").isdigit()]
            if homeroom:
                class_no = clean_class_no(homeroom[0])
                classes = tuple(c.removesuffix("반") if c in homeroom else c for c in classes)
            seat_no = clean_seat_no(cells.get("seat_no"))
        elif number or classes or cells.get("grade", "").strip() or cells.get("seat_no", "").strip():
            raise ValidationError("Only students have a grade, student number or class; leave "
                                  "them empty for teachers and admins.", field="role")
        subject = clean_optional(cells.get("subject"), field="subject")
    except ValidationError as exc:
        raise fail(exc) from None
    return RosterRow(line=line, name=name, email=email, role=role, student_number=number,
                     grade=grade, classes=classes, subject=subject, class_no=class_no,
                     seat_no=seat_no)


def parse(text: str, override: Mapping[str, str] | None = None
          ) -> tuple[list[RosterRow], list[ValidationError], dict[str, str]]:
    """Rows, every row error (with line numbers, duplicates within the file included) and the
    column mapping used (field -> header)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        headers = next(reader)
    except StopIteration:
        raise ValidationError("The file is empty.", row=1) from None
    except csv.Error as exc:
        raise ValidationError("Not a CSV file: {reason}.", params={"reason": str(exc)},
                              row=1) from None
    index = map_columns(headers, override)
    rows: list[RosterRow] = []
    errors: list[ValidationError] = []
    seen_email: dict[str, int] = {}
    seen_number: dict[str, int] = {}
    count = 0
    while True:
        try:
            raw = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors.append(ValidationError("Broken CSV: {reason}.", params={"reason": str(exc)},
                                          row=reader.line_num))
            break
        line = reader.line_num
        if not any(cell.strip() for cell in raw):
            continue
        count += 1
        if count > MAX_ROWS:
            raise ValidationError("The file has more than {max_rows} rows. Split it into "
                                  "smaller files.", params={"max_rows": f"{MAX_ROWS:,}"})
        if len(raw) > len(headers) and any(c.strip() for c in raw[len(headers):]):
            errors.append(ValidationError("This line has {cells} cells but the header has "
                                          "{headers}.",
                                          params={"cells": len(raw), "headers": len(headers)},
                                          row=line))
            continue
        cells = {f: unescape_cell(raw[i]) if i < len(raw) else "" for f, i in index.items()}
        try:
            row = _check_row(line, cells)
        except ValidationError as exc:
            errors.append(exc)
            continue
        if row.email in seen_email:
            errors.append(ValidationError("Duplicate email {email} (also on line {line}).",
                                          params={"email": row.email,
                                                  "line": seen_email[row.email]},
                                          field="email", row=line))
            continue
        if row.student_number and row.student_number in seen_number:
            errors.append(ValidationError(
                "Duplicate student number {number} (also on line {line}).",
                params={"number": row.student_number, "line": seen_number[row.student_number]},
                field="student_number", row=line))
            continue
        seen_email[row.email] = line
        if row.student_number:
            seen_number[row.student_number] = line
        rows.append(row)
    return rows, errors, {f: headers[i] for f, i in index.items()}
