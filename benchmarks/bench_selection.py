"""Banded item selection for a repeat student with a grade filter, on a 10,000-item bank (issue 14).

Run: ``python benchmarks/bench_selection.py [--items 10000 --students 8 --earlier 3 --strands]``
(a private embedded PostgreSQL; a few minutes).

The set-up is bench_exam_api's (``Bench``: one class of students who sign in with real
passwords and tokens through the lab PCs' student login role, a 3PL bank); the bank's items get
grades 1-3 (and strands). Every student has a true θ ~ N(0, 1) and answers each item correctly
with its 3PL probability (keys and parameters read by the owner, as a simulation).

* fresh students (no earlier sessions) take an exam on the whole bank: the unfiltered step;
* repeat students first take ``--earlier`` grade-2 exams on the same bank (30 items each; the
  items a student saw are excluded from their later exams), then one more grade-2 exam —
  half of them with the bands' reserve tier (revision 0034), half without it
  (``auth.settings.band_reserve = 0``: the selection before), student by student in turn.

Per exam step (next_item + submit): the server's own time (pg_stat_user_functions:
act_submit + act_score + next_item, as bench_exam_api measures it), and the steps whose
selection ranked the whole pool (calls of ``exam.rank_pool``, per call of
``exam.select_item``). Targets (issue 14): the repeat student's filtered step <= 1.5x the
unfiltered step; a full scan on < 5 % of steps.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._server import traversable_tmpdir
from benchmarks.bench_exam_api import EXAM_CONFIG, Bench, _database, server_ms_per_step
from dreamseed_desktop.db.embedded import start_embedded
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.api import ExamApi


class Selection:
    """Counts of the selection functions (pg_stat_user_functions, track_functions = 'pl')."""

    def __init__(self, bench: Bench) -> None:
        self.bench = bench

    def counts(self) -> tuple[int, int]:
        rows = dict(self.bench.owner("SELECT funcname, calls FROM pg_stat_user_functions "
                                     "WHERE schemaname = 'exam' AND funcname IN ('select_item', 'rank_pool')"))
        return int(rows.get("select_item", 0)), int(rows.get("rank_pool", 0))


def take_exam(db: Database, exam_id: int, theta: float, bank: dict[int, tuple[float, float, float, int]],
              rng: random.Random) -> int:
    """One sitting through the app's exam API, answering as a student of ability ``theta``."""
    api = ExamApi(db)
    sid = api.start(exam_id).session_id
    steps = 0
    while True:
        item = api.next_item(sid)
        if item is None:
            break
        a, b, c, key = bank[item.item_id]
        p = c + (1 - c) / (1 + math.exp(-a * (theta - b)))
        choice = key if rng.random() < p else 1 + key % 4
        steps += 1
        if api.submit(sid, item.seq, item.item_id, choice, 3000, uuid.uuid4()).finished:
            break
    api.close()
    return steps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--students", type=int, default=8, help="students per group (three groups)")
    parser.add_argument("--earlier", type=int, default=3, help="earlier grade-2 exams of a repeat student")
    parser.add_argument("--strands", action="store_true", help="filter also on two of the four strands")
    args = parser.parse_args()
    n = args.students
    subject = f"b{args.items}"
    item_filter = {"grades": [2]} | ({"strands": ["strand 0", "strand 1"]} if args.strands else {})
    with traversable_tmpdir("ds-bench-selection-") as tmp:
        server = start_embedded(tmp / "pg", cleanup_mode="delete")
        try:
            bench = Bench(_database(server, "bench", "head"), 3 * n, [args.items])
            bench.owner("UPDATE items SET grade = 1 + id %% 3, strand = 'strand ' || (id %% 4) "
                        "WHERE subject = %s", (subject,))            # the bands are rebuilt (trigger)
            bank = {r[0]: (r[1], r[2], r[3], r[4]) for r in bench.owner(
                "SELECT i.id, i.a, i.b, i.c, k.correct_choice FROM items i JOIN item_keys k ON k.item_id = i.id "
                "WHERE i.subject = %s", (subject,))}

            def exam(filtered: bool) -> int:
                return bench.owner("INSERT INTO exams (class_id, title, subject, cat_config, item_filter) "
                                   "VALUES (%s, 'bench', %s, %s, %s) RETURNING id",
                                   (bench.class_id, subject, json.dumps(EXAM_CONFIG),
                                    json.dumps(item_filter if filtered else {})))[0][0]

            engine = make_engine(bench.client_url, pool_size=1)
            dbs = bench.sign_in(3 * n, engine)
            fresh, with_reserve, without = dbs[:n], dbs[n:2 * n], dbs[2 * n:]
            rng = random.Random(14)
            theta = {id(db): rng.gauss(0, 1) for db in dbs}
            print("load average before the run: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
            print(f"{args.items:,} items (grades 1-3, strands 0-3), filter {item_filter}; {n} students per "
                  f"group, {args.earlier} earlier filtered exams per repeat student, 30 items per exam")
            for _ in range(args.earlier):
                earlier = exam(True)
                for db in with_reserve + without:
                    take_exam(db, earlier, theta[id(db)], bank, rng)

            sel = Selection(bench)
            unfiltered, filtered = exam(False), exam(True)
            names = ("fresh, unfiltered", "repeat, filtered", "repeat, filtered, no reserve")
            groups: dict[str, tuple[list[float], list[int], list[int]]] = {name: ([], [], []) for name in names}
            mark = server_ms_per_step(bench, (0.0, 0))[1]
            for k in range(n):     # in turn, so that a busy machine slows all three alike
                for name, db, exam_id, reserve in (("fresh, unfiltered", fresh[k], unfiltered, 1),
                                                   ("repeat, filtered", with_reserve[k], filtered, 1),
                                                   ("repeat, filtered, no reserve", without[k], filtered, 0)):
                    bench.owner("UPDATE auth.settings SET value = %s WHERE key = 'band_reserve'", (reserve,))
                    before = sel.counts()
                    take_exam(db, exam_id, theta[id(db)], bank, rng)
                    ms, mark = server_ms_per_step(bench, mark)
                    after = sel.counts()
                    groups[name][0].append(ms)
                    groups[name][1].append(after[0] - before[0])
                    groups[name][2].append(after[1] - before[1])
            bench.owner("UPDATE auth.settings SET value = 1 WHERE key = 'band_reserve'")
            engine.dispose()

            print(f"{'students':<30} {'server ms/step (median)':>24} {'steps':>6} {'full scans':>11}")
            med = {}
            share = {}
            for name, (ms_list, steps, scans) in groups.items():
                med[name] = statistics.median(ms_list)
                share[name] = sum(scans) / max(sum(steps), 1)
                print(f"{name:<30} {med[name]:24.3f} {sum(steps):6d} {sum(scans):5d} ({share[name]:5.1%})")
            base = med["fresh, unfiltered"]
            print(f"repeat + filter / unfiltered: {med['repeat, filtered'] / base:.2f}x (target <= 1.5x); "
                  f"without the reserve tier {med['repeat, filtered, no reserve'] / base:.2f}x")
            print(f"full scans: {share['repeat, filtered']:.1%} of the repeat students' steps (target < 5 %); "
                  f"without the reserve tier {share['repeat, filtered, no reserve']:.1%}")
            print("load average after the run: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
