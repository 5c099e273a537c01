"""Backups and restores of the DreamSeed database (this PC's embedded one, or a school server).

:class:`BackupService` works on an *owner* URL (the embedded superuser, or a server role that may
read every row: superuser or BYPASSRLS) and a folder of backup files:

* :meth:`create` dumps the database consistently (see :mod:`dreamseed_desktop.db.dump`) into a
  backup file with a manifest (schema revision, SHA-256, every table's rows and md5).
* :meth:`restore` refuses a damaged file and a backup from a newer program, takes a safety backup
  of the current data, restores into a new database next to the live one, proves the copy
  (every table's rows and md5 equal the manifest's), upgrades it if it came from an older
  program, and only then swaps it in place of the live database. Anything that fails before the
  swap changes nothing.
* :meth:`backup_if_due` is the one-PC schedule: an automatic backup when the newest one is older
  than a day, keeping the newest ``keep`` automatic ones. :meth:`run_schedule` runs it at
  start-up and keeps the outcome (:attr:`last_schedule`), so the program can show an
  administrator that it failed and what to do (:meth:`wait_schedule`); a later successful
  backup clears the failure.
"""
from __future__ import annotations

import errno
import logging
import re
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from psycopg import sql

from dreamseed_desktop import __version__
from dreamseed_desktop.db import dump as pgdump
from dreamseed_desktop.services.core.errors import DomainError
from dreamseed_desktop.services.maintenance.archive import (
    KINDS,
    SUFFIX,
    BackupError,
    Manifest,
    extract_verified,
    read_manifest,
    sha256_file,
    write_archive,
)

log = logging.getLogger(__name__)

DEFAULT_KEEP = 7
DEFAULT_MAX_AGE = timedelta(days=1)
_NAME = re.compile(r"^dreamseed-(\d{8}-\d{6})-(automatic|manual|before-restore)" + re.escape(SUFFIX) + "$")


@dataclass(frozen=True)
class BackupFile:
    """A backup in the folder: its path, kind and when it was made."""

    path: Path
    kind: str
    created: datetime


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup's manifest, the safety backup and the upgrade."""

    manifest: Manifest
    safety_backup: Path | None
    upgraded_from: str | None
    tables: int
    rows: int


@dataclass(frozen=True)
class ScheduleOutcome:
    """What the automatic backup at start-up did: the backup it made (None when none was due)
    or the error that stopped it, and the folder it used."""

    at: datetime
    made: BackupFile | None
    error: DomainError | None
    folder: Path

    @property
    def failed(self) -> bool:
        return self.error is not None


#: an operating-system error as an English term the UI translates (``reason_label``)
_OS_REASONS = {
    errno.EACCES: "permission denied", errno.EPERM: "permission denied",
    errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk is full",
    errno.EROFS: "the disk is read-only", errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
}


def _reason(exc: OSError) -> str:
    return _OS_REASONS.get(exc.errno or 0) or exc.strerror or str(exc)


def _tool_failure(exc: Exception) -> BackupError:
    return BackupError("The database tool failed: {detail}. Nothing was changed. Check that there is free disk "
                       "space and try again.", params={"detail": str(exc)})


