"""Demo data: a Korean high school (서울고등학교) with staff, students, classes, an item bank
and months of completed adaptive sittings, so every screen and chart has something to show.

Idempotent: when the demo school exists already nothing is written and the summary says so.
The school, people, classes, item bank and exams are written in one transaction; every sitting
is then taken through the exam API as the demo student (:mod:`.sessions`: one engine writes
every session). Every demo account's password is :data:`DEMO_PASSWORD`.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import numpy as np
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from dreamseed_desktop.db.classes import Classroom, Enrollment
from dreamseed_desktop.db.exams import Attempt, Exam, ExamSession  # read only: counts and resume
from dreamseed_desktop.db.items import Item, ItemKey
from dreamseed_desktop.db.people import Organization, Student, Teacher, User
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.passwords import new_salt, proof, stored_hash
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
from dreamseed_desktop.services.demo.sessions import (
    DEMO_CAT_CONFIG,
    ClockedExamApi,
    ItemTruth,
    Planned,
    take_sitting,
)
from dreamseed_desktop.services.items.rules import ItemInput
from dreamseed_desktop.services.items.service import add_items

DEMO_ORG_NAME = "서울고등학교"
DEMO_DOMAIN = "seoul-hs.kr"
ADMIN_EMAIL = f"admin@{DEMO_DOMAIN}"
DEMO_PASSWORD = "demo1234"
DEMO_SCHOOL_YEAR = 2026
DEMO_ITEMS = 360
KST = timezone(timedelta(hours=9))
# (months before now, exam type, Korean title) of each class's sittings: three per class over the
# school year (every sitting is a real exam through the exam API, so the plan is kept small
# enough for a first start of the demo; docs/exam.md, "The demo school")
EXAM_PLAN = ((8, "diagnostic", "진단평가"), (4, "midterm", "중간 점검"), (0.5, "formative", "형성평가"))
GROWTH_PER_MONTH = 0.06
# connections the sittings are taken on at once (the server does the work: one per core, up to 4)
SEED_CONNECTIONS = max(1, min(4, os.cpu_count() or 1))


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


#: a demo account's password salt and proof (argon2id of :data:`DEMO_PASSWORD`), by e-mail
Credentials = Mapping[str, tuple[str, str]]
DEFAULT_STUDENTS = 120


def student_email(index: int) -> str:
    """The e-mail of demo student ``index`` (0-based)."""
    return f"student{index + 1:03d}@{DEMO_DOMAIN}"


def demo_emails(students: int = DEFAULT_STUDENTS) -> list[str]:
    """Every demo account's e-mail: the administrator, the teachers, ``students`` students."""
    return ([ADMIN_EMAIL] + [f"{local}@{DEMO_DOMAIN}" for _, local, _, _ in TEACHERS]
            + [student_email(i) for i in range(students)])


def demo_credentials(students: int = DEFAULT_STUDENTS) -> dict[str, tuple[str, str]]:
    """A fresh random salt and the password proof for every demo account. Each proof is one
    argon2id hash (about 20 ms of CPU, holding the GIL), so the start-up computes them ahead —
    while a new install's database is created — and hands them to :func:`seed_demo`."""
    out = {}
    for email in demo_emails(students):
        salt = new_salt()
        out[email] = (salt, proof(DEMO_PASSWORD, salt))
    return out


def _user(s: Session, org_id: int, email: str, role: str, name: str,
          credentials: Credentials) -> tuple[int, str]:
    """A demo account with :data:`DEMO_PASSWORD`: (user id, the password's proof, for signing in);
    its salt and proof from ``credentials`` when computed ahead, else computed now."""
    salt, pw_proof = credentials.get(email) or ("", "")
    if not salt:
        salt = new_salt()
        pw_proof = proof(DEMO_PASSWORD, salt)
    user = User(organization_id=org_id, email=email, role=role, name=nfc(name))
    s.add(user)
    s.flush()
    # the demo is seeded through the owner connection; credentials live in auth.credentials
    s.execute(text("SELECT auth.set_credentials(:u, :s, :h)"),
              {"u": user.id, "s": salt, "h": stored_hash(pw_proof)})
    return user.id, pw_proof


def _summary(s: Session, org: Organization, created: bool, started: float) -> DemoSummary:
    def count(stmt: object) -> int:
        return int(s.execute(stmt).scalar_one())  # type: ignore[call-overload]

    students = select(Student.id).where(Student.organization_id == org.id)
    teacher_emails = tuple(e for e in s.execute(
        select(User.email).join(Teacher, Teacher.user_id == User.id)
        .where(Teacher.organization_id == org.id).order_by(Teacher.id)).scalars() if e)
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


