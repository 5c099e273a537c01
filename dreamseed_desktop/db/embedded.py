"""Embedded PostgreSQL (pgserver) living in the user's data directory.

With no database URL configured the app starts its own server here, so one PC works
alone and offline. It listens only on a Unix socket inside the data directory (TCP on
127.0.0.1 on Windows).

Authentication is SCRAM, never trust: on first start the superuser gets a random per-install
password kept in ``<data dir>/pgdata.secret`` (readable by this user only) and pg_hba.conf is
rewritten to ``scram-sha-256``. The folders above the data directory are never opened up to
other users: when the app runs as root (pgserver then runs postgres as the ``pgserver`` user,
which must traverse them) it refuses a data directory whose parents are private instead of
widening them.
"""
from __future__ import annotations

import json
import logging
import os
import secrets
import stat
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

APP_DATABASE = "dreamseed"
SECRET_SUFFIX = ".secret"
HBA_SCRAM = (
    "# Written by DreamSeed Desktop: password (SCRAM) authentication only, never trust.\n"
    "local   all   all                 scram-sha-256\n"
    "host    all   all   127.0.0.1/32  scram-sha-256\n"
    "host    all   all   ::1/128       scram-sha-256\n"
)
# Settings of the embedded server: nothing a client sends (sign-in proofs, session tokens) is
# written to the server log.
LOG_SETTINGS = {
    "log_statement": "none",
    "log_min_duration_statement": "-1",
    "log_min_duration_sample": "-1",
    "log_parameter_max_length": "0",
    "log_parameter_max_length_on_error": "0",
}


class EmbeddedServerError(RuntimeError):
    """The embedded server cannot be started safely (message says why and what to do)."""


