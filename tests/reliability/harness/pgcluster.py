"""A private PostgreSQL cluster on 127.0.0.1 built from pgserver's bundled binaries.

pgserver's own server listens only on a Unix socket and is shared by the test run, so the
harness starts a second cluster it may crash at will: ``initdb`` into a scratch directory,
``pg_ctl start`` listening on a loopback TCP port, ``pg_ctl stop -m immediate`` to simulate
a crash (no checkpoint, WAL recovery on the next start). When running as root the server
runs as the ``pgserver`` system user, exactly as pgserver itself does.

``fsync=off`` is safe for this purpose: an immediate shutdown kills processes, the kernel's
page cache survives, so commit durability under a process crash is unchanged.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg


def pg_bin_dir() -> Path:
    import pgserver._commands as pgc

    return Path(pgc.POSTGRES_BIN_PATH)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _system_user() -> str | None:
    if os.name != "nt" and os.geteuid() == 0:
        from pgserver.utils import ensure_user_exists

        ensure_user_exists("pgserver")
        return "pgserver"
    return None


@dataclass
class PgCluster:
    """Start/crash/restart a throw-away cluster; ``url()`` gives owner (superuser) URLs."""

    root: Path
    port: int = field(default_factory=free_port)
    max_connections: int = 200
    restarts: int = 0
    #: the PostgreSQL programs to run (default: pgserver's bundled ones; tests/fixtures/district.py
    #: passes Debian's /usr/lib/postgresql/<version>/bin)
    bin_dir: Path | None = None

    def __post_init__(self) -> None:
        self.root = Path(self.root)
        self.pgdata = self.root / "pgdata"
        self.sockdir = self.root / "sock"
        self.logfile = self.root / "postgres.log"
        self._user = _system_user()

    # ------------------------------------------------------------------ plumbing
    def _run(self, *args: str, check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        cmd = [str((self.bin_dir or pg_bin_dir()) / args[0]), *args[1:]]
        proc = subprocess.run(cmd, user=self._user, capture_output=True, text=True, timeout=timeout, cwd="/")
        if check and proc.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({proc.returncode}): {proc.stderr.strip()}")
        return proc

    def _chown(self, path: Path) -> None:
        if self._user:
            shutil.chown(path, self._user, self._user)

    def url(self, database: str = "postgres", *, port: int | None = None, user: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{port or self.port}/{database}"

    # ----------------------------------------------------------------- lifecycle
    def init(self) -> PgCluster:
        self.root.mkdir(parents=True, exist_ok=True)
        if self._user:
            from pgserver.utils import ensure_prefix_permissions

            ensure_prefix_permissions(self.root)  # the server user must reach its data directory
        self.root.chmod(0o777)
        for d in (self.pgdata, self.sockdir):
            d.mkdir(exist_ok=True)
            self._chown(d)
        self.pgdata.chmod(0o700)
        self.logfile.touch()
        self._chown(self.logfile)
        self._run("initdb", "-D", str(self.pgdata), "--auth=trust", "--encoding=UTF8",
                  "--locale=C", "-U", "postgres", timeout=120)
        return self

    def start(self) -> None:
        opts = (f"-h 127.0.0.1 -p {self.port} -k {self.sockdir} -c max_connections={self.max_connections}"
                " -c fsync=off -c full_page_writes=off -c shared_buffers=64MB"
                " -c log_min_messages=warning")
        self._run("pg_ctl", "-D", str(self.pgdata), "-l", str(self.logfile), "-w", "-t", "60",
                  "-o", opts, "start", timeout=90)
        self.wait_ready()

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with psycopg.connect(self.url(), connect_timeout=2) as conn:
                    conn.execute("SELECT 1")
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def crash(self) -> None:
        """Immediate shutdown: every backend dies mid-transaction, recovery on next start."""
        self._run("pg_ctl", "-D", str(self.pgdata), "-m", "immediate", "-w", "stop", check=False)

    def crash_restart(self, down_seconds: float = 0.0) -> None:
        self.crash()
        if down_seconds:
            time.sleep(down_seconds)
        self.start()
        self.restarts += 1

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.pgdata), "-m", "fast", "-w", "stop", check=False)

    def is_running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.pgdata), "status", check=False).returncode == 0

    def destroy(self) -> None:
        if self.pgdata.exists():
            self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def create_database(self, name: str) -> str:
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
