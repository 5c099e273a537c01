"""Reading people: the PersonDTO, one person, and pages of the people list.

The list is ordered by (name, id), which the indexes ``ix_users_name_id`` and
``ix_users_organization_id_name_id`` serve directly, so page 1 reads 50 index entries however
many people there are. PostgreSQL cannot estimate how many rows a substring search
(``LIKE '%…%'``) matches, so the page strategy is chosen from a count (which the Page needs
anyway): many matches -> walk the name index (stops after a few hundred rows); few matches ->
collect them in one scan and sort just those. The count stops at ``COUNT_CAP`` matches (or more
for deep pages): an exact ``count(*)`` of every match cost as much as the school is large
(324 ms at 1M users); past the cap the Page says "at least" (``exact=False``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, tuple_
from sqlalchemy.orm import Session

from dreamseed_desktop.db.people import Student, Teacher, User
from dreamseed_desktop.services.core.errors import NotFound
from dreamseed_desktop.services.core.paging import Page
from dreamseed_desktop.services.core.validation import like_pattern, nfc


@dataclass(frozen=True)
class PersonDTO:
    """A user with the profile of their role.

    ``id`` is the user id; ``student_id`` / ``teacher_id`` are the profile ids that classes,
    enrollments and exam sessions refer to (None for other roles).
    """

    id: int
    email: str | None   # students may have none (they sign in with their 학번)
    name: str
    role: str
    organization_id: int | None
    is_active: bool
    has_password: bool
    version: int
    created_at: datetime
    updated_at: datetime
    student_id: int | None = None
    grade: int | None = None
    student_number: str | None = None
    teacher_id: int | None = None
    subject: str | None = None
    class_no: int | None = None   # 반
    seat_no: int | None = None    # 번호


_COLUMNS = (User, Student.id, Student.grade, Student.student_number, Teacher.id, Teacher.subject,
            Student.class_no, Student.seat_no)


def person_select() -> Any:
    """users + their student / teacher profile columns (rows for :func:`to_dto`)."""
    return (select(*_COLUMNS)
            .outerjoin(Student, Student.user_id == User.id)
            .outerjoin(Teacher, Teacher.user_id == User.id))


def to_dto(row: Any) -> PersonDTO:
    user, student_id, grade, number, teacher_id, subject, class_no, seat_no = row[:8]
    return PersonDTO(
        id=user.id, email=user.email, name=user.name, role=user.role,
        organization_id=user.organization_id, is_active=user.is_active,
        has_password=user.has_password, version=user.version,
        created_at=user.created_at, updated_at=user.updated_at, student_id=student_id,
        grade=grade, student_number=number, teacher_id=teacher_id, subject=subject,
        class_no=class_no, seat_no=seat_no)


def load_person(session: Session, user_id: int) -> PersonDTO:
    row = session.execute(person_select().where(User.id == user_id)).first()
    if row is None:
        raise NotFound("Person {id} does not exist.", params={"id": user_id})
    return to_dto(row)


def search_condition(search: str) -> Any:
    """Part of the name, email or student number, in the cheapest exact form: text without
    letter case (Hangul, digits) is compared without lower(); emails are stored lower-case;
    non-ASCII text cannot be in an email or a student number."""
    text = nfc(search)
    pattern = like_pattern(text)
    has_case = text.lower() != text.upper()
    conditions = [(func.lower(User.name) if has_case else User.name).like(pattern)]
    if text.isascii():
        numbers = [Student.student_number.like(pattern)]
        if has_case:
            numbers.append(Student.student_number.like(pattern.upper()))
        conditions.append(User.email.like(pattern))
        conditions.append(User.id.in_(select(Student.user_id).where(or_(*numbers))))
    return or_(*conditions)


# A search whose matches are at least this many times the rows up to the page end finds its
# page by walking the (name, id) index: it reads about N / WALK_RATIO rows at most.
WALK_RATIO = 20
#: the count stops here (at least WALK_RATIO times the rows up to the page end)
COUNT_CAP = 10_000


def page_of_people(session: Session, conditions: list[Any], *, join_student: bool,
                   search: str | None, offset: int, limit: int,
                   after: tuple[str, int] | None) -> Page[PersonDTO]:
    """Count the matches and fetch one page ordered by (name, id)."""
    if search is not None:
        conditions = [*conditions, search_condition(search)]
    cap = max(COUNT_CAP, WALK_RATIO * (offset + limit))
    ids = select(User.id)
    if join_student:
        ids = ids.join(Student, Student.user_id == User.id)
    matching = ids.where(*conditions).limit(cap + 1).subquery()
    counted = int(session.scalar(select(func.count()).select_from(matching)) or 0)
    exact = counted <= cap
    total = counted if exact else cap
    keyset = [] if after is None else [tuple_(User.name, User.id) > tuple_(after[0], after[1])]
    if total == 0 or (exact and after is None and offset >= total):
        return Page((), total, offset, limit, exact)
    if search is None or total >= WALK_RATIO * (offset + limit):
        page = person_select().where(*conditions, *keyset).order_by(User.name, User.id)
    else:
        # few matches: collect them in one scan, then sort that small set (PostgreSQL would
        # otherwise walk the whole name index looking for them)
        matches = select(User.id, User.name).where(*conditions, *keyset)
        if join_student:
            matches = matches.join(Student, Student.user_id == User.id)
        found = matches.cte("matches").prefix_with("MATERIALIZED")
        page = (person_select().join(found, found.c.id == User.id)
                .order_by(found.c.name, found.c.id))
    rows = session.execute(page.offset(offset).limit(limit)).all()
    return Page(tuple(to_dto(r) for r in rows), total, offset, limit, exact)