@dataclass
class EmbeddedServer:
    """A running pgserver instance; ``stop()`` shuts it down cleanly."""

    pgdata: Path
    _server: Any
    _password: str = field(default="", repr=False)

    def url(self, database: str = APP_DATABASE) -> str:
        """Superuser URL of ``database`` with the per-install password."""
        from sqlalchemy.engine import make_url

        url = make_url(str(self._server.get_uri(database)))
        if self._password:
            url = url.set(password=self._password)
        return url.render_as_string(hide_password=False)

    def ensure_database(self, database: str = APP_DATABASE) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,)).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{database}"')
                conn.execute(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC')

    def postmaster_pid(self) -> int | None:
        """The running server's process id (from ``postmaster.pid``), None when it is not ours."""
        return live_postmaster_pid(self.pgdata)

    def is_running(self) -> bool:
        return self.postmaster_pid() is not None

    def heal(self) -> str:
        """Check the server and start it again if it stopped (killed, crashed, shut down by
        someone): "running", "restarted" or "down". Safe to call from several threads."""
        with _HEAL_LOCK:
            if self.is_running():
                return "running"
            log.warning("the embedded PostgreSQL in %s has stopped; starting it again", self.pgdata)
            try:
                with self._server._lock:      # pgserver's inter-process lock: one starter at a time
                    clean_stale_state(self.pgdata)
                    self._server.ensure_postgres_running()
                    # our pid list was pruned with the stale ones if it was lost: hold a handle again
                    self._server.global_process_id_list.get_and_add(os.getpid())
            except Exception as exc:  # noqa: BLE001 - reported to the user as "could not restart"
                log.error("the embedded PostgreSQL could not be started again: %s", exc)
                return "down"
            log.info("the embedded PostgreSQL is running again (pid %s)", self.postmaster_pid())
            return "restarted"

    def stop(self) -> None:
        try:
            self._server.cleanup()
        except Exception as exc:  # noqa: BLE001  # pragma: no cover - best effort on exit
            log.warning("embedded PostgreSQL did not stop cleanly: %s", exc)


_HEAL_LOCK = threading.Lock()
HANDLE_PIDS = ".handle_pids.json"   # pgserver: processes holding the server; the last one stops it


def _is_our_postmaster(pid: int, pgdata: Path) -> bool:
    """Whether ``pid`` is a PostgreSQL server running on ``pgdata`` (not a reused process id)."""
    import psutil

    try:
        proc = psutil.Process(pid)
        name = proc.name()
        cmdline = proc.cmdline()
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return False
    if proc.status() == psutil.STATUS_ZOMBIE or not name.startswith("postgres"):
        return False
    resolved = str(pgdata.resolve())
    return any(arg in (str(pgdata), resolved) for arg in cmdline) or (
        "-D" not in cmdline and proc.cwd() in (str(pgdata), resolved))


def live_postmaster_pid(pgdata: Path) -> int | None:
    """The pid in ``postmaster.pid`` if that process is this data directory's server."""
    try:
        first = (pgdata / "postmaster.pid").read_text(encoding="utf-8").splitlines()[0]
        pid = int(first.strip())
    except (OSError, IndexError, ValueError):
        return None
    return pid if _is_our_postmaster(pid, pgdata) else None


def clean_stale_state(pgdata: Path, *, wait_s: float = 10.0) -> list[str]:
    """After a crash: forget dead processes in pgserver's handle list (else the server is
    never stopped when the program ends) and remove a ``postmaster.pid`` whose process is gone
    or is now some other program (a reused pid makes pgserver think the server runs, and
    PostgreSQL refuse to start). Waits for the old server's children to let go of the shared
    memory. Returns what was cleaned (for the log)."""
    import psutil

    cleaned: list[str] = []
    handles = pgdata / HANDLE_PIDS
    try:
        pids = json.loads(handles.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pids = None
    if isinstance(pids, list):
        alive = [p for p in pids if isinstance(p, int) and psutil.pid_exists(p) and
                 psutil.Process(p).status() != psutil.STATUS_ZOMBIE]
        if alive != pids:
            handles.write_text(json.dumps(alive), encoding="utf-8")
            cleaned.append(f"handles of ended processes {sorted(set(pids) - set(alive))}")
    pidfile = pgdata / "postmaster.pid"
    if pidfile.exists() and live_postmaster_pid(pgdata) is None:
        lines = pidfile.read_text(encoding="utf-8", errors="replace").splitlines()
        # children of a killed server exit when they notice; PostgreSQL refuses to start while
        # one still holds the old shared memory, so give them a moment
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline and _orphan_backends(pgdata):
            time.sleep(0.2)
        pidfile.unlink(missing_ok=True)
        cleaned.append(f"stale postmaster.pid ({lines[0] if lines else '?'})")
        if len(lines) >= 5 and lines[4].strip() and len(lines) >= 4 and lines[3].strip():
            lock = Path(lines[4].strip()) / f".s.PGSQL.{lines[3].strip()}.lock"
            if lock.exists():
                lock.unlink(missing_ok=True)
                cleaned.append(f"stale socket lock {lock}")
    if cleaned:
        log.warning("embedded PostgreSQL in %s: cleaned up after a crash: %s", pgdata, "; ".join(cleaned))
    return cleaned


def _orphan_backends(pgdata: Path) -> bool:
    """Processes of a dead server still alive (called only when ``postmaster.pid`` is stale, so
    every PostgreSQL process working in this data directory is a leftover)."""
    import psutil

    for proc in psutil.process_iter(["name"]):
        try:
            if (proc.info["name"] or "").startswith("postgres") and proc.status() != psutil.STATUS_ZOMBIE:
                # a backend does not name its data directory; its cwd is the data directory
                if proc.cwd() in (str(pgdata), str(pgdata.resolve())):
                    return True
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return False


def secret_path(pgdata: Path) -> Path:
    return pgdata.with_name(pgdata.name + SECRET_SUFFIX)


def read_or_create_secret(path: Path) -> str:
    """The per-install superuser password; created (mode 0600, this user only) when missing.
    An existing file that others may read is tightened to 0600."""
    if path.exists():
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            path.chmod(0o600)
        return path.read_text(encoding="ascii").strip()
    secret = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(secret + "\n")
    return secret


def check_parents_traversable(pgdata: Path) -> None:
    """As root, pgserver runs postgres as another user that must traverse every parent of the
    data directory, and would chmod the parents to let it. Refuse instead of widening them."""
    needed = stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH
    for parent in pgdata.resolve().parents:
        mode = stat.S_IMODE(parent.stat().st_mode)
        if mode & needed != needed:
            raise EmbeddedServerError(
                f"The folder {parent} is private (mode {mode:o}). Running as root, the embedded database "
                f"would have to open it to other users, which DreamSeed will not do. Start the program as "
                f"a normal user, or set DREAMSEED_DATA_DIR to a folder whose parents are readable, e.g. "
                f"/var/lib/dreamseed-desktop.")


def _running_as_root() -> bool:
    return os.name != "nt" and hasattr(os, "geteuid") and os.geteuid() == 0


def _hba_uses_trust(pgdata: Path) -> bool:
    hba = pgdata / "pg_hba.conf"
    lines = [ln.split("#", 1)[0].split() for ln in hba.read_text(encoding="utf-8").splitlines()]
    return any(parts and "trust" in parts for parts in lines)


def _require_password_auth(server: Any, pgdata: Path, password: str) -> None:
    """Switch a trust-authenticated cluster to SCRAM with ``password`` for the superuser."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(str(server.get_uri("postgres")), autocommit=True) as conn:   # still trust
        conn.execute("SET password_encryption = 'scram-sha-256'")
        conn.execute(sql.SQL("ALTER ROLE CURRENT_USER PASSWORD {}").format(sql.Literal(password)))
        for key, value in LOG_SETTINGS.items():
            conn.execute(sql.SQL("ALTER SYSTEM SET {} = {}").format(sql.Identifier(key), sql.Literal(value)))
        # clients may connect to the application database only
        conn.execute("REVOKE CONNECT ON DATABASE postgres, template1 FROM PUBLIC")
        hba = pgdata / "pg_hba.conf"
        owner = hba.stat()
        hba.write_text(HBA_SCRAM, encoding="utf-8")
        if _running_as_root():
            os.chown(hba, owner.st_uid, owner.st_gid)
        conn.execute("SELECT pg_reload_conf()")


def start_embedded(pgdata: Path, *, cleanup_mode: str | None = "stop") -> EmbeddedServer:
    """Start (or attach to) the embedded server whose data lives in ``pgdata``."""
    import pgserver

    pgdata.mkdir(parents=True, exist_ok=True)
    if _running_as_root():
        check_parents_traversable(pgdata)
    password = read_or_create_secret(secret_path(pgdata))
    from pgserver.postgres_server import PostgresServer

    with PostgresServer._lock:   # pgserver's inter-process lock: no other starter meanwhile
        clean_stale_state(pgdata)
    server = pgserver.get_server(pgdata, cleanup_mode=cleanup_mode)
    if _hba_uses_trust(pgdata):
        _require_password_auth(server, pgdata, password)
    return EmbeddedServer(pgdata=pgdata, _server=server, _password=password)
