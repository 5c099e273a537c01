#!/usr/bin/env python3
"""Fault harness: N student processes take a CAT exam while a nemesis breaks things.

    python benchmarks/fault_harness.py --clients 60 --restarts 3 --kills 10

Each client drives the real exam controller + SQLite journal + ExamApi (no GUI) against a
private PostgreSQL on 127.0.0.1 behind a chaos proxy. The nemesis crash-restarts PostgreSQL
(``pg_ctl stop -m immediate``), kills and restarts random clients, and adds latency / drops /
refuses connections. At the end the invariants are checked (see docs/reliability.md) and the
counts printed; exit code 0 only when nothing was lost or duplicated and every session finished
with a reproducible theta/SE.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.reliability.harness.runner import HarnessConfig, format_report, run_harness


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=60)
    p.add_argument("--items", type=int, default=30)
    p.add_argument("--restarts", type=int, default=3)
    p.add_argument("--kills", type=int, default=10)
    p.add_argument("--net-faults", type=int, default=9)
    p.add_argument("--seed", type=int, default=20261125)
    p.add_argument("--timeout", type=float, default=900.0, help="seconds before the run is abandoned")
    p.add_argument("--think-min", type=float, default=0.2, help="student think time per item (s)")
    p.add_argument("--think-max", type=float, default=1.0)
    p.add_argument("--workdir", type=Path, help="keep journals, logs and the cluster here")
    p.add_argument("--json", type=Path, help="also write the report as JSON")
    p.add_argument("--baseline", action="store_true",
                   help="first run the same exam without any fault and print the faulted run's "
                        "wall time and submit count as ratios against it")
    a = p.parse_args()
    cfg = HarnessConfig(clients=a.clients, items=a.items, restarts=a.restarts, kills=a.kills,
                        net_faults=a.net_faults, seed=a.seed, timeout=a.timeout,
                        think=(a.think_min, a.think_max), workdir=a.workdir, keep=a.workdir is not None)
    baseline = None
    if a.baseline:
        import dataclasses

        baseline = run_harness(dataclasses.replace(cfg, restarts=0, kills=0, net_faults=0, workdir=None,
                                                   keep=False))
        print("fault-free baseline:\n" + format_report(baseline) + "\n")
    report = run_harness(cfg)
    print(format_report(report))
    if baseline is not None and baseline.wall_seconds > 0:
        print(f"vs fault-free baseline (same size, same run): wall time "
              f"{report.wall_seconds / baseline.wall_seconds:.2f}x, submits sent "
              f"{report.submits_sent / max(baseline.submits_sent, 1):.3f}x")
    if a.json:
        a.json.write_text(json.dumps(report.as_dict(), indent=2), encoding="utf-8")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
