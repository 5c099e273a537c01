"""A district's exam server: Debian's own PostgreSQL, directly and through PgBouncer in
transaction pooling (docs/school-server.md, "A district").

Everything runs through the app's real client path: students sign in with ``AuthService`` on
the ``dreamseed_student`` login role (real tokens, row-level security) and take 30-item exams
through ``ExamApi`` (``next_item`` + ``submit`` = one step) on a 10k-item bank. The two paths,
measured in the same run, on the same server and database:

* DIRECT  - the lab PCs connect to PostgreSQL itself (one server connection per PC and more);
* POOLED  - the lab PCs connect to PgBouncer (``?pool_mode=transaction``), which serves them all
  from ``--pool`` server connections (default 4: two per core), resetting each after every
  transaction (``RESET ROLE; RESET ALL``), statements never prepared (PgBouncer 1.18).

Figure 1 also shows two references: PgBouncer resetting with ``DISCARD ALL`` (which also drops
every cached plan of the exam functions) and the app's pooled mode straight to the server (no
prepared statements, no PgBouncer).

Figures:

1. the single-student step, one student at a time (median of ``--solo`` students x 30 steps,
   the paths interleaved student by student);
2. paced crowds - every student pauses a random 0.5-1.5 s between answers, as in a lab - at each
   size of ``--crowds`` (default 60 120 240), both paths: p50/p95/p99 of the step, p95 / the
   single-student median of the same path (issue 14's target: <= 2x), POOLED / DIRECT;
3. saturated throughput (no pauses, ``--saturate`` students): steps per second per path;
4. the capacity: the largest paced crowd whose p95 stays within 2x the single-student median,
   per core of this machine, and the throughput-based figure (steps/s per core x the ~1.0 s a
   paced student spends per step).

The clients run on the same machine as the server (and share its cores with anything else that
runs): the load average is printed with every figure. Usage::

    python benchmarks/bench_district.py                 # full run (~12 minutes)
    python benchmarks/bench_district.py --quick         # 1k items, crowds of 20 and 40
"""
from __future__ import annotations

import argparse
import copy
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_exam_api import Bench, concurrent, pct
from dreamseed_desktop.db.roles import STUDENT_ROLE
from tests.fixtures.district import PgBouncer, client_logins, pgbouncer_version, school_server

#: seconds a paced student spends per step besides the step itself (mean of 0.5-1.5 s)
MEAN_THINK = 1.0


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (5 min {five:.1f}) on {os.cpu_count()} cores"


def solo_steps(paths: dict[str, Bench], size: int, students: int) -> dict[str, list[float]]:
    """Step wall times of one student at a time, the paths taking turns student by student."""
    times: dict[str, list[float]] = {name: [] for name in paths}
    for _ in range(students):
        for name, bench in paths.items():
            steps, _ = concurrent(bench, size, 1, None, processes=1)
            times[name].extend(steps)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1k items, crowds of 20 and 40")
    parser.add_argument("--crowds", type=int, nargs="+", default=None, help="paced crowd sizes")
    parser.add_argument("--pool", type=int, default=4, help="PgBouncer server connections for the students")
    parser.add_argument("--solo", type=int, default=4, help="single students per path")
    parser.add_argument("--saturate", type=int, default=20, help="students without pauses (figure 3)")
    args = parser.parse_args()
    size = 1000 if args.quick else 10_000
    crowds = args.crowds or ([20, 40] if args.quick else [60, 120, 240])
    cores = os.cpu_count() or 1
    root = Path(tempfile.mkdtemp(prefix="ds-bench-district-"))
    root.chmod(0o755)
    # direct, every lab PC holds its own connections: room for the largest crowd (2/3 of it)
    server = school_server(root, max_connections=max(crowds) * 3 + 60)
    bouncers: list[PgBouncer] = []
    try:
        bouncers = [PgBouncer(root / "pgbouncer", server.cluster.port, client_logins(), pool_size=args.pool),
                    PgBouncer(root / "pgbouncer-discard", server.cluster.port, client_logins(),
                              pool_size=args.pool, reset_query="DISCARD ALL")]
        for b in bouncers:
            b.start()
        direct = Bench(server.superuser_url, max(max(crowds), args.saturate), [size])
        pooled, discard, unprepared = copy.copy(direct), copy.copy(direct), copy.copy(direct)
        pooled.client_url, discard.client_url = (b.url(STUDENT_ROLE) for b in bouncers)
        unprepared.client_url = direct.client_url + "?pool_mode=transaction"   # the app's pooled mode, no PgBouncer
        paths = {"DIRECT": direct, "POOLED": pooled}
        major, minor = pgbouncer_version()
        print(f"{server.version().split(',')[0]}; PgBouncer {major}.{minor} (pool_mode = transaction, "
              f"{args.pool} server connections for the students, RESET ROLE; RESET ALL after each "
              f"transaction); {size} items, 30-item exams; fsync off on this throw-away server")

        print(f"\n1. single student, {args.solo} students x 30 steps per path, interleaved ({load()})")
        solo = solo_steps({**paths, "POOLED with DISCARD ALL": discard, "DIRECT, nothing prepared": unprepared},
                          size, args.solo)
        med = {name: statistics.median(t) * 1000 for name, t in solo.items()}
        for name, t in solo.items():
            print(f"  {name:<25} median {med[name]:6.2f} ms  p95 {pct(t, 95):6.2f} ms  ({len(t)} steps)  "
                  f"{med[name] / med['DIRECT']:.2f}x DIRECT")

        print("\n2. paced students (0.5-1.5 s between answers): wall time per step")
        within: dict[str, int] = {name: 0 for name in paths}
        for crowd in crowds:
            print(f"  {crowd} students ({load()})")
            p95 = {}
            for name, bench in paths.items():
                times, _ = concurrent(bench, size, crowd, (0.5, 1.5))
                p95[name] = pct(times, 95)
                ratio = p95[name] / med[name]
                if ratio <= 2.0:
                    within[name] = max(within[name], crowd)
                print(f"    {name:<6} p50 {pct(times, 50):6.2f}  p95 {p95[name]:6.2f}  p99 {pct(times, 99):7.2f} ms  "
                      f"p95 / its single median {ratio:4.2f}x {'(<= 2x: met)' if ratio <= 2.0 else '(> 2x: missed)'}"
                      f"  p95 / DIRECT single median {p95[name] / med['DIRECT']:4.2f}x  ({len(times)} steps)")
            print(f"    p95 POOLED / DIRECT = {p95['POOLED'] / p95['DIRECT']:.2f}x")

        print(f"\n3. saturated: {args.saturate} students without pauses ({load()})")
        rate = {}
        for name, bench in paths.items():
            times, elapsed = concurrent(bench, size, args.saturate, None)
            rate[name] = len(times) / elapsed
            print(f"  {name:<6} {rate[name]:7.0f} steps/s  p50 {pct(times, 50):6.2f} ms  p95 {pct(times, 95):6.2f} ms")
        print(f"  POOLED / DIRECT throughput = {rate['POOLED'] / rate['DIRECT']:.2f}x")

        print(f"\n4. capacity on this machine ({cores} cores, clients and server together; {load()})")
        for name in paths:
            measured = within[name]
            per_core = rate[name] / cores * (MEAN_THINK + med[name] / 1000)
            print(f"  {name:<6} largest paced crowd with p95 <= 2x single median: "
                  f"{measured if measured else 'none of ' + str(crowds)} "
                  f"({measured / cores:.0f} per core); throughput-based: {per_core:.0f} students per core "
                  "at full load")
    finally:
        for b in bouncers:
            b.destroy()
        server.cluster.destroy()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
