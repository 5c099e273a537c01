"""Demo data: a Korean high school (서울고등학교) with staff, students, classes, an item bank
and months of completed adaptive sittings, so every screen and chart has something to show.

Idempotent: when the demo school exists already nothing is written and the summary says so.
Everything is written in one transaction (all or nothing). Every demo account's password is
:data:`DEMO_PASSWORD`.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import numpy as np
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from dreamseed_desktop.db.classes import Classroom, Enrollment
from dreamseed_desktop.db.exams import Attempt, Exam, ExamSession
from dreamseed_desktop.db.items import Item, ItemKey
from dreamseed_desktop.db.people import Organization, Student, Teacher, User
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.passwords import hash_for_storage
from dreamseed_desktop.services.core.school import format_student_number
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.demo.content import (
    ADMIN_NAME,
    CLASS_SIZE,
    CLASSES,
    TEACHERS,
    item_text,
    korean_name,
    nfc,
)
from dreamseed_desktop.services.demo.sessions import Pool, simulate_sitting
from dreamseed_desktop.services.items.rules import ItemInput
from dreamseed_desktop.services.items.service import add_items

DEMO_ORG_NAME = "서울고등학교"
DEMO_DOMAIN = "seoul-hs.kr"
ADMIN_EMAIL = f"admin@{DEMO_DOMAIN}"
DEMO_PASSWORD = "demo1234"
DEMO_SCHOOL_YEAR = 2026
DEMO_ITEMS = 360
KST = timezone(timedelta(hours=9))
# (months before now, exam type, Korean title) of each class's sittings
EXAM_PLAN = ((8, "diagnostic", "진단평가"), (6, "formative", "형성평가 1"),
             (4, "midterm", "중간 점검"), (2, "formative", "형성평가 2"), (0.5, "practice", "모의 평가"))
GROWTH_PER_MONTH = 0.06


@dataclass(frozen=True)
class DemoSummary:
    """What the demo contains; ``created`` is False when it existed already."""

    created: bool
    organization_id: int
    organization_name: str
    admin_email: str
    password: str
    teacher_emails: tuple[str, ...]
    sample_student_email: str | None
    teachers: int
    students: int
    classes: int
    items: int
    sessions: int
    attempts: int
    seconds: float


def _user(s: Session, org_id: int, email: str, role: str, name: str) -> int:
    salt, pw_hash = hash_for_storage(DEMO_PASSWORD)
    user = User(organization_id=org_id, email=email, role=role, name=nfc(name))
    s.add(user)
    s.flush()
    # the demo is seeded through the owner connection; credentials live in auth.credentials
    s.execute(text("SELECT auth.set_credentials(:u, :s, :h)"), {"u": user.id, "s": salt, "h": pw_hash})
    return user.id


def _summary(s: Session, org: Organization, created: bool, started: float) -> DemoSummary:
    def count(stmt: object) -> int:
        return int(s.execute(stmt).scalar_one())  # type: ignore[call-overload]

    students = select(Student.id).where(Student.organization_id == org.id)
    teacher_emails = tuple(s.execute(
        select(User.email).join(Teacher, Teacher.user_id == User.id)
        .where(Teacher.organization_id == org.id).order_by(Teacher.id)).scalars())
    sample = s.execute(select(User.email).join(Student, Student.user_id == User.id)
                       .where(Student.organization_id == org.id).order_by(Student.id)
                       .limit(1)).scalar()
    sessions = select(ExamSession.id).where(ExamSession.student_id.in_(students))
    return DemoSummary(
        created=created, organization_id=org.id, organization_name=org.name, admin_email=ADMIN_EMAIL,
        password=DEMO_PASSWORD, teacher_emails=teacher_emails, sample_student_email=sample,
        teachers=len(teacher_emails),
        students=count(select(func.count()).select_from(students.subquery())),
        classes=count(select(func.count()).where(Classroom.organization_id == org.id)),
        items=count(select(func.count()).select_from(Item)),
        sessions=count(select(func.count()).select_from(sessions.subquery())),
        attempts=count(select(func.count()).where(Attempt.exam_session_id.in_(sessions))),
        seconds=round(time.monotonic() - started, 2))


def _item_bank(s: Session, seed: int, org_id: int) -> dict[str, Pool]:
    """The demo bank (reusing items already present), as one selection pool per subject."""
    from dreamseed_desktop.cat.demo_bank import generate_demo_bank

    records = generate_demo_bank(DEMO_ITEMS, ("math", "english"), seed=seed)
    present = set(s.execute(select(Item.code)).scalars())
    rng = np.random.default_rng(seed + 1)
    new: list[ItemInput] = []
    for rec in records:
        r: dict[str, Any] = dict(rec)
        stem, choices, key = item_text(r["subject"], r["strand"], r["b"], rng)
        if r["item_id"] not in present:
            new.append(ItemInput(code=r["item_id"], subject=r["subject"], stem=stem,
                                 choices=choices, key=key, a=r["a"], b=r["b"], c=r["c"],
                                 model="3PL", grade=r["grade"], strand=r["strand"]))
    add_items(s, new, source="demo")
    # the demo school owns the items it brought (items already on the server keep their owner)
    s.execute(update(Item).where(Item.code.in_([i.code for i in new]), Item.organization_id.is_(None))
              .values(organization_id=org_id))
    rows = s.execute(select(Item.id, Item.subject, Item.a, Item.b, Item.c, ItemKey.correct_choice,
                            func.jsonb_array_length(Item.choices))
                     .join(ItemKey, ItemKey.item_id == Item.id)
                     .where(Item.code.in_([str(r["item_id"]) for r in records]))
                     .order_by(Item.id)).all()
    pools = {}
    for subject in ("math", "english"):
        sub = [r for r in rows if r[1] == subject]
        pools[subject] = Pool(*(np.array([r[i] for r in sub]) for i in (0, 2, 3, 4, 5, 6)))
    return pools


def seed_demo(db: Database, *, students: int = 120, seed: int = 42,
              now: datetime | None = None) -> DemoSummary:
    """Create the demo school unless it exists; returns what it contains."""
    if not 3 <= students <= 2000:
        raise ValidationError("The demo needs between 3 and 2000 students.", field="students")
    started = time.monotonic()
    rng = np.random.default_rng(seed)
    with db.session() as s:
        existing = s.execute(select(Organization).where(Organization.name == DEMO_ORG_NAME)).scalar()
        if existing is not None:
            return _summary(s, existing, False, started)
        now = now or s.execute(select(func.now())).scalar_one()
        org = Organization(name=DEMO_ORG_NAME, type="school", address="서울특별시 종로구 새문안로 1",
                           school_level="high", student_number_format="GCCNN",
                           meta={"demo": True, "phone": "02-000-0000"})
        s.add(org)
        s.flush()
        _user(s, org.id, ADMIN_EMAIL, "admin", ADMIN_NAME)
        teacher_ids = []
        for name, local, subject, meta in TEACHERS:
            uid = _user(s, org.id, f"{local}@{DEMO_DOMAIN}", "teacher", name)
            teacher = Teacher(user_id=uid, organization_id=org.id, subject=subject, meta=meta)
            s.add(teacher)
            s.flush()
            teacher_ids.append((teacher.id, uid))
        classes = []
        for name, subject, grade, t in CLASSES:
            klass = Classroom(organization_id=org.id, teacher_id=teacher_ids[t][0], name=name,
                              subject=subject, grade=grade, school_year=DEMO_SCHOOL_YEAR)
            s.add(klass)
            classes.append(klass)
        s.flush()
        roster = _students(s, org.id, students, rng)
        for student_id, grade, _ in roster:
            for klass in classes:
                if klass.grade == grade:
                    s.add(Enrollment(student_id=student_id, class_id=klass.id))
        s.flush()
        pools = _item_bank(s, seed, org.id)
        _sittings(s, classes, teacher_ids, roster, pools, now, rng)
        audit.record(s, db.identity, "demo.seed", "organization", org.id, organization_id=org.id,
                     details={"students": students, "seed": seed})
        s.flush()
        return _summary(s, org, True, started)


def _students(s: Session, org_id: int, n: int,
              rng: np.random.Generator) -> list[tuple[int, int, float]]:
    """``n`` students spread over 학년 1-3 of a high school, 반 of up to CLASS_SIZE, 번호 in
    order, 학번 GCCNN (10101 = 1학년 1반 1번): (student id, grade, general ability)."""
    out = []
    first = {grade: min(i for i in range(n) if 1 + (3 * i) // n == grade)
             for grade in sorted({1 + (3 * i) // n for i in range(n)})}
    for i in range(n):
        grade = 1 + (3 * i) // n
        class_no, seat_no = divmod(i - first[grade], CLASS_SIZE)
        class_no, seat_no = class_no + 1, seat_no + 1
        uid = _user(s, org_id, f"student{i + 1:03d}@{DEMO_DOMAIN}", "student", korean_name(rng))
        student = Student(user_id=uid, organization_id=org_id, grade=grade, class_no=class_no,
                          seat_no=seat_no, student_number=format_student_number(
                              "GCCNN", grade=grade, class_no=class_no, seat_no=seat_no,
                              school_year=DEMO_SCHOOL_YEAR))
        s.add(student)
        s.flush()
        out.append((student.id, grade, float(rng.normal(0.3 * (grade - 2), 0.9))))
    return out


def _sittings(s: Session, classes: list[Classroom], teachers: list[tuple[int, int]],
              roster: list[tuple[int, int, float]], pools: dict[str, Pool], now: datetime,
              rng: np.random.Generator) -> None:
    """Exams for every class and one completed adaptive sitting per student and exam."""
    subject_shift = {sid: {"math": float(rng.normal(0, 0.4)), "english": float(rng.normal(0, 0.4))}
                     for sid, _, _ in roster}
    for index, klass in enumerate(classes):
        teacher_user = teachers[CLASSES[index][3]][1]
        members = [r for r in roster if r[1] == klass.grade]
        for months_ago, exam_type, title in EXAM_PLAN:
            day = (now - timedelta(days=30.4 * months_ago)).astimezone(KST).replace(
                hour=9, minute=0, second=0, microsecond=0)
            exam = Exam(class_id=klass.id, title=f"{klass.name} {title}", subject=klass.subject or "",
                        exam_type=exam_type, opens_at=day, closes_at=day + timedelta(days=7),
                        is_open=False, created_by=teacher_user,
                        cat_config={"estimator": "eap", "max_items": 20, "se_target": 0.35})
            s.add(exam)
            s.flush()
            rows, sittings = [], []
            for student_id, _, ability in members:
                when = day + timedelta(days=int(rng.integers(0, 5)), minutes=int(rng.integers(0, 420)))
                if when >= now:
                    continue
                theta = (ability + subject_shift[student_id][klass.subject or "math"]
                         + GROWTH_PER_MONTH * (8 - months_ago))
                sit = simulate_sitting(pools[klass.subject or "math"], theta, when,
                                       klass.subject or "math", rng)
                sittings.append((student_id, sit))
                rows.append({"student_id": student_id, "class_id": klass.id, "exam_id": exam.id,
                             "exam_type": exam_type, "status": "completed", "started_at": when,
                             "ended_at": sit.ended_at, "theta": sit.theta, "standard_error": sit.se,
                             "stop_reason": sit.stop_reason,
                             "duration_sec": round((sit.ended_at - when).total_seconds()),
                             "meta": {"algorithm": "CAT", "estimator": "EAP", "max_items": 20,
                                      "subject": klass.subject, "bank_version": 1, "demo": True}})
            if not rows:
                continue
            ids = s.execute(insert(ExamSession).returning(ExamSession.id, sort_by_parameter_order=True),
                            rows).scalars().all()
            s.execute(insert(Attempt), [
                {**att, "student_id": student_id, "exam_session_id": sid}
                for sid, (student_id, sit) in zip(ids, sittings, strict=True) for att in sit.attempts])
