"""Calibration with BLAS pinned to one thread against OpenBLAS's default threads, same run.

Run: ``python benchmarks/bench_blas.py [--repeat 5]`` (pure numpy, about half a minute).

A 5,000 x 100 2PL calibration (``cat.calibrate``) on simulated answers, alternately with the
default BLAS threads and inside ``services.psychometrics.threads.pinned_blas`` (what the app
does), on the calling thread and on a worker thread (as the GUI's calibration runs); both give
the same estimates (checked). Median wall time of ``--repeat`` runs each.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import threadpool_info

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dreamseed_desktop.cat.calibration import calibrate
from dreamseed_desktop.services.psychometrics.threads import with_pinned_blas


def on_worker(fn: Callable[[], Any]) -> Any:
    box: dict[str, Any] = {}
    t = threading.Thread(target=lambda: box.setdefault("r", fn()))
    t.start()
    t.join()
    return box["r"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = np.random.default_rng(1)
    n_p, n_i = 5000, 100
    theta = rng.normal(size=n_p)
    a, b = rng.lognormal(0, 0.3, n_i), rng.normal(size=n_i)
    x = (rng.random((n_p, n_i)) < 1 / (1 + np.exp(-a * (theta[:, None] - b)))).astype(int)
    p, i = np.nonzero(np.ones_like(x))

    def fit() -> Any:
        return calibrate(p, i, x.ravel(), "2pl")

    def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
        t0 = time.perf_counter()
        out = fn()
        return time.perf_counter() - t0, out

    ways: dict[str, Callable[[], Any]] = {
        "default threads, caller": fit,
        "pinned, caller": lambda: with_pinned_blas(fit),
        "default threads, worker": lambda: on_worker(fit),
        "pinned, worker": lambda: on_worker(lambda: with_pinned_blas(fit)),
    }
    times: dict[str, list[float]] = {k: [] for k in ways}
    results: dict[str, Any] = {}
    for _ in range(args.repeat):
        for name, fn in ways.items():
            dt, results[name] = timed(fn)
            times[name].append(dt)
    blas = [(d["internal_api"], d["num_threads"]) for d in threadpool_info() if d["user_api"] == "blas"]
    print(f"2PL calibration {n_p} x {n_i}, BLAS {blas}, median of {args.repeat} (s)")
    med = {k: statistics.median(v) for k, v in times.items()}
    for where in ("caller", "worker"):
        d, pin = med[f"default threads, {where}"], med[f"pinned, {where}"]
        same = np.allclose(results[f"default threads, {where}"].a, results[f"pinned, {where}"].a, rtol=1e-9)
        print(f"  on the {where} thread: default {d:.3f} s, pinned to 1 {pin:.3f} s -> {d / pin:.2f}x "
              f"faster pinned; same estimates: {same}")


if __name__ == "__main__":
    main()