def _item_bank(s: Session, seed: int, org_id: int) -> None:
    """The demo bank (reusing items already present); the demo school owns the items it brought."""
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
    s.execute(update(Item).where(Item.code.in_([i.code for i in new]), Item.organization_id.is_(None))
              .values(organization_id=org_id))


def _item_truths(s: Session) -> dict[int, ItemTruth]:
    """Parameters and keys of every item, for simulating what a demo student answers."""
    rows = s.execute(select(Item.id, Item.a, Item.b, Item.c, ItemKey.correct_choice,
                            func.jsonb_array_length(Item.choices))
                     .join(ItemKey, ItemKey.item_id == Item.id)).all()
    return {int(r[0]): ItemTruth(float(r[1]), float(r[2]), float(r[3] or 0.0), int(r[4]), int(r[5]))
            for r in rows}


@dataclass(frozen=True)
class DemoSittings:
    """What is left to do after :func:`prepare_demo`: the demo school's past sittings (taken by
    :func:`take_demo_sittings`)."""

    organization_id: int
    seed: int
    now: datetime
    students: int
    #: the password proofs of the accounts created just now (a resumed seed derives them)
    proofs: Mapping[str, str]
    #: sittings in the demo's plan, and how many of them are taken already
    planned: int = 0
    taken: int = 0


#: ``progress(done, total)``: sittings of the demo plan taken so far (called from worker threads)
Progress = Callable[[int, int], None]


def seed_demo(db: Database, *, students: int | None = None, seed: int = 42,
              now: datetime | None = None, credentials: Credentials | None = None) -> DemoSummary:
    """Create the demo school unless it exists; returns what it contains.

    :func:`prepare_demo` (the school, its people, classes, item bank and exams in one
    transaction), then :func:`take_demo_sittings` (every sitting through the exam API as the
    demo student, each answer committed by the server as in a real exam). A seed interrupted
    during the sittings is completed by the next call (the school records ``demo_state:
    "sittings"`` until done). ``credentials`` (:func:`demo_credentials`): the accounts' salts and
    proofs computed ahead; an account missing from it gets a new salt here."""
    summary, pending = prepare_demo(db, students=students, seed=seed, now=now, credentials=credentials)
    if pending is None:
        return summary
    done = take_demo_sittings(db, pending)
    assert done is not None          # nothing asked it to stop
    return done


def prepare_demo(db: Database, *, students: int | None = None, seed: int = 42,
                 now: datetime | None = None, credentials: Credentials | None = None,
                 ) -> tuple[DemoSummary, DemoSittings | None]:
    """The demo school without its past sittings: written in one transaction when it does not
    exist. Returns what the school contains now and, unless it is complete, the sittings still
    to take (a new school, or one whose seed was interrupted) — every account can sign in from
    here on; the statistics fill up as :func:`take_demo_sittings` takes them."""
    students = DEFAULT_STUDENTS if students is None else students
    if not 3 <= students <= 2000:
        raise ValidationError("The demo needs between 3 and 2000 students.", field="students")
    started = time.monotonic()
    proofs: dict[str, str] = {}
    with db.session() as s:
        existing = s.execute(select(Organization).where(Organization.name == DEMO_ORG_NAME)).scalar()
        if existing is not None and (existing.meta or {}).get("demo_state") != "sittings":
            return _summary(s, existing, False, started), None
        now = now or s.execute(select(func.now())).scalar_one()
        if existing is None:
            org_id = _structure(s, students, seed, now, proofs, credentials or {})
        else:
            org_id = existing.id
            seed = int(existing.meta.get("demo_seed", seed))
            students = int(s.execute(select(func.count()).where(Student.organization_id == org_id)).scalar_one())
    with db.session() as s:
        summary = _summary(s, s.get_one(Organization, org_id), existing is None, started)
        plan, done = _plan_and_done(s, org_id, seed, now)
    return summary, DemoSittings(org_id, seed, now, students, proofs, len(plan),
                                 sum((p.exam_id, p.student_id) in done for p in plan))


