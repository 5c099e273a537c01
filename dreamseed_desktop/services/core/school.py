"""The school model: level (초/중/고), 학년 1-6 or 1-3, 반, 번호 and the school's 학번 format.

A 학번 format is a pattern of ``Y`` (school-year digits, right-aligned: ``YYYY`` = 2026,
``YY`` = 26), ``G`` (학년), ``C`` (반) and ``N`` (번호) runs; each run is zero-padded to its
length: ``GCCNN`` makes 1학년 1반 1번 "10101", ``GCCNNN`` "101001".
"""
from __future__ import annotations

import re
from datetime import date

from dreamseed_desktop.db.people import (
    DEFAULT_STUDENT_NUMBER_FORMAT,
    LEVEL_GRADE_OFFSET,
    LEVEL_MAX_GRADE,
    SCHOOL_LEVELS,
)
from dreamseed_desktop.services.core.errors import ValidationError

__all__ = ["DEFAULT_STUDENT_NUMBER_FORMAT", "SCHOOL_LEVELS", "check_grade_for_level",
           "clean_class_no", "current_school_year", "clean_level", "clean_number_format", "clean_seat_no",
           "curriculum_grade", "format_student_number", "max_grade"]

def current_school_year(today: date | None = None) -> int:
    """Korean school years start in March: January and February belong to the previous year."""
    today = today or date.today()
    return today.year if today.month >= 3 else today.year - 1


_FORMAT_RE = re.compile(r"^[YGCN]{1,12}$")
MAX_CLASS_NO, MAX_SEAT_NO = 99, 999


def clean_level(value: str | None) -> str:
    level = (value or "").strip().lower()
    if level not in SCHOOL_LEVELS:
        raise ValidationError("Unknown school level '{level}' (use elementary, middle or high).",
                              params={"level": value or ""}, field="school_level")
    return level


def max_grade(level: str) -> int:
    return LEVEL_MAX_GRADE[level]


def curriculum_grade(level: str, grade: int) -> int:
    """The grade counted from the first year of elementary school (item grades use it):
    고 1학년 = 10."""
    return LEVEL_GRADE_OFFSET[level] + grade


def check_grade_for_level(grade: int, level: str) -> int:
    if not 1 <= grade <= max_grade(level):
        raise ValidationError("A school of this level has grades 1 to {high}; {grade} is not one.",
                              params={"high": max_grade(level), "grade": grade}, field="grade")
    return grade


def _small_int(value: int | str | None, *, field: str, high: int, template: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(template, params={"value": str(value), "high": high}, field=field)
    try:
        number = int(value.strip().removesuffix("반").removesuffix("번")) if isinstance(value, str) \
            else int(value)
    except ValueError:
        raise ValidationError(template, params={"value": str(value)[:40], "high": high},
                              field=field) from None
    if not 1 <= number <= high:
        raise ValidationError(template, params={"value": str(number), "high": high}, field=field)
    return number


def clean_class_no(value: int | str | None) -> int | None:
    """반: 1-99 ("3", "3반" or 3); empty -> None."""
    return _small_int(value, field="class_no", high=MAX_CLASS_NO,
                      template="'{value}' is not a class number (반: a number from 1 to {high}).")


def clean_seat_no(value: int | str | None) -> int | None:
    """번호: 1-999; empty -> None."""
    return _small_int(value, field="seat_no", high=MAX_SEAT_NO,
                      template="'{value}' is not a seat number (번호: a number from 1 to {high}).")


def clean_number_format(value: str | None) -> str:
    fmt = (value or "").strip().upper()
    if not _FORMAT_RE.match(fmt) or "N" not in fmt:
        raise ValidationError(
            "'{format}' is not a 학번 format: use Y (year), G (학년), C (반) and N (번호), "
            "e.g. GCCNN for 10101.", params={"format": value or ""}, field="student_number_format")
    return fmt


def _runs(fmt: str) -> list[tuple[str, int]]:
    return [(m.group(0)[0], len(m.group(0))) for m in re.finditer(r"Y+|G+|C+|N+", fmt)]


def format_student_number(fmt: str, *, grade: int, class_no: int | None, seat_no: int | None,
                          school_year: int) -> str | None:
    """The 학번 the school's format gives; None when a part it needs is unknown. A value wider
    than its run is an error (반 12 does not fit one C)."""
    values = {"Y": school_year, "G": grade, "C": class_no, "N": seat_no}
    out = []
    for letter, width in _runs(fmt):
        value = values[letter]
        if value is None:
            return None
        if letter == "Y":
            out.append(f"{value:04d}"[-width:])
            continue
        text = f"{value:0{width}d}"
        if len(text) > width:
            raise ValidationError(
                "{value} does not fit the 학번 format {format}: make its part longer.",
                params={"value": value, "format": fmt}, field="student_number")
        out.append(text)
    return "".join(out)
