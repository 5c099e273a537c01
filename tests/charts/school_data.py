"""A realistic school for chart, report and psychometrics tests, built with bulk inserts.

Students of several classes sit CAT sessions (the real engine, on the real demo bank) every few
weeks in math and English; their true ability grows a little per sitting and differs by class.
Sessions, attempts (with θ/SE after each answer), items and keys look like production data.
The simulation is cached per parameter set, so each test only pays for the inserts.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import numpy as np
from sqlalchemy import insert

from dreamseed_desktop.cat import CatConfig, CatSession, ItemBank, generate_demo_bank
from dreamseed_desktop.db.classes import Classroom, Enrollment
from dreamseed_desktop.db.exams import Attempt, Exam, ExamSession
from dreamseed_desktop.db.items import Item, ItemKey, ItemParamHistory
from dreamseed_desktop.db.people import Organization, Student, Teacher, User
from dreamseed_desktop.services.core.uow import Database

SCHOOL_NAME = "서울고등학교"
START = datetime(2026, 3, 9, 9, 0, tzinfo=timezone.utc)
SUBJECTS = ("math", "english")
STUDENT_NAMES = ("김민준", "이서연", "박지호", "최수아", "정예준", "강하은", "조도윤", "윤지우",
                 "장서준", "임하윤", "한시우", "오지민")


@dataclass(frozen=True)
class SchoolIds:
    """Database ids of the generated school."""

    org_id: int
    class_ids: tuple[int, ...]
    class_names: tuple[str, ...]
    student_ids: tuple[int, ...]          # students.id, class by class
    student_class: tuple[int, ...]        # class index of each student
    item_ids: dict[str, int]              # item code -> items.id
    session_ids: tuple[int, ...]
    true_bank: dict[str, tuple[float, float, float]]  # code -> generating (a, b, c)


@dataclass(frozen=True)
class _Sim:
    bank_records: tuple[dict[str, object], ...]
    sessions: tuple[tuple[int, str, int, float, float, float], ...]  # student, subject, sitting, θ, se, score
    attempts: tuple[tuple[int, int, str, bool, float, float, int], ...]  # session idx, seq, code, ok, θ, se, ms


@functools.lru_cache(maxsize=4)
def _simulate(n_classes: int, per_class: int, sittings: int, n_items: int, seed: int) -> _Sim:
    records = tuple(generate_demo_bank(n_items=n_items, subjects=SUBJECTS, seed=seed))
    banks = {}
    for subject in SUBJECTS:
        rows = [r for r in records if r["subject"] == subject]
        banks[subject] = ItemBank.from_records(rows)
    rng = np.random.default_rng(seed)
    cfg = CatConfig(min_items=12, max_items=20, se_target=0.35, randomesque_k=4)
    sessions, attempts = [], []
    n_students = n_classes * per_class
    base = rng.normal(0.0, 1.0, n_students) + np.repeat(np.linspace(-0.3, 0.3, n_classes), per_class)
    for st in range(n_students):
        for subject in SUBJECTS:
            bank = banks[subject]
            for sitting in range(sittings):
                true = base[st] + 0.12 * sitting
                cat = CatSession(bank, cfg, rng=rng)
                k = len(sessions)
                seq = 0
                while (j := cat.next_index()) is not None:
                    p = bank.c[j] + (1 - bank.c[j]) / (1 + np.exp(-bank.a[j] * (true - bank.b[j])))
                    ok = bool(rng.random() < p)
                    cat.record_index(j, ok)
                    seq += 1
                    attempts.append((k, seq, bank.item_ids[j], ok, cat.theta, cat.se,
                                     int(rng.integers(8000, 90000))))
                score = 100.0 * sum(a[3] for a in attempts[-seq:]) / seq
                sessions.append((st, subject, sitting, cat.theta, cat.se, round(score, 1)))
    return _Sim(records, tuple(sessions), tuple(attempts))


def build_school(db: Database, *, n_classes: int = 3, per_class: int = 8, sittings: int = 3,
                 n_items: int = 120, seed: int = 7, incomplete: int = 2) -> SchoolIds:
    """Insert the simulated school; the last ``incomplete`` students of class 0 also have one
    session still in progress (no θ yet) so completion rates are below 100 %."""
    sim = _simulate(n_classes, per_class, sittings, n_items, seed)
    with db.session() as s:
        org = Organization(name=SCHOOL_NAME, type="school")
        s.add(org)
        s.flush()
        tuser = User(organization_id=org.id, email="teacher@school.kr", role="teacher", name="김선생")
        s.add(tuser)
        s.flush()
        teacher = Teacher(user_id=tuser.id, organization_id=org.id, subject="math")
        s.add(teacher)
        s.flush()
        classes = [Classroom(organization_id=org.id, teacher_id=teacher.id, name=f"1학년 {n + 1}반",
                             subject="math", grade=10, school_year=2026) for n in range(n_classes)]
        s.add_all(classes)
        s.flush()
        exams = {(k, subject): Exam(class_id=c.id, title=f"{c.name} {subject} 형성평가",
                                    subject=subject, exam_type="formative")
                 for k, c in enumerate(classes) for subject in SUBJECTS}
        s.add_all(exams.values())
        s.flush()
        users = [{"organization_id": org.id, "email": f"s{n}@school.kr", "role": "student",
                  "name": f"{STUDENT_NAMES[n % len(STUDENT_NAMES)]}{n // len(STUDENT_NAMES) or ''}"}
                 for n in range(n_classes * per_class)]
        user_ids = list(s.execute(insert(User).returning(User.id, sort_by_parameter_order=True),
                                  users).scalars())
        student_ids = list(s.execute(
            insert(Student).returning(Student.id, sort_by_parameter_order=True),
            [{"user_id": u, "organization_id": org.id, "grade": 10, "student_number": f"{n + 1:05d}"}
             for n, u in enumerate(user_ids)]).scalars())
        student_class = [n // per_class for n in range(len(student_ids))]
        s.execute(insert(Enrollment), [{"student_id": sid, "class_id": classes[student_class[n]].id}
                                       for n, sid in enumerate(student_ids)])
        item_rows = [{"code": r["item_id"], "subject": r["subject"], "grade": int(r["grade"]),
                      "strand": r["strand"], "model": "3PL", "a": r["a"], "b": r["b"], "c": r["c"],
                      "stem": f"{r['subject']} 문항 {r['item_id']}", "choices": ["1", "2", "3", "4"]}
                     for r in sim.bank_records]
        ids = list(s.execute(insert(Item).returning(Item.id, sort_by_parameter_order=True),
                             item_rows).scalars())
        item_ids = {row["code"]: i for row, i in zip(item_rows, ids)}
        s.execute(insert(ItemKey), [{"item_id": i, "correct_choice": 2} for i in ids])
        s.execute(insert(ItemParamHistory), [
            {"item_id": i, "bank_version": 1, "model": "3PL", "a": row["a"], "b": row["b"],
             "c": row["c"], "source": "import"} for row, i in zip(item_rows, ids)])
        session_rows = []
        for st, subject, sitting, theta, se, score in sim.sessions:
            started = START + timedelta(days=21 * sitting + st % 5, minutes=st)
            session_rows.append({
                "student_id": student_ids[st], "class_id": classes[student_class[st]].id,
                "exam_id": exams[(student_class[st], subject)].id, "exam_type": "formative", "status": "completed", "started_at": started,
                "ended_at": started + timedelta(minutes=25), "score": score, "theta": theta,
                "standard_error": se, "duration_sec": 1500, "meta": {"subject": subject}})
        for st in range(per_class - incomplete, per_class):
            session_rows.append({"student_id": student_ids[st], "class_id": classes[0].id,
                                 "exam_id": exams[(0, "math")].id, "exam_type": "formative", "status": "in_progress",
                                 "started_at": START + timedelta(days=70), "meta": {"subject": "math"}})
        session_ids = list(s.execute(
            insert(ExamSession).returning(ExamSession.id, sort_by_parameter_order=True),
            session_rows).scalars())
        s.execute(insert(Attempt), [
            {"student_id": student_ids[sim.sessions[k][0]], "exam_session_id": session_ids[k],
             "item_id": item_ids[code], "seq": seq, "correct": ok, "selected_choice": 2 if ok else 1,
             "response_time_ms": ms, "theta_after": th, "se_after": se,
             "created_at": session_rows[k]["started_at"] + timedelta(seconds=60 * seq)}
            for k, seq, code, ok, th, se, ms in sim.attempts])
    return SchoolIds(
        org_id=org.id, class_ids=tuple(c.id for c in classes),
        class_names=tuple(c.name for c in classes), student_ids=tuple(student_ids),
        student_class=tuple(student_class), item_ids=item_ids,
        session_ids=tuple(session_ids[:len(sim.sessions)]),
        true_bank={str(r["item_id"]): (float(r["a"]), float(r["b"]), float(r["c"]))  # type: ignore[arg-type]
                   for r in sim.bank_records})
