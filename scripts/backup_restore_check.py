#!/usr/bin/env python3
"""Prove a backup restores: dump a database, restore it into a new one, compare every table.

Usage::

    python scripts/backup_restore_check.py --database-url postgresql://backup@db.school/dreamseed \
        [--pg-bin /usr/lib/postgresql/16/bin] [--dump-file /backups/dreamseed.dump] [--keep]

Steps: ``pg_dump -Fc`` of the source database (or use an existing ``--dump-file`` with
``--restore-only``), ``CREATE DATABASE <name>_restorecheck_<time>``, ``pg_restore`` into it,
then for every ordinary table of every non-system schema compare the row count and an md5 of
all rows (in a stable order) between the source and the copy. The copy is dropped unless
``--keep``. Exit code 0 when every table matches, 1 on a mismatch, 2 when a tool failed.

The connecting role must read every row: a superuser or a role with BYPASSRLS (tables use
FORCE ROW LEVEL SECURITY, so even the owner sees nothing without it), and it needs CREATEDB
for the scratch copy. Roles are cluster-wide and are not in the dump: restoring on another
cluster needs ``pg_dumpall --roles-only`` first (see docs/school-server.md).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

from dreamseed_desktop.db import dump as app_dump

SYSTEM_SCHEMAS = ("pg_catalog", "information_schema", "pg_toast")


@dataclass(frozen=True)
class TableFingerprint:
    """Row count and content hash of one table."""

    rows: int
    md5: str


@dataclass(frozen=True)
class CheckReport:
    """What the check found; ``ok`` when every table of the source matches the copy."""

    source: dict[str, TableFingerprint]
    restored: dict[str, TableFingerprint]
    dump_bytes: int
    dump_seconds: float
    restore_seconds: float

    @property
    def mismatches(self) -> list[str]:
        names = sorted(set(self.source) | set(self.restored))
        return [n for n in names if self.source.get(n) != self.restored.get(n)]

    @property
    def ok(self) -> bool:
        return not self.mismatches and bool(self.source)

    @property
    def total_rows(self) -> int:
        return sum(fp.rows for fp in self.source.values())


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
    name = urlsplit(url).path.lstrip("/")
    if not name:
        raise SystemExit("the database URL must name a database")
    return name


def server_major(url: str) -> int:
    with psycopg.connect(libpq_url(url)) as conn:
        return int(conn.info.server_version) // 10000


def find_pg_bin(explicit: str | None, needed_major: int | None = None) -> Path:
    """Directory with pg_dump/pg_restore at least as new as the server (--pg-bin first, then the
    app's own search: $PG_BIN, pgserver's bundled binaries, /usr/lib/postgresql/N/bin, PATH)."""
    try:
        return app_dump.find_pg_bin(needed_major, explicit)
    except app_dump.DumpToolError as exc:
        raise RuntimeError(f"{exc}: pass --pg-bin") from None


def table_fingerprints(url: str) -> dict[str, TableFingerprint]:
    """``schema.table`` -> row count and md5 over every row's text, ordered by that text."""
    result: dict[str, TableFingerprint] = {}
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        conn.execute("SET row_security = off")  # fail loudly instead of counting a filtered view
        tables = conn.execute(
            "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.relkind IN ('r', 'p') AND n.nspname <> ALL(%s) AND n.nspname NOT LIKE 'pg_temp%%'"
            " ORDER BY 1, 2", (list(SYSTEM_SCHEMAS),)).fetchall()
        for schema, table in tables:
            ident = sql.Identifier(schema, table)
            row = conn.execute(sql.SQL(
                "SELECT count(*), coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '')"
                " FROM {} AS t").format(ident)).fetchone()
            assert row is not None
            result[f"{schema}.{table}"] = TableFingerprint(int(row[0]), str(row[1]))
    return result


