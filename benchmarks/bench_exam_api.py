"""Benchmark of the server-side exam API (CAT in PL/pgSQL) against a naive baseline.

Everything runs on the embedded PostgreSQL through the real client code path: students sign in
with ``AuthService`` as ``dreamseed_client`` and take 30-item exams with ``ExamApi``
(``next_item`` + ``submit`` = one step). The peer is the naive selection that scores every
eligible item of the bank in one ``ORDER BY`` per step (``auth.settings.naive_selection = 1``),
measured in the same run on the same banks; everything else (EAP update, exactly-once
bookkeeping, RLS, token lookups) is the same code.

Figures:
1. one student alone, banks of 1k / 10k / 50k items: server time per step (EXPLAIN ANALYZE
   execution time of next_item + submit) and client wall time per step;
2. 60 concurrent students pausing a random 0.5-1.5 s between answers: p50/p95/p99 of the
   client wall time per step (``--pause-scale`` compresses the pauses);
3. saturated throughput (no pauses), 60 and 120 clients: steps per second.

Usage::

    python benchmarks/bench_exam_api.py            # full run (~5 minutes)
    python benchmarks/bench_exam_api.py --quick    # small smoke run
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import numpy as np
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dreamseed_desktop.db.embedded import start_embedded
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.migrate import upgrade
from dreamseed_desktop.db.roles import client_url
from dreamseed_desktop.services.core import passwords
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.core.uow import Database, Identity

PASSWORD = "bench password 1"
EXAM_CONFIG = {"min_items": 30, "max_items": 30, "se_target": None}


class Bench:
    """A seeded benchmark database: one class of students and one bank per size."""

    def __init__(self, owner_url: str, n_students: int, bank_sizes: list[int]) -> None:
        self.owner_url = owner_url
        self.client_url = client_url(owner_url)
        self.build_seconds: dict[int, float] = {}
        salt, hashed = passwords.hash_for_storage(PASSWORD)
        with psycopg.connect(owner_url) as conn:
            org = conn.execute("INSERT INTO organizations (name) VALUES ('Bench High') RETURNING id").fetchone()[0]
            uid = conn.execute("INSERT INTO users (organization_id, email, role, name) VALUES "
                               "(%s, 'bench.teacher@x.test', 'teacher', 'T') RETURNING id", (org,)).fetchone()[0]
            tid = conn.execute("INSERT INTO teachers (user_id, organization_id) VALUES (%s, %s) RETURNING id",
                               (uid, org)).fetchone()[0]
            self.class_id = conn.execute("INSERT INTO classes (organization_id, teacher_id, name, grade, "
                                         "school_year) VALUES (%s, %s, 'B', 8, 2026) RETURNING id",
                                         (org, tid)).fetchone()[0]
            conn.execute(
                "WITH u AS (INSERT INTO users (organization_id, email, role, name) "
                "SELECT %s, 'bench' || g || '@x.test', 'student', 'S' || g FROM generate_series(1, %s) g "
                "RETURNING id), c AS (INSERT INTO auth.credentials (user_id, salt, verifier) "
                "SELECT id, %s, %s FROM u), s AS (INSERT INTO students (user_id, organization_id, grade) "
                "SELECT id, %s, 8 FROM u RETURNING id) "
                "INSERT INTO student_classroom (student_id, class_id) SELECT id, %s FROM s",
                (org, n_students, salt, hashed, org, self.class_id))
            conn.commit()
            for size in bank_sizes:
                t0 = time.perf_counter()
                self._bank(conn, size)
                conn.commit()
                self.build_seconds[size] = time.perf_counter() - t0
        self.emails = [f"bench{g}@x.test" for g in range(1, n_students + 1)]

    @staticmethod
    def _bank(conn: psycopg.Connection, size: int) -> None:
        rng = np.random.default_rng(size)
        a, b, c = rng.lognormal(0.1, 0.3, size).clip(0.3, 3), rng.normal(0, 1.2, size), rng.uniform(0, 0.25, size)
        subject = f"b{size}"
        with conn.cursor() as cur:
            cur.execute("CREATE TEMP TABLE t (code text, a float8, b float8, c float8) ON COMMIT DROP")
            with cur.copy("COPY t FROM STDIN") as cp:
                for k in range(size):
                    cp.write_row((f"{subject}-{k}", float(a[k]), float(b[k]), float(c[k])))
            cur.execute("INSERT INTO items (code, subject, a, b, c, stem, choices) SELECT code, %s, a, b, c, "
                        "'stem ' || code, '[\"A\", \"B\", \"C\", \"D\"]' FROM t ORDER BY code", (subject,))
            cur.execute("INSERT INTO item_keys (item_id, correct_choice) SELECT id, 1 + id %% 4 FROM items "
                        "WHERE subject = %s", (subject,))

    def owner(self, sql: str, params: tuple = ()) -> list[tuple]:
        with psycopg.connect(self.owner_url, autocommit=True) as conn:
            cur = conn.execute(sql, params)
            return cur.fetchall() if cur.description else []

    def new_exam(self, size: int) -> int:
        """A fresh exam (one sitting per student per exam); earlier sittings are removed so
        'items seen before' does not pile up between runs."""
        self.owner("DELETE FROM exam_sessions")
        return self.owner("INSERT INTO exams (class_id, title, subject, cat_config) VALUES (%s, 'bench', %s, %s) "
                          "RETURNING id", (self.class_id, f"b{size}", json.dumps(EXAM_CONFIG)))[0][0]

    def naive(self, on: bool) -> None:
        self.owner("UPDATE auth.settings SET value = %s WHERE key = 'naive_selection'", (1 if on else 0,))

    def sign_in(self, n: int, engine) -> list[Database]:
        dbs = []
        for email in self.emails[:n]:
            db = Database(engine)
            AuthService(db).login(email, PASSWORD)
            dbs.append(db)
        return dbs


def take_exam(db: Database, exam_id: int, rng: random.Random, pause: tuple[float, float] | None,
              out: list[float]) -> None:
    """One student's exam; appends the wall time of every step (next_item + submit)."""
    api = ExamApi(db)
    sid = api.start(exam_id).session_id
    while True:
        if pause:
            time.sleep(rng.uniform(*pause))
        t0 = time.perf_counter()
        item = api.next_item(sid)
        if item is None:
            break
        res = api.submit(sid, item.seq, item.item_id, rng.randint(1, 4), rng.randint(2000, 20000), uuid.uuid4())
        out.append(time.perf_counter() - t0)
        if res.finished:
            break


