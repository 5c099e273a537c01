"""Shared field rules of the services: normalisation, field checks, optimistic versions.

Kept in one place so organizations, people, classes, enrollment and the roster import
all validate names, emails, grades and student numbers the same way.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any, Final

from sqlalchemy import update
from sqlalchemy.orm import Session

from dreamseed_desktop.db.people import MAX_GRADE, MIN_GRADE, ORG_TYPES, ROLES
from dreamseed_desktop.services.core.errors import Conflict, NotFound, ValidationError


class _Unset:
    """Marker for "leave this field unchanged" in update calls (``None`` may mean "clear")."""

    _instance: _Unset | None = None

    def __new__(cls) -> _Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Final = _Unset()

def given(**fields: tuple[Any, Callable[[Any], Any]]) -> dict[str, Any]:
    """``{field: clean(value)}`` for the ``field=(value, clean)`` pairs whose value is not UNSET
    (the keyword arguments an ``update(...)`` call actually passed)."""
    return {name: clean(value) for name, (value, clean) in fields.items()
            if not isinstance(value, _Unset)}


EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME = 100
MAX_EMAIL = 254
MAX_SUBJECT = 50
MAX_STUDENT_NUMBER = 30


def nfc(value: str, *, field: str | None = None) -> str:
    """NFC-normalise and trim (Korean names typed on macOS arrive decomposed, NFD).

    Refuses non-text values and NUL characters (PostgreSQL text cannot hold them) with a
    ValidationError instead of letting a TypeError or a driver error escape.
    """
    if not isinstance(value, str):
        raise ValidationError("Expected text, got {type}.", params={"type": type(value).__name__},
                              field=field)
    if "\x00" in value:
        raise ValidationError("The text contains a NUL character.", field=field)
    return unicodedata.normalize("NFC", value).strip()


def _visible(text: str) -> bool:
    """At least one letter, mark, number, punctuation or symbol (not only ZWSP/BOM/controls)."""
    return any(unicodedata.category(ch)[0] in "LMNPS" for ch in text)


def clean_id(value: object, *, field: str = "id") -> int:
    """An integer id; bools, floats and text are refused (never silently truncated)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("'{value}' is not a valid id.", params={"value": f"{value!s:.40}"},
                              field=field)
    return value


def clean_name(value: str | None, *, field: str = "name", max_len: int = MAX_NAME) -> str:
    name = nfc(value or "", field=field)
    name = re.sub(r"\s+", " ", name)
    if not name or not _visible(name):
        raise ValidationError("A name is required.", field=field)
    if len(name) > max_len:
        raise ValidationError("The name is too long (at most {max_len} characters).",
                              params={"max_len": max_len}, field=field)
    return name


def clean_email(value: str | None) -> str:
    email = nfc(value or "", field="email").lower()
    if not email:
        raise ValidationError("An email address is required.", field="email")
    if len(email) > MAX_EMAIL or not EMAIL_RE.match(email):
        raise ValidationError("'{email}' is not a valid email address.", params={"email": email},
                              field="email")
    return email


def clean_optional_email(value: str | None) -> str | None:
    """An email that may be left empty (students sign in with their 학번): blank -> None."""
    if value is None or not nfc(value, field="email"):
        return None
    return clean_email(value)


NO_SIGN_IN_KEY = "A student without an email needs a 학번 (or 반 and 번호) to sign in."


_NOT_A_GRADE = "'{value}' is not a grade (use a number from {low} to {high})."


def _grade_params(value: object) -> dict[str, object]:
    return {"value": str(value), "low": MIN_GRADE, "high": MAX_GRADE}


def clean_grade(value: int | str | None) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError("A grade is required.", field="grade")
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValidationError(_NOT_A_GRADE, params=_grade_params(f"{value!s:.40}"), field="grade")
    try:
        grade = int(nfc(value, field="grade").removesuffix("학년")) if isinstance(value, str) else int(value)
    except ValueError:
        raise ValidationError(_NOT_A_GRADE, params=_grade_params(value), field="grade") from None
    if not MIN_GRADE <= grade <= MAX_GRADE:
        raise ValidationError("Grade must be between {low} and {high}.",
                              params={"low": MIN_GRADE, "high": MAX_GRADE}, field="grade")
    return grade


def clean_student_number(value: str | None) -> str | None:
    """Student numbers are text: leading zeros are kept ("00123" stays "00123")."""
    if value is None:
        return None
    number = nfc(str(value) if isinstance(value, int) else value, field="student_number")
    if not number:
        return None
    if len(number) > MAX_STUDENT_NUMBER or not all(_visible(ch) for ch in number):
        raise ValidationError("A student number must be at most 30 characters without spaces.",
                              field="student_number")
    return number


def clean_optional(value: str | None, *, field: str, max_len: int = MAX_SUBJECT) -> str | None:
    if value is None:
        return None
    text = nfc(value, field=field)
    if len(text) > max_len:
        raise ValidationError("Too long (at most {max_len} characters).", params={"max_len": max_len},
                              field=field)
    return text or None


def clean_role(value: str) -> str:
    role = nfc(value, field="role").lower()
    if role not in ROLES:
        raise ValidationError("Role must be admin, teacher or student.", field="role")
    return role


def clean_org_type(value: str) -> str:
    kind = nfc(value, field="type").lower()
    if kind not in ORG_TYPES:
        raise ValidationError("Organization type must be one of: {choices}.",
                              params={"choices": ", ".join(ORG_TYPES)}, field="type")
    return kind


def like_pattern(search: str) -> str:
    """A case-insensitive LIKE pattern for a substring, with LIKE wildcards escaped."""
    text = nfc(search).lower()
    text = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{text}%"


def versioned_update(session: Session, model: Any, row_id: int, expected_version: int | None,
                     values: dict[str, Any], *, missing: str) -> int:
    """UPDATE one row if its version still is ``expected_version``; return the new version.

    ``expected_version=None`` skips the check (used by internal follow-up writes only).
    A missing row raises NotFound with the template ``missing`` (``{id}`` is the row id),
    a stale version Conflict.
    """
    stmt = update(model).where(model.id == row_id)
    if expected_version is not None:
        stmt = stmt.where(model.version == expected_version)
    stmt = stmt.values(**values, version=model.version + 1).returning(model.version)
    new_version = session.execute(stmt).scalar_one_or_none()
    if new_version is None:
        if session.get(model, row_id) is None:
            raise NotFound(missing, params={"id": row_id})
        raise Conflict()
    return int(new_version)