class BackupService:
    """Backups of one database into ``folder`` (see the module docstring)."""

    def __init__(self, owner_url: str, folder: Path, *, source_label: str = "this PC",
                 pg_bin: Path | None = None, upgrade: Callable[[str], None] | None = None,
                 head_revision: Callable[[], str] | None = None,
                 known_revisions: Callable[[], frozenset[str]] | None = None,
                 database_privileges_sql: str | None = None) -> None:
        from dreamseed_desktop.db import migrate, roles

        self.owner_url = pgdump.libpq_url(owner_url)
        self.folder = folder
        self.source_label = source_label
        self.pg_bin = pg_bin
        self._upgrade = upgrade or migrate.upgrade
        self._head = head_revision or migrate.head_revision
        self._known = known_revisions or migrate.known_revisions
        self._privileges = database_privileges_sql or roles.database_privileges_sql()
        self.last_schedule: ScheduleOutcome | None = None
        self._schedule_started = False
        self._schedule_done = threading.Event()

    # -- making backups ---------------------------------------------------------------------------
    def create(self, kind: str = "manual", *, now: datetime | None = None) -> BackupFile:
        """A new backup file in the folder (``kind``: automatic, manual or before-restore)."""
        if kind not in KINDS:
            raise ValueError(kind)
        now = now or datetime.now(UTC)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError("The backup folder {folder} cannot be created ({reason_label}). Choose another "
                              "folder.", params={"folder": str(self.folder), "reason_label": _reason(exc)}) from exc
        target = self.folder / f"dreamseed-{now:%Y%m%d-%H%M%S}-{kind}{SUFFIX}"
        n = 1
        while target.exists():  # two backups in the same second: never overwrite one
            target = self.folder / f"dreamseed-{now:%Y%m%d-%H%M%S}-{kind}-{n}{SUFFIX}"
            n += 1
        try:
            if not self._has_schema(strict=True):
                raise BackupError("There is nothing to back up yet: the database has no DreamSeed data.")
            with tempfile.TemporaryDirectory(prefix="dreamseed-backup-", dir=self.folder) as tmp:
                dump_file = Path(tmp) / "dreamseed.dump"
                info = pgdump.dump_database(self.owner_url, dump_file, pg_bin=self.pg_bin)
                manifest = Manifest(
                    schema_revision=info.revision, created_at=now.isoformat(timespec="seconds"),
                    kind=kind, source=self.source_label, postgres_version=info.server_version,
                    app_version=__version__, dump_sha256=sha256_file(dump_file),
                    dump_bytes=dump_file.stat().st_size,
                    tables={name: [fp.rows, fp.md5] for name, fp in info.tables.items()})
                write_archive(target, manifest, dump_file)
        except pgdump.DumpToolError as exc:
            raise _tool_failure(exc) from exc
        except psycopg.errors.InsufficientPrivilege as exc:
            raise BackupError("This database user may not read every row, so the backup would be incomplete. "
                              "Use the backup role (BYPASSRLS) or the superuser; see docs/school-server.md.") from exc
        except psycopg.OperationalError as exc:
            raise BackupError("The database could not be reached for the backup ({detail}). Nothing was "
                              "written.", params={"detail": str(exc).strip().splitlines()[0]}) from exc
        except OSError as exc:
            raise BackupError("The backup could not be written to {folder} ({reason_label}). Free some disk "
                              "space or choose another folder.",
                              params={"folder": str(self.folder), "reason_label": _reason(exc)}) from exc
        log.info("backup written: %s (%d tables, %d rows)", target, len(manifest.tables), manifest.total_rows)
        made = BackupFile(target, kind, now)
        if self.last_schedule is not None and self.last_schedule.failed and kind != "before-restore":
            self.last_schedule = ScheduleOutcome(now, made, None, self.folder)   # the failure is resolved
        return made

    def list_backups(self) -> list[BackupFile]:
        """Backups in the folder, newest first (files named by this program only)."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = _NAME.match(re.sub(r"-\d+(?=" + re.escape(SUFFIX) + "$)", "", path.name))
            if match and path.is_file():
                created = datetime.strptime(match[1], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
                found.append(BackupFile(path, match[2], created))
        return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)

    def backup_if_due(self, *, keep: int = DEFAULT_KEEP, max_age: timedelta = DEFAULT_MAX_AGE,
                      now: datetime | None = None) -> BackupFile | None:
        """The schedule: an automatic backup when the newest backup is older than ``max_age``;
        then only the newest ``keep`` automatic backups are kept. Returns the new backup or None."""
        now = now or datetime.now(UTC)
        backups = self.list_backups()
        newest = backups[0].created if backups else None
        made = None
        if newest is None or now - newest >= max_age:
            made = self.create("automatic", now=now)
        self.prune(keep=keep)
        return made

    def begin_schedule(self) -> None:
        """Mark that this run's automatic backup has been started (before it is queued), so
        :meth:`wait_schedule` waits for it instead of answering "none"."""
        self._schedule_started = True
        self._schedule_done.clear()

    def run_schedule(self, *, keep: int = DEFAULT_KEEP, now: datetime | None = None) -> ScheduleOutcome:
        """:meth:`backup_if_due` for the start-up schedule; never raises a domain error: the
        outcome (made, or the error) is kept in :attr:`last_schedule` and returned."""
        self._schedule_started = True
        error: DomainError | None = None
        made = None
        try:
            made = self.backup_if_due(keep=keep, now=now)
        except DomainError as exc:
            error = exc
            log.warning("automatic backup failed: %s", exc)
        except Exception:   # a bug must not leave the administrator without a word
            log.exception("automatic backup failed")
            error = BackupError()
        finally:
            self.last_schedule = ScheduleOutcome(now or datetime.now(UTC), made, error, self.folder)
            self._schedule_done.set()
        return self.last_schedule

    @property
    def schedule_pending(self) -> bool:
        """This run's automatic backup was started and has not finished yet."""
        return self._schedule_started and not self._schedule_done.is_set()

    def wait_schedule(self, timeout: float | None = None) -> ScheduleOutcome | None:
        """The outcome of this run's automatic backup, waiting (up to ``timeout`` s) while it
        runs; None when none was started in this run (or it is still running at the timeout)."""
        if not self._schedule_started:
            return None
        self._schedule_done.wait(timeout)
        return self.last_schedule

    def prune(self, *, keep: int = DEFAULT_KEEP) -> list[Path]:
        """Delete automatic backups beyond the newest ``keep`` (manual and safety ones stay)."""
        automatic = [b for b in self.list_backups() if b.kind == "automatic"]
        removed = []
        for old in automatic[max(keep, 1):]:
            try:
                old.path.unlink()
                removed.append(old.path)
            except OSError as exc:
                log.warning("could not delete the old backup %s: %s", old.path, exc)
        return removed

    # -- restoring --------------------------------------------------------------------------------
    def inspect(self, path: Path) -> Manifest:
        """The manifest, after checking the program can restore it (newer schema: refused)."""
        manifest = read_manifest(path)
        self._check_revision(path, manifest)
        return manifest

    def _check_revision(self, path: Path, manifest: Manifest) -> None:
        rev = manifest.schema_revision
        if rev is None:
            raise BackupError("The backup {path} holds no DreamSeed data (no schema revision). Nothing was "
                              "changed. Use another backup file.", params={"path": str(path)})
        if rev not in self._known():
            raise BackupError("The backup {path} was made by a newer DreamSeed version (schema revision {revision}; "
                              "this program knows up to {head}). Install that version, or a newer one, and restore "
                              "with it. Nothing was changed.",
                              params={"path": str(path), "revision": rev, "head": self._head()})

    def other_connections(self) -> int:
        """Connections to the live database other than this one (other programs using it)."""
        name = pgdump.database_name(self.owner_url)
        with psycopg.connect(pgdump.with_database(self.owner_url, "postgres"), autocommit=True) as conn:
            row = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> "
                               "pg_backend_pid()", (name,)).fetchone()
        return int(row[0]) if row else 0

    def verify(self, path: Path) -> Manifest:
        """Prove a backup restores: its checksum, then a restore into a scratch database whose
        every table must equal the manifest (rows and md5); the scratch copy is dropped."""
        manifest = self.inspect(path)
        with tempfile.TemporaryDirectory(prefix="dreamseed-verify-") as tmp:
            manifest, dump_file = extract_verified(path, Path(tmp))
            scratch = self._restore_into_scratch(manifest, dump_file, "verify")
            self._drop(scratch)
        return manifest

    def restore(self, path: Path, *, safety_backup: bool = True,
                progress: Callable[[str], None] | None = None) -> RestoreResult:
        """Replace the live database with the backup in ``path`` (see the module docstring)."""
        say = progress or (lambda _text: None)
        manifest = self.inspect(path)
        live = pgdump.database_name(self.owner_url)
        safety: Path | None = None
        with tempfile.TemporaryDirectory(prefix="dreamseed-restore-") as tmp:
            say("checking")
            manifest, dump_file = extract_verified(path, Path(tmp))
            if safety_backup and self._has_schema():
                say("safety backup")
                safety = self.create("before-restore").path
            say("restoring")
            scratch = self._restore_into_scratch(manifest, dump_file, "restoring")
            swapped = False
            try:
                upgraded_from = None
                scratch_url = pgdump.with_database(self.owner_url, scratch)
                if manifest.schema_revision != self._head():
                    say("upgrading")
                    self._upgrade(scratch_url)
                    upgraded_from = manifest.schema_revision
                with psycopg.connect(scratch_url, autocommit=True) as conn:
                    conn.execute(self._privileges)
                say("switching")
                self._swap(self._admin_url(), live, scratch)
                swapped = True
            finally:
                if not swapped:
                    self._drop(scratch)
        log.info("restored %s (revision %s) into %s; safety backup %s", path, manifest.schema_revision, live, safety)
        return RestoreResult(manifest=manifest, safety_backup=safety, upgraded_from=upgraded_from,
                             tables=len(manifest.tables), rows=manifest.total_rows)

    def _admin_url(self) -> str:
        return pgdump.with_database(self.owner_url, "postgres")

    def _drop(self, name: str) -> None:
        with psycopg.connect(self._admin_url(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def _restore_into_scratch(self, manifest: Manifest, dump_file: Path, purpose: str) -> str:
        """A new database holding the dump, proven equal to the manifest; its name."""
        live = pgdump.database_name(self.owner_url)
        scratch = f"{live}_{purpose}_{time.strftime('%Y%m%d%H%M%S')}"[:63]
        try:
            with psycopg.connect(self._admin_url(), autocommit=True) as conn:
                missing = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'dreamseed_owner'").fetchone() is None
                if missing:
                    raise BackupError("The DreamSeed database roles do not exist on this server yet. Run "
                                      "'dreamseed-admin db upgrade' on an empty database first (it creates them), "
                                      "then restore. Nothing was changed.")
                row = conn.execute("SELECT pg_catalog.pg_get_userbyid(datdba) FROM pg_database "
                                   "WHERE datname = %s", (live,)).fetchone()
                owner = sql.SQL(" OWNER {}").format(sql.Identifier(row[0])) if row else sql.SQL("")
                conn.execute(sql.SQL("CREATE DATABASE {}{} TEMPLATE template0 ENCODING 'UTF8'").format(
                    sql.Identifier(scratch), owner))
        except psycopg.Error as exc:
            raise BackupError("A new database for the restore could not be created ({detail}). Nothing was "
                              "changed. Restore as the database superuser.",
                              params={"detail": str(exc).strip().splitlines()[0]}) from exc
        try:
            try:
                pgdump.restore_dump(dump_file, pgdump.with_database(self.owner_url, scratch), pg_bin=self.pg_bin)
            except pgdump.DumpToolError as exc:
                raise _tool_failure(exc) from exc
            restored = pgdump.fingerprint_database(pgdump.with_database(self.owner_url, scratch))
            expected = {name: pgdump.TableFingerprint(int(v[0]), str(v[1]))  # type: ignore[call-overload]
                        for name, v in manifest.tables.items()}
            differ = sorted(n for n in set(expected) | set(restored) if expected.get(n) != restored.get(n))
            if differ:
                raise BackupError("The restored copy does not match the backup (tables: {tables}). Nothing was "
                                  "changed. Use another backup file.", params={"tables": ", ".join(differ[:10])})
        except BaseException:
            self._drop(scratch)
            raise
        return scratch

    def _has_schema(self, *, strict: bool = False) -> bool:
        try:
            with psycopg.connect(self.owner_url, connect_timeout=10) as conn:
                row = conn.execute("SELECT to_regclass('public.alembic_version') IS NOT NULL").fetchone()
        except psycopg.OperationalError:
            if strict:
                raise
            return False   # no live database yet: nothing to keep
        return bool(row and row[0])

    @staticmethod
    def _swap(admin_url: str, live: str, scratch: str) -> None:
        """Put ``scratch`` in place of ``live``: no new connections, end the open ones, rename,
        drop the old database (the safety backup holds it)."""
        old = f"{live}_replaced_{time.strftime('%Y%m%d%H%M%S')}"[:63]
        with psycopg.connect(admin_url, autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (live,)).fetchone()
            if exists:
                conn.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(sql.Identifier(live)))
                conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                             "AND pid <> pg_backend_pid()", (live,))
                for _ in range(50):
                    busy = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s",
                                        (live,)).fetchone()
                    if not busy or not busy[0]:
                        break
                    time.sleep(0.1)
                conn.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(sql.Identifier(live),
                                                                             sql.Identifier(old)))
            conn.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(sql.Identifier(scratch),
                                                                         sql.Identifier(live)))
            if exists:
                conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(old)))
