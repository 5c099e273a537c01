"""The numpy CAT step with Sympson-Hetter exposure control, at 500, 10,000 and 50,000 items.

Run: ``python benchmarks/bench_exposure.py [--steps 3000]`` (pure numpy, a few seconds).

Ours: ``ItemSelector.select`` as a session calls it (the ranking fetched lazily through the
information bounds). Peer in the same run, on the same θ, eligibility and random draws: the
plain full-bank numpy step — the information of every item, the whole ranking sorted, the same
walk (``select(..., info=information(θ))``, what the engine did before) — and both must make
the same choices (checked). Per-step figures are process CPU time, the two interleaved.
Targets (issue 14): the 10,000-item step ≤ 2× the 500-item step; at 500 items no slower than
the plain full-bank step.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dreamseed_desktop.cat import CatConfig, ItemBank
from dreamseed_desktop.cat.selection import ItemSelector


def bench(n_items: int, steps: int, k: int) -> tuple[float, float, bool]:
    rng = np.random.default_rng(n_items)
    a, b, c = rng.lognormal(0.1, 0.3, n_items).clip(0.3, 3), rng.normal(0, 1.2, n_items), rng.uniform(0, 0.25, n_items)
    ids = [f"I{j}" for j in range(n_items)]
    # exposure parameters as a Sympson-Hetter calibration leaves them: the most informative
    # items held back (K < 1), the rest free
    order = np.argsort(-a)
    params = dict.fromkeys(ids, 1.0)
    for rank, j in enumerate(order[: max(20, n_items // 10)]):
        params[ids[j]] = 0.2 + 0.6 * rank / max(20, n_items // 10)
    cfg = CatConfig(exposure_control="sympson_hetter", exposure_parameters=tuple(params.items()),
                    randomesque_k=k)
    sel = ItemSelector(ItemBank(ids, a, b, c), cfg)
    ours = peer = 0.0
    same = True
    for step in range(steps):
        theta = float(rng.normal(0, 1))
        mask = np.ones(n_items, dtype=bool)
        mask[rng.integers(0, n_items, 30)] = False           # items already given or blocked
        t0 = time.process_time()
        lazy = sel.select(theta, mask, [], np.random.default_rng(step))
        t1 = time.process_time()
        full = sel.select(theta, mask, [], np.random.default_rng(step), info=sel.information(theta))
        t2 = time.process_time()
        ours += t1 - t0
        peer += t2 - t1
        same &= (lazy.index, lazy.considered) == (full.index, full.considered)
    return ours / steps * 1e6, peer / steps * 1e6, same


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--k", type=int, default=5, help="randomesque k")
    args = parser.parse_args()
    print(f"Sympson-Hetter step (randomesque k={args.k}), µs of process CPU per step, "
          f"{args.steps} steps per bank")
    print(f"{'items':>7} {'ours':>9} {'full-bank numpy peer':>21} {'peer/ours':>10}  same choices")
    res = {}
    for n in (500, 10_000, 50_000):
        res[n] = bench(n, args.steps, args.k)
        o, p, same = res[n]
        print(f"{n:>7} {o:9.1f} {p:21.1f} {p / o:9.1f}x  {same}")
    print(f"10,000 / 500 items: {res[10_000][0] / res[500][0]:.2f}x (target <= 2x); "
          f"50,000 / 500: {res[50_000][0] / res[500][0]:.2f}x; at 500 items ours / peer "
          f"{res[500][0] / res[500][1]:.2f}x (target <= 1x)")


if __name__ == "__main__":
    main()
