"""The nemesis: crash-restarts PostgreSQL, kills clients, delays and drops connections.

Faults are triggered by *progress* (answers stored so far, read on a direct owner connection),
not by wall-clock time, so every fault lands mid-run however fast the machine is: restart k
fires when ``(k + 1) / (restarts + 1)`` of all answers are in; client kills are spread the
same way; network faults (latency bursts, dropping every connection, refusing new ones) are
interleaved between them. The random choices come from a seeded ``random.Random``.
"""
from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg

from tests.reliability.harness.pgcluster import PgCluster
from tests.reliability.harness.proxy import ChaosProxy


@dataclass
class NemesisLog:
    """What was done, for the report."""

    restarts: int = 0
    kills: int = 0
    drops: int = 0
    delays: int = 0
    refusals: int = 0
    lost_replies: int = 0
    events: list[str] = field(default_factory=list)


@dataclass
class Fault:
    at_fraction: float
    kind: str  # restart | kill | drop | delay | refuse | lose_reply


def plan(restarts: int, kills: int, net_faults: int, rng: random.Random) -> list[Fault]:
    faults = [Fault((k + 1) / (restarts + 1) * 0.9, "restart") for k in range(restarts)]
    faults += [Fault(0.1 + 0.75 * (k + 0.5) / max(kills, 1), "kill") for k in range(kills)]
    kinds = ("lose_reply", "drop", "delay", "refuse")
    faults += [Fault(rng.uniform(0.05, 0.85), kinds[k % len(kinds)]) for k in range(net_faults)]
    return sorted(faults, key=lambda f: f.at_fraction)


class Nemesis(threading.Thread):
    """Runs the fault plan in a thread until every fault fired or ``stop()``."""

    def __init__(self, *, cluster: PgCluster, proxy: ChaosProxy, owner_url: str, expected_answers: int,
                 faults: list[Fault], kill_client: Callable[[random.Random], str | None],
                 rng: random.Random, restart_downtime: float = 1.0) -> None:
        super().__init__(name="nemesis", daemon=True)
        self.cluster, self.proxy, self.owner_url = cluster, proxy, owner_url
        self.expected = max(1, expected_answers)
        self.faults = list(faults)
        self.kill_client = kill_client
        self.rng = rng
        self.downtime = restart_downtime
        self.log = NemesisLog()
        self._stop_evt = threading.Event()
        self.error: BaseException | None = None

    def stop(self) -> None:
        self._stop_evt.set()

    def _progress(self) -> float | None:
        try:
            with psycopg.connect(self.owner_url, connect_timeout=2) as conn:
                row = conn.execute("SELECT count(*) FROM attempts").fetchone()
            return (row[0] if row else 0) / self.expected
        except psycopg.Error:
            return None  # server down right now

    def run(self) -> None:
        try:
            while self.faults and not self._stop_evt.is_set():
                progress = self._progress()
                if progress is not None and progress >= self.faults[0].at_fraction:
                    self._fire(self.faults.pop(0), progress)
                else:
                    self._stop_evt.wait(0.2)
        except BaseException as exc:  # noqa: BLE001 - reported by the runner
            self.error = exc

    def _note(self, text: str, progress: float) -> None:
        self.log.events.append(f"{progress:5.1%} {text}")

    def _fire(self, fault: Fault, progress: float) -> None:
        if fault.kind == "restart":
            self.cluster.crash_restart(self.downtime)
            self.log.restarts += 1
            self._note("PostgreSQL immediate shutdown + restart", progress)
        elif fault.kind == "kill":
            who = self.kill_client(self.rng)
            if who:
                self.log.kills += 1
                self._note(f"kill -9 + restart client {who}", progress)
        elif fault.kind == "drop":
            n = self.proxy.drop_all()
            self.log.drops += 1
            self._note(f"dropped {n} connections", progress)
        elif fault.kind == "delay":
            self.proxy.set_delay(self.rng.uniform(0.05, 0.3))
            self._note(f"latency {self.proxy.delay * 1000:.0f} ms for 3 s", progress)
            time.sleep(3.0)
            self.proxy.set_delay(0.0)
            self.log.delays += 1
        elif fault.kind == "lose_reply":
            self.proxy.lose_commit_replies(3)
            self.log.lost_replies += 1
            self._note("the replies to the next 3 committed submits are lost", progress)
        elif fault.kind == "refuse":
            self.proxy.refuse_for(2.0)
            self.log.refusals += 1
            self._note("refusing new connections for 2 s", progress)
