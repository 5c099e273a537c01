"""Roster CSV reading without the database: encoding, header mapping, per-row checks.

Pure functions shared by the import (``roster_plan``) and the tests. Encodings are tried
by their byte-order mark (UTF-16, UTF-8) or, without one, as UTF-8 or CP949 (Korean Excel);
when both readings are valid the import decides only when it is certain and otherwise asks
(see :func:`decode`); the one used is reported.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from dreamseed_desktop.services.classes.roster_sheet import SheetTable, read_sheet, spreadsheet_kind
from dreamseed_desktop.services.core.csv_safety import read_bounded, too_large, unescape_cell
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.school import clean_class_no, clean_seat_no
from dreamseed_desktop.services.core.validation import (
    clean_email,
    clean_grade,
    clean_name,
    clean_optional,
    clean_optional_email,
    clean_student_number,
    nfc,
)

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
ENCODINGS = ("utf-8-sig", "utf-8", "cp949")
FIELDS = ("name", "email", "role", "student_number", "grade", "class", "seat_no", "subject")
# NEIS lists carry these; they are recognised (so the preview can say so) but not stored
NOT_STORED = ("gender", "birth_date")
ALL_FIELDS = FIELDS + NOT_STORED

# header (lower-case, spaces/underscores/hyphens removed) -> field
HEADER_ALIASES: dict[str, str] = {
    **dict.fromkeys(("이름", "성명", "학생명", "학생이름", "학생성명", "name", "fullname", "studentname"),
                    "name"),
    **dict.fromkeys(("성별", "gender", "sex"), "gender"),
    **dict.fromkeys(("생년월일", "생일", "birthdate", "dateofbirth", "birthday"), "birth_date"),
    **dict.fromkeys(("이메일", "메일", "전자우편", "이메일주소", "email", "mail", "emailaddress"),
                    "email"),
    **dict.fromkeys(("역할", "구분", "role"), "role"),
    **dict.fromkeys(("학번", "학생번호", "studentnumber", "studentno", "studentid", "number"),
                    "student_number"),
    **dict.fromkeys(("학년", "grade"), "grade"),
    **dict.fromkeys(("번호", "출석번호", "seatno", "seat", "no"), "seat_no"),
    **dict.fromkeys(("반", "학급", "학반", "수업", "클래스", "class", "classname", "classes", "homeroom"),
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
    """One checked row of the file; ``line`` is the 1-based line number in the file (the sheet
    row of a spreadsheet). Students may have no email: they are then known by their 학번."""

    line: int
    name: str
    email: str | None
    role: str
    student_number: str | None
    grade: int | None
    classes: tuple[str, ...]
    subject: str | None
    class_no: int | None = None   # 반, when the class column holds a number ("3" or "3반")
    seat_no: int | None = None    # 번호

    @property
    def key(self) -> str:
        """Who the row is: the email, else the 학번 ("#10101"), else the line (no match)."""
        if self.email:
            return self.email
        return f"#{self.student_number}" if self.student_number else f"line:{self.line}"

    @property
    def label(self) -> str:
        """How messages name the row's person: email, else 학번, else name."""
        return self.email or self.student_number or self.name


def _header_key(header: str) -> str:
    key = nfc(header).lower()
    for ch in " _-.":
        key = key.replace(ch, "")
    return key


def read_file(path: Path) -> bytes:
    """The roster file's bytes; a file over the size limit is refused before it is read."""
    return read_bounded(path, MAX_BYTES)


