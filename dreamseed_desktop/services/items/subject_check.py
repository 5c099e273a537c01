"""A subject given to an item, a class or an exam must be one of the school's subjects.

Items, classes and exams store a subject *code*; an unknown text (a typo, "physics" at a school
without that subject) would make an item no exam can find and a class whose exams have no pool.
:class:`SchoolSubjects` reads the school's active subjects once per unit of work and turns what
was given — the code, or the subject's Korean or English name, any case — into the code, or
refuses it with a :class:`ValidationError` naming the field (and the row of an import).

Existing data stay valid: a value an item or class already has is accepted unchanged even if the
subject was retired since. Without a school (the database owner, e.g. ``dreamseed-admin`` on a
shared item bank) there is no list to check against and the value is kept as given.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dreamseed_desktop.db.items import Subject
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.validation import nfc

__all__ = ["UNKNOWN_SUBJECT", "SchoolSubjects"]

#: the same words as the exam dialog's refusal (services.exams.admin)
UNKNOWN_SUBJECT = ("'{subject}' is not one of the school's subjects. Choose one from the list; an "
                   "administrator adds subjects under Subjects.")


class SchoolSubjects:
    """The active subjects of one school, by code and by either name (case-insensitive)."""

    def __init__(self, session: Session, organization_id: int | None) -> None:
        self.checked = organization_id is not None
        self._codes: dict[str, str] = {}
        if self.checked:
            for code, name_ko, name_en in session.execute(
                    select(Subject.code, Subject.name_ko, Subject.name_en)
                    .where(Subject.organization_id == organization_id, Subject.active)):
                for key in (name_en, name_ko, code):      # the code wins over a name that equals it
                    self._codes[nfc(key).casefold()] = code

    def code(self, value: str, *, field: str = "subject", row: int | None = None,
             keep: str | None = None) -> str:
        """The code of the school's subject that ``value`` names; ``keep`` (the stored value) is
        accepted as it is. Raises :class:`ValidationError` for anything else."""
        if not self.checked or (keep is not None and value == keep):
            return value
        found = self._codes.get(nfc(value).casefold())
        if found is None:
            raise ValidationError(UNKNOWN_SUBJECT, params={"subject": value}, field=field, row=row)
        return found