def take_demo_sittings(db: Database, pending: DemoSittings, *, progress: Progress | None = None,
                       stop: threading.Event | None = None) -> DemoSummary | None:
    """Take the demo school's past sittings through the exam API, then close its exams and mark
    it complete; its summary. ``progress(done, total)`` after each sitting; when ``stop`` is set
    the sittings end after the ones in progress and None is returned (the school stays marked
    incomplete: the next :func:`prepare_demo` hands the rest back)."""
    started = time.monotonic()
    org_id = pending.organization_id
    with db.session() as s:     # open while its students take them (someone may have closed one meanwhile)
        s.execute(update(Exam).where(Exam.class_id.in_(select(Classroom.id).where(
            Classroom.organization_id == org_id))).values(is_open=True))
    if not _take_sittings(db, org_id, pending.seed, pending.now, dict(pending.proofs), progress, stop):
        return None
    with db.session() as s:
        org = s.get_one(Organization, org_id)
        s.execute(update(Exam).where(Exam.class_id.in_(select(Classroom.id).where(
            Classroom.organization_id == org_id))).values(is_open=False))
        org.meta = {k: v for k, v in (org.meta or {}).items() if k not in ("demo_state", "demo_seed")}
        audit.record(s, db.identity, "demo.seed", "organization", org_id, organization_id=org_id,
                     details={"students": pending.students, "seed": pending.seed})
        s.flush()
        return _summary(s, org, True, started)


def _structure(s: Session, students: int, seed: int, now: datetime, proofs: dict[str, str],
               credentials: Credentials) -> int:
    """The school, staff, students, classes, enrolments, item bank and exams (no sittings)."""
    rng = np.random.default_rng(seed)
    org = Organization(name=DEMO_ORG_NAME, type="school", address="서울특별시 종로구 새문안로 1",
                       school_level="high", student_number_format="GCCNN",
                       meta={"demo": True, "phone": "02-000-0000", "demo_state": "sittings",
                             "demo_seed": seed})
    s.add(org)
    s.flush()
    _user(s, org.id, ADMIN_EMAIL, "admin", ADMIN_NAME, credentials)
    teacher_ids = []
    for name, local, subject, meta in TEACHERS:
        uid, _ = _user(s, org.id, f"{local}@{DEMO_DOMAIN}", "teacher", name, credentials)
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
    roster = _students(s, org.id, students, rng, proofs, credentials)
    for student_id, grade in roster:
        for klass in classes:
            if klass.grade == grade:
                s.add(Enrollment(student_id=student_id, class_id=klass.id))
    s.flush()
    _item_bank(s, seed, org.id)
    for index, klass in enumerate(classes):
        teacher_user = teacher_ids[CLASSES[index][3]][1]
        for months_ago, exam_type, title in EXAM_PLAN:
            day = (now - timedelta(days=30.4 * months_ago)).astimezone(KST).replace(
                hour=9, minute=0, second=0, microsecond=0)
            # open while the seeder's students take it (on the seeder's clock); closed after
            s.add(Exam(class_id=klass.id, title=f"{klass.name} {title}", subject=klass.subject or "",
                       exam_type=exam_type, opens_at=day, closes_at=day + timedelta(days=7),
                       is_open=True, created_by=teacher_user, cat_config=dict(DEMO_CAT_CONFIG)))
    s.flush()
    return org.id