def decode(data: bytes, encoding: str = "auto") -> tuple[str, str]:
    """Decode the file; returns (text, encoding used).

    ``encoding``: auto|utf-8|utf-8-sig|cp949|utf-16. ``auto`` reads UTF-16 with a byte-order
    mark (Excel's "Unicode text"), UTF-8 (with or without BOM) and CP949 (Korean Excel). Some
    CP949 files are also valid UTF-8 (the bytes of 345 Hangul syllables form UTF-8 sequences);
    :func:`_utf8_or_cp949` then decides only when one reading is clearly Korean text and the
    other is not, and otherwise refuses with both readings so the user chooses (never mojibake).
    """
    if len(data) > MAX_BYTES:
        raise too_large(MAX_BYTES)
    wanted = encoding.lower().replace("_", "-")
    if wanted in ("utf-16", "utf16") or (wanted == "auto" and data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            if wanted != "auto":
                raise ValidationError("The file is not UTF-16 text. Choose another encoding.",
                                      field="encoding") from None
    if wanted in ("utf8", "utf-8") and data.startswith(b"\xef\xbb\xbf"):
        wanted = "utf-8-sig"
    if wanted not in ("auto", *ENCODINGS):
        raise ValidationError("Encoding must be auto, utf-8, cp949 or utf-16.", field="encoding")
    if wanted == "auto" and not data.startswith(b"\xef\xbb\xbf"):
        return _utf8_or_cp949(data)
    candidates = ENCODINGS if wanted == "auto" else (wanted,)
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


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _hangul_in_latin_words(text: str) -> tuple[int, int]:
    """(words of Hangul without Latin letters, words mixing Hangul and Latin letters)."""
    alone = glued = 0
    for word in re.findall(r"[^\s,;\t\"'0-9@.\-]+", text):
        if not any(_is_hangul(c) for c in word):
            continue
        if any(c.isascii() and c.isalpha() for c in word):
            glued += 1
        else:
            alone += 1
    return alone, glued


def _utf8_or_cp949(data: bytes) -> tuple[str, str]:
    """Auto-detection without a byte-order mark (see :func:`decode`)."""
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    try:
        cp949: str | None = data.decode("cp949")
    except UnicodeDecodeError:
        cp949 = None
    if utf8 is not None and (cp949 is None or cp949 == utf8):
        return utf8, "utf-8"
    if cp949 is not None and utf8 is None:
        return cp949, "cp949"
    if utf8 is None or cp949 is None:
        raise ValidationError("The file is not UTF-8 or CP949 text. Save it from Excel as "
                              "'CSV UTF-8' and try again.", field="encoding")
    # both readings are valid and differ
    if any(_is_hangul(c) for c in utf8):
        return utf8, "utf-8"             # the UTF-8 reading is Korean text
    alone, glued = _hangul_in_latin_words(cp949)
    if alone and not glued:
        return cp949, "cp949"            # Korean names; as UTF-8 they were accented-letter soup
    if glued and not alone:
        return utf8, "utf-8"             # accented Latin names (as CP949: Hangul inside Latin words)
    line_u, line_c = _first_difference(utf8, cp949)
    raise ValidationError(
        "This file can be read as UTF-8 or as CP949 (Korean Excel) and the two readings differ, "
        "e.g. '{utf8}' or '{cp949}'. Choose the encoding that shows the names correctly and "
        "try again.", field="encoding", params={"utf8": line_u, "cp949": line_c})


def _first_difference(a: str, b: str) -> tuple[str, str]:
    for la, lb in zip(a.splitlines(), b.splitlines(), strict=False):
        if la != lb:
            return la[:60], lb[:60]
    return a[:60], b[:60]


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
        if field not in ALL_FIELDS:
            raise ValidationError("Unknown roster field '{field}'. Known: {known}.",
                                  params={"field": field, "known": ", ".join(ALL_FIELDS)},
                                  field="mapping")
        key = _header_key(header)
        if key not in keys:
            raise ValidationError("The file has no column '{header}'.", params={"header": header},
                                  field="mapping", row=1)
        index[field] = keys.index(key)
    missing = [f for f in ("name",) if f not in index]
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
        name = clean_name(cells["name"])
        if role == "student":
            email = clean_optional_email(cells.get("email"))  # a 학번 then identifies the student
        elif not cells.get("email", "").strip():
            raise ValidationError("The email address is missing.", field="email")
        else:
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

    def lines() -> Iterator[tuple[int, list[str] | None, str | None]]:
        while True:
            try:
                raw = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield reader.line_num, None, str(exc)
                return
            yield reader.line_num, raw, None

    return _parse_rows(headers, lines(), override)


def parse_sheet(table: SheetTable, override: Mapping[str, str] | None = None
                ) -> tuple[list[RosterRow], list[ValidationError], dict[str, str]]:
    """Like :func:`parse` for a spreadsheet; line numbers are the sheet's row numbers."""
    rows = iter(table.rows)
    headers = next(rows, [])
    return _parse_rows(headers, ((table.first_row + i, raw, None) for i, raw in enumerate(rows, 1)),
                       override)


def read_rows(data: bytes, encoding: str = "auto") -> tuple[list[list[str]], int, str]:
    """What the file holds as rows of cells (header first) for a preview, the line number of
    the header and how it was read (the encoding, or "xlsx"/"xls")."""
    if spreadsheet_kind(data):
        table = read_sheet(data, HEADER_ALIASES)
        return table.rows, table.first_row, table.kind
    text, used = decode(data, encoding)
    return csv_rows(text), 1, used


def parse_any(data: bytes, encoding: str = "auto", override: Mapping[str, str] | None = None
              ) -> tuple[list[RosterRow], list[ValidationError], dict[str, str], str]:
    """:func:`parse` or :func:`parse_sheet` by what the file is; also how it was read."""
    if spreadsheet_kind(data):
        table = read_sheet(data, HEADER_ALIASES)
        return (*parse_sheet(table, override), table.kind)
    text, used = decode(data, encoding)
    return (*parse(text, override), used)


def _parse_rows(headers: list[str], lines: Iterable[tuple[int, list[str] | None, str | None]],
                override: Mapping[str, str] | None
                ) -> tuple[list[RosterRow], list[ValidationError], dict[str, str]]:
    index = map_columns(headers, override)
    rows: list[RosterRow] = []
    errors: list[ValidationError] = []
    seen_email: dict[str, int] = {}
    seen_number: dict[str, int] = {}
    count = 0
    for line, raw, broken in lines:
        if raw is None:
            errors.append(ValidationError("Broken CSV: {reason}.", params={"reason": broken or ""},
                                          row=line))
            break
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
        if row.email and row.email in seen_email:
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
        if row.email:
            seen_email[row.email] = line
        if row.student_number:
            seen_number[row.student_number] = line
        rows.append(row)
    return rows, errors, {f: headers[i] for f, i in index.items()}
