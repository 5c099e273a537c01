"""The subjects and strands (영역) a school manages, with Korean and English names.

Items, classes, exams and teachers store a subject's *code* (``math``); screens show the
school's name for it (``수학`` / ``Mathematics``) through :class:`SubjectCatalog`. Every school
starts with the common Korean curriculum (migration 0018); its admins add subjects and strands,
rename them and retire them (``active``). Codes never change once created, because the item
bank and exams refer to them.

Typical use::

    catalog = services.subjects.catalog()          # the signed-in user's school
    catalog.subject_name("math", "ko")             # '수학'
    catalog.strand_name("math", "algebra", "en")   # 'Algebra'
    [s.code for s in catalog.active()]             # the choices offered in forms
    catalog.resolve("수학")                          # 'math' (code or either name, any case)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dreamseed_desktop.db.items import Strand, Subject
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.access import require_role, resolve_org
from dreamseed_desktop.services.core.errors import NotFound, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.core.validation import (
    UNSET,
    _Unset,
    clean_id,
    clean_name,
    given,
    nfc,
    versioned_update,
)

__all__ = ["StrandDTO", "SubjectCatalog", "SubjectDTO", "SubjectService", "clean_code"]

MAX_CODE = 50
MAX_SUBJECT_NAME = 50
_CODE_RE = re.compile(r"^[\w-]+$")


def clean_code(value: object, *, field: str = "code") -> str:
    """A subject or strand code: letters, digits, ``_`` or ``-``, at most 50, lower case."""
    code = nfc(str(value) if isinstance(value, int) else value or "", field=field).lower()  # type: ignore[arg-type]
    if not code:
        raise ValidationError("A code is required.", field=field)
    if len(code) > MAX_CODE or not _CODE_RE.match(code):
        raise ValidationError("A code is at most 50 letters, digits, '_' or '-' without spaces.",
                              field=field)
    return code


def _name(value: object, field: str) -> str:
    return clean_name(value if isinstance(value, str) else None, field=field, max_len=MAX_SUBJECT_NAME)


def _order(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 32767:
        raise ValidationError("The order must be a whole number from 0 to 32767.", field="sort_order")
    return value


def _active(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError("Expected yes or no.", field="active")
    return value


@dataclass(frozen=True)
class StrandDTO:
    """A strand (영역) of a subject."""

    id: int
    subject_id: int
    code: str
    name_ko: str
    name_en: str
    sort_order: int
    active: bool
    version: int

    def name(self, language: str) -> str:
        """The name in ``language`` ('ko' → Korean, anything else → English)."""
        return self.name_ko if language == "ko" else self.name_en


@dataclass(frozen=True)
class SubjectDTO:
    """A subject of a school with its strands (in order)."""

    id: int
    organization_id: int
    code: str
    name_ko: str
    name_en: str
    sort_order: int
    active: bool
    version: int
    strands: tuple[StrandDTO, ...] = ()

    def name(self, language: str) -> str:
        """The name in ``language`` ('ko' → Korean, anything else → English)."""
        return self.name_ko if language == "ko" else self.name_en

    def active_strands(self) -> list[StrandDTO]:
        return [s for s in self.strands if s.active]


@dataclass(frozen=True)
class SubjectCatalog:
    """A school's subjects for showing names and offering choices. Unknown codes show as
    themselves (an item of another school's shared bank may carry a subject this school lacks)."""

    subjects: tuple[SubjectDTO, ...] = ()
    _by_code: dict[str, SubjectDTO] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for s in self.subjects:
            self._by_code.setdefault(s.code, s)

    def get(self, code: str | None) -> SubjectDTO | None:
        return self._by_code.get(code or "")

    def active(self) -> list[SubjectDTO]:
        """The subjects offered in forms, in the school's order."""
        return [s for s in self.subjects if s.active]

    def subject_name(self, code: str | None, language: str) -> str:
        if not code:
            return ""
        subject = self._by_code.get(code)
        return subject.name(language) if subject else code

    def strand_name(self, subject_code: str | None, strand_code: str | None, language: str) -> str:
        if not strand_code:
            return ""
        subject = self._by_code.get(subject_code or "")
        for strand in subject.strands if subject else ():
            if strand.code == strand_code:
                return strand.name(language)
        return strand_code

    def resolve(self, text: str | None) -> str | None:
        """The code of the subject ``text`` names: its code or its name in either language,
        ignoring case and surrounding spaces; None when no subject matches."""
        key = nfc(text or "").casefold()
        if not key:
            return None
        for s in self.subjects:
            if key in (s.code.casefold(), s.name_ko.casefold(), s.name_en.casefold()):
                return s.code
        return None

    def resolve_strand(self, subject_code: str, text: str | None) -> str | None:
        """The code of the strand of ``subject_code`` that ``text`` names (code or a name)."""
        key = nfc(text or "").casefold()
        subject = self._by_code.get(subject_code)
        for st in subject.strands if subject and key else ():
            if key in (st.code.casefold(), st.name_ko.casefold(), st.name_en.casefold()):
                return st.code
        return None


def _strand_dto(st: Strand) -> StrandDTO:
    return StrandDTO(id=st.id, subject_id=st.subject_id, code=st.code, name_ko=st.name_ko,
                     name_en=st.name_en, sort_order=st.sort_order, active=st.active, version=st.version)


def _subject_dto(sj: Subject, strands: list[Strand] | tuple[()] = ()) -> SubjectDTO:
    return SubjectDTO(id=sj.id, organization_id=sj.organization_id, code=sj.code, name_ko=sj.name_ko,
                      name_en=sj.name_en, sort_order=sj.sort_order, active=sj.active, version=sj.version,
                      strands=tuple(_strand_dto(st) for st in strands))


def load_subjects(session: Session, organization_id: int | None) -> list[SubjectDTO]:
    """The subjects (with strands) the caller sees, of one school or (None) every school it
    sees; two statements."""
    stmt = select(Subject)
    if organization_id is not None:
        stmt = stmt.where(Subject.organization_id == organization_id)
    subjects = list(session.scalars(stmt.order_by(Subject.organization_id, Subject.sort_order,
                                                  Subject.name_ko, Subject.id)))
    by_subject: dict[int, list[Strand]] = {s.id: [] for s in subjects}
    if subjects:
        for st in session.scalars(select(Strand).where(Strand.subject_id.in_(list(by_subject)))
                                  .order_by(Strand.sort_order, Strand.name_ko, Strand.id)):
            by_subject[st.subject_id].append(st)
    return [_subject_dto(s, by_subject[s.id]) for s in subjects]


class SubjectService:
    """Read the school's subjects (everyone signed in); add and change them (admins, audited)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ reading
    def list(self, organization_id: int | None = None) -> list[SubjectDTO]:
        """Every subject (active or retired) of the school, with its strands, in order."""
        org = organization_id if organization_id is not None else self._db.identity.organization_id
        with self._db.session(readonly=True) as s:
            return load_subjects(s, org)

    def catalog(self, organization_id: int | None = None) -> SubjectCatalog:
        """The school's catalog (the signed-in user's school unless given; a user without a
        school gets every school's subjects they can see, the first school's names first)."""
        return SubjectCatalog(tuple(self.list(organization_id)))

    # ------------------------------------------------------------------ writing
    def create(self, code: str, name_ko: str, name_en: str, *, sort_order: int | None = None,
               organization_id: int | None = None) -> SubjectDTO:
        identity = self._db.identity
        require_role(identity, "admin")
        org = resolve_org(identity, organization_id)
        values: dict[str, Any] = {"code": clean_code(code), "name_ko": _name(name_ko, "name_ko"),
                                  "name_en": _name(name_en, "name_en")}
        with self._db.session() as s:
            self._check_free(s, Subject.organization_id == org, values)
            if sort_order is None:
                top = s.scalar(select(func.max(Subject.sort_order)).where(Subject.organization_id == org))
                sort_order = min(int(top or 0) + 10, 32767)
            subject = Subject(organization_id=org, sort_order=_order(sort_order), **values)
            s.add(subject)
            s.flush()
            s.refresh(subject)
            audit.record(s, identity, "item.subject_create", "subject", subject.id, organization_id=org,
                         details={"code": subject.code, "name_ko": subject.name_ko,
                                  "name_en": subject.name_en})
            return _subject_dto(subject)

    def update(self, subject_id: int, expected_version: int, *, name_ko: str | _Unset = UNSET,
               name_en: str | _Unset = UNSET, sort_order: int | _Unset = UNSET,
               active: bool | _Unset = UNSET) -> SubjectDTO:
        """Rename, reorder or retire/restore a subject (its code never changes)."""
        identity = self._db.identity
        require_role(identity, "admin")
        values = given(name_ko=(name_ko, lambda v: _name(v, "name_ko")),
                       name_en=(name_en, lambda v: _name(v, "name_en")),
                       sort_order=(sort_order, _order), active=(active, _active))
        with self._db.session() as s:
            subject = self._load(s, Subject, subject_id, "Subject {id} does not exist.")
            self._check_free(s, Subject.organization_id == subject.organization_id, values,
                             except_id=subject.id)
            versioned_update(s, Subject, subject.id, expected_version, values,
                             missing="Subject {id} does not exist.")
            audit.record(s, identity, "item.subject_update", "subject", subject.id,
                         organization_id=subject.organization_id,
                         details={"code": subject.code, "changes": values})
            s.expire_all()
            return load_subject(s, subject.id)

    def create_strand(self, subject_id: int, code: str, name_ko: str, name_en: str, *,
                      sort_order: int | None = None) -> StrandDTO:
        identity = self._db.identity
        require_role(identity, "admin")
        values: dict[str, Any] = {"code": clean_code(code), "name_ko": _name(name_ko, "name_ko"),
                                  "name_en": _name(name_en, "name_en")}
        with self._db.session() as s:
            subject = self._load(s, Subject, subject_id, "Subject {id} does not exist.")
            resolve_org(identity, subject.organization_id)
            self._check_free(s, Strand.subject_id == subject.id, values, model=Strand)
            if sort_order is None:
                top = s.scalar(select(func.max(Strand.sort_order)).where(Strand.subject_id == subject.id))
                sort_order = min(int(top or 0) + 10, 32767)
            strand = Strand(subject_id=subject.id, sort_order=_order(sort_order), **values)
            s.add(strand)
            s.flush()
            s.refresh(strand)
            audit.record(s, identity, "item.strand_create", "strand", strand.id,
                         organization_id=subject.organization_id,
                         details={"subject": subject.code, "code": strand.code, "name_ko": strand.name_ko,
                                  "name_en": strand.name_en})
            return _strand_dto(strand)

    def update_strand(self, strand_id: int, expected_version: int, *, name_ko: str | _Unset = UNSET,
                      name_en: str | _Unset = UNSET, sort_order: int | _Unset = UNSET,
                      active: bool | _Unset = UNSET) -> StrandDTO:
        identity = self._db.identity
        require_role(identity, "admin")
        values = given(name_ko=(name_ko, lambda v: _name(v, "name_ko")),
                       name_en=(name_en, lambda v: _name(v, "name_en")),
                       sort_order=(sort_order, _order), active=(active, _active))
        with self._db.session() as s:
            strand = self._load(s, Strand, strand_id, "Strand {id} does not exist.")
            subject = self._load(s, Subject, strand.subject_id, "Subject {id} does not exist.")
            self._check_free(s, Strand.subject_id == subject.id, values, model=Strand, except_id=strand.id)
            versioned_update(s, Strand, strand.id, expected_version, values,
                             missing="Strand {id} does not exist.")
            audit.record(s, identity, "item.strand_update", "strand", strand.id,
                         organization_id=subject.organization_id,
                         details={"subject": subject.code, "code": strand.code, "changes": values})
            s.expire_all()
            return _strand_dto(self._load(s, Strand, strand.id, "Strand {id} does not exist."))

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _load(session: Session, model: Any, row_id: int, missing: str) -> Any:
        row = session.get(model, clean_id(row_id))
        if row is None:
            raise NotFound(missing, params={"id": row_id})
        return row

    @staticmethod
    def _check_free(session: Session, scope: Any, values: dict[str, Any], *, model: Any = Subject,
                    except_id: int | None = None) -> None:
        """A clear message before the unique constraints would refuse a code or Korean name."""
        for column, template in (("code", "The code '{value}' is already used."),
                                 ("name_ko", "The name '{value}' is already used.")):
            if column not in values:
                continue
            stmt = select(model.id).where(scope, getattr(model, column) == values[column])
            if except_id is not None:
                stmt = stmt.where(model.id != except_id)
            if session.scalar(stmt) is not None:
                raise ValidationError(template, params={"value": values[column]}, field=column)


def load_subject(session: Session, subject_id: int) -> SubjectDTO:
    subject = session.get(Subject, subject_id)
    if subject is None:
        raise NotFound("Subject {id} does not exist.", params={"id": subject_id})
    strands = list(session.scalars(select(Strand).where(Strand.subject_id == subject_id)
                                   .order_by(Strand.sort_order, Strand.name_ko, Strand.id)))
    return _subject_dto(subject, strands)