def _students(s: Session, org_id: int, n: int, rng: np.random.Generator,
              proofs: dict[str, str], credentials: Credentials) -> list[tuple[int, int]]:
    """``n`` students spread over 학년 1-3 of a high school, 반 of up to CLASS_SIZE, 번호 in
    order, 학번 GCCNN (10101 = 1학년 1반 1번): (student id, grade)."""
    out = []
    first = {grade: min(i for i in range(n) if 1 + (3 * i) // n == grade)
             for grade in sorted({1 + (3 * i) // n for i in range(n)})}
    for i in range(n):
        grade = 1 + (3 * i) // n
        class_no, seat_no = divmod(i - first[grade], CLASS_SIZE)
        class_no, seat_no = class_no + 1, seat_no + 1
        email = student_email(i)
        uid, proofs[email] = _user(s, org_id, email, "student", korean_name(rng), credentials)
        student = Student(user_id=uid, organization_id=org_id, grade=grade, class_no=class_no,
                          seat_no=seat_no, student_number=format_student_number(
                              "GCCNN", grade=grade, class_no=class_no, seat_no=seat_no,
                              school_year=DEMO_SCHOOL_YEAR))
        s.add(student)
        s.flush()
        out.append((student.id, grade))
    return out


def _plan(s: Session, org_id: int, seed: int, now: datetime) -> list[Planned]:
    """Every sitting of the demo (the same for the same seed, so an interrupted seed resumes
    the same plan): one per student and exam of the student's classes, at a time in the exam's
    first five days before ``now``, by a student whose ability grows over the year."""
    rng = np.random.default_rng([seed, 13])
    members = s.execute(select(Student.id, Student.grade, User.email).join(User, User.id == Student.user_id)
                        .where(Student.organization_id == org_id).order_by(Student.id)).all()
    ability = {int(sid): float(rng.normal(0.3 * (grade - 2), 0.9)) for sid, grade, _ in members}
    shift = {int(sid): {"math": float(rng.normal(0, 0.4)), "english": float(rng.normal(0, 0.4))}
             for sid, _, _ in members}
    exams = s.execute(select(Exam.id, Exam.subject, Exam.opens_at, Classroom.grade)
                      .join(Classroom, Classroom.id == Exam.class_id)
                      .where(Classroom.organization_id == org_id).order_by(Exam.id)).all()
    plan = []
    for exam_id, subject, opens_at, grade in exams:
        if opens_at is None:
            continue
        months_ago = (now - opens_at).total_seconds() / (86400 * 30.4)
        for sid, student_grade, email in members:
            when = opens_at + timedelta(days=int(rng.integers(0, 5)), minutes=int(rng.integers(0, 420)))
            if student_grade != grade or when >= now:
                continue
            theta = ability[sid] + shift[sid][subject] + GROWTH_PER_MONTH * (8 - months_ago)
            plan.append(Planned(when, int(exam_id), int(sid), str(email), theta, subject))
    return sorted(plan, key=lambda p: (p.when, p.student_id))


def _plan_and_done(s: Session, org_id: int, seed: int, now: datetime,
                   ) -> tuple[list[Planned], set[tuple[Any, ...]]]:
    """The demo's plan and the (exam, student) sittings of it already ended."""
    done = set(s.execute(select(ExamSession.exam_id, ExamSession.student_id).where(
        ExamSession.status.in_(("completed", "terminated")),
        ExamSession.class_id.in_(select(Classroom.id).where(Classroom.organization_id == org_id)))).all())
    return _plan(s, org_id, seed, now), {tuple(row) for row in done}


class _Tally:
    """Sittings taken so far, reported to ``progress`` from the worker threads."""

    def __init__(self, done: int, total: int, progress: Progress | None) -> None:
        self.done, self.total, self._progress, self._lock = done, total, progress, threading.Lock()

    def one_more(self) -> None:
        with self._lock:
            self.done += 1
            if self._progress is not None:
                self._progress(self.done, self.total)


def _worker(db: Database, plan: list[Planned], tokens: dict[str, str], items: dict[int, ItemTruth],
            rng: np.random.Generator, tally: _Tally, stop: threading.Event | None) -> None:
    api_db = Database(db.engine)
    api = ClockedExamApi(api_db)
    try:
        api.prepare()
        for planned in plan:
            if stop is not None and stop.is_set():
                break
            take_sitting(api, api_db, tokens[planned.email], planned, items, rng)
            tally.one_more()
        api.clear_clock()
    finally:
        api.close()


def _take_sittings(db: Database, org_id: int, seed: int, now: datetime, proofs: dict[str, str],
                   progress: Progress | None = None, stop: threading.Event | None = None) -> bool:
    """Sign each demo student in and take the planned sittings through the exam API (those
    already completed by an interrupted seed are skipped, a started one is resumed); False when
    ``stop`` ended them early."""
    with db.session() as s:
        plan, done = _plan_and_done(s, org_id, seed, now)
        items = _item_truths(s)
    total = len(plan)
    plan = [p for p in plan if (p.exam_id, p.student_id) not in done]
    tally = _Tally(total - len(plan), total, progress)
    tokens: dict[str, str] = {}
    with db.session() as s:
        for email in sorted({p.email for p in plan}):
            pw_proof = proofs.get(email)
            if pw_proof is None:      # resuming: derive the proof as the client does at sign-in
                salt = s.execute(text("SELECT auth.login_salt(:e)"), {"e": email}).scalar_one()
                pw_proof = proof(DEMO_PASSWORD, salt)
            row = s.execute(text("SELECT ok, token FROM auth.login(:e, :p)"), {"e": email, "p": pw_proof}).one()
            if not row.ok:
                raise ValidationError("A demo student could not sign in; the demo school was changed by hand.")
            tokens[email] = row.token
    # students take their sittings in parallel on a few connections (each student's sittings in
    # time order on one connection, so items seen earlier are excluded as in real life)
    workers = max(1, min(SEED_CONNECTIONS, len(plan)))
    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(_worker, db, [p for p in plan if p.student_id % workers == w], tokens, items,
                                   np.random.default_rng([seed, 17, len(done), w]), tally, stop)
                       for w in range(workers)]
            for f in futures:
                f.result()
    finally:
        with db.session() as s:         # the demo students sign out again
            for token in tokens.values():
                s.execute(text("SELECT set_config('dreamseed.token', :t, true)"), {"t": token})
                s.execute(text("SELECT auth.logout()"))
    return tally.done == tally.total
