"""Can a student make the selection scan the whole bank by how they answer? (issue 12 sweep)

Run: ``python benchmarks/bench_selection_extremes.py [--items 10000 --students 6]`` (a private
embedded PostgreSQL; a minute or two).

The bands that keep a step cheap cover θ in [-4, 4] (docs/security.md, "Banded candidate
sets"); outside them a step ranks the student's whole pool. A student controls their own θ
through their answers: answering everything wrong (or right) drives it past the bands. Three
groups of students (bench_exam_api's ``Bench``: real sign-ins through the student login role)
each take a fresh 30-item exam on a ``--items`` bank through the exam API, after a warm-up group
that is not reported: random answers (the peer), all wrong, all right. Printed per group,
measured in the same run: the steps whose selection ranked the whole pool (calls of
``exam.rank_pool`` per call of ``exam.select_item``, pg_stat_user_functions), the client wall
time per step and its ratio to the random group's, and the sittings' mean θ.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._server import traversable_tmpdir
from benchmarks.bench_exam_api import EXAM_CONFIG, Bench, _database
from benchmarks.bench_selection import Selection
from dreamseed_desktop.db.embedded import start_embedded
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.services.exams.api import ExamApi

Answer = Callable[[int, random.Random], int]
GROUPS: tuple[tuple[str, Answer], ...] = (
    ("random answers", lambda key, rng: rng.randint(1, 4)),
    ("all wrong", lambda key, rng: 1 + key % 4),
    ("all right", lambda key, rng: key),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--students", type=int, default=6, help="students per group")
    args = parser.parse_args()
    n = args.students
    with traversable_tmpdir("ds-bench-extremes-") as tmp:
        server = start_embedded(tmp / "pg", cleanup_mode="delete")
        try:
            bench = Bench(_database(server, "bench", "head"), (len(GROUPS) + 1) * n, [args.items])
            keys = dict(bench.owner("SELECT item_id, correct_choice FROM item_keys"))
            engine = make_engine(bench.client_url, pool_size=1)
            dbs = bench.sign_in((len(GROUPS) + 1) * n, engine)
            selection = Selection(bench)
            print("load average before the run: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
            print(f"{args.items:,} items, {n} students per group, 30 items per exam")
            per_step: dict[str, float] = {}
            # a warm-up group (random answers, not reported) first: the server's caches are warm
            # for every group that is measured
            for g, (label, answer) in enumerate((("warm-up", GROUPS[0][1]), *GROUPS)):
                exam = bench.owner("INSERT INTO exams (class_id, title, subject, cat_config) VALUES "
                                   "(%s, 'extremes', %s, %s) RETURNING id",
                                   (bench.class_id, f"b{args.items}", json.dumps(EXAM_CONFIG)))[0][0]
                before = selection.counts()
                rng = random.Random(g)
                steps, t0 = 0, time.perf_counter()
                for db in dbs[g * n:(g + 1) * n]:
                    api = ExamApi(db)
                    sid = api.start(exam).session_id
                    while (item := api.next_item(sid)) is not None:
                        steps += 1
                        if api.submit(sid, item.seq, item.item_id, answer(keys[item.item_id], rng), 2000,
                                      uuid.uuid4()).finished:
                            break
                    api.close()
                per_step[label] = (time.perf_counter() - t0) * 1000 / steps
                after = selection.counts()
                if label == "warm-up":
                    continue
                mean_theta = bench.owner("SELECT avg(theta) FROM exam_sessions WHERE exam_id = %s", (exam,))[0][0]
                print(f"{label:>15}: full scans {after[1] - before[1]}/{after[0] - before[0]} selections, "
                      f"{per_step[label]:.2f} ms per step ({per_step[label] / per_step[GROUPS[0][0]]:.2f}x "
                      f"random answers), mean theta {mean_theta:+.2f}")
            engine.dispose()
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
