"""Item bank field rules, shared by the item service and the CSV import.

Each ``clean_*`` returns the normalised value or raises :class:`ValidationError` naming the
field, so the import can collect one error per bad cell with its line number.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from dreamseed_desktop.db.items import ITEM_MODELS, ITEM_STATUSES
from dreamseed_desktop.db.people import ITEM_MAX_GRADE as MAX_GRADE
from dreamseed_desktop.db.people import ITEM_MIN_GRADE as MIN_GRADE
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.validation import nfc

MAX_CODE = 64
MAX_SUBJECT = 50
MAX_STRAND = 50
MIN_CHOICES, MAX_CHOICES = 2, 10


@dataclass(frozen=True)
class ItemInput:
    """A new item (or the full content of an imported one). ``key`` is the correct choice (1-based)."""

    code: str
    subject: str
    stem: str
    choices: tuple[str, ...]
    key: int
    a: float = 1.0
    b: float = 0.0
    c: float = 0.0
    model: str = "3PL"
    grade: int | None = None
    strand: str | None = None
    status: str = "active"


def clean_code(value: object) -> str:
    code = nfc(str(value or ""))
    if not code:
        raise ValidationError("An item code is required.", field="code")
    if len(code) > MAX_CODE or any(ch.isspace() for ch in code):
        raise ValidationError("An item code has at most {max_len} characters and no spaces.",
                              params={"max_len": MAX_CODE}, field="code")
    return code


def clean_subject(value: object) -> str:
    subject = nfc(str(value or "")).lower()
    if not subject:
        raise ValidationError("A subject is required.", field="subject")
    if len(subject) > MAX_SUBJECT:
        raise ValidationError("The subject is too long (at most {max_len} characters).",
                              params={"max_len": MAX_SUBJECT}, field="subject")
    return subject


def clean_strand(value: object) -> str | None:
    strand = nfc(str(value or ""))
    if len(strand) > MAX_STRAND:
        raise ValidationError("The strand is too long (at most {max_len} characters).",
                              params={"max_len": MAX_STRAND}, field="strand")
    return strand or None


def clean_grade(value: object) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        grade = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise ValidationError("'{value}' is not a grade.", params={"value": str(value)},
                              field="grade") from None
    if isinstance(grade, bool) or not MIN_GRADE <= grade <= MAX_GRADE:
        raise ValidationError("Grade must be between {low} and {high}.",
                              params={"low": MIN_GRADE, "high": MAX_GRADE}, field="grade")
    return grade


def clean_model(value: object) -> str:
    model = nfc(str(value or "3PL")).upper()
    if model not in ITEM_MODELS:
        raise ValidationError("The model must be one of: {choices}.",
                              params={"choices": ", ".join(ITEM_MODELS)}, field="model")
    return model


def clean_status(value: object) -> str:
    status = nfc(str(value or "")).lower()
    if status not in ITEM_STATUSES:
        raise ValidationError("Status must be one of: {choices}.",
                              params={"choices": ", ".join(ITEM_STATUSES)}, field="status")
    return status


def _number(value: object, field: str, label: str) -> float:
    try:
        number = float(str(value).strip()) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError("{label} must be a number.", params={"label": label},
                              field=field) from None
    if isinstance(value, bool) or not math.isfinite(number):
        raise ValidationError("{label} must be a finite number.", params={"label": label},
                              field=field)
    return number


def clean_params(model: str, a: object, b: object, c: object) -> tuple[float, float, float]:
    """(a, b, c) checked against the model: a in (0, 10], b in [-10, 10], c in [0, 1).

    2PL and 1PL items have no guessing: their c must be 0.
    """
    fa = _number(a, "a", "Discrimination a")
    fb = _number(b, "b", "Difficulty b")
    fc = _number(c if c not in (None, "") else 0.0, "c", "Guessing c")
    if not 0 < fa <= 10:
        raise ValidationError("Discrimination a must be greater than 0 (and at most 10).", field="a")
    if not -10 <= fb <= 10:
        raise ValidationError("Difficulty b must be between -10 and 10.", field="b")
    if not 0 <= fc < 1:
        raise ValidationError("Guessing c must be at least 0 and below 1.", field="c")
    if model != "3PL" and fc != 0:
        raise ValidationError("A {model} item has no guessing parameter: c must be 0.",
                              params={"model": model}, field="c")
    return fa, fb, fc


def clean_stem(value: object) -> str:
    stem = nfc(str(value or ""))
    if not stem:
        raise ValidationError("The question text (stem) is required.", field="stem")
    return stem


def clean_choices(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        parts = value.split("|")
    elif isinstance(value, (list, tuple)):
        parts = [str(v) for v in value]
    else:
        raise ValidationError("Choices must be a list of texts.", field="choices")
    choices = tuple(nfc(p) for p in parts)
    if not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
        raise ValidationError("An item needs {low} to {high} choices.",
                              params={"low": MIN_CHOICES, "high": MAX_CHOICES}, field="choices")
    if any(not ch for ch in choices):
        raise ValidationError("A choice is empty.", field="choices")
    return choices


def clean_key(value: object, n_choices: int) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError("The answer key is required.", field="key")
    try:
        key = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise ValidationError("The answer key '{value}' is not a choice number.",
                              params={"value": str(value)}, field="key") from None
    if isinstance(key, bool) or not 1 <= key <= n_choices:
        raise ValidationError("The answer key must be a choice number from 1 to {upper}.",
                              params={"upper": n_choices}, field="key")
    return key


def clean_item(data: ItemInput) -> ItemInput:
    """Every field of ``data`` cleaned; raises on the first bad field."""
    model = clean_model(data.model)
    a, b, c = clean_params(model, data.a, data.b, data.c)
    choices = clean_choices(data.choices)
    return ItemInput(code=clean_code(data.code), subject=clean_subject(data.subject),
                     stem=clean_stem(data.stem), choices=choices,
                     key=clean_key(data.key, len(choices)), a=a, b=b, c=c, model=model,
                     grade=clean_grade(data.grade), strand=clean_strand(data.strand),
                     status=clean_status(data.status))
