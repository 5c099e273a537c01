"""Benchmark of the server-side exam API (CAT in PL/pgSQL): the call shape and the selection.

Everything runs on the embedded PostgreSQL through the real client code path: students sign in
with ``AuthService`` as ``dreamseed_client`` with real tokens and take 30-item exams
(``next_item`` + ``submit`` = one step). Figures, all from one run:

1. the step through the app's exam API, one student at a time, on a 10k-item bank, three ways
   interleaved step by step:
   * BEFORE - the call shape before issue 12/14 (kept in this file as ``OldExamApi``): a pooled
     connection checked out per call (pre-ping), BEGIN, one SELECT that sets the token and
     calls the exam function, COMMIT; against a database at revision 0002 (the functions as
     they were);
   * AFTER - today's ``ExamApi``: one statement per call on its own autocommit connection
     (``SELECT ... FROM exam.next_item(token, ...)``, ``CALL exam.submit(token, ...)``, the
     procedure committing the answer before it replies);
   * RAW - the same two calls as single raw psycopg statements on one autocommit connection.
   Targets: AFTER <= 1.10 x BEFORE (issue 12: integrity costs at most 10 %), AFTER <= 1.2 x RAW
   (issue 14: one round trip per call);
2. 60 concurrent students pausing a random 0.5-1.5 s between answers (``--pause-scale``
   compresses the pauses), BEFORE and AFTER (AFTER also as one client process per student, like
   lab PCs, instead of 4 processes of 15 threads): p50/p95/p99 of the step; target (issue 14)
   p95 <= 2 x the single-student median step of (1);
   2a. the same ratio from alternating blocks (3 students one at a time, then the 60), so load
   that comes and goes on the machine weighs on both sides alike;
   2b. where the time goes (``_exam_diagnostics.where_time_goes``): each step split, from the
   server's own log, into its server time, lock waits and the rest, with samples of what the
   server processes wait on;
   2c. (``--commit-variants``) the same with exam.submit briefly replaced by one commit for the
   answer and its scoring, and with no commit waiting for the disk (diagnostics only);
3. the server's own time per step (pg_stat_user_functions of exam.act_submit + act_score + next_item)
   for banks of 1k / 10k / 50k items, banded selection against the naive one that scores every
   eligible item in one ``ORDER BY`` per step (``auth.settings.naive_selection = 1``);
4. saturated throughput (no pauses), banded vs naive: steps per second.

Usage::

    python benchmarks/bench_exam_api.py            # full run (~10 minutes)
    python benchmarks/bench_exam_api.py --quick    # small smoke run
    python benchmarks/bench_exam_api.py --steps-only   # figures 1 and 2, and 3 at 10k items (~8 minutes)
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

import numpy as np
import psycopg
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._exam_diagnostics import commit_variants, where_time_goes
from benchmarks._exam_paths import _After, _Before, _Path, _Raw
from benchmarks._server import traversable_tmpdir
from dreamseed_desktop.db.embedded import start_embedded
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.migrate import upgrade
from dreamseed_desktop.db.roles import STUDENT_ROLE, client_url
from dreamseed_desktop.services.core import passwords
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.uow import Database, Identity
from dreamseed_desktop.services.exams.api import ExamApi

PASSWORD = "bench password 1"
#: the last revision before the exam actions became self-committing procedures (issue 12)
BEFORE_REVISION = "0002"
EXAM_CONFIG = {"min_items": 30, "max_items": 30, "se_target": None}


class Bench:
    """A seeded benchmark database: one class of students and one bank per size."""

    def __init__(self, owner_url: str, n_students: int, bank_sizes: list[int], *, current: bool = True) -> None:
        self.owner_url = owner_url
        #: False for the database at BEFORE_REVISION, whose auth.login returns fewer columns
        self.current = current
        self.client_url = client_url(owner_url, role=STUDENT_ROLE)   # students test on the lab PCs' role
        self.build_seconds: dict[int, float] = {}
        salt, hashed = passwords.hash_for_storage(PASSWORD)
        with psycopg.connect(owner_url) as conn:
            org = conn.execute("INSERT INTO organizations (name) VALUES ('Bench High') RETURNING id").fetchone()[0]
            uid = conn.execute("INSERT INTO users (organization_id, email, role, name) VALUES "
                               "(%s, 'bench.teacher@x.test', 'teacher', 'T') RETURNING id", (org,)).fetchone()[0]
            tid = conn.execute("INSERT INTO teachers (user_id, organization_id) VALUES (%s, %s) RETURNING id",
                               (uid, org)).fetchone()[0]
            self.class_id = conn.execute("INSERT INTO classes (organization_id, teacher_id, name, grade, "
                                         "school_year) VALUES (%s, %s, 'B', 2, 2026) RETURNING id",
                                         (org, tid)).fetchone()[0]
            conn.execute(
                "WITH u AS (INSERT INTO users (organization_id, email, role, name) "
                "SELECT %s, 'bench' || g || '@x.test', 'student', 'S' || g FROM generate_series(1, %s) g "
                "RETURNING id), c AS (INSERT INTO auth.credentials (user_id, salt, verifier) "
                "SELECT id, %s, %s FROM u), s AS (INSERT INTO students (user_id, organization_id, grade) "
                "SELECT id, %s, 2 FROM u RETURNING id) "
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
            if self.current:
                AuthService(db).login(email, PASSWORD)
            else:                           # the sign-in of the old schema: the same two calls
                with db.session(token="") as s:
                    salt = s.execute(text("SELECT auth.login_salt(:e)"), {"e": email}).scalar_one()
                with db.session(token="") as s:
                    token = s.execute(text("SELECT token FROM auth.login(:e, :p)"),
                                      {"e": email, "p": passwords.proof(PASSWORD, salt)}).scalar_one()
                if not token:
                    raise RuntimeError(f"sign-in of {email} failed on the old schema")
                db.identity = Identity(token=token)
            dbs.append(db)
        return dbs


def step_costs(before: Bench, after: Bench, size: int, students: int) -> dict[str, list[float]]:
    """Wall seconds per step of each path, one student at a time, the paths interleaved step by
    step (rotating which goes first) so load on the machine hits all three alike."""
    exam_b, exam_a = before.new_exam(size), after.new_exam(size)
    eng_b = make_engine(before.client_url, pool_size=1)
    eng_a = make_engine(after.client_url, pool_size=1)
    raw_url = after.client_url.replace("postgresql+psycopg", "postgresql")
    dbs_b = before.sign_in(students, eng_b)
    dbs_a = after.sign_in(2 * students, eng_a)
    times: dict[str, list[float]] = {"before": [], "after": [], "raw": []}
    for k in range(students):
        paths: list[_Path] = [_Before(dbs_b[k], exam_b), _After(dbs_a[k], exam_a),
                              _Raw(dbs_a[students + k], exam_a, raw_url)]
        running = list(paths)
        turn = 0
        while running:
            turn += 1
            order = running[turn % len(running):] + running[:turn % len(running)]
            for path in order:
                t0 = time.perf_counter()
                more = path.step()
                if more:
                    times[path.name].append(time.perf_counter() - t0)
                else:
                    running.remove(path)
        for path in paths:
            if isinstance(path, _Raw):
                path.conn.close()
            elif isinstance(path, _After):
                path.api.close()
    eng_b.dispose()
    eng_a.dispose()
    return times


def take_exam(db: Database, exam_id: int, rng: random.Random, pause: tuple[float, float] | None,
              out: list[float], old: bool = False, trace: list[tuple[int, int, float]] | None = None) -> None:
    """One student's exam through the app's API (or the old call shape); appends the wall time
    of every step (next_item + submit), and to ``trace`` (AFTER only) (server process id of the
    student's exam connection, step number, wall seconds) to match them with the server log."""
    if old:
        path: _Path = _Before(db, exam_id)
    else:
        path = _After(db, exam_id)
    path.rng = rng
    pid = 0
    if isinstance(path, _After) and trace is not None:
        conn = getattr(path.api, "_conn", None)      # opened by start(); the benchmark peeks at it
        pid = conn.info.backend_pid if conn is not None else 0
    k = 0
    while True:
        if pause:
            time.sleep(rng.uniform(*pause))
        t0 = time.perf_counter()
        if not path.step():
            break
        wall = time.perf_counter() - t0
        out.append(wall)
        if trace is not None:
            trace.append((pid, k, wall))
        k += 1
    if isinstance(path, _After):
        path.api.close()


def solo_steps(bench: Bench, size: int, students: int) -> list[float]:
    """Wall seconds of every step of ``students`` students taking the exam one after another
    through the app's ExamApi, no pauses (the single-student step)."""
    exam_id = bench.new_exam(size)
    engine = make_engine(bench.client_url, pool_size=1)
    out: list[float] = []
    for k, db in enumerate(bench.sign_in(students, engine)):
        take_exam(db, exam_id, random.Random(k), None, out)
    engine.dispose()
    return out


def interleaved(bench: Bench, size: int, clients: int, pause: tuple[float, float], rounds: int,
                processes: int) -> tuple[list[float], list[float]]:
    """The single-student step and the paced crowd's steps measured in alternating blocks
    (``rounds`` of: 3 students one at a time, then ``clients`` at once), so a machine whose load
    comes and goes weighs on both sides of the ratio alike."""
    solo: list[float] = []
    crowd: list[float] = []
    for _ in range(rounds):
        solo.extend(solo_steps(bench, size, 3))
        crowd.extend(concurrent(bench, size, clients, pause, processes=processes)[0])
    return solo, crowd


def single_student(bench: Bench, size: int, students: int) -> float:
    """Median server ms per step (exam.act_submit + exam.next_item) for one student at a time."""
    exam_id = bench.new_exam(size)
    engine = make_engine(bench.client_url, pool_size=1)
    mark = server_ms_per_step(bench, (0.0, 0))[1]
    per_step = []
    for db in bench.sign_in(students, engine):
        api = ExamApi(db)
        sid = api.start(exam_id).session_id
        rng = random.Random(sid)
        while True:
            item = api.next_item(sid)
            if item is None:
                break
            if api.submit(sid, item.seq, item.item_id, rng.randint(1, 4), 3000, uuid.uuid4()).finished:
                break
        api.close()
        ms, mark = server_ms_per_step(bench, mark)
        per_step.append(ms)
    engine.dispose()
    return statistics.median(per_step)


def _worker(client_url_: str, tokens: list[str], exam_id: int, pause: tuple[float, float] | None,
            old: bool, go: mp.synchronize.Event, results: mp.Queue) -> None:
    """One client process: a thread per student (client code is Python; several processes keep
    the GIL from being the bottleneck of the saturated runs)."""
    engine = make_engine(client_url_, pool_size=len(tokens))
    times: list[float] = []
    trace: list[tuple[int, int, float]] = []
    errors: list[str] = []
    lock = threading.Lock()

    def run(k: int, token: str) -> None:
        out: list[float] = []
        mine: list[tuple[int, int, float]] = []
        try:
            take_exam(Database(engine, Identity(token=token)), exam_id, random.Random(hash(token) + k), pause,
                      out, old, mine)
        except Exception as exc:  # noqa: BLE001 - reported by the parent
            errors.append(repr(exc))
        with lock:
            times.extend(out)
            trace.extend(mine)

    threads = [threading.Thread(target=run, args=(k, t)) for k, t in enumerate(tokens)]
    go.wait()
    t0 = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results.put((times, t0, time.time(), errors, trace))
    engine.dispose()


def concurrent(bench: Bench, size: int, clients: int, pause: tuple[float, float] | None,
               processes: int = 4, old: bool = False,
               trace: list[tuple[int, int, float]] | None = None) -> tuple[list[float], float]:
    """Step wall times of ``clients`` students taking an exam at once, and the elapsed seconds
    (``processes`` client processes, a thread per student in each; ``trace`` collects
    (server pid, step, wall) of every step)."""
    exam_id = bench.new_exam(size)
    engine = make_engine(bench.client_url, pool_size=1)
    tokens = [db.identity.token for db in bench.sign_in(clients, engine)]
    engine.dispose()
    ctx = mp.get_context("fork")
    go, results = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(bench.client_url, tokens[p::processes], exam_id, pause, old, go,
                                               results))
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
    if trace is not None:
        trace.extend(x for part in parts for x in part[4])
    return times, max(p[2] for p in parts) - min(p[1] for p in parts)


