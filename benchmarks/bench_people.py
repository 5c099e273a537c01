"""People benchmark: page 1 of 100,000 users and bulk-enrolling 1,000 students.

Run: ``python benchmarks/bench_people.py`` (starts a private embedded PostgreSQL, builds the
schema with the real migrations, generates the data set, prints figures and EXPLAIN plans).

Peers measured in the same run:
- listing: the same page query with index scans disabled (``enable_indexscan/bitmapscan = off``),
  i.e. what the query costs without the indexes the plan relies on;
- bulk enroll: a row-by-row loop (check "already enrolled?", then INSERT, per student, in one
  transaction) — the approach of the original design document.
Targets from issue 2: page 1 under 50 ms, 1,000 enrollments under 0.5 s.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dreamseed_desktop.db.embedded import start_embedded
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.migrate import upgrade
from dreamseed_desktop.services.classes.enrollment import EnrollmentService
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.people.service import PeopleService

N_USERS = 100_000
N_CLASSES = 300
N_ORGS = 10
REPEAT = 15

GENERATE = f"""
INSERT INTO organizations (name) SELECT '학교 ' || g FROM generate_series(1, {N_ORGS}) g;
INSERT INTO users (organization_id, email, role, name)
SELECT 1 + g % {N_ORGS}, 'u' || g || '@bench.kr', CASE WHEN g % 50 = 0 THEN 'teacher' ELSE 'student' END,
       (ARRAY['김','이','박','최','정','강','조','윤','장','임'])[1 + g % 10]
       || (ARRAY['민','서','지','하','도','예','시','주','유','수'])[1 + (g / 10) % 10]
       || (ARRAY['준','연','우','윤','현','아','원','진','호','은'])[1 + (g / 100) % 10] || ' ' || g
FROM generate_series(1, {N_USERS}) g;
INSERT INTO students (user_id, organization_id, grade, student_number)
SELECT id, organization_id, 1 + id % 3, lpad(id::text, 6, '0') FROM users WHERE role = 'student';
INSERT INTO teachers (user_id, organization_id, subject)
SELECT id, organization_id, 'math' FROM users WHERE role = 'teacher';
INSERT INTO classes (organization_id, name, grade, school_year)
SELECT 1 + g % {N_ORGS}, 'class ' || g, 1 + g % 3, 2026 FROM generate_series(1, {N_CLASSES}) g;
ANALYZE;
"""


def timed(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    """Median wall time in milliseconds (one warm-up call first)."""
    fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = start_embedded(Path(tmp) / "pg", cleanup_mode="delete")
        try:
            server.ensure_database("bench")
            url = server.url("bench")
            upgrade(url)
            engine = make_engine(url)
            with engine.begin() as conn:
                for stmt in GENERATE.split(";"):
                    if stmt.strip():
                        conn.execute(text(stmt))
            run(Database(engine))
            engine.dispose()
        finally:
            server.stop()


def _no_index(db: Database, fn: Callable[[], object]) -> Callable[[], object]:
    def wrapped() -> object:
        with db.engine.begin() as conn:  # session-level settings for the pooled connection
            conn.execute(text("SET enable_indexscan = off; SET enable_bitmapscan = off; "
                              "SET enable_indexonlyscan = off"))
        try:
            return fn()
        finally:
            with db.engine.begin() as conn:
                conn.execute(text("RESET ALL"))
    return wrapped


def run(db: Database) -> None:
    people = PeopleService(db)
    mid = people.list(offset=49_949, limit=1).items[0]
    middle = (mid.name, mid.id)
    cases: dict[str, Callable[[], object]] = {
        "all users, page 1": lambda: people.list(limit=50),
        "one school, students, page 1": lambda: people.list(organization_id=3, role="student",
                                                            limit=50),
        "one school, grade 2, page 1": lambda: people.list(organization_id=3, grade=2, limit=50),
        "search '민준' (1% match), page 1": lambda: people.list(search="민준", limit=50),
        "search '김' (10% match), page 1": lambda: people.list(search="김", limit=50),
        "search 'nobody' (no match), page 1": lambda: people.list(search="nobody", limit=50),
        "all users, page 1000 (offset 49,950)": lambda: people.list(offset=49_950, limit=50),
        "all users, page 1000 (keyset after row 49,950)": lambda: people.list(
            limit=50, after=middle),
    }
    print(f"Listing people: {N_USERS:,} users, page size 50, median of {REPEAT} (ms)")
    print(f"{'case':48s} {'service':>9s} {'no-index peer':>14s} {'ratio':>7s}")
    for name, fn in cases.items():
        ours = timed(fn)
        peer = timed(_no_index(db, fn), repeat=5)
        print(f"{name:48s} {ours:9.1f} {peer:14.1f} {peer / ours:6.1f}x")
    explain(db)
    bench_enroll(db)


def explain(db: Database) -> None:
    with db.engine.connect() as conn:
        for label, sql in (
            ("page 1, all users", "SELECT id FROM users ORDER BY name, id LIMIT 50"),
            ("page 1, one school's students",
             "SELECT id FROM users WHERE organization_id = 3 AND role = 'student' "
             "ORDER BY name, id LIMIT 50"),
            ("count, one school", "SELECT count(*) FROM users WHERE organization_id = 3"),
        ):
            plan = conn.execute(text(f"EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) {sql}")).scalars()
            print(f"\nEXPLAIN {label}:")
            for line in plan:
                print("   ", line)


def bench_enroll(db: Database) -> None:
    enrollment = EnrollmentService(db)
    with db.engine.connect() as conn:
        org_classes = conn.execute(text(
            "SELECT id FROM classes WHERE organization_id = 1 ORDER BY id LIMIT 12")).scalars().all()
        students = conn.execute(text(
            "SELECT id FROM students WHERE organization_id = 1 ORDER BY id LIMIT 1000")).scalars().all()
    ours, peer = [], []
    for i in range(0, len(org_classes), 2):
        start = time.perf_counter()
        enrollment.bulk_enroll(org_classes[i], students)
        ours.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        with db.engine.begin() as conn:
            for sid in students:
                exists = conn.execute(text(
                    "SELECT 1 FROM student_classroom WHERE student_id = :s AND class_id = :c"),
                    {"s": sid, "c": org_classes[i + 1]}).first()
                if exists is None:
                    conn.execute(text("INSERT INTO student_classroom (student_id, class_id) "
                                      "VALUES (:s, :c)"), {"s": sid, "c": org_classes[i + 1]})
        peer.append((time.perf_counter() - start) * 1000)
    o, p = statistics.median(ours), statistics.median(peer)
    print(f"\nBulk enroll 1,000 students (median of {len(ours)} classes): service {o:.1f} ms, "
          f"row-by-row peer {p:.1f} ms, ratio {p / o:.1f}x")


if __name__ == "__main__":
    main()
