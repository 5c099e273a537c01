"""Foundation benchmark: statistics, item difficulty, bulk enrollment and the people list at scale.

Run by hand: ``python benchmarks/bench_foundation.py`` (about two minutes). It starts a private
embedded PostgreSQL in a temporary directory, builds the schema with the real migrations and
generates 100,000 users (10,000 students with classes and sessions, 300 teachers, the rest
inactive alumni accounts), 300 classes, 10,000 items, 50,000 exam sessions and 1,000,000
attempts with ``INSERT ... SELECT generate_series``. The item_stats trigger stays ON while the
attempts are inserted (nothing the product relies on is disabled); they go in as 50 batches,
each followed by ``VACUUM item_stats`` — what autovacuum does with the baseline migration's settings
when answers arrive at the pace of real exams rather than 10,000 per second.

Peer measured in the same run: the design document's plain ``GROUP BY`` over ``attempts`` for
item difficulty statistics. Every figure is printed with its target and as a ratio to that peer.
The service calls are timed end to end (unit of work, token set, SQL, DTOs): median of
``REPEAT`` calls on different ids after one warm-up call.
"""
from __future__ import annotations

import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dreamseed_desktop.db.embedded import start_embedded
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.migrate import upgrade
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.stats.statistics import QUERIES, StatisticsService

N_USERS, N_STUDENTS, N_TEACHERS, N_CLASSES = 100_000, 10_000, 300, 300
N_ITEMS, N_SESSIONS, N_ATTEMPTS = 10_000, 50_000, 1_000_000
PER_SESSION = N_ATTEMPTS // N_SESSIONS
N_BULK = 1_000
REPEAT = 25

# users 1..300 are teachers, 301..10300 students with profiles, the rest alumni accounts
GENERATE = [
    "SELECT setseed(0.42)",
    "INSERT INTO organizations (name, type) VALUES ('벤치마크고등학교', 'school')",
    f"""INSERT INTO users (organization_id, email, role, name, is_active)
    SELECT 1, 'u' || g || '@bench.kr', CASE WHEN g <= {N_TEACHERS} THEN 'teacher' ELSE 'student' END,
           (ARRAY['김','이','박','최','정','강','조','윤','장','임','한','오','서','신','권'])[1 + g % 15]
           || (ARRAY['민준','서연','도윤','하은','시우','지우','예준','수아','주원','지민','하준',
                     '채원','지호','윤서','건우','다은','현우','서윤','우진','예은'])[1 + (g / 15) % 20],
           g <= {N_TEACHERS + N_STUDENTS}
    FROM generate_series(1, {N_USERS}) g""",
    f"""INSERT INTO teachers (user_id, organization_id, subject)
    SELECT g, 1, CASE WHEN g % 2 = 0 THEN 'math' ELSE 'english' END FROM generate_series(1, {N_TEACHERS}) g""",
    f"""INSERT INTO students (user_id, organization_id, grade, student_number)
    SELECT {N_TEACHERS} + g, 1, 10 + g % 3, lpad(g::text, 6, '0') FROM generate_series(1, {N_STUDENTS}) g""",
    # 300 classes with students + a few empty ones as bulk-enrollment targets
    f"""INSERT INTO classes (organization_id, teacher_id, name, subject, grade, school_year)
    SELECT 1, 1 + (g - 1) % {N_TEACHERS}, '반 ' || g, CASE WHEN g % 2 = 0 THEN 'math' ELSE 'english' END,
           10 + g % 3, 2026 FROM generate_series(1, {N_CLASSES + 5}) g""",
    f"""INSERT INTO student_classroom (student_id, class_id)
    SELECT s, 1 + (s - 1) % {N_CLASSES} FROM generate_series(1, {N_STUDENTS}) s""",
    f"""INSERT INTO items (code, subject, grade, strand, model, a, b, c, stem, choices)
    SELECT 'ITEM-' || lpad(g::text, 5, '0'), CASE WHEN g % 2 = 0 THEN 'math' ELSE 'english' END,
           10 + g % 3, 'strand ' || g % 4, '3PL', 0.6 + random() * 1.4,
           greatest(-3, least(3, (random() + random() + random() - 1.5) * 2)), 0.2,
           '문항 ' || g, '["1","2","3","4"]'::jsonb
    FROM generate_series(1, {N_ITEMS}) g""",
    "INSERT INTO item_keys (item_id, correct_choice) SELECT id, 1 + id % 4 FROM items",
    # each student sits 5 sessions in their class over the past eight months
    f"""INSERT INTO exam_sessions (student_id, class_id, exam_type, status, started_at, ended_at,
                                  score, theta, standard_error, duration_sec)
    SELECT s, 1 + (s - 1) % {N_CLASSES}, (ARRAY['diagnostic','formative','midterm','formative','practice'])[k],
           CASE WHEN g % 40 = 0 THEN 'in_progress' WHEN g % 97 = 0 THEN 'terminated' ELSE 'completed' END,
           t, t + interval '25 minutes',
           CASE WHEN g % 40 = 0 OR g % 97 = 0 THEN NULL ELSE round((30 + random() * 70)::numeric, 1) END,
           CASE WHEN g % 40 = 0 OR g % 97 = 0 THEN NULL ELSE (random() + random() + random() - 1.5) * 2 END,
           CASE WHEN g % 40 = 0 OR g % 97 = 0 THEN NULL ELSE 0.3 + random() * 0.1 END, 1500
    FROM (SELECT g, 1 + (g - 1) % {N_STUDENTS} AS s, 1 + (g - 1) / {N_STUDENTS} AS k,
                 now() - make_interval(days => 240 - 48 * ((g - 1) / {N_STUDENTS}) - (g % 20)) AS t
          FROM generate_series(1, {N_SESSIONS}) g) x""",
    # attempts: ATTEMPTS below, in batches
]
# 20 answers per session, one transaction per batch of sessions (as answers arrive over the
# months); the item_stats trigger keeps the per-item aggregates current meanwhile
ATTEMPTS = f"""INSERT INTO attempts (student_id, exam_session_id, item_id, seq, correct, selected_choice,
                         response_time_ms, theta_after, se_after, created_at)
SELECT es.student_id, es.id, 1 + ((es.id * 7919 + q * 104729) % {N_ITEMS}), q, random() < 0.62,
       1 + (random() * 3.99)::int, 4000 + (random() * 90000)::int, random() * 2 - 1, 0.3 + random(),
       es.started_at + make_interval(secs => q * 60)
FROM exam_sessions es CROSS JOIN generate_series(1, {PER_SESSION}) q
WHERE es.id BETWEEN :lo AND :hi"""
BATCHES = 50


