"""Diagnostics of the exam step under load, for benchmarks/bench_exam_api.py (figures 2b, 2c).

* :func:`where_time_goes`: each step of paced students split, from the server's own log, into
  the server's time, its lock waits and the rest (client, network, scheduling), with samples of
  what the students' server processes wait on (on a core, the WAL flush, locks ...);
* :func:`commit_variants`: the same students with ``exam.submit`` briefly replaced, on the
  benchmark's own database, by (a) one commit for the answer and its scoring, and (b) the product
  procedure with no commit waiting for the disk: what the answer's separate commit and the WAL
  flush cost. Neither variant is something the product may do (the answer is committed before
  anything looks at its key, and an acknowledged answer is on disk: docs/security.md); the
  product procedure is restored after each round.
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import psycopg

from benchmarks._server_log import WaitSampler, log_everything, offset, statements


def one_commit_submit(product: str) -> str:
    """``exam.submit`` (its definition as the server prints it) with the answer and its scoring in
    ONE transaction: the commit between ``exam.act_submit`` and ``exam.act_score`` and the
    ``synchronous_commit = off`` of the first one taken out. Diagnostics only: a client that
    cancels such a call while the key is being looked at would roll its answer back."""
    first = product.index("exam.act_submit(")
    commit = product.index("COMMIT;", first)
    variant = product[:commit] + product[commit + len("COMMIT;"):]
    variant, n = re.subn(r"PERFORM pg_catalog\.set_config\('synchronous_commit', 'off', true\);", "", variant)
    if n != 1 or variant.count("COMMIT;") != product.count("COMMIT;") - 1:
        raise RuntimeError("exam.submit has changed: the one-commit variant needs a new look")
    return variant


def _pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values) * 1000, q))


def commit_variants(owner_url: str, database: str, run: Callable[[], list[float]], rounds: int = 3) -> None:
    """p50/p95 of the step with the product's exam.submit and the two diagnostic variants,
    ``rounds`` interleaved rounds each (``run()`` returns the step wall seconds of one round)."""
    with psycopg.connect(owner_url, autocommit=True) as conn:
        product = conn.execute("SELECT pg_catalog.pg_get_functiondef('exam.submit'::regproc)").fetchone()[0]
    variants = ("product (answer committed, then its scoring)", "one commit for answer and scoring",
                "product, no commit waits for the disk")
    steps: dict[str, list[float]] = {v: [] for v in variants}
    try:
        for k in range(rounds):
            for name in variants:
                with psycopg.connect(owner_url, autocommit=True) as conn:
                    conn.execute(product)
                    conn.execute(f"ALTER DATABASE {database} RESET synchronous_commit")
                    if name.startswith("one commit"):
                        conn.execute(one_commit_submit(product))
                    elif name.endswith("disk"):
                        conn.execute(f"ALTER DATABASE {database} SET synchronous_commit = off")
                times = run()
                steps[name].extend(times)
                print(f"    round {k + 1}: {name:<46} p50 {_pct(times, 50):6.2f} ms  p95 {_pct(times, 95):6.2f} ms",
                      flush=True)
    finally:
        with psycopg.connect(owner_url, autocommit=True) as conn:
            conn.execute(product)
            conn.execute(f"ALTER DATABASE {database} RESET synchronous_commit")
    base = steps[variants[0]]
    for name in variants:
        t = steps[name]
        print(f"  {name:<46} p50 {_pct(t, 50):6.2f} ms  p95 {_pct(t, 95):6.2f} ms  "
              f"(p95 {_pct(t, 95) / _pct(base, 95):.2f}x the product's; {len(t)} steps)")


def where_time_goes(owner_url: str, database: str, log: Path, role: str,
                    run: Callable[[list[tuple[int, int, float]]], object]) -> dict[str, float]:
    """Paced students with every statement and lock wait logged by the server: each step's wall
    time split into the server's own time (parse + bind + execute of next_item and submit), the
    lock waits inside it, and the rest (client code, GIL, network, scheduling). ``run(trace)``
    runs the students and appends (server pid, step number, wall seconds) of each step to
    ``trace``; ``role`` is their login role. Prints the split of all steps and of the slowest
    5 %, and what their server processes were waiting on; returns the percentiles."""
    log_everything(owner_url, database, True)
    start = offset(log)
    trace: list[tuple[int, int, float]] = []
    try:
        with WaitSampler(owner_url, role) as sampler:
            run(trace)
    finally:
        log_everything(owner_url, database, False)
    time.sleep(0.5)
    by_pid = {pid: ([x for x in ss if "exam.next_item" in x.text], [x for x in ss if "exam.submit" in x.text])
              for pid, ss in statements(log, start).items()}
    rows, missing = [], 0
    waited: dict[str, int] = {}
    for pid, k, wall in trace:
        nxt, sub = by_pid.get(pid, ([], []))
        if k >= len(nxt) or k >= len(sub):
            missing += 1
            continue
        server = nxt[k].server_ms + sub[k].server_ms
        lock = nxt[k].lock_ms + sub[k].lock_ms
        rows.append((wall * 1000, server, lock))
        for w in nxt[k].waited_on + sub[k].waited_on:
            waited[w] = waited.get(w, 0) + 1
    if not rows:
        raise RuntimeError("no step could be matched with the server log")
    arr = np.asarray(rows)
    wall, server, lock = arr[:, 0], arr[:, 1], arr[:, 2]
    other = wall - server
    slow = wall >= np.percentile(wall, 95)
    out = {"p50": float(np.percentile(wall, 50)), "p95": float(np.percentile(wall, 95)),
           "server_p50": float(np.percentile(server, 50)), "server_p95": float(np.percentile(server, 95)),
           "other_p50": float(np.percentile(other, 50)), "other_p95": float(np.percentile(other, 95))}
    print(f"  step wall p50 {out['p50']:6.2f} ms  p95 {out['p95']:6.2f} ms  ({len(rows)} steps matched with the "
          f"server log, {missing} not)")
    for label, key in (("server's own time (next_item + submit)", "server"),
                       ("the rest (client, network, scheduling)", "other")):
        print(f"    {label}  p50 {out[key + '_p50']:6.2f} ms  p95 {out[key + '_p95']:6.2f} ms")
    print(f"    lock waits > 1 ms in {int((lock > 0).sum())} steps ({100 * (lock > 0).mean():.1f} %), "
          f"{lock.sum():.0f} ms in all")
    print(f"    the slowest 5 % ({int(slow.sum())} steps, mean {wall[slow].mean():.2f} ms): server "
          f"{server[slow].mean():.2f} ms (of which lock waits {lock[slow].mean():.2f} ms), the rest "
          f"{other[slow].mean():.2f} ms")
    for what, n in sorted(waited.items(), key=lambda kv: -kv[1])[:5]:
        print(f"    waited {n:>4}x: {what}")
    print("    what the students' server processes were doing while busy (sampled every 4 ms): " + ", ".join(
        f"{what} {100 * share:.0f} %" for what, share in sampler.shares()[:6]))
    return out


