"""The backup file: one tar holding ``manifest.json`` and the ``pg_dump -Fc`` dump.

The manifest says what the dump holds: the format, the program and schema revision that made
it, when, from which database, the dump's SHA-256 and size, and every table's row count and
md5 at dump time (so a restore can be proven table by table). One file is easy to copy to a USB
stick; a dump and a separate manifest would get separated.

The file is written under a temporary name and renamed when complete, so a half-written backup
(disk full, power cut) never looks like a backup.
"""
from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import tarfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from dreamseed_desktop.services.core.errors import DomainError

log = logging.getLogger(__name__)

FORMAT = 1
SUFFIX = ".dreamseed-backup"
MANIFEST_NAME = "manifest.json"
DUMP_NAME = "dreamseed.dump"
#: what made a backup: the schedule, a person, or the safety copy a restore takes first
KINDS = ("automatic", "manual", "before-restore")


class BackupError(DomainError):
    """A backup could not be made, read or restored (the message says what to do)."""

    default_message = "The backup could not be completed."


@dataclass(frozen=True)
class Manifest:
    """What a backup file holds. ``tables``: ``schema.table`` -> [rows, md5]."""

    schema_revision: str | None
    created_at: str                 # ISO 8601, UTC
    kind: str
    source: str                     # "this PC" or the server's host/database (never a password)
    postgres_version: str
    app_version: str
    dump_sha256: str
    dump_bytes: int
    tables: dict[str, list[object]] = field(default_factory=dict)
    format: int = FORMAT

    @property
    def total_rows(self) -> int:
        return sum(int(v[0]) for v in self.tables.values())  # type: ignore[call-overload]

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_archive(target: Path, manifest: Manifest, dump_file: Path) -> None:
    """Write the backup file atomically (temporary name, fsync, rename)."""
    tmp = target.with_name(target.name + ".part")
    try:
        with tarfile.open(tmp, "w") as tar:
            data = manifest.to_json()
            info = tarfile.TarInfo(MANIFEST_NAME)
            info.size = len(data)
            info.mtime = int(dump_file.stat().st_mtime)
            tar.addfile(info, io.BytesIO(data))
            tar.add(dump_file, arcname=DUMP_NAME)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


UNREADABLE = "the file is unreadable or incomplete"
NO_MANIFEST = "it has no manifest"
NO_DUMP = "it holds no database dump"
BAD_CHECKSUM = "its checksum does not match: the file is damaged or incomplete"


def _damaged(path: Path, why: str, exc: BaseException | None = None) -> BackupError:
    """``why`` is one of the reasons above (an English term the UI translates)."""
    if exc is not None:
        log.info("backup %s unreadable: %r", path, exc)
    return BackupError("The file {path} is not a usable DreamSeed backup ({why_label}). Nothing was changed. "
                       "Use another backup file.", params={"path": str(path), "why_label": why})


def read_manifest(path: Path) -> Manifest:
    """The manifest of a backup file (without checking the dump; see :func:`extract_verified`)."""
    try:
        with tarfile.open(path, "r") as tar:
            member = tar.getmember(MANIFEST_NAME)
            fh = tar.extractfile(member)
            if fh is None:
                raise _damaged(path, NO_MANIFEST)
            raw = json.loads(fh.read().decode("utf-8"))
    except FileNotFoundError:
        raise BackupError("The backup file {path} does not exist.", params={"path": str(path)}) from None
    except (tarfile.TarError, KeyError, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _damaged(path, UNREADABLE, exc) from exc
    if not isinstance(raw, dict):
        raise _damaged(path, NO_MANIFEST)
    if int(raw.get("format", 0) or 0) > FORMAT:
        raise BackupError("The backup {path} was made by a newer DreamSeed version (backup format {format}). "
                          "Install that version, or a newer one, and restore with it. Nothing was changed.",
                          params={"path": str(path), "format": raw.get("format")})
    try:
        known = set(Manifest.__dataclass_fields__)
        return Manifest(**{k: v for k, v in raw.items() if k in known})
    except TypeError as exc:
        raise _damaged(path, NO_MANIFEST, exc) from exc


def extract_verified(path: Path, folder: Path) -> tuple[Manifest, Path]:
    """Extract the dump into ``folder`` and check its size and SHA-256 against the manifest."""
    manifest = read_manifest(path)
    out = folder / DUMP_NAME
    try:
        with tarfile.open(path, "r") as tar:
            src = tar.extractfile(DUMP_NAME)
            if src is None:
                raise _damaged(path, NO_DUMP)
            with out.open("wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
    except (tarfile.TarError, KeyError, EOFError) as exc:
        raise _damaged(path, UNREADABLE, exc) from exc
    if out.stat().st_size != manifest.dump_bytes or sha256_file(out) != manifest.dump_sha256:
        raise _damaged(path, BAD_CHECKSUM)
    return manifest, out