def timed(fn: Callable[[int], object], ids: list[int], repeat: int = REPEAT) -> float:
    """Median wall time in ms over ``repeat`` calls on ``ids`` (after one warm-up call)."""
    fn(ids[-1])
    samples = []
    for k in range(repeat):
        start = time.perf_counter()
        fn(ids[k % len(ids)])
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def paired(fast: Callable[[], object], peer: Callable[[], object],
           repeat: int = 9) -> tuple[float, float]:
    """Median ms of ``fast`` and ``peer``, called alternately (after one warm-up each)."""
    fast()
    peer()
    a, b = [], []
    for _ in range(repeat):
        for fn, out in ((fast, a), (peer, b)):
            start = time.perf_counter()
            fn()
            out.append((time.perf_counter() - start) * 1000)
    return statistics.median(a), statistics.median(b)


def sql_only(db: Database, name: str) -> int:
    """Run one statistics statement on a plain driver cursor and fetch every row."""
    sql = QUERIES[name].text.replace(":min_n", "%(min_n)s")
    raw = db.engine.raw_connection()
    try:
        with raw.cursor() as cur:
            cur.execute(sql, {"min_n": 10})
            return len(cur.fetchall())
    finally:
        raw.close()


def generate(db: Database) -> None:
    with db.engine.begin() as conn:
        for stmt in GENERATE:
            start = time.perf_counter()
            conn.execute(text(stmt))
            label = " ".join(stmt.split()[:3])
            print(f"  {label:<40} {time.perf_counter() - start:6.1f} s", flush=True)
    start = time.perf_counter()
    per = N_SESSIONS // BATCHES
    autocommit = db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    with autocommit as conn:
        for k in range(BATCHES):
            with db.engine.begin() as batch:
                batch.execute(text(ATTEMPTS), {"lo": k * per + 1, "hi": (k + 1) * per})
            # what autovacuum does with the baseline's settings when answers arrive at a human pace
            conn.execute(text("VACUUM item_stats"))
        print(f"  {'INSERT INTO attempts (' + str(BATCHES) + ' batches)':<40} "
              f"{time.perf_counter() - start:6.1f} s", flush=True)
        conn.execute(text("VACUUM ANALYZE"))
        pages = conn.execute(text("SELECT pg_relation_size('item_stats') / 8192")).scalar()
        print(f"  item_stats: {pages} pages of 8 kB for {N_ITEMS:,} items")


def explain(db: Database, name: str, sql: Any, params: dict[str, Any]) -> list[str]:
    with db.engine.connect() as conn:
        plan = [r[0] for r in conn.execute(text(f"EXPLAIN (ANALYZE, BUFFERS) {sql.text}"), params)]
    print(f"\n--- EXPLAIN (ANALYZE, BUFFERS) {name}")
    for line in plan:
        print("   ", line)
    return plan


def indexes_in(plan: list[str]) -> list[str]:
    pattern = re.compile(r"(?:Index Only Scan|Index Scan|Bitmap Index Scan) (?:using|on) (\S+)")
    return sorted({m.group(1) for line in plan for m in pattern.finditer(line)})


