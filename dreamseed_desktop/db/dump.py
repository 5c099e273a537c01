"""pg_dump / pg_restore for backups, and a fingerprint of every table to prove a restore.

A dump is consistent with its fingerprint: one REPEATABLE READ transaction exports its snapshot,
reads the schema revision and the row count + md5 of every table, and ``pg_dump --snapshot``
dumps exactly that snapshot while the transaction stays open. A restore is then compared table
by table with the fingerprint taken at dump time.

The tools come from the embedded server's bundled binaries (pgserver) when they are new enough
for the server, else from the system (``/usr/lib/postgresql/N/bin``, ``PATH``); pg_dump refuses
a server newer than itself.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

SYSTEM_SCHEMAS = ("pg_catalog", "information_schema", "pg_toast")
#: session settings that make every value's text the same on any server (the fingerprint hashes text)
STABLE_TEXT_SETTINGS = {
    "TimeZone": "UTC", "DateStyle": "ISO, YMD", "IntervalStyle": "postgres",
    "extra_float_digits": "1", "bytea_output": "hex",
}


class DumpToolError(RuntimeError):
    """pg_dump/pg_restore is missing or failed; the message carries the tool's own words."""


@dataclass(frozen=True)
class TableFingerprint:
    """Row count and md5 of one table's rows (as text, in a fixed order)."""

    rows: int
    md5: str


@dataclass(frozen=True)
class DumpInfo:
    """What was dumped: schema revision, server version and every table's fingerprint."""

    revision: str | None
    server_version: str
    tables: dict[str, TableFingerprint]


def libpq_url(url: str) -> str:
    """Strip a SQLAlchemy driver suffix (``postgresql+psycopg://``) so libpq tools accept it."""
    parts = urlsplit(url)
    scheme = parts.scheme.split("+", 1)[0]
    if scheme == "postgres":
        scheme = "postgresql"
    return urlunsplit((scheme, parts.netloc, parts.path, parts.query, parts.fragment))


def with_database(url: str, database: str) -> str:
    parts = urlsplit(libpq_url(url))
    return urlunsplit((parts.scheme, parts.netloc, "/" + database, parts.query, parts.fragment))


def database_name(url: str) -> str:
    return urlsplit(libpq_url(url)).path.lstrip("/")


def _exe(bin_dir: Path, name: str) -> Path:
    return bin_dir / (f"{name}.exe" if os.name == "nt" else name)


def tool_major(bin_dir: Path) -> int | None:
    exe = _exe(bin_dir, "pg_dump")
    if not exe.exists():
        return None
    try:
        out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"(\d+)(?:\.\d+)?", out)
    return int(match.group(1)) if match else None


def find_pg_bin(needed_major: int | None = None, explicit: str | Path | None = None) -> Path:
    """A directory holding pg_dump and pg_restore at least as new as the server."""
    if explicit:
        return Path(explicit)
    candidates: list[Path] = []
    if os.environ.get("PG_BIN"):
        candidates.append(Path(os.environ["PG_BIN"]))
    try:
        import pgserver._commands as pgc  # the embedded server ships the client tools too
        candidates.append(Path(pgc.POSTGRES_BIN_PATH))
    except ImportError:  # pragma: no cover - depends on the machine
        pass
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    on_path = shutil.which("pg_dump")
    if on_path:
        candidates.append(Path(on_path).parent)
    for candidate in candidates:
        major = tool_major(candidate)
        if major is not None and (needed_major is None or major >= needed_major):
            return candidate
    raise DumpToolError(f"no pg_dump of version {needed_major or ''}+ was found on this computer")


def server_major(conn: psycopg.Connection) -> int:
    return int(conn.info.server_version) // 10000


def _stable_session(conn: psycopg.Connection) -> None:
    for key, value in STABLE_TEXT_SETTINGS.items():
        conn.execute("SELECT set_config(%s, %s, false)", (key, value))
    # a role that cannot read every row fails here instead of fingerprinting a filtered view
    conn.execute("SET row_security = off")


def table_fingerprints(conn: psycopg.Connection) -> dict[str, TableFingerprint]:
    """``schema.table`` -> row count and md5 over every row's text (ordered bytewise)."""
    tables = conn.execute(
        "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE c.relkind IN ('r', 'p') AND n.nspname <> ALL(%s) AND n.nspname NOT LIKE 'pg_temp%%'"
        " AND n.nspname NOT LIKE 'pg_toast_temp%%' ORDER BY 1, 2", (list(SYSTEM_SCHEMAS),)).fetchall()
    result: dict[str, TableFingerprint] = {}
    for schema, table in tables:
        row = conn.execute(sql.SQL(
            "SELECT count(*), coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE \"C\")), '')"
            " FROM {} AS t").format(sql.Identifier(schema, table))).fetchone()
        assert row is not None
        result[f"{schema}.{table}"] = TableFingerprint(int(row[0]), str(row[1]))
    return result


def fingerprint_database(url: str) -> dict[str, TableFingerprint]:
    """Fingerprint every table of the database at ``url`` in one snapshot."""
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        _stable_session(conn)
        with conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return table_fingerprints(conn)


def _revision(conn: psycopg.Connection) -> str | None:
    exists = conn.execute("SELECT to_regclass('public.alembic_version') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return None
    row = conn.execute("SELECT version_num FROM public.alembic_version").fetchone()
    return str(row[0]) if row else None


def _run(cmd: Sequence[str], timeout: float) -> None:
    try:
        proc = subprocess.run(list(cmd), capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise DumpToolError(f"{Path(cmd[0]).name} did not finish within {int(timeout)} s") from exc
    except OSError as exc:
        raise DumpToolError(f"{Path(cmd[0]).name} could not be started: {exc}") from exc
    if proc.returncode != 0:
        words = (proc.stderr or proc.stdout).strip().splitlines()
        raise DumpToolError(f"{Path(cmd[0]).name} failed: {words[-1] if words else proc.returncode}")


def dump_database(url: str, out: Path, *, pg_bin: Path | None = None, timeout: float = 3600) -> DumpInfo:
    """``pg_dump -Fc`` of ``url`` into ``out``, consistent with the returned fingerprints."""
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        _stable_session(conn)
        bin_dir = pg_bin or find_pg_bin(server_major(conn))
        with conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            snapshot_row = conn.execute("SELECT pg_export_snapshot()").fetchone()
            assert snapshot_row is not None
            revision = _revision(conn)
            tables = table_fingerprints(conn)
            # the exporting transaction stays open while pg_dump reads the same snapshot
            _run([str(_exe(bin_dir, "pg_dump")), "--format=custom", f"--snapshot={snapshot_row[0]}",
                  "--file", str(out), "--dbname", libpq_url(url)], timeout)
        version = str(conn.execute("SHOW server_version").fetchone()[0])  # type: ignore[index]
    return DumpInfo(revision=revision, server_version=version, tables=tables)


def restore_dump(dump_file: Path, target_url: str, *, pg_bin: Path | None = None,
                 timeout: float = 3600) -> None:
    """``pg_restore`` into the (empty) database at ``target_url``; stops at the first error."""
    if pg_bin is None:
        with psycopg.connect(libpq_url(target_url)) as conn:
            pg_bin = find_pg_bin(server_major(conn))
    _run([str(_exe(pg_bin, "pg_restore")), "--exit-on-error", "--single-transaction",
          "--dbname", libpq_url(target_url), str(dump_file)], timeout)
