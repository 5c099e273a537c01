"""App start: the real program in a subprocess, timed until the sign-in dialog is on screen.

Run by hand: ``python benchmarks/bench_start.py [--runs N] [--lang ko|en]``. Each run uses a fresh
data folder (``DREAMSEED_DATA_DIR``) and ``QT_QPA_PLATFORM=offscreen``:

* **first start** — ``python -m dreamseed_desktop --demo``: the embedded PostgreSQL is created in
  the empty folder, the migrations run, the demo school is written (accounts, classes, item
  bank, exams), then the sign-in dialog shows while the school's past sittings are taken through
  the exam API in the background; the run also waits for the last sitting
  (``DREAMSEED_START_TIMING=exit-filled``) and prints when the demo was complete;
* **second start** — the same command again after the first one quit (the program stops its
  embedded server when it quits, so this start has to start it again).

The program writes ``dreamseed-start <s> <step>`` lines when ``DREAMSEED_START_TIMING`` is set
(``config.startup``; the splash's steps) and, with ``DREAMSEED_START_TIMING=exit``, closes the
sign-in dialog as soon as it is shown and quits the normal way. The time printed is the wall
time from starting the subprocess to that line. Peers measured in the same run, in the same
folder: pgserver's own start of the same data directory (a fresh ``python`` that imports
pgserver, starts the server until it accepts connections and stops it) and ``python -c "import
PySide6.QtWidgets"``; their sum is the least any second start must wait. For the first start,
pgserver's own first start of an empty folder (initdb, start, stop) plus the Qt import: the
least any first start must wait before it writes anything.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._server import traversable_tmpdir

ROOT = Path(__file__).resolve().parents[1]
MARK = "dreamseed-start "
SHOWN = "sign-in dialog shown"
FILLED = "demo sittings taken"
TIMEOUT_S = 600


def _env(data_dir: Path, timing: str = "exit") -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DREAMSEED_DATA_DIR=str(data_dir),
               DREAMSEED_START_TIMING=timing)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def start_app(data_dir: Path, lang: str, timing: str = "exit") -> tuple[float, list[tuple[float, str]]]:
    """Seconds from launch to the sign-in dialog, and the program's own step lines."""
    command = [sys.executable, "-m", "dreamseed_desktop", "--demo", "--lang", lang]
    began = time.perf_counter()
    proc = subprocess.Popen(command, env=_env(data_dir, timing), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
    assert proc.stderr is not None
    shown: float | None = None
    steps: list[tuple[float, str]] = []
    tail: list[str] = []
    for line in proc.stderr:
        tail = (tail + [line.rstrip()])[-20:]
        if line.startswith(MARK):
            seconds, _, event = line[len(MARK):].strip().partition(" ")
            steps.append((float(seconds), event))
            if event == SHOWN and shown is None:
                shown = time.perf_counter() - began
    code = proc.wait(timeout=TIMEOUT_S)
    if shown is None or code != 0:
        raise SystemExit(f"the program did not reach the sign-in dialog (exit {code}):\n" + "\n".join(tail))
    return shown, steps


def timed(args: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=TIMEOUT_S)
    return time.perf_counter() - began


def pgserver_start(pgdata: Path, env: dict[str, str]) -> float:
    """pgserver's own start (until the server accepts connections: ``pg_ctl start -w``) and
    stop of ``pgdata`` in a fresh interpreter."""
    code = "import sys, pgserver; pgserver.get_server(sys.argv[1], cleanup_mode='stop').cleanup()"
    return timed([sys.executable, "-c", code, str(pgdata)], env)


def qt_import(env: dict[str, str]) -> float:
    return timed([sys.executable, "-c", "import PySide6.QtWidgets"], env)


def show_steps(steps: list[tuple[float, str]]) -> None:
    previous = 0.0
    for seconds, event in steps:
        print(f"      {seconds:7.2f} s (+{seconds - previous:6.2f})  {event}")
        previous = seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="fresh data folders, one after the other")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    args = parser.parse_args()
    print(f"load average before the run: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"({os.cpu_count()} cores)", flush=True)
    first, filled, second, pg, pg_new, qt = [], [], [], [], [], []
    for run in range(args.runs):
        with traversable_tmpdir("ds-bench-start-") as tmp:
            data = tmp / "data"
            env = _env(data)
            seconds, steps = start_app(data, args.lang, "exit-filled")
            first.append(seconds)
            done = [s for s, event in steps if event == FILLED]
            if not done:
                raise SystemExit("the demo's past sittings were not all taken")
            filled.append(done[0])
            print(f"run {run + 1}: first start with the demo: {seconds:.2f} s to the sign-in dialog; "
                  f"past sittings all taken (background) at {done[0]:.2f} s", flush=True)
            show_steps(steps)
            seconds, steps = start_app(data, args.lang)
            second.append(seconds)
            print(f"run {run + 1}: second start (server stopped in between): {seconds:.2f} s", flush=True)
            show_steps(steps)
            pg.append(pgserver_start(data / "pgdata", env))
            pg_new.append(pgserver_start(tmp / "peer-pgdata", env))
            qt.append(qt_import(env))
            print(f"run {run + 1}: peers: pgserver start+stop of the same data directory {pg[-1]:.2f} s, "
                  f"of an empty folder (initdb) {pg_new[-1]:.2f} s, import PySide6.QtWidgets {qt[-1]:.2f} s",
                  flush=True)
    med = statistics.median
    floor = med(pg) + med(qt)
    print(f"\nmedian of {args.runs} run(s), load average after: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    first_floor = med(pg_new) + med(qt)
    print(f"first start with the demo: {med(first):.2f} s to the sign-in dialog (target <= 20 s: "
          f"{'met' if med(first) <= 20 else 'MISSED'}); peers pgserver first start (initdb) "
          f"{med(pg_new):.2f} s + Qt import {med(qt):.2f} s = {first_floor:.2f} s; first start / peers = "
          f"{med(first) / first_floor:.2f}x; demo complete (past sittings taken in the background) at "
          f"{med(filled):.2f} s — where a sign-in that waited for them would show: sign-in / complete = "
          f"{med(first) / med(filled):.2f}x")
    print(f"second start: {med(second):.2f} s (target <= 5 s: {'met' if med(second) <= 5 else 'MISSED'}); "
          f"peers pgserver start {med(pg):.2f} s + Qt import {med(qt):.2f} s = {floor:.2f} s; "
          f"second start / peers = {med(second) / floor:.2f}x")


if __name__ == "__main__":
    main()
