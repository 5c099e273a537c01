"""Issue 17: dreamseed-admin never prints a traceback; each error says what happened and what to do,
and the database is unchanged (schema revision and row counts before and after)."""
from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from dreamseed_desktop.cli import main
from dreamseed_desktop.db.migrate import SchemaStatus, head_revision


def _state(url: str) -> tuple[str, int]:
    with psycopg.connect(url) as conn:
        (rev,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        (n,) = conn.execute("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                            "ON n.oid = c.relnamespace WHERE n.nspname IN ('public','auth','exam')").fetchone()
    return rev, n


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    try:
        code = main(list(argv))
    except SystemExit as exc:          # argparse refusals
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_newer_database_gets_downgrade_advice_not_a_traceback(db_url: str, capsys) -> None:
    with psycopg.connect(db_url) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = _state(db_url)
    code, out, _err = _run(capsys, "db", "status", "--database-url", db_url)
    assert code == 3 and "made by a newer DreamSeed version" in out and "upgrading cannot help" in out
    code, _out, err = _run(capsys, "db", "upgrade", "--database-url", db_url)
    assert code == 3 and "newer DreamSeed version" in err and "Nothing was changed" in err
    assert _state(db_url) == before


def test_revision_does_what_it_says_or_is_refused(db_url: str, capsys) -> None:
    before = _state(db_url)
    assert before[0] == head_revision()
    code, out, _ = _run(capsys, "db", "upgrade", "--database-url", db_url, "--revision", "0005")
    assert code == 1 and "newer than 0005" in out and "never downgrades" in out
    code, _, err = _run(capsys, "db", "upgrade", "--database-url", db_url, "--revision", "bogus")
    assert code == 2 and "no schema revision 'bogus'" in err
    code, out, _ = _run(capsys, "db", "upgrade", "--database-url", db_url)
    assert code == 0 and "already at revision" in out
    assert _state(db_url) == before


def test_embedded_advice_asks_for_no_url() -> None:
    empty = SchemaStatus(current=None, head=head_revision())
    assert "--database-url" not in empty.advice(embedded=True)
    assert "dreamseed-admin db upgrade" in empty.advice(embedded=True)
    assert "--database-url" in empty.advice(embedded=False)


def test_bad_cli_arguments_are_refused_before_the_run(tmp_path: Path, capsys) -> None:
    out = tmp_path / "r.json"
    code, _, err = _run(capsys, "simulate", "--demo-bank", "0", "--out", str(out))
    assert code == 2 and "--demo-bank: must be at least 1 (got 0)" in err and not out.exists()
    code, _, err = _run(capsys, "simulate", "--demo-bank", "x", "--out", str(out))
    assert code == 2 and "'x' is not a whole number" in err
    missing = tmp_path / "no-such-folder" / "r.json"
    code, _, err = _run(capsys, "simulate", "--demo-bank", "30", "--examinees", "5", "--out", str(missing))
    assert code == 2 and "the folder" in err and "does not exist" in err and not missing.parent.exists()
    code, _, err = _run(capsys, "simulate", "--demo-bank", "30", "--out", str(tmp_path))
    assert code == 2 and "is a folder" in err


@pytest.mark.parametrize("argv", [
    ["calibrate", "--responses", "r.csv", "--out", "/nonexistent-dir/p.csv"],
    ["itemfit", "--responses", "r.csv", "--params", "p.csv", "--out", "/nonexistent-dir/f.csv"],
    ["dif", "--responses", "r.csv", "--groups", "g.csv", "--reference", "a", "--focal", "b",
     "--out", "/nonexistent-dir/d.csv"],
    ["simulate", "--demo-bank", "20", "--out", "r.json", "--responses-out", "/nonexistent-dir/x.csv"],
])
def test_other_out_options_check_the_folder(argv: list[str], capsys) -> None:
    code, _, err = _run(capsys, *argv)
    assert code == 2 and "the folder '/nonexistent-dir' does not exist" in err
