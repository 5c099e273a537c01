"""The backup script really restores: dump, restore into a new database, compare every table."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "backup_restore_check.py"


def _fill(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO organizations (name) VALUES ('서울고등학교'), ('O''Brien Academy; DROP')")
        conn.execute(
            "INSERT INTO users (organization_id, email, role, name) "
            "SELECT 1, 'student' || g || '@school.kr', 'student', '학생 ' || g FROM generate_series(1, 300) g")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_dump_and_restore_match(db_url: str) -> None:
    _fill(db_url)
    proc = _run("--database-url", db_url)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "RESTORE OK" in proc.stdout
    users_line = next(line for line in proc.stdout.splitlines() if "public.users " in line)
    assert "source=     300" in users_line and "restored=     300" in users_line


@pytest.mark.slow
def test_stale_dump_is_reported_as_mismatch(db_url: str, tmp_path: Path) -> None:
    _fill(db_url)
    dump_file = tmp_path / "old.dump"
    first = _run("--database-url", db_url, "--dump-file", str(dump_file))
    assert first.returncode == 0, first.stderr
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("UPDATE organizations SET address = 'changed' WHERE id = 1")
    proc = _run("--database-url", db_url, "--dump-file", str(dump_file), "--restore-only")
    assert proc.returncode == 1
    assert "RESTORE MISMATCH: public.organizations" in proc.stdout


def test_unreachable_server_is_a_clear_error(tmp_path: Path) -> None:
    proc = _run("--database-url", f"postgresql://nobody@/nodb?host={tmp_path}")
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ")
    assert "Traceback" not in proc.stderr