def run(db: Database) -> None:
    from dreamseed_desktop.services.classes.enrollment import EnrollmentService
    from dreamseed_desktop.services.people.service import PeopleService

    stats = StatisticsService(db)
    students = list(range(1, N_STUDENTS + 1, N_STUDENTS // REPEAT))
    classes = list(range(1, N_CLASSES + 1, N_CLASSES // REPEAT))
    # the fast path and its peer run alternately, so a busy machine slows both alike
    fast_ms, ref_ms = paired(stats.item_difficulty_stats, stats.item_difficulty_stats_reference)
    fast_sql, ref_sql = paired(lambda: sql_only(db, "item_stats_fast"),
                               lambda: sql_only(db, "item_stats_reference"))
    identical = stats.item_difficulty_stats() == stats.item_difficulty_stats_reference()
    rows: list[tuple[str, float, float | None, float]] = [
        ("student exam stats", timed(stats.student_exam_stats, students), 20.0, ref_ms),
        ("class exam stats (per student + overall)", timed(stats.class_exam_stats, classes), 20.0,
         ref_ms),
        ("student exam history", timed(stats.student_exam_history, students), 20.0, ref_ms),
        ("class standing (ties where 95% intervals overlap)", timed(stats.class_standing, classes), 20.0,
         ref_ms),
        ("item difficulty stats (item_stats)", fast_ms, ref_ms / 5, ref_ms),
        ("item difficulty stats (GROUP BY, peer)", ref_ms, None, ref_ms),
        ("  query only: item_stats", fast_sql, ref_sql / 5, ref_sql),
        ("  query only: GROUP BY (peer)", ref_sql, None, ref_sql),
    ]
    people = PeopleService(db)
    rows.append(("people list page 1 of 100,000 users", timed(
        lambda _: people.list(offset=0, limit=100), [0]), 50.0, ref_ms))
    bulk_ids = list(range(1, N_BULK + 1))
    targets = list(range(N_CLASSES + 1, N_CLASSES + 6))
    enroll = EnrollmentService(db)
    bulk = []
    for class_id in targets:
        start = time.perf_counter()
        enroll.bulk_enroll(class_id, bulk_ids)
        bulk.append((time.perf_counter() - start) * 1000)
    rows.append(("bulk enroll 1,000 students", statistics.median(bulk), 500.0, ref_ms))

    print(f"\n{'figure':<44}{'median ms':>11}{'target ms':>11}{'vs GROUP BY':>13}  ok")
    for name, ms, target, peer in rows:
        ok = "" if target is None else ("yes" if ms < target else "NO")
        tgt = "" if target is None else f"{target:.1f}"
        print(f"{name:<44}{ms:>11.2f}{tgt:>11}{peer / ms:>12.1f}x  {ok}")
    print(f"item difficulty: item_stats is {ref_ms / fast_ms:.1f}x faster than the GROUP BY as a "
          f"service call (one columnar DTO each) and {ref_sql / fast_sql:.1f}x as a query "
          f"(target >= 5x); results identical: {identical} "
          f"({len(stats.item_difficulty_stats())} items with >= 10 attempts)")
    print("(ratios: the GROUP BY peer's time divided by the figure's; the query-only rows "
          "compare with the GROUP BY query)")

    print("\nEXPLAIN evidence (one real id each):")
    used = {}
    for name, params in (("student_sessions", {"sid": 4242}), ("class_sessions", {"cid": 42}),
                         ("class_roster", {"cid": 42}), ("history", {"sid": 4242, "lim": None}),
                         ("item_stats_fast", {"min_n": 10}), ("item_stats_reference", {"min_n": 10})):
        used[name] = indexes_in(explain(db, name, QUERIES[name], params))
    people_page = text("SELECT u.*, s.id, s.grade, s.student_number, t.id, t.subject FROM users u "
                       "LEFT JOIN students s ON s.user_id = u.id LEFT JOIN teachers t ON t.user_id = u.id "
                       "ORDER BY u.name, u.id LIMIT 100 OFFSET 0")
    used["people page 1 (same shape as PeopleService.list)"] = indexes_in(
        explain(db, "people page 1", people_page, {}))
    print("\nIndexes the plans use:")
    for name, idx in used.items():
        note = {"item_stats_fast": "(none: reads every row of the small item_stats table, as intended)",
                "item_stats_reference": "(none: the peer scans all attempts)"}.get(name, "(none)")
        print(f"  {name:<50} {', '.join(idx) or note}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = start_embedded(Path(tmp) / "pg", cleanup_mode="delete")
        try:
            server.ensure_database("bench")
            url = server.url("bench")
            upgrade(url)
            db = Database(make_engine(url))
            print(f"Generating {N_USERS:,} users, {N_STUDENTS:,} students, {N_CLASSES} classes, "
                  f"{N_ITEMS:,} items, {N_SESSIONS:,} sessions, {N_ATTEMPTS:,} attempts "
                  "(item_stats trigger on):", flush=True)
            start = time.perf_counter()
            generate(db)
            print(f"  total {time.perf_counter() - start:.1f} s (including VACUUM ANALYZE)")
            run(db)
            db.engine.dispose()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
