"""Organizations (schools, academies): create, list, get, update, delete.

A school is deleted only while it is empty: the service refuses with a message naming how
many people and classes still belong to it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from dreamseed_desktop.db.classes import Classroom
from dreamseed_desktop.db.people import Organization, User
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.access import require_role
from dreamseed_desktop.services.core.errors import Conflict, NotFound, ValidationError
from dreamseed_desktop.services.core.school import (
    DEFAULT_STUDENT_NUMBER_FORMAT,
    clean_level,
    clean_number_format,
)
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.core.validation import (
    UNSET,
    _Unset,
    clean_id,
    clean_name,
    clean_optional,
    clean_org_type,
    given,
    nfc,
    versioned_update,
)


@dataclass(frozen=True)
class OrganizationDTO:
    """An organization with how many people and classes it holds."""

    id: int
    name: str
    type: str
    address: str | None
    version: int
    created_at: datetime
    updated_at: datetime
    people_count: int = 0
    class_count: int = 0
    school_level: str = "high"             # elementary (초), middle (중), high (고)
    student_number_format: str = "GCCNN"   # see services.core.school
    force_password_change: bool = True     # students change an initial password at first sign-in


def _counts(session: Session, org_ids: list[int]) -> dict[int, tuple[int, int]]:
    if not org_ids:
        return {}
    people = dict(session.execute(
        select(User.organization_id, func.count()).where(User.organization_id.in_(org_ids))
        .group_by(User.organization_id)).all())
    classes = dict(session.execute(
        select(Classroom.organization_id, func.count())
        .where(Classroom.organization_id.in_(org_ids))
        .group_by(Classroom.organization_id)).all())
    return {i: (int(people.get(i, 0)), int(classes.get(i, 0))) for i in org_ids}


def _clean_flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError("Invalid value.", field="force_password_change")
    return value


def _dto(org: Organization, counts: tuple[int, int] = (0, 0)) -> OrganizationDTO:
    return OrganizationDTO(id=org.id, name=org.name, type=org.type, address=org.address,
                           version=org.version, created_at=org.created_at,
                           updated_at=org.updated_at, people_count=counts[0],
                           class_count=counts[1], school_level=org.school_level,
                           student_number_format=org.student_number_format,
                           force_password_change=org.force_password_change)


def load_organization(session: Session, org_id: int) -> Organization:
    org = session.get(Organization, clean_id(org_id, field="organization_id"))
    if org is None:
        raise NotFound("Organization {id} does not exist.", params={"id": org_id})
    return org


class OrganizationService:
    """Organizations. Writes are for admins (and the owner CLI); each write is audited."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, name: str, type: str = "school", address: str | None = None, *,
               school_level: str = "high",
               student_number_format: str = DEFAULT_STUDENT_NUMBER_FORMAT) -> OrganizationDTO:
        require_role(self._db.identity, "admin")
        clean = clean_name(name, max_len=200)
        level, number_format = clean_level(school_level), clean_number_format(student_number_format)
        kind = clean_org_type(type)
        addr = clean_optional(address, field="address", max_len=300)
        with self._db.session() as s:
            if s.scalar(select(Organization.id).where(Organization.name == clean)) is not None:
                raise ValidationError("An organization named '{name}' already exists.",
                                      params={"name": clean}, field="name")
            org = Organization(name=clean, type=kind, address=addr, school_level=level,
                               student_number_format=number_format)
            s.add(org)
            s.flush()
            s.refresh(org)
            audit.record(s, self._db.identity, "organization.create", "organization", org.id,
                         organization_id=org.id, details={"name": clean, "type": kind})
            return _dto(org)

    def list(self) -> list[OrganizationDTO]:
        with self._db.session(readonly=True) as s:
            orgs = list(s.scalars(select(Organization).order_by(Organization.name, Organization.id)))
            counts = _counts(s, [o.id for o in orgs])
            return [_dto(o, counts[o.id]) for o in orgs]

    def get(self, org_id: int) -> OrganizationDTO:
        with self._db.session(readonly=True) as s:
            org = load_organization(s, org_id)
            return _dto(org, _counts(s, [org_id])[org_id])

    def find_by_name(self, name: str) -> OrganizationDTO | None:
        """The organization with exactly this (NFC-normalised) name, or None."""
        with self._db.session(readonly=True) as s:
            org = s.scalar(select(Organization).where(Organization.name == nfc(name)))
            return None if org is None else _dto(org, _counts(s, [org.id])[org.id])

    def update(self, org_id: int, expected_version: int, *, name: str | _Unset = UNSET,
               type: str | _Unset = UNSET, address: str | None | _Unset = UNSET,
               school_level: str | _Unset = UNSET,
               student_number_format: str | _Unset = UNSET,
               force_password_change: bool | _Unset = UNSET) -> OrganizationDTO:
        """Change the given fields; ``Conflict`` if someone saved in between. A middle or high
        school cannot hold grades above 3 (the server refuses the level change)."""
        require_role(self._db.identity, "admin")
        values = given(name=(name, lambda v: clean_name(v, max_len=200)),
                       school_level=(school_level, clean_level),
                       student_number_format=(student_number_format, clean_number_format),
                       type=(type, clean_org_type),
                       address=(address, lambda v: clean_optional(v, field="address", max_len=300)),
                       force_password_change=(force_password_change, _clean_flag))
        with self._db.session() as s:
            versioned_update(s, Organization, org_id, expected_version, values,
                             missing="Organization {id} does not exist.")
            audit.record(s, self._db.identity, "organization.update", "organization", org_id,
                         organization_id=org_id, details={k: v for k, v in values.items()})
            s.expire_all()
            org = load_organization(s, org_id)
            return _dto(org, _counts(s, [org_id])[org_id])

    def delete(self, org_id: int, expected_version: int | None = None) -> None:
        """Delete an empty organization; refuse while people or classes still belong to it."""
        require_role(self._db.identity, "admin")
        with self._db.session() as s:
            org = s.scalar(select(Organization).where(Organization.id == org_id).with_for_update())
            if org is None:
                raise NotFound("Organization {id} does not exist.", params={"id": org_id})
            if expected_version is not None and org.version != expected_version:
                raise Conflict()
            people, classes = _counts(s, [org_id])[org_id]
            if people or classes:
                raise Conflict("'{name}' still has {people} people and {classes} classes. "
                               "Move or remove them before deleting the organization.",
                               params={"name": org.name, "people": people, "classes": classes})
            if self._db.identity.token:   # the server checks the caller, deletes and audits
                s.execute(text("SELECT public.delete_organization(:o)"), {"o": org_id})
            else:
                s.execute(delete(Organization).where(Organization.id == org_id))
                audit.record(s, self._db.identity, "organization.delete", "organization", org_id,
                             organization_id=org_id, details={"name": org.name})
