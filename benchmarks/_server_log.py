"""What the server itself spent on each client statement, read from the PostgreSQL log.

For the benchmark's "where does the p95 go" figure: with ``log_min_duration_statement = 0``
the server logs the duration of every parse, bind and execute message (extended protocol, as
psycopg sends them), prefixed by the backend's pid (the embedded server's ``log_line_prefix``
is ``'%m [%p] '``); with ``log_lock_waits = on`` it logs every lock wait longer than
``deadlock_timeout``, and its CONTEXT line names the relation. :func:`statements` turns the log
written since an offset into, per backend pid, the list of its statements in order: the server
milliseconds (parse + bind + execute) and the lock-wait milliseconds inside it, with the
relations waited on. A client that knows its connection's pid and how many statements it sent
can then split each wall time into server work, lock waits and everything else (client code,
the network, the operating system's scheduling).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

_DURATION = re.compile(r"\[(\d+)\] LOG:  duration: ([\d.]+) ms  (parse|bind|execute|statement)[^:]*: (.*)")
_ACQUIRED = re.compile(r"\[(\d+)\] LOG:  process \d+ acquired (\w+) on (.*) after ([\d.]+) ms")
_CONTEXT = re.compile(r"\[(\d+)\] CONTEXT:  .*?relation \"([^\"]+)\"")
_DETAIL_LOCK = re.compile(r"relation (\d+) of database")

#: the settings that make the log say all this (per database, superuser only)
LOG_EVERYTHING = {"log_min_duration_statement": "0", "log_lock_waits": "on", "deadlock_timeout": "1ms"}


@dataclass
class Statement:
    """One client statement as the server saw it."""

    text: str
    server_ms: float = 0.0
    lock_ms: float = 0.0
    waited_on: list[str] = field(default_factory=list)


def log_everything(owner_url: str, database: str, on: bool) -> None:
    """Switch the statement and lock-wait logging of ``database`` on or off (new connections)."""
    with psycopg.connect(owner_url, autocommit=True) as conn:
        for key, value in LOG_EVERYTHING.items():
            if on:
                conn.execute(f"ALTER DATABASE {database} SET {key} = '{value}'")
            else:
                conn.execute(f"ALTER DATABASE {database} RESET {key}")


def offset(log: Path) -> int:
    """Where the log ends now (read from here after the run)."""
    return log.stat().st_size if log.exists() else 0


def statements(log: Path, start: int) -> dict[int, list[Statement]]:
    """Every statement logged since ``start``, per backend pid, in the order they ran."""
    with log.open("rb") as f:
        f.seek(start)
        lines = f.read().decode("utf-8", "replace").splitlines()
    out: dict[int, list[Statement]] = defaultdict(list)
    open_ms: dict[int, float] = defaultdict(float)
    open_lock: dict[int, float] = defaultdict(float)
    open_on: dict[int, list[str]] = defaultdict(list)
    for line in lines:
        m = _DURATION.search(line)
        if m:
            pid, ms, kind, text = int(m.group(1)), float(m.group(2)), m.group(3), m.group(4)
            open_ms[pid] += ms
            if kind in ("execute", "statement"):
                out[pid].append(Statement(text, open_ms.pop(pid), open_lock.pop(pid, 0.0), open_on.pop(pid, [])))
            continue
        m = _ACQUIRED.search(line)
        if m:
            pid = int(m.group(1))
            open_lock[pid] += float(m.group(4))
            rel = _DETAIL_LOCK.search(m.group(3))
            open_on[pid].append(f"{m.group(2)} on " + ("relation " + rel.group(1) if rel else m.group(3).split(" ")[0]))
            continue
        m = _CONTEXT.search(line)
        if m and open_on.get(int(m.group(1))):
            waits = open_on[int(m.group(1))]
            if "\"" not in waits[-1]:
                waits[-1] += f" (\"{m.group(2)}\")"
    return out


class WaitSampler:
    """Samples what the server processes of one login role are doing while they run a
    statement (``pg_stat_activity``, every ``every`` seconds, from a thread): on a core or
    waiting for one (no wait event), or waiting for the WAL flush, a lock, I/O ... As a context
    manager; ``shares()`` gives each wait's fraction of the samples."""

    def __init__(self, owner_url: str, role: str, every: float = 0.004) -> None:
        import threading

        self._url, self._role, self._every = owner_url, role, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.counts: dict[str, int] = defaultdict(int)

    def _run(self) -> None:
        import time

        with psycopg.connect(self._url, autocommit=True) as conn:
            while not self._stop.is_set():
                for kind, event in conn.execute(
                        "SELECT wait_event_type, wait_event FROM pg_catalog.pg_stat_activity "
                        "WHERE usename = %s AND state = 'active'", (self._role,)).fetchall():
                    self.counts["CPU (running or runnable)" if kind is None else f"{kind}: {event}"] += 1
                time.sleep(self._every)

    def __enter__(self) -> WaitSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def shares(self) -> list[tuple[str, float]]:
        total = sum(self.counts.values()) or 1
        return sorted(((k, v / total) for k, v in self.counts.items()), key=lambda kv: -kv[1])