def _exec_ms(conn: psycopg.Connection, sql: str, params: tuple) -> float:
    plan = conn.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params).fetchone()[0]
    return float(plan[0]["Execution Time"])


def single_student(bench: Bench, size: int, students: int) -> tuple[float, float]:
    """(median server ms per step, median client wall ms per step) for one student at a time."""
    server, wall = [], []
    exam_id = bench.new_exam(size)
    engine = make_engine(bench.client_url, pool_size=1)
    url = bench.client_url.replace("postgresql+psycopg", "postgresql")
    for db in bench.sign_in(students, engine):
        api = ExamApi(db)
        sid = api.start(exam_id).session_id
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("SELECT set_config('dreamseed.token', %s, false)", (db.identity.token,))
            rng = random.Random(sid)
            while True:
                t0 = time.perf_counter()
                item = api.next_item(sid)
                if item is None:
                    break
                wall_next = time.perf_counter() - t0
                ms = _exec_ms(conn, "SELECT * FROM exam.next_item(%s)", (sid,))
                ms += _exec_ms(conn, "SELECT * FROM exam.submit(%s, %s, %s, %s, %s, %s)",
                               (sid, item.seq, item.item_id, rng.randint(1, 4), 3000, uuid.uuid4()))
                server.append(ms)
                wall.append(wall_next * 1000 + ms)   # submit ran under EXPLAIN: count its server time
    engine.dispose()
    return statistics.median(server), statistics.median(wall)


def _worker(client_url_: str, tokens: list[str], exam_id: int, pause: tuple[float, float] | None,
            go: mp.synchronize.Event, results: mp.Queue) -> None:
    """One client process: a thread per student (client code is Python; several processes keep
    the GIL from being the bottleneck of the saturated runs)."""
    engine = make_engine(client_url_, pool_size=len(tokens))
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def run(k: int, token: str) -> None:
        out: list[float] = []
        try:
            take_exam(Database(engine, Identity(token=token)), exam_id, random.Random(hash(token) + k), pause, out)
        except Exception as exc:  # noqa: BLE001 - reported by the parent
            errors.append(repr(exc))
        with lock:
            times.extend(out)

    threads = [threading.Thread(target=run, args=(k, t)) for k, t in enumerate(tokens)]
    go.wait()
    t0 = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results.put((times, t0, time.time(), errors))
    engine.dispose()


def concurrent(bench: Bench, size: int, clients: int, pause: tuple[float, float] | None,
               processes: int = 4) -> tuple[list[float], float]:
    """Step wall times of ``clients`` students taking an exam at once, and the elapsed seconds."""
    exam_id = bench.new_exam(size)
    engine = make_engine(bench.client_url, pool_size=1)
    tokens = [db.identity.token for db in bench.sign_in(clients, engine)]
    engine.dispose()
    ctx = mp.get_context("fork")
    go, results = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(bench.client_url, tokens[p::processes], exam_id, pause, go, results))
             for p in range(processes)]
    for p in procs:
        p.start()
    time.sleep(1.0)
    go.set()
    parts = [results.get() for _ in procs]
    for p in procs:
        p.join()
    errors = [e for part in parts for e in part[3]]
    if errors:
        raise RuntimeError(f"{len(errors)} clients failed: {errors[0]}")
    times = [t for part in parts for t in part[0]]
    return times, max(p[2] for p in parts) - min(p[1] for p in parts)