def server_ms_per_step(bench: Bench, before: tuple[float, int]) -> tuple[float, tuple[float, int]]:
    """Mean server time per step (next_item + submit's work) since ``before``, from
    pg_stat_user_functions (track_functions = 'pl'; counters are flushed when a connection goes
    idle or closes)."""
    time.sleep(0.6)
    total, calls = bench.owner("SELECT COALESCE(sum(total_time), 0), COALESCE(sum(calls) FILTER "
                               "(WHERE funcname = 'act_submit'), 0) FROM pg_stat_user_functions "
                               "WHERE schemaname = 'exam' AND funcname IN ('act_submit', 'act_score', 'next_item')")[0]
    now = (float(total), int(calls))
    steps = now[1] - before[1]
    return ((now[0] - before[0]) / steps if steps else float("nan")), now


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values) * 1000, q))


def _database(server, name: str, revision: str) -> str:  # type: ignore[no-untyped-def]
    with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = server.url(name)
    upgrade(url, revision)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE {name} SET track_functions = 'pl'")
    return url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small banks and few students")
    parser.add_argument("--pause-scale", type=float, default=1.0, help="multiply the 0.5-1.5 s pauses")
    parser.add_argument("--steps-only", action="store_true", help="only figures 1 and 2 (before/after/raw)")
    parser.add_argument("--commit-variants", action="store_true",
                        help="figure 2c: the 60 students with the answer and its scoring in one commit, and with "
                             "no commit waiting for the disk (what the double commit and the WAL flush cost)")
    args = parser.parse_args()
    sizes = [1000, 5000] if args.quick else [1000, 10_000, 50_000]
    main_size = sizes[-1] if args.quick else 10_000
    solo_students = 2 if args.quick else 5
    step_students = 3 if args.quick else 10
    crowd = [10, 20] if args.quick else [60, 120]
    with traversable_tmpdir("ds-bench-exam-api-") as tmp:   # the server's user must traverse it as root
        server = start_embedded(tmp / "pg", cleanup_mode="stop")
        with psycopg.connect(server.url("postgres"), autocommit=True) as conn:   # 120 clients + staff
            conn.execute("ALTER SYSTEM SET max_connections = 300")
        server.stop()
        server = start_embedded(tmp / "pg", cleanup_mode="delete")
        try:
            bench = Bench(_database(server, "bench", "head"), max(crowd) * 2,
                          [main_size] if args.steps_only else sizes)
            old = Bench(_database(server, "bench_before", BEFORE_REVISION), max(crowd), [main_size], current=False)
            print(f"load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
                  "(other work on the machine shows up in the client wall times)")

            print(f"\n1. the step (next_item + submit) through the exam API, one student at a time, "
                  f"{main_size} items, {step_students} students x 30 steps, paths interleaved")
            costs = step_costs(old, bench, main_size, step_students)
            med = {k: statistics.median(v) * 1000 for k, v in costs.items()}
            for name, label in (("before", "BEFORE (pre-ping, BEGIN, SELECT, COMMIT; rev " + BEFORE_REVISION + ")"),
                                ("after", "AFTER  (ExamApi: one statement per call, autocommit)"),
                                ("raw", "RAW    (the same two statements, plain psycopg)")):
                print(f"  {label:<62} median {med[name]:6.2f} ms  p95 {pct(costs[name], 95):6.2f} ms "
                      f"({len(costs[name])} steps)")
            print(f"  AFTER / BEFORE = {med['after'] / med['before']:.2f}x  (target <= 1.10x: integrity costs "
                  "at most 10 %)")
            print(f"  AFTER / RAW    = {med['after'] / med['raw']:.2f}x  (target <= 1.2x: one round trip per call)")

            pause = (0.5 * args.pause_scale, 1.5 * args.pause_scale)
            n_class = crowd[0]
            print(f"\n2. {n_class} concurrent students, pauses {pause[0]:.2f}-{pause[1]:.2f} s, {main_size} items: "
                  "wall time per step")
            p95 = {}
            runs = ((True, old, "BEFORE", 4), (False, bench, "AFTER", 4), (False, bench, "AFTER/procs", n_class))
            for is_old, b, name, procs in runs:
                times, _ = concurrent(b, main_size, n_class, pause, processes=procs, old=is_old)
                p95[name] = pct(times, 95)
                print(f"  {name:>11}: p50 {pct(times, 50):6.2f} ms  p95 {p95[name]:6.2f} ms  "
                      f"p99 {pct(times, 99):6.2f} ms  ({len(times)} steps; {procs} client processes)")
            print(f"  p95 AFTER / BEFORE = {p95['AFTER'] / p95['BEFORE']:.2f}x;  p95 / single-student median AFTER: "
                  f"{p95['AFTER'] / med['after']:.2f}x with 4 client processes x {n_class // 4} threads, "
                  f"{p95['AFTER/procs'] / med['after']:.2f}x with one process per student, like lab PCs "
                  "(target <= 2x)")

            rounds = 2 if args.quick else 4
            print(f"\n2a. the same ratio from alternating blocks ({rounds} rounds of 3 students one at a time, "
                  f"then {n_class} paced students, one client process each, like lab PCs):")
            solo, paced = interleaved(bench, main_size, n_class, pause, rounds, n_class)
            print(f"  single-student step median {pct(solo, 50):6.2f} ms ({len(solo)} steps);  {n_class} students "
                  f"p50 {pct(paced, 50):6.2f} ms  p95 {pct(paced, 95):6.2f} ms ({len(paced)} steps);  p95 / "
                  f"single-student median = {pct(paced, 95) / pct(solo, 50):.2f}x (target <= 2x)")

            print(f"\n2b. where the time of a step goes: {n_class} paced students again, every statement and "
                  "lock wait over 1 ms logged by the server")
            log = server.pgdata / "log"
            for procs, label in ((4, f"4 client processes x {n_class // 4} threads"),
                                 (n_class, f"{n_class} client processes, one per student")):
                print(f"  {label}:")
                where_time_goes(bench.owner_url, "bench", log, STUDENT_ROLE, lambda trace, p=procs: concurrent(
                    bench, main_size, n_class, pause, processes=p, trace=trace))
            if args.commit_variants:
                print(f"\n2c. the same {n_class} students with the exam.submit procedure replaced for a moment "
                      "(diagnostics on this benchmark's database only, never the product), rounds interleaved:")
                commit_variants(bench.owner_url, "bench",
                                lambda: concurrent(bench, main_size, n_class, pause, processes=4)[0])

            if args.steps_only:
                print(f"\n3. the server's own time per step (exam.act_submit + act_score + next_item), one "
                      f"student at a time, {main_size} items: {single_student(bench, main_size, solo_students):.3f} ms "
                      "(target <= 2 ms)")
                print(f"load average after the run: {os.getloadavg()[0]:.1f}")
                return 0
            print("\n3. the server's own time per step (exam.act_submit + act_score + next_item), "
                  "one student at a time")
            print(f"  {'bank':>7} {'banded ms':>10} {'naive ms':>10} {'ratio':>7}")
            solo: dict[int, float] = {}
            for size in sizes:
                bench.naive(False)
                srv = single_student(bench, size, solo_students)
                bench.naive(True)
                nsrv = single_student(bench, size, solo_students)
                bench.naive(False)
                solo[size] = srv
                print(f"  {size:>7} {srv:10.3f} {nsrv:10.3f} {nsrv / srv:6.1f}x")
            big, ref = sizes[-1], main_size
            if big != ref:
                print(f"  {big} vs {ref} items: {solo[big] / solo[ref]:.2f}x (target <= 1.5x)")

            print(f"\n4. saturated throughput (no pauses), {main_size} items: steps per second")
            mark = server_ms_per_step(bench, (0.0, 0))[1]
            for clients in crowd:
                rates, srv_ms = {}, {}
                for naive in (False, True):
                    bench.naive(naive)
                    times, elapsed = concurrent(bench, main_size, clients, None)
                    rates[naive] = len(times) / elapsed
                    srv_ms[naive], mark = server_ms_per_step(bench, mark)
                bench.naive(False)
                print(f"  {clients:>4} clients: banded {rates[False]:7.0f}/s  naive {rates[True]:7.0f}/s  "
                      f"ratio {rates[False] / rates[True]:.1f}x  (server ms/step mean: banded {srv_ms[False]:.2f}, "
                      f"naive {srv_ms[True]:.2f})")
            print(f"load average after the run: {os.getloadavg()[0]:.1f}")
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