def _run(cmd: Sequence[str]) -> None:
    proc = subprocess.run(list(cmd), capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{Path(cmd[0]).name} failed ({proc.returncode}): {proc.stderr.strip()}")


def dump(url: str, dump_file: Path, pg_bin: Path) -> None:
    _run([str(pg_bin / "pg_dump"), "--format=custom", "--file", str(dump_file), "--dbname", libpq_url(url)])


def restore(dump_file: Path, target_url: str, pg_bin: Path, jobs: int = 2) -> None:
    _run([str(pg_bin / "pg_restore"), "--exit-on-error", "--no-owner", f"--jobs={jobs}",
          "--dbname", libpq_url(target_url), str(dump_file)])


def _admin(url: str) -> psycopg.Connection:
    return psycopg.connect(with_database(url, "postgres"), autocommit=True)


def check(url: str, *, pg_bin: Path, dump_file: Path | None = None, restore_only: bool = False,
          keep: bool = False, target_name: str | None = None) -> CheckReport:
    """Dump ``url`` (unless ``restore_only``), restore into a fresh database, compare."""
    source_db = database_name(libpq_url(url))
    target = target_name or f"{source_db}_restorecheck_{int(time.time())}"[:63]
    tmpdir = None
    if dump_file is None:
        tmpdir = tempfile.mkdtemp(prefix="dreamseed-backup-")
        dump_file = Path(tmpdir) / f"{source_db}.dump"
    try:
        t0 = time.perf_counter()
        if not restore_only:
            dump(url, dump_file, pg_bin)
        t1 = time.perf_counter()
        with _admin(url) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(target)))
        target_url = with_database(url, target)
        try:
            restore(dump_file, target_url, pg_bin)
            t2 = time.perf_counter()
            report = CheckReport(source=table_fingerprints(url), restored=table_fingerprints(target_url),
                                 dump_bytes=dump_file.stat().st_size, dump_seconds=t1 - t0,
                                 restore_seconds=t2 - t1)
        finally:
            if not keep:
                with _admin(url) as conn:
                    conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                        sql.Identifier(target)))
        return report
    finally:
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)


def print_report(report: CheckReport, out=sys.stdout) -> None:
    for name in sorted(set(report.source) | set(report.restored)):
        src, dst = report.source.get(name), report.restored.get(name)
        mark = "ok " if src == dst else "BAD"
        print(f"{mark} {name:40s} source={src.rows if src else '-':>8} "
              f"restored={dst.rows if dst else '-':>8}", file=out)
    print(f"dump {report.dump_bytes} bytes in {report.dump_seconds:.2f}s, restore {report.restore_seconds:.2f}s",
          file=out)
    verdict = "RESTORE OK" if report.ok else f"RESTORE MISMATCH: {', '.join(report.mismatches) or 'no tables'}"
    print(f"{verdict} ({len(report.source)} tables, {report.total_rows} rows)", file=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DREAMSEED_DATABASE_URL"),
                        help="source database (a superuser or BYPASSRLS role with CREATEDB)")
    parser.add_argument("--pg-bin", help="directory holding pg_dump and pg_restore")
    parser.add_argument("--dump-file", type=Path, help="write the dump here (kept), or read it with --restore-only")
    parser.add_argument("--restore-only", action="store_true", help="check an existing --dump-file")
    parser.add_argument("--keep", action="store_true", help="keep the restored copy")
    parser.add_argument("--target-name", help="name of the scratch database")
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("--database-url (or DREAMSEED_DATABASE_URL) is required")
    if args.restore_only and not args.dump_file:
        parser.error("--restore-only needs --dump-file")
    try:
        pg_bin = find_pg_bin(args.pg_bin, server_major(args.database_url))
        report = check(args.database_url, pg_bin=pg_bin, dump_file=args.dump_file,
                       restore_only=args.restore_only, keep=args.keep, target_name=args.target_name)
    except (RuntimeError, psycopg.Error, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print_report(report)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
