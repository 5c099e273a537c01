"""Can a student tell a pretest item from the time their answer takes? (issue 12 sweep, revision 0030)

Run: ``python benchmarks/bench_pretest_timing.py [--items 10000 --students 12]`` (a private
embedded PostgreSQL; a few minutes).

``exam.submit`` scores the answer and chooses the next item before it returns. When the next
position is a pretest position (0030) the next item is a random item of the pretest pool instead
of the selection's best item, so the submit before a pretest item does different work. A student
at a lab PC sees only their own call times. Students (bench_exam_api's ``Bench``: real sign-ins
through the student login role) take a 20-item exam with 10 pretest items on a bank of
``--items`` items (40 of them in state 'pretest'); the client wall time of every submit is
recorded and afterwards classified by the owner by whether the item after it was a pretest item.

Two databases in one run, their sittings alternating: BEFORE at revision 0037 (a pretest position
skipped the selection) and AFTER at head (0038: the selection runs there too, its result
unused; 0039: the pretest pool's plan is cached). Printed for each: the median and p10/p90
submit time before a pretest item and before a scored item, their ratio, and how well the best
single threshold on the time separates the two (the attacker's accuracy against always guessing
"scored").
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._server import traversable_tmpdir
from benchmarks.bench_exam_api import Bench, _database
from dreamseed_desktop.db.embedded import start_embedded
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.services.exams.api import ExamApi

CONFIG = {"min_items": 20, "max_items": 20, "se_target": None, "pretest_items": 10}


def best_threshold_accuracy(before_pretest: list[float], before_scored: list[float]) -> float:
    """Accuracy of the best rule "faster than t means pretest" (or slower, whichever is better)."""
    values = sorted(set(before_pretest + before_scored))
    n = len(before_pretest) + len(before_scored)
    best = 0.0
    for t in values:
        fast_pre = sum(v <= t for v in before_pretest) + sum(v > t for v in before_scored)
        best = max(best, fast_pre / n, (n - fast_pre) / n)
    return best


def _setup(server, name: str, revision: str, items: int, students: int) -> tuple[Bench, int]:  # type: ignore[no-untyped-def]
    bench = Bench(_database(server, name, revision), students, [items])
    subject = f"b{items}"
    bench.owner("UPDATE items SET status = 'pretest' WHERE id IN (SELECT id FROM items WHERE subject = %s "
                "ORDER BY id LIMIT 40 OFFSET 100)", (subject,))
    exam = bench.owner("INSERT INTO exams (class_id, title, subject, cat_config) VALUES (%s, 'pretest', %s, %s) "
                       "RETURNING id", (bench.class_id, subject, json.dumps(CONFIG)))[0][0]
    return bench, exam


def _sit(db, exam: int, rng: random.Random) -> list[tuple[int, int, float]]:  # type: ignore[no-untyped-def]
    """One sitting; (session, seq answered, submit seconds) per answer."""
    api = ExamApi(db)
    state = api.start(exam)
    timed = []
    while (item := api.next_item(state.session_id)) is not None:
        t0 = time.perf_counter()
        outcome = api.submit(state.session_id, item.seq, item.item_id, rng.randint(1, 4), 1500, uuid.uuid4())
        timed.append((state.session_id, item.seq, time.perf_counter() - t0))
        if outcome.finished:
            break
    api.close()
    return timed


def _report(label: str, bench: Bench, timed: list[tuple[int, int, float]]) -> None:
    pretest = {(s, q) for s, q in bench.owner("SELECT exam_session_id, seq FROM attempts WHERE pretest")}
    # the submit of answer `seq` chose the item of seq + 1
    pre = [t * 1000 for s, q, t in timed if (s, q + 1) in pretest]
    scored = [t * 1000 for s, q, t in timed if (s, q + 1) not in pretest and q < 30]
    p = np.percentile
    print(f"\n{label}")
    print(f"  submit before a pretest item: n={len(pre)}, median {statistics.median(pre):.2f} ms "
          f"(p10 {p(pre, 10):.2f}, p90 {p(pre, 90):.2f})")
    print(f"  submit before a scored item:  n={len(scored)}, median {statistics.median(scored):.2f} ms "
          f"(p10 {p(scored, 10):.2f}, p90 {p(scored, 90):.2f})")
    print(f"  PRETEST / SCORED median: {statistics.median(pre) / statistics.median(scored):.2f}x; the best time "
          f"threshold tells them apart with {best_threshold_accuracy(pre, scored):.1%} accuracy "
          f"(always guessing 'scored': {len(scored) / (len(pre) + len(scored)):.1%})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--students", type=int, default=12)
    args = parser.parse_args()
    with traversable_tmpdir("ds-bench-pretest-") as tmp:
        server = start_embedded(tmp / "pg", cleanup_mode="delete")
        try:
            paths = {"BEFORE (revision 0037: a pretest position skips the selection)":
                     _setup(server, "before", "0037", args.items, args.students),
                     "AFTER  (head: the selection runs at a pretest position too, the pool's plan cached)":
                     _setup(server, "after", "head", args.items, args.students)}
            engines = {label: make_engine(bench.client_url) for label, (bench, _exam) in paths.items()}
            signed = {label: bench.sign_in(args.students, engines[label]) for label, (bench, _exam) in paths.items()}
            print(f"load average before the run: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; "
                  f"{args.items} items (40 pretest), {args.students} students x 20 scored + 10 pretest items "
                  "per path, the paths' sittings alternating")
            rng = random.Random(7)
            timed: dict[str, list[tuple[int, int, float]]] = {label: [] for label in paths}
            for n in range(args.students):
                order = list(paths) if n % 2 == 0 else list(reversed(paths))
                for label in order:
                    timed[label] += _sit(signed[label][n], paths[label][1], rng)
            for label, (bench, _exam) in paths.items():
                _report(label, bench, timed[label])
            for engine in engines.values():
                engine.dispose()
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
