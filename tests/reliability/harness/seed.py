"""Harness data: one school, a teacher, a class of N students, an item bank and a fixed-length exam.

Written with the owner connection in plain SQL (fast, and independent of the admin screens);
the students then use only the client role and the exam API, like a real lab.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import psycopg

from dreamseed_desktop.cat import CatConfig, generate_demo_bank
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.roles import STAFF_ROLE, STUDENT_ROLE, client_url
from dreamseed_desktop.services.core import passwords
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.uow import Database

PASSWORD = "harness-Passw0rd"
N_CHOICES = 4


@dataclass(frozen=True)
class Student:
    """Credentials of one harness student."""

    index: int
    email: str
    user_id: int
    student_id: int


@dataclass(frozen=True)
class Seeded:
    """What the clients and the invariant checks need to know."""

    exam_id: int
    class_id: int
    n_items: int
    students: tuple[Student, ...]
    cat_config: dict[str, object]


def exam_config(n_items: int) -> CatConfig:
    """Fixed-length design: exactly ``n_items`` items, EAP on the default 81-point grid."""
    return CatConfig(min_items=n_items, max_items=n_items, se_target=None)


def seed(owner_url: str, n_students: int, *, n_items: int = 30, bank_size: int = 240) -> Seeded:
    salt = passwords.new_salt()
    pw_hash = passwords.stored_hash(passwords.proof(PASSWORD, salt))
    config = exam_config(n_items).to_dict()
    with psycopg.connect(owner_url, autocommit=False) as conn:
        org = _one(conn, "INSERT INTO organizations (name) VALUES ('Harness High School') RETURNING id")
        t_user = _one(conn, "INSERT INTO users (organization_id, email, role, name) "
                      "VALUES (%s, 'teacher@harness.test', 'teacher', 'Harness Teacher') RETURNING id", (org,))
        conn.execute("SELECT auth.set_credentials(%s, %s, %s)", (t_user, salt, pw_hash))
        teacher = _one(conn, "INSERT INTO teachers (user_id, organization_id, subject) VALUES (%s, %s, 'math') "
                       "RETURNING id", (t_user, org))
        class_id = _one(conn, "INSERT INTO classes (organization_id, teacher_id, name, subject, grade, school_year) "
                        "VALUES (%s, %s, 'Harness 1-1', 'math', 1, 2026) RETURNING id", (org, teacher))
        for k, rec in enumerate(generate_demo_bank(bank_size, subjects=("math",), seed=7)):
            item = _one(conn, "INSERT INTO items (code, subject, grade, strand, model, a, b, c, stem, choices, "
                        "organization_id) VALUES (%s, 'math', %s, %s, '3PL', %s, %s, %s, %s, %s, %s) RETURNING id",
                        (rec["item_id"], rec["grade"], rec["strand"], rec["a"], rec["b"], rec["c"],
                         f"Harness item {k + 1}: what is {k} + {k}?",
                         json.dumps([str(2 * k + d) for d in range(N_CHOICES)]), org))
            conn.execute("INSERT INTO item_keys (item_id, correct_choice) VALUES (%s, 1)", (item,))
        exam_id = _one(conn, "INSERT INTO exams (class_id, title, subject, exam_type, cat_config, item_filter, "
                       "show_result, confirm_answers, created_by) VALUES (%s, 'Harness CAT', 'math', "
                       "'formative', %s, %s, 'correct', true, %s) RETURNING id",
                       (class_id, json.dumps(config), json.dumps({"subject": "math"}), t_user))
        students = []
        for i in range(n_students):
            email = f"student{i:03d}@harness.test"
            uid = _one(conn, "INSERT INTO users (organization_id, email, role, name) "
                       "VALUES (%s, %s, 'student', %s) RETURNING id", (org, email, f"학생 {i:03d}"))
            conn.execute("SELECT auth.set_credentials(%s, %s, %s)", (uid, salt, pw_hash))
            sid = _one(conn, "INSERT INTO students (user_id, organization_id, grade, student_number) "
                       "VALUES (%s, %s, 1, %s) RETURNING id", (uid, org, f"{i:05d}"))
            conn.execute("INSERT INTO student_classroom (student_id, class_id) VALUES (%s, %s)", (sid, class_id))
            students.append(Student(i, email, uid, sid))
        conn.commit()
    return Seeded(exam_id=exam_id, class_id=class_id, n_items=n_items, students=tuple(students),
                  cat_config=config)


def sign_in(url: str, email: str) -> Database:
    """A client-role Database signed in as a seeded user (the caller disposes ``db.engine``)."""
    # students sit at lab PCs (the student login role; their tokens do not work on the staff role)
    role = STUDENT_ROLE if email.startswith("student") else STAFF_ROLE
    db = Database(make_engine(client_url(url, role=role), pool_size=1))
    AuthService(db).login(email, PASSWORD)
    return db


def _one(conn: psycopg.Connection, query: str, args: tuple[object, ...] = ()) -> int:
    row = conn.execute(query, args).fetchone()  # type: ignore[arg-type]
    assert row is not None
    return int(row[0])
