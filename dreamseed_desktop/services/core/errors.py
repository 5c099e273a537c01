"""Domain errors with messages a teacher understands.

Every failure that reaches the UI is one of these; the UI shows ``str(error)``.
PostgreSQL errors are translated into them in one place: :func:`translate_db_error`.

Messages that embed values are written as a *template* plus *params*, never as an f-string:
``NotFound("Class {id} does not exist.", params={"id": 12})``. ``.message`` (and so ``str()``)
is the formatted English text; ``.template`` and ``.params`` stay on the error so the UI can
translate the template and fill in the same values (``ui.i18n.domain_message``). A param named
``label`` (or ending in ``_label``) holds an English term that the UI translates as well.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any


def format_template(template: str, params: Mapping[str, Any]) -> str:
    """``template.format(**params)``; the template itself when it does not fit the params."""
    if not params:
        return template
    try:
        return template.format_map(dict(params))
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return template


class DomainError(Exception):
    """Base class. ``field`` and ``row`` say where bad input is, when known.

    ``message`` is an English text, or a template with ``{name}`` placeholders filled from
    ``params`` (see the module docstring).
    """

    default_message = "The operation could not be completed."

    def __init__(self, message: str | None = None, *, params: Mapping[str, Any] | None = None,
                 field: str | None = None, row: int | None = None) -> None:
        self.template = message or self.default_message
        self.params: dict[str, Any] = dict(params or {})
        self.message = format_template(self.template, self.params)
        self.field = field
        self.row = row
        super().__init__(self.message)

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field:
            where.append(self.field)
        return f"{', '.join(where)}: {self.message}" if where else self.message


class NotFound(DomainError):
    default_message = "Not found."


class AlreadyEnrolled(DomainError):
    default_message = "Already enrolled"

    def __init__(self, message: str | None = None, *, student_ids: tuple[int, ...] = (),
                 params: Mapping[str, Any] | None = None, field: str | None = None,
                 row: int | None = None) -> None:
        super().__init__(message, params=params, field=field, row=row)
        self.student_ids = student_ids


class ValidationError(DomainError):
    default_message = "Invalid value."


class BulkValidationError(ValidationError):
    """Several rows are bad; ``errors`` lists each one (all-or-nothing imports).

    Each row error keeps its own ``template``/``params``; the summary's count is ``params["count"]``.
    """

    def __init__(self, errors: list[ValidationError], message: str | None = None) -> None:
        self.errors = errors
        super().__init__(message or "{count} row(s) have problems; nothing was changed.",
                         params={"count": len(errors)})


class Conflict(DomainError):
    default_message = ("Someone else changed this record after you opened it. "
                       "Reload it and make your change again.")


class PermissionDenied(DomainError):
    default_message = "You are not allowed to do this."


class NotAuthenticated(PermissionDenied):
    default_message = "Your sign-in has expired. Please sign in again."


class AccountLocked(PermissionDenied):
    default_message = "Too many failed sign-ins. The account is locked for 15 minutes."


class Unavailable(DomainError):
    default_message = "The database server cannot be reached. Check the network and try again."


# constraint name -> (field, message). Names follow db.base.NAMING_CONVENTION.
_CONSTRAINT_MESSAGES: dict[str, tuple[str | None, str]] = {
    "uq_users_email": ("email", "This email address is already used by another account."),
    "ck_users_email_format": ("email", "This is not a valid email address."),
    "ck_users_email_required": ("email", "An email address is required."),
    "ck_users_role": ("role", "Role must be admin, teacher or student."),
    "uq_organizations_name": ("name", "An organization with this name already exists."),
    "ck_organizations_type": ("type", "Unknown organization type."),
    "uq_students_organization_id_student_number": (
        "student_number", "This student number is already used in this school."),
    "ck_students_grade_range": ("grade", "Grade must be between 1 and 6."),
    "ck_classes_grade_range": ("grade", "Grade must be between 1 and 6."),
    "grade_for_level": ("grade", "A middle or high school has grades 1 to 3."),
    "level_for_grades": ("school_level", "The school has students or classes above grade 3: a middle "
                                         "or high school has grades 1 to 3."),
    "ck_organizations_school_level": ("school_level", "Unknown school level."),
    "ck_classes_school_year_range": ("school_year", "School year must be between 2000 and 2100."),
    "uq_classes_organization_id_school_year_name": (
        "name", "A class with this name already exists for this school year."),
    "pk_student_classroom": (None, "Already enrolled"),
    "uq_attempts_exam_session_id_seq": ("seq", "This item number was already answered in this session."),
    "uq_items_code": ("code", "An item with this code already exists."),
    "ck_items_a_range": ("a", "Discrimination a must be greater than 0 (and at most 10)."),
    "ck_items_c_range": ("c", "Guessing c must be at least 0 and below 1."),
    "ck_items_b_range": ("b", "Difficulty b must be between -10 and 10."),
    "ck_exam_sessions_duration_nonneg": ("duration_sec", "Duration cannot be negative."),
    "ck_attempts_response_time_nonneg": ("response_time_ms", "Response time cannot be negative."),
}

#: libpq's refusal of a statement with too many parameters (the protocol's limit is 65,535)
_PARAMETER_LIMIT = "number of parameters must be between 0 and 65535"
TOO_MANY_VALUES_MESSAGE = ("The request holds more values than one database statement can carry "
                           "({limit}). Nothing was changed; split it into smaller parts.")

_FIELD_FROM_CHECK = re.compile(r"^ck_[a-z_]+?_(?P<field>[a-z]+)_(range|nonneg|not_blank|format)$")


def translate_db_error(exc: BaseException) -> DomainError:
    """Map a SQLAlchemy/psycopg exception to a DomainError (the single place that does it)."""
    from sqlalchemy import exc as sa_exc

    orig = getattr(exc, "orig", None) or exc
    sqlstate = getattr(orig, "sqlstate", None)
    diag = getattr(orig, "diag", None)
    constraint = getattr(diag, "constraint_name", None) if diag else None
    primary = (getattr(diag, "message_primary", None) if diag else None) or str(orig).splitlines()[0]

    if sqlstate is None and _PARAMETER_LIMIT in str(orig):
        # libpq refuses a statement with more than 65,535 values before sending it: the request
        # was too large, the network is fine
        return ValidationError(TOO_MANY_VALUES_MESSAGE, params={"limit": "65,535"})
    import psycopg

    connection_kinds = (sa_exc.OperationalError, sa_exc.InterfaceError, psycopg.OperationalError,
                        psycopg.InterfaceError)
    if isinstance(exc, connection_kinds) and sqlstate is None:
        # only a lost or failed connection is "cannot be reached"; the driver also raises these
        # for local problems — never blame the network for those
        if getattr(exc, "connection_invalidated", False) or _is_connection_failure(str(orig)):
            return Unavailable()
        return DomainError("The database could not run this request. Nothing was saved.")
    if sqlstate and sqlstate.startswith("08"):
        return Unavailable()
    if sqlstate in ("57P01", "57P02", "57P03"):  # admin shutdown / crash / cannot connect now
        return Unavailable()
    if constraint and constraint in _CONSTRAINT_MESSAGES:
        field, message = _CONSTRAINT_MESSAGES[constraint]
        if constraint == "pk_student_classroom":
            return AlreadyEnrolled(message)
        return ValidationError(message, field=field)
    if sqlstate == "23505":
        return ValidationError("This value is already in use.")
    if sqlstate == "23503":
        if primary and "still referenced" in primary or (primary and "is still referenced" in primary):
            return Conflict("This record is still in use by other records and cannot be removed.")
        return NotFound("A referenced record does not exist (it may have been removed).")
    if sqlstate == "23514":
        match = _FIELD_FROM_CHECK.match(constraint or "")
        return ValidationError("Value out of the allowed range.", field=match["field"] if match else None)
    if sqlstate == "23502":
        column = getattr(diag, "column_name", None) if diag else None
        return ValidationError("This field is required.", field=column)
    if sqlstate in ("22001",):
        return ValidationError("Text is too long.")
    if sqlstate in ("22P02", "22003", "22007", "22008", "22021", "22P05", "22023"):
        return ValidationError("A value has the wrong format.")
    if sqlstate in ("42501",):
        return PermissionDenied()
    if sqlstate == "2D000":   # COMMIT inside a procedure called in a transaction block
        return Conflict(OWN_TRANSACTION_MESSAGE)
    if sqlstate in ("40001", "40P01"):
        return Conflict("The database was busy with a conflicting change. Please try again.")
    if sqlstate == "P0001" or (sqlstate and sqlstate.startswith("DS")):
        # raised by our own SQL functions: the message is written for users
        return _from_app_raise(sqlstate, primary)
    if sqlstate == "28P01" or sqlstate == "28000":
        return Unavailable("The database rejected the connection credentials.")
    return DomainError("The database reported an error. The change was not saved.")


_CONNECTION_WORDS = (
    "connection failed", "could not connect", "connection to server", "connection is bad", "connection is lost",
    "connection refused", "server closed the connection", "terminating connection", "timeout expired",
    "timed out", "could not translate host name", "name or service not known", "no route to host",
    "network is unreachable", "connection reset", "broken pipe", "consuming input failed", "ssl syscall",
    "the connection is closed", "connection already closed",
)


def _is_connection_failure(text: str) -> bool:
    low = text.lower()
    return any(word in low for word in _CONNECTION_WORDS)


# Our PL/pgSQL functions raise with SQLSTATE 'DS' + code; the message is user-facing.
_APP_CODES: dict[str, type[DomainError]] = {
    "DS404": NotFound, "DS409": Conflict, "DS403": PermissionDenied, "DS401": NotAuthenticated,
    "DS423": AccountLocked, "DS422": ValidationError, "DS410": AlreadyEnrolled, "DS428": Conflict,
}

# exam.require_procedure / the exam procedures (DS428): exam actions commit on their own
OWN_TRANSACTION_MESSAGE = ("Exam actions commit on their own: use CALL exam.<action>(...) outside a "
                           "transaction block.")


def _from_app_raise(sqlstate: str | None, message: str) -> DomainError:
    cls = _APP_CODES.get(sqlstate or "", DomainError)
    parsed = parse_server_message(message)
    if parsed is not None:
        return cls(parsed[0], params=parsed[1])
    return cls(message)


# Messages the database formats itself (RAISE ... '%' / format()): recognised again as templates.
SERVER_TEMPLATES: tuple[str, ...] = (
    'The exam\'s adaptive-test settings are invalid (unknown setting "{setting}"). Ask your teacher.',
    "Too many failed sign-ins. The account is locked for {minutes} more minute(s).",
    "Item {id} was not found.",
)


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{([a-z_]+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)"
                    for i, part in enumerate(parts))
    return re.compile(f"^{regex}$", re.DOTALL)


_SERVER_PATTERNS = tuple((t, _template_pattern(t)) for t in SERVER_TEMPLATES)


def parse_server_message(message: str) -> tuple[str, dict[str, str]] | None:
    """(template, params) when ``message`` is one of :data:`SERVER_TEMPLATES` filled in."""
    for template, pattern in _SERVER_PATTERNS:
        match = pattern.match(message)
        if match:
            return template, match.groupdict()
    return None
