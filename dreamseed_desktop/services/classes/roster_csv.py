"""Roster CSV import and export (Qt-free; the CLI and the GUI import wizard share it).

``preview`` reads the file and compares it with the database without writing anything;
``commit`` re-checks the same file inside one transaction and writes everything or nothing.
Every bad row is reported with its line number and reason (``BulkValidationError.errors``).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from dreamseed_desktop.db.people import Student, User
from dreamseed_desktop.services.classes.roster_export import (
    class_rows,
    organization_rows,
    to_csv,
)
from dreamseed_desktop.services.classes.roster_parse import (
    MAX_BYTES,
    MAX_ROWS,
    RosterRow,
    parse_any,
)
from dreamseed_desktop.services.classes.roster_plan import (
    PlanParts,
    RosterEnrollment,
    RosterUpdate,
    any_of_texts,
    apply_plan,
    build_plan,
)
from dreamseed_desktop.services.classes.service import load_class
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.access import require_role, resolve_org
from dreamseed_desktop.services.core.csv_safety import escape_cell, unescape_cell
from dreamseed_desktop.services.core.errors import BulkValidationError, ValidationError
from dreamseed_desktop.services.core.passwords import hash_for_storage, initial_password
from dreamseed_desktop.services.core.uow import Database, Identity
from dreamseed_desktop.services.people.organizations import load_organization

__all__ = ["MAX_BYTES", "MAX_ROWS", "RosterEnrollment", "RosterPlan", "RosterResult", "RosterRow",
           "RosterService", "RosterUpdate", "escape_cell", "unescape_cell"]


@dataclass(frozen=True)
class RosterPlan:
    """What an import would do. ``errors`` non-empty means nothing can be imported.

    ``columns`` lists (field, header) pairs used; ``source`` is the file itself so that
    ``commit`` re-checks exactly what was previewed.
    """

    organization_id: int
    encoding: str
    columns: tuple[tuple[str, str], ...]
    row_count: int
    to_create: tuple[RosterRow, ...]
    to_update: tuple[RosterUpdate, ...]
    unchanged: int
    enrollments: tuple[RosterEnrollment, ...]
    errors: tuple[ValidationError, ...]
    source: bytes
    mapping: tuple[tuple[str, str], ...] = ()
    existing: tuple[tuple[str, int], ...] = ()   # row key -> user id of people already there
    # things worth a look that do not stop the import (e.g. 학번 whose leading zeros Excel
    # removed, matched on the stored number)
    warnings: tuple[ValidationError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def has_changes(self) -> bool:
        return bool(self.to_create or self.to_update or self.enrollments)


@dataclass(frozen=True)
class RosterResult:
    """What ``commit`` wrote."""

    created: int
    updated: int
    unchanged: int
    enrolled: int
    # (name, 학번, email or None, initial password) of each created student, for the printed
    # sheet; empty when the import was asked not to set passwords
    initial_passwords: tuple[tuple[str, str | None, str | None, str], ...] = ()


class RosterService:
    """Import a roster CSV (preview, then commit) and export class or school rosters."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _plan(self, session: Session, data: bytes, org_id: int, encoding: str,
              mapping: Mapping[str, str] | None) -> RosterPlan:
        rows, errors, columns, used = parse_any(data, encoding, mapping)
        parts = build_plan(session, org_id, rows) if rows else PlanParts()
        all_errors = sorted([*errors, *parts.errors], key=lambda e: e.row or 0)
        return RosterPlan(
            organization_id=org_id, encoding=used, columns=tuple(columns.items()),
            row_count=len(rows) + len(errors), to_create=parts.to_create,
            to_update=parts.to_update, unchanged=parts.unchanged, enrollments=parts.enrollments,
            errors=tuple(all_errors), source=data, mapping=tuple((mapping or {}).items()),
            existing=parts.existing, warnings=parts.warnings)

    def preview(self, data: bytes, *, organization_id: int | None = None,
                encoding: str = "auto", mapping: Mapping[str, str] | None = None) -> RosterPlan:
        """Check the file and compare it with the database; writes nothing."""
        org_id = resolve_org(self._db.identity, organization_id)
        with self._db.session(readonly=True) as s:
            load_organization(s, org_id)
            return self._plan(s, data, org_id, encoding, mapping)

    def commit(self, plan: RosterPlan, *, initial_passwords: bool = True) -> RosterResult:
        """Import the previewed file in one transaction: everything or nothing. Each student
        it creates gets a generated initial password (returned once, for the printed sheet)
        unless ``initial_passwords`` is False.

        The file is checked again against the database as it is now; any bad row raises
        ``BulkValidationError`` listing every problem, and nothing is written.
        """
        identity = self._db.identity
        require_role(identity, "admin")
        with self._db.session() as s:
            load_organization(s, plan.organization_id)
            fresh = self._plan(s, plan.source, plan.organization_id, plan.encoding,
                               dict(plan.mapping))
            if fresh.errors:
                raise BulkValidationError(list(fresh.errors))
            parts = PlanParts(fresh.to_create, fresh.to_update, fresh.unchanged, fresh.enrollments,
                              existing=fresh.existing)
            touched = apply_plan(s, plan.organization_id, parts)
            issued = _issue_initial_passwords(s, identity, plan.organization_id, fresh.to_create) \
                if initial_passwords else ()
            if touched:
                audit.record(s, identity, "roster.import", "organization", plan.organization_id,
                             affected_user_ids=touched,
                             organization_id=plan.organization_id,
                             details={"created": len(fresh.to_create),
                                      "updated": len(fresh.to_update),
                                      "enrolled": len(fresh.enrollments),
                                      "initial_passwords": len(issued),
                                      "encoding": fresh.encoding})
            return RosterResult(len(fresh.to_create), len(fresh.to_update), fresh.unchanged,
                                len(fresh.enrollments), issued)

    def export_class(self, class_id: int) -> bytes:
        with self._db.session(readonly=True) as s:
            cls = load_class(s, class_id)
            return to_csv(class_rows(s, class_id, cls.name))

    def export_organization(self, organization_id: int | None = None) -> bytes:
        org_id = resolve_org(self._db.identity, organization_id)
        with self._db.session(readonly=True) as s:
            load_organization(s, org_id)
            return to_csv(organization_rows(s, org_id))


def _issue_initial_passwords(session: Session, identity: Identity, org_id: int,
                             created: tuple[RosterRow, ...]
                             ) -> tuple[tuple[str, str | None, str | None, str], ...]:
    """Set a generated password for each created student (signed-in admins through
    ``auth.admin_reset_password``, which checks the organization and audits; the owner
    connection writes ``auth.credentials``)."""
    students = [r for r in created if r.role == "student"]
    if not students:
        return ()
    ids: dict[str, int] = {str(mail): uid for mail, uid in session.execute(select(User.email, User.id).where(
        User.email == any_of_texts([r.email for r in students if r.email]))).all()}
    ids.update({f"#{number}": uid for number, uid in session.execute(
        select(Student.student_number, Student.user_id).where(
            Student.organization_id == org_id,
            Student.student_number == any_of_texts([r.student_number for r in students if not r.email])))})
    issued = []
    for row in students:
        password = initial_password()
        salt, digest = hash_for_storage(password)
        if identity.token:
            session.execute(text("SELECT auth.admin_reset_password(:u, :p, :s, :h)"),
                            {"u": ids[row.key], "p": password, "s": salt, "h": digest})
        else:
            session.execute(text("SELECT auth.set_credentials(:u, :s, :h)"),
                            {"u": ids[row.key], "s": salt, "h": digest})
        issued.append((row.name, row.student_number, row.email, password))
    return tuple(issued)
