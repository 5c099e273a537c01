"""Fixtures of the security tests: a seeded school and real sign-ins through dreamseed_client.

Seeding runs as the owner (superuser) with plain SQL; everything under test runs through the
client role with tokens obtained from ``auth.login`` (AuthService), as on a lab PC.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np
import psycopg
import pytest

from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.roles import client_url, database_privileges_sql
from dreamseed_desktop.services.core import passwords
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.uow import Database

PASSWORD = "correct horse 7"


@functools.lru_cache(maxsize=1)
def _salt_hash() -> tuple[str, str]:
    return passwords.hash_for_storage(PASSWORD)   # one argon2 run per test session


@dataclass
class School:
    """Ids of the seeded rows (see :func:`seed_school`)."""

    org: int = 0
    org_b: int = 0
    users: dict[str, int] = field(default_factory=dict)      # key -> users.id
    students: dict[str, int] = field(default_factory=dict)   # key -> students.id
    teachers: dict[str, int] = field(default_factory=dict)
    classes: dict[str, int] = field(default_factory=dict)
    exams: dict[str, int] = field(default_factory=dict)
    items: list[int] = field(default_factory=list)


def email(key: str) -> str:
    return f"{key}@school.test"


def seed_bank(conn: psycopg.Connection, n: int, *, subject: str = "math", seed: int = 7,
              strands: tuple[str, ...] = ("algebra", "geometry")) -> list[int]:
    """n 3PL items with 4 choices and keys; returns their ids in bank order."""
    rng = np.random.default_rng(seed)
    a = rng.uniform(0.6, 2.2, n)
    b = rng.normal(0, 1.2, n).clip(-3.5, 3.5)
    c = rng.uniform(0.0, 0.25, n)
    rows = [(f"{subject}-{seed}-{k}", subject, 8, strands[k % len(strands)], float(a[k]), float(b[k]),
             float(c[k]), f"Question {k}", '["A", "B", "C", "D"]') for k in range(n)]
    with conn.cursor() as cur:
        cur.execute("CREATE TEMP TABLE tmp_items (code text, subject text, grade smallint, strand text, "
                    "a float8, b float8, c float8, stem text, choices jsonb) ON COMMIT DROP")
        with cur.copy("COPY tmp_items FROM STDIN") as cp:
            for r in rows:
                cp.write_row(r)
        ids = [r[0] for r in cur.execute(
            "INSERT INTO items (code, subject, grade, strand, model, a, b, c, stem, choices) "
            "SELECT code, subject, grade, strand, '3PL', a, b, c, stem, choices FROM tmp_items ORDER BY code "
            "RETURNING id").fetchall()]
        cur.execute("INSERT INTO item_keys (item_id, correct_choice) SELECT id, 1 + (id %% 4) FROM items "
                    "WHERE id = ANY(%s)", (ids,))
    return sorted(ids)


def seed_school(owner_url: str, *, bank_size: int = 60, cat_config: str = '{"max_items": 8, "min_items": 8}') -> School:
    salt, hashed = _salt_hash()
    sch = School()
    with psycopg.connect(owner_url) as conn:
        q = conn.execute
        sch.org = q("INSERT INTO organizations (name) VALUES ('North High') RETURNING id").fetchone()[0]
        sch.org_b = q("INSERT INTO organizations (name) VALUES ('South High') RETURNING id").fetchone()[0]

        def user(key: str, role: str, org: int | None) -> int:
            uid = q("INSERT INTO users (organization_id, email, role, name, password_hash, password_salt) "
                    "VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                    (org, email(key), role, key.title(), hashed, salt)).fetchone()[0]
            sch.users[key] = uid
            return uid

        user("root", "admin", None)
        user("admin", "admin", sch.org)
        user("admin_b", "admin", sch.org_b)
        for t in ("teacher1", "teacher2"):
            sch.teachers[t] = q("INSERT INTO teachers (user_id, organization_id) VALUES (%s, %s) RETURNING id",
                                (user(t, "teacher", sch.org), sch.org)).fetchone()[0]
        for n, (s, org) in enumerate([("student1", sch.org), ("student2", sch.org), ("student3", sch.org),
                                      ("student_b", sch.org_b)]):
            sch.students[s] = q("INSERT INTO students (user_id, organization_id, grade, student_number) "
                                "VALUES (%s, %s, 8, %s) RETURNING id", (user(s, "student", org), org, f"S{n}")
                                ).fetchone()[0]
        for cname, t in (("8A", "teacher1"), ("8B", "teacher2")):
            sch.classes[cname] = q("INSERT INTO classes (organization_id, teacher_id, name, subject, grade, "
                                   "school_year) VALUES (%s, %s, %s, 'math', 8, 2026) RETURNING id",
                                   (sch.org, sch.teachers[t], cname)).fetchone()[0]
        for s, cname in (("student1", "8A"), ("student2", "8A"), ("student3", "8B")):
            q("INSERT INTO student_classroom (student_id, class_id) VALUES (%s, %s)",
              (sch.students[s], sch.classes[cname]))
        sch.items = seed_bank(conn, bank_size)
        for ename, cname in (("quiz_a", "8A"), ("quiz_b", "8B")):
            sch.exams[ename] = q("INSERT INTO exams (class_id, title, subject, cat_config, show_result) "
                                 "VALUES (%s, %s, 'math', %s, 'score') RETURNING id",
                                 (sch.classes[cname], ename, cat_config)).fetchone()[0]
        conn.commit()
    return sch


@pytest.fixture
def school(db_url: str) -> School:
    return seed_school(db_url)


@pytest.fixture
def client_engine_url(db_url: str) -> str:
    with psycopg.connect(db_url, autocommit=True) as conn:   # not copied from the template
        conn.execute(database_privileges_sql())
    return client_url(db_url)


@pytest.fixture
def connect_as(client_engine_url: str) -> Iterator[Callable[[str | None], Database]]:
    """connect_as(key) -> a Database on the client role signed in as that user (None = nobody)."""
    engines = []

    def make(key: str | None) -> Database:
        engine = make_engine(client_engine_url)
        engines.append(engine)
        db = Database(engine)
        if key is not None:
            AuthService(db).login(email(key), PASSWORD)
        return db

    yield make
    for e in engines:
        e.dispose()


@pytest.fixture
def raw_client(client_engine_url: str) -> Callable[[str | None], psycopg.Connection]:
    """A plain psycopg connection as dreamseed_client with a token set for the session (psql-like)."""
    conns: list[psycopg.Connection] = []

    def make(token: str | None) -> psycopg.Connection:
        from sqlalchemy.engine import make_url
        url = make_url(client_engine_url).set(drivername="postgresql").render_as_string(hide_password=False)
        conn = psycopg.connect(url, autocommit=True)
        conns.append(conn)
        if token:
            conn.execute("SELECT set_config('dreamseed.token', %s, false)", (token,))
        return conn

    yield make
    for c in conns:
        c.close()
