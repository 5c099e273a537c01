"""Orchestrates a fault-harness run and builds its report.

``run_harness(HarnessConfig(clients=8, restarts=1, kills=2))`` → :class:`HarnessReport`.
Steps: private cluster on loopback → migrate → seed → chaos proxy → N client processes →
nemesis (progress-triggered faults) → wait (a client that ends on an error screen is started
again, as a student would re-open the app, and counted) → invariants → counts.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from dreamseed_desktop.db.migrate import upgrade
from tests.reliability.harness import invariants, seed
from tests.reliability.harness.nemesis import Nemesis, plan
from tests.reliability.harness.pgcluster import PgCluster
from tests.reliability.harness.proxy import ChaosProxy

REPO_ROOT = Path(__file__).resolve().parents[3]
CLIENT_ROLE = "dreamseed_student"   # the harness plays lab PCs


@dataclass(frozen=True)
class HarnessConfig:
    """Size of the run and of the nemesis."""

    clients: int = 8
    items: int = 30
    restarts: int = 1
    kills: int = 2
    net_faults: int = 3
    seed: int = 20261125
    timeout: float = 300.0
    think: tuple[float, float] = (0.05, 0.25)
    max_relaunches: int = 5
    workdir: Path | None = None
    keep: bool = False


@dataclass
class HarnessReport:
    """Everything the run measured; ``ok`` is the verdict."""

    clients: int = 0
    items_per_exam: int = 0
    wall_seconds: float = 0.0
    answers_journaled: int = 0
    submits_sent: int = 0
    stored: int = 0
    replays: int = 0
    duplicates_refused: int = 0
    unavailable_errors: int = 0
    refused: int = 0
    lost: int = 0
    duplicated: int = 0
    sessions: int = 0
    sessions_finished: int = 0
    theta_checked: int = 0
    restarts: int = 0
    kills: int = 0
    network_faults: int = 0
    client_failures: int = 0
    client_exit_codes: dict[str, int] = field(default_factory=dict)
    nemesis_events: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.violations and self.lost == 0 and self.duplicated == 0

    def as_dict(self) -> dict[str, object]:
        d = asdict(self)
        d["ok"] = self.ok
        return d


class _Slot:
    """One student seat: its journal and events file survive process restarts."""

    def __init__(self, student: seed.Student, workdir: Path) -> None:
        self.student = student
        self.journal = workdir / f"journal_{student.index:03d}.sqlite3"
        self.events = workdir / f"events_{student.index:03d}.jsonl"
        self.proc: subprocess.Popen[bytes] | None = None
        self.launches = 0
        self.finished = False
        self.exit_codes: list[int] = []


class _Clients:
    def __init__(self, cfg: HarnessConfig, seeded: seed.Seeded, url: str, workdir: Path) -> None:
        self.cfg, self.seeded, self.url, self.workdir = cfg, seeded, url, workdir
        self.slots = [_Slot(s, workdir) for s in seeded.students]
        self.lock = threading.Lock()
        self.failures = 0
        self.env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), DREAMSEED_DATA_DIR=str(workdir / "data"),
                        PYTHONDONTWRITEBYTECODE="1")

    def launch(self, slot: _Slot) -> None:
        slot.launches += 1
        cmd = [sys.executable, "-m", "tests.reliability.harness.client", "--url", self.url,
               "--email", slot.student.email, "--password", seed.PASSWORD,
               "--exam-id", str(self.seeded.exam_id), "--journal", str(slot.journal),
               "--events", str(slot.events), "--seed", str(self.cfg.seed * 1000 + slot.student.index * 10
                                                            + slot.launches),
               "--think-min", str(self.cfg.think[0]), "--think-max", str(self.cfg.think[1]),
               "--timeout", str(self.cfg.timeout)]
        with open(self.workdir / f"stderr_{slot.student.index:03d}.log", "ab") as err:
            slot.proc = subprocess.Popen(cmd, cwd=REPO_ROOT, env=self.env, stdout=subprocess.DEVNULL,
                                         stderr=err)

    def kill_random(self, rng: random.Random) -> str | None:
        with self.lock:
            running = [s for s in self.slots if s.proc is not None and s.proc.poll() is None]
            if not running:
                return None
            slot = rng.choice(running)
            assert slot.proc is not None
            slot.proc.send_signal(signal.SIGKILL)
            slot.proc.wait()
            self.launch(slot)
            return slot.student.email

    def poll(self) -> bool:
        """Reap exited clients, relaunch failed ones; True when every seat has finished."""
        with self.lock:
            for slot in self.slots:
                if slot.finished or slot.proc is None or slot.proc.poll() is None:
                    continue
                code = slot.proc.returncode
                slot.exit_codes.append(code)
                if code == 0:
                    slot.finished = True
                elif slot.launches <= self.cfg.max_relaunches:
                    self.failures += 1
                    time.sleep(0.5)
                    self.launch(slot)
                else:
                    slot.finished = True  # gave up: the invariants will say why
            return all(s.finished for s in self.slots)

    def terminate(self) -> None:
        with self.lock:
            for slot in self.slots:
                if slot.proc is not None and slot.proc.poll() is None:
                    slot.proc.kill()
                    slot.proc.wait()


def _count_events(paths: list[Path], rep: HarnessReport) -> None:
    per_uuid: Counter[str] = Counter()
    for path in paths:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                ev = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut by kill -9
            if ev.get("ev") != "submit":
                continue
            rep.submits_sent += 1
            per_uuid[ev["uuid"]] += 1
            result = ev.get("result")
            rep.stored += result == "stored"
            rep.duplicates_refused += result == "replayed"
            rep.unavailable_errors += result == "unavailable"
            rep.refused += result == "refused"
    rep.replays = sum(n - 1 for n in per_uuid.values())


def run_harness(cfg: HarnessConfig) -> HarnessReport:
    workdir = Path(cfg.workdir or tempfile.mkdtemp(prefix="dreamseed-harness-"))
    workdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(cfg.seed)
    cluster = PgCluster(workdir / "cluster", max_connections=max(100, cfg.clients * 3 + 20)).init()
    cluster.start()
    proxy: ChaosProxy | None = None
    clients: _Clients | None = None
    nemesis: Nemesis | None = None
    rep = HarnessReport(clients=cfg.clients, items_per_exam=cfg.items)
    try:
        owner_url = cluster.create_database("harness")
        upgrade(owner_url)
        seeded = seed.seed(owner_url, cfg.clients, n_items=cfg.items)
        proxy = ChaosProxy(cluster.port, watch=b"exam.submit", self_committing=True).start()
        client_url = cluster.url("harness", port=proxy.port, user=CLIENT_ROLE)
        clients = _Clients(cfg, seeded, client_url, workdir)
        t0 = time.monotonic()
        for slot in clients.slots:
            clients.launch(slot)
        nemesis = Nemesis(cluster=cluster, proxy=proxy, owner_url=owner_url,
                          expected_answers=cfg.clients * cfg.items,
                          faults=plan(cfg.restarts, cfg.kills, cfg.net_faults, rng),
                          kill_client=clients.kill_random, rng=rng)
        nemesis.start()
        deadline = t0 + cfg.timeout
        while not clients.poll() and time.monotonic() < deadline:
            time.sleep(0.2)
        nemesis.stop()
        nemesis.join(30)
        clients.terminate()
        rep.wall_seconds = time.monotonic() - t0
        rep.restarts, rep.kills = nemesis.log.restarts, nemesis.log.kills
        rep.network_faults = (nemesis.log.drops + nemesis.log.delays + nemesis.log.refusals
                              + nemesis.log.lost_replies)
        rep.nemesis_events = nemesis.log.events
        rep.client_failures = clients.failures
        rep.client_exit_codes = {s.student.email: s.exit_codes[-1] if s.exit_codes else -1
                                 for s in clients.slots}
        if nemesis.error is not None:
            rep.violations.append(f"nemesis failed: {nemesis.error!r}")
        if rep.restarts < cfg.restarts or rep.kills < cfg.kills:
            rep.violations.append(f"only {rep.restarts}/{cfg.restarts} restarts and {rep.kills}/{cfg.kills} "
                                  "kills happened before the clients finished")
        _count_events([s.events for s in clients.slots], rep)
        inv = invariants.check(owner_url, seeded.exam_id, [s.student_id for s in seeded.students],
                               [s.journal for s in clients.slots], cfg.items)
        rep.answers_journaled = inv.journal_entries
        rep.lost, rep.duplicated = inv.lost, inv.duplicated
        rep.sessions, rep.sessions_finished = inv.sessions, inv.sessions_finished
        rep.theta_checked = inv.theta_checked
        rep.violations += inv.violations
        return rep
    finally:
        if nemesis is not None:
            nemesis.stop()
        if clients is not None:
            clients.terminate()
        if proxy is not None:
            proxy.stop()
        if cfg.keep:
            cluster.stop()  # keep the files for inspection, never a running server
        else:
            cluster.destroy()
            if cfg.workdir is None:
                import shutil

                shutil.rmtree(workdir, ignore_errors=True)


def format_report(rep: HarnessReport) -> str:
    lines = [
        f"clients {rep.clients} x {rep.items_per_exam} items, wall {rep.wall_seconds:.1f} s",
        f"faults: {rep.restarts} PostgreSQL crash-restarts, {rep.kills} client kills, "
        f"{rep.network_faults} network faults; {rep.client_failures} client error-screen relaunches",
        f"answers journaled {rep.answers_journaled}, submits sent {rep.submits_sent}, stored {rep.stored}",
        f"replays {rep.replays}, duplicates refused {rep.duplicates_refused}, "
        f"unavailable {rep.unavailable_errors}, refused {rep.refused}",
        f"LOST {rep.lost}, DUPLICATED {rep.duplicated}",
        f"sessions {rep.sessions} ({rep.sessions_finished} finished), theta/SE recomputed for {rep.theta_checked}",
    ]
    lines += [f"  nemesis {e}" for e in rep.nemesis_events]
    lines += [f"  VIOLATION {v}" for v in rep.violations[:50]]
    lines.append("RESULT: " + ("PASS" if rep.ok else "FAIL"))
    return "\n".join(lines)