def server_ms_per_step(bench: Bench, before: tuple[float, int]) -> tuple[float, tuple[float, int]]:
    """Mean server time per step (next_item + submit) since ``before``, from pg_stat_user_functions
    (track_functions = 'pl'; the workers' connections are closed, so their counters are flushed)."""
    time.sleep(0.5)
    total, calls = bench.owner("SELECT COALESCE(sum(total_time), 0), COALESCE(sum(calls) FILTER "
                               "(WHERE funcname = 'submit'), 0) FROM pg_stat_user_functions "
                               "WHERE schemaname = 'exam' AND funcname IN ('submit', 'next_item')")[0]
    now = (float(total), int(calls))
    steps = now[1] - before[1]
    return ((now[0] - before[0]) / steps if steps else float("nan")), now


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values) * 1000, q))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small banks and few students")
    parser.add_argument("--pause-scale", type=float, default=1.0, help="multiply the 0.5-1.5 s pauses")
    args = parser.parse_args()
    sizes = [1000, 5000] if args.quick else [1000, 10_000, 50_000]
    main_size = sizes[-2] if args.quick else 10_000
    solo_students = 2 if args.quick else 5
    crowd = [10, 20] if args.quick else [60, 120]
    with tempfile.TemporaryDirectory() as tmp:
        server = start_embedded(Path(tmp) / "pg", cleanup_mode="stop")
        with psycopg.connect(server.url("postgres"), autocommit=True) as conn:   # 120 clients + staff
            conn.execute("ALTER SYSTEM SET max_connections = 300")
        server.stop()
        server = start_embedded(Path(tmp) / "pg", cleanup_mode="delete")
        try:
            with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
                conn.execute("CREATE DATABASE bench")
            owner = server.url("bench")
            upgrade(owner)
            with psycopg.connect(owner, autocommit=True) as conn:
                conn.execute("ALTER DATABASE bench SET track_functions = 'pl'")
            bench = Bench(owner, max(crowd), sizes)
            print(f"load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
                  "(other work on the machine shows up in the client wall times)")
            print("candidate sets (built by the items trigger on import):")
            for size in sizes:
                n = bench.owner("SELECT count(*) FROM exam.band_candidates WHERE subject = %s", (f"b{size}",))[0][0]
                print(f"  {size:>6} items: {bench.build_seconds[size]:6.1f} s import+build, "
                      f"{n / 80:7.1f} candidates per band on average")
            print("\n1. one student alone, 30-item exams: median per step (next_item + submit)")
            print(f"  {'bank':>7} {'server ms':>10} {'naive ms':>10} {'ratio':>7} {'client wall ms':>15}")
            solo: dict[int, float] = {}
            for size in sizes:
                bench.naive(False)
                srv, wall = single_student(bench, size, solo_students)
                bench.naive(True)
                nsrv, _ = single_student(bench, size, solo_students)
                bench.naive(False)
                solo[size] = srv
                print(f"  {size:>7} {srv:10.3f} {nsrv:10.3f} {nsrv / srv:6.1f}x {wall:15.3f}")
            big, ref = sizes[-1], main_size
            print(f"  {big} vs {ref} items: {solo[big] / solo[ref]:.2f}x (target <= 1.5x)")

            pause = (0.5 * args.pause_scale, 1.5 * args.pause_scale)
            n_class = crowd[0]
            print(f"\n2. {n_class} concurrent students, pauses {pause[0]:.2f}-{pause[1]:.2f} s, {main_size} items: "
                  "client wall time per step")
            mark = server_ms_per_step(bench, (0.0, 0))[1]
            for naive in (False, True):
                bench.naive(naive)
                times, _ = concurrent(bench, main_size, n_class, pause)
                srv, mark = server_ms_per_step(bench, mark)
                print(f"  {'naive' if naive else 'banded':>7}: p50 {pct(times, 50):6.2f} ms  p95 {pct(times, 95):6.2f} ms"
                      f"  p99 {pct(times, 99):6.2f} ms  ({len(times)} steps; server {srv:.2f} ms/step mean)")
            print(f"\n3. saturated throughput (no pauses), {main_size} items: steps per second")
            for clients in crowd:
                rates, srv = {}, {}
                for naive in (False, True):
                    bench.naive(naive)
                    times, elapsed = concurrent(bench, main_size, clients, None)
                    rates[naive] = len(times) / elapsed
                    srv[naive], mark = server_ms_per_step(bench, mark)
                bench.naive(False)
                print(f"  {clients:>4} clients: banded {rates[False]:7.0f}/s  naive {rates[True]:7.0f}/s  "
                      f"ratio {rates[False] / rates[True]:.1f}x  (server ms/step mean: banded {srv[False]:.2f}, "
                      f"naive {srv[True]:.2f})")
            print(f"load average after the run: {os.getloadavg()[0]:.1f}")
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
