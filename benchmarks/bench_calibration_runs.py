"""Issue 14's calibration target: "never slower than mirt-py on the same data in the same run,
over 5 runs". Each run draws one 2PL data set (5,000 persons × 100 items by default, a new seed
per run) and times ours (``cat.calibrate``, the app's BLAS pinning as the app runs it) and
``mirt.fit_mirt`` on exactly that data, one after the other; the last line says whether ours was
faster in every run. Pure numpy, no database.

Run: ``pip install -e .[bench]`` then ``python benchmarks/bench_calibration_runs.py [--runs 5]``.
"""
from __future__ import annotations

import argparse
import os
import sys

from bench_cat import calibration  # the same data generator and timing as bench_cat's table

from dreamseed_desktop.services.psychometrics.threads import pinned_blas


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--persons", type=int, default=5000)
    ap.add_argument("--items", type=int, default=100)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args(argv)
    print(f"load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"2PL calibration, {args.persons} persons x {args.items} items, wall seconds")
    faster = 0
    for run in range(args.runs):
        notes: list[str] = []
        with pinned_blas():
            res = calibration(args.persons, args.items, args.seed + run, notes)
        ours, mirt = res["ours"], res["mirt"]
        if mirt is None:
            print(f"  run {run + 1}: mirt n/a ({'; '.join(notes)})")
            return 2
        ratio = mirt["time_s"] / ours["time_s"]
        faster += ratio > 1
        print(f"  run {run + 1}: ours {ours['time_s']:.3f} s (RMSE a {ours['rmse_a']:.4f}, b {ours['rmse_b']:.4f})"
              f"   mirt {mirt['time_s']:.3f} s (RMSE a {mirt['rmse_a']:.4f}, b {mirt['rmse_b']:.4f})"
              f"   mirt / ours = {ratio:.1f}x")
    print(f"ours faster in {faster} of {args.runs} runs (target: every run): "
          + ("met" if faster == args.runs else "MISSED"))
    print(f"load average after the run: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
