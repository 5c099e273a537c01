"""The numpy CAT step with Sympson-Hetter exposure control, at 500, 10,000 and 50,000 items.

Run: ``python benchmarks/bench_exposure.py [--steps 3000]`` (pure numpy, a few seconds).

Ours: ``ItemSelector.select`` as a session calls it. It ranks in one of two ways, chosen by
the bank's size (``selection.FULL_PASS_MAX_ITEMS``): a vectorised pass (every item's
information, a partial sort of the eligible ones) or the bounded search through θ cells (the
items of the θ's cell in order of their information bound there, built on first use and
counted in the step). Both are measured at every size, so the choice can be checked. Peer in
the same run, on the same θ, eligibility and random draws: the plain full-bank numpy step —
the information of every item, the whole ranking sorted, the same walk (``select(...,
info=information(θ))``, what the engine did before) — and all make the same choices (checked).
Per-step figures are process CPU time, interleaved step by step. Targets (issue 14): the
10,000-item step ≤ 2× the 500-item step; at 500 items no slower than the plain full-bank step.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dreamseed_desktop.cat import CatConfig, ItemBank
from dreamseed_desktop.cat.selection import FULL_PASS_MAX_ITEMS, ItemSelector

SIZES = (500, 1_000, 2_000, 5_000, 10_000, 50_000)


def bench(n_items: int, steps: int, k: int) -> tuple[float, float, float, bool]:
    """µs per step: the vectorised pass, the bounded search, the plain full-bank peer; same?"""
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
    bank = ItemBank(ids, a, b, c)
    sel, bounded = ItemSelector(bank, cfg), ItemSelector(bank, cfg)
    sel.full_pass, bounded.full_pass = True, False
    vector = search = peer = 0.0
    same = True
    for step in range(steps):
        theta = float(rng.normal(0, 1))
        mask = np.ones(n_items, dtype=bool)
        mask[rng.integers(0, n_items, 30)] = False           # items already given or blocked
        t0 = time.process_time()
        one_pass = sel.select(theta, mask, [], np.random.default_rng(step))
        t1 = time.process_time()
        lazy = bounded.select(theta, mask, [], np.random.default_rng(step))
        t2 = time.process_time()
        full = sel.select(theta, mask, [], np.random.default_rng(step), info=sel.information(theta))
        t3 = time.process_time()
        vector += t1 - t0
        search += t2 - t1
        peer += t3 - t2
        same &= ((one_pass.index, one_pass.considered, one_pass.blocked)
                 == (lazy.index, lazy.considered, lazy.blocked)
                 == (full.index, full.considered, full.blocked))
    return vector / steps * 1e6, search / steps * 1e6, peer / steps * 1e6, same


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--k", type=int, default=5, help="randomesque k")
    args = parser.parse_args()
    print("load average before the run: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print(f"Sympson-Hetter step (randomesque k={args.k}), µs of process CPU per step, "
          f"{args.steps} steps per bank; ours = the vectorised pass up to {FULL_PASS_MAX_ITEMS:,} "
          "items, the bounded search above")
    print(f"{'items':>7} {'ours':>8} {'one pass':>9} {'bounded':>8} {'full-bank peer':>15} "
          f"{'ours/peer':>10}  same choices")
    ours: dict[int, float] = {}
    peer: dict[int, float] = {}
    for n in SIZES:
        vector, search, peer[n], same = bench(n, args.steps, args.k)
        ours[n] = vector if n <= FULL_PASS_MAX_ITEMS else search
        print(f"{n:>7} {ours[n]:8.1f} {vector:9.1f} {search:8.1f} {peer[n]:15.1f} "
              f"{ours[n] / peer[n]:9.2f}x  {same}")
    print(f"10,000 / 500 items: {ours[10_000] / ours[500]:.2f}x (target <= 2x); "
          f"50,000 / 500: {ours[50_000] / ours[500]:.2f}x; at 500 items ours / peer "
          f"{ours[500] / peer[500]:.2f}x (target <= 1x)")
    print("load average after the run: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
