"""Per-student accommodations (issue 19): extended time, text size, high contrast, answer
masking, a line reader and reading aloud, set by an admin on the student and carried into every
exam. The server applies the time factor to the exam's deadline (revision 0031,
``exam.act_start``); the test window applies the rest.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.dialects.postgresql import insert

from dreamseed_desktop.db.people import Student, StudentAccommodations
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.access import require_role
from dreamseed_desktop.services.core.errors import NotFound, ValidationError
from dreamseed_desktop.services.core.uow import Database

MIN_FACTOR, MAX_FACTOR = 1.0, 3.0
MIN_ZOOM, MAX_ZOOM = 1.0, 3.0


@dataclass(frozen=True)
class Accommodations:
    """What a student's test window does differently; ``NONE`` is the default."""

    time_factor: float = 1.0
    zoom: float = 1.0
    high_contrast: bool = False
    answer_masking: bool = False
    line_reader: bool = False
    read_aloud: bool = False

    def any(self) -> bool:
        return self != NONE


NONE = Accommodations()


def _dto(row: StudentAccommodations | None) -> Accommodations:
    if row is None:
        return NONE
    return Accommodations(time_factor=float(row.time_factor), zoom=float(row.zoom),
                          high_contrast=row.high_contrast, answer_masking=row.answer_masking,
                          line_reader=row.line_reader, read_aloud=row.read_aloud)


def check(acc: Accommodations) -> Accommodations:
    """The same ranges the server checks, with the same messages."""
    if not MIN_FACTOR <= acc.time_factor <= MAX_FACTOR:
        raise ValidationError("Extended time must be between 1 and 3 times the time limit.",
                              field="time_factor")
    if not MIN_ZOOM <= acc.zoom <= MAX_ZOOM:
        raise ValidationError("Text size must be between 100 and 300 percent.", field="zoom")
    return acc


class AccommodationService:
    """Read and set accommodations (staff of the school read them; admins set them; a student
    reads their own and keeps their own text size)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, student_id: int) -> Accommodations:
        with self._db.session(readonly=True) as s:
            return _dto(s.get(StudentAccommodations, student_id))

    def for_students(self, student_ids: list[int]) -> dict[int, Accommodations]:
        """students.id -> accommodations, only for students who have any."""
        if not student_ids:
            return {}
        with self._db.session(readonly=True) as s:
            rows = s.scalars(select(StudentAccommodations)
                             .where(StudentAccommodations.student_id.in_(student_ids))).all()
        return {r.student_id: _dto(r) for r in rows if _dto(r).any()}

    def mine(self) -> Accommodations:
        """The signed-in student's own accommodations (none for staff)."""
        with self._db.session(readonly=True) as s:
            student_id = s.scalar(select(Student.id).where(Student.user_id == self._db.identity.user_id))
            return _dto(s.get(StudentAccommodations, student_id)) if student_id is not None else NONE

    def set(self, student_id: int, acc: Accommodations) -> None:
        """Set a student's accommodations (admins of the student's school)."""
        identity = self._db.identity
        require_role(identity, "admin")
        check(acc)
        args = {"s": student_id, "t": acc.time_factor, "z": acc.zoom, "h": acc.high_contrast,
                "m": acc.answer_masking, "l": acc.line_reader, "r": acc.read_aloud}
        with self._db.session() as s:
            if identity.token:          # the server checks the caller, writes and audits
                s.execute(text("SELECT public.set_accommodations(CAST(:s AS integer), CAST(:t AS numeric), "
                               "CAST(:z AS numeric), :h, :m, :l, :r)"), args)
                return
            student = s.get(Student, student_id)
            if student is None:
                raise NotFound("This student does not exist or you cannot see them.")
            values = dict(student_id=student_id, organization_id=student.organization_id,
                          time_factor=Decimal(f"{acc.time_factor:.2f}"), zoom=Decimal(f"{acc.zoom:.2f}"),
                          high_contrast=acc.high_contrast, answer_masking=acc.answer_masking,
                          line_reader=acc.line_reader, read_aloud=acc.read_aloud)
            s.execute(insert(StudentAccommodations).values(**values).on_conflict_do_update(
                index_elements=["student_id"], set_={k: v for k, v in values.items()
                                                     if k not in ("student_id", "organization_id")}))
            audit.record(s, identity, "student.accommodations", "student", student_id,
                         organization_id=student.organization_id,
                         details={k: (float(v) if isinstance(v, Decimal) else v)
                                  for k, v in values.items() if k not in ("student_id", "organization_id")})

    def set_my_zoom(self, zoom: float) -> None:
        """A student keeps the text size they chose in the test window."""
        check(Accommodations(zoom=zoom))
        with self._db.session() as s:
            s.execute(text("SELECT public.set_my_zoom(CAST(:z AS numeric))"), {"z": round(zoom, 2)})
