"""Issue 17: backups and restores through the product's own service and ``dreamseed-admin``.

Every case compares every table (row count and md5 of all rows, ``db.dump.fingerprint_database``)
before and after: a restore gives back exactly the backed-up data; a refused restore (damaged
file, newer program) changes nothing.
"""
from __future__ import annotations

import json
import tarfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from dreamseed_desktop.cli import main
from dreamseed_desktop.db.dump import fingerprint_database
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.migrate import head_revision, upgrade
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.demo.seed import ADMIN_EMAIL, DEMO_PASSWORD, seed_demo
from dreamseed_desktop.services.maintenance.archive import DUMP_NAME, MANIFEST_NAME, BackupError
from dreamseed_desktop.services.maintenance.backups import BackupService
from tests.conftest import create_database_from_template, drop_database


def _demo(url: str) -> None:
    engine = make_engine(url, pool_size=1)
    try:
        seed_demo(Database(engine), students=12)
    finally:
        engine.dispose()


def _change(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE users SET name = name || ' (changed)' WHERE id = (SELECT min(id) FROM users)")
        conn.execute("INSERT INTO organizations (name) VALUES ('after the backup')")


def _rows(fingerprints) -> int:  # type: ignore[no-untyped-def]
    return sum(fp.rows for fp in fingerprints.values())


@pytest.mark.slow
def test_restore_gives_back_every_table_and_keeps_a_safety_backup(db_url: str, tmp_path: Path) -> None:
    _demo(db_url)
    original = fingerprint_database(db_url)
    assert _rows(original) > 500 and len(original) > 15
    service = BackupService(db_url, tmp_path)
    backup = service.create("manual")
    manifest = service.inspect(backup.path)
    assert manifest.schema_revision == head_revision()
    assert {k: tuple(v) for k, v in manifest.tables.items()} == {k: (fp.rows, fp.md5) for k, fp in original.items()}

    _change(db_url)
    changed = fingerprint_database(db_url)
    assert changed != original
    result = service.restore(backup.path)

    assert fingerprint_database(db_url) == original          # every table: rows and md5
    assert result.tables == len(original) and result.rows == _rows(original)
    assert result.safety_backup is not None and result.upgraded_from is None
    safety = service.inspect(result.safety_backup)            # the data from before the restore
    assert {k: tuple(v) for k, v in safety.tables.items()} == {k: (fp.rows, fp.md5) for k, fp in changed.items()}
    # the restored database is usable by the app: a client sign-in through the staff role works
    from dreamseed_desktop.db.roles import client_url
    from dreamseed_desktop.services.core.auth import AuthService

    engine = make_engine(client_url(db_url), pool_size=1)
    try:
        identity = AuthService(Database(engine)).login(ADMIN_EMAIL, DEMO_PASSWORD)
        assert identity.role == "admin"
    finally:
        engine.dispose()


def _damage(path: Path, tmp_path: Path) -> Path:
    """A copy of the backup with one byte of the dump flipped (the manifest untouched)."""
    bad = tmp_path / "damaged.dreamseed-backup"
    data = bytearray(path.read_bytes())
    with tarfile.open(path) as tar:
        member = tar.getmember(DUMP_NAME)
        offset = member.offset_data + member.size // 2
    data[offset] ^= 0xFF
    bad.write_bytes(bytes(data))
    return bad


@pytest.mark.slow
def test_damaged_and_newer_backups_are_refused_and_change_nothing(db_url: str, tmp_path: Path) -> None:
    _demo(db_url)
    service = BackupService(db_url, tmp_path / "backups")
    backup = service.create("manual")
    _change(db_url)
    before = fingerprint_database(db_url)

    with pytest.raises(BackupError, match="checksum does not match") as damaged:
        service.restore(_damage(backup.path, tmp_path))
    assert "Nothing was changed" in str(damaged.value) and "Use another backup file" in str(damaged.value)

    truncated = tmp_path / "truncated.dreamseed-backup"
    truncated.write_bytes(backup.path.read_bytes()[: backup.path.stat().st_size // 3])
    with pytest.raises(BackupError, match="not a usable DreamSeed backup"):
        service.restore(truncated)

    newer = tmp_path / "newer.dreamseed-backup"
    with tarfile.open(backup.path) as src, tarfile.open(newer, "w") as dst:
        raw = json.loads(src.extractfile(MANIFEST_NAME).read())  # type: ignore[union-attr]
        raw["schema_revision"] = "9999"
        data = json.dumps(raw).encode()
        info = tarfile.TarInfo(MANIFEST_NAME)
        info.size = len(data)
        import io
        dst.addfile(info, io.BytesIO(data))
        dump_member = src.getmember(DUMP_NAME)
        dst.addfile(dump_member, src.extractfile(dump_member))
    with pytest.raises(BackupError, match="made by a newer DreamSeed version") as newer_err:
        service.restore(newer)
    assert "Install that version" in str(newer_err.value)

    assert fingerprint_database(db_url) == before
    # no scratch database was left behind, and no safety backup was taken for refused files
    with psycopg.connect(db_url) as conn:
        leftovers = conn.execute("SELECT datname FROM pg_database WHERE datname LIKE '%restoring%' "
                                 "OR datname LIKE '%verify%'").fetchall()
    assert leftovers == []
    assert [b.kind for b in service.list_backups()] == ["manual"]


@pytest.mark.slow
def test_backup_from_an_older_version_is_restored_and_upgraded(pg_server, db_url: str, tmp_path: Path) -> None:
    old_name = f"old_{tmp_path.name}"[:40]
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{old_name}"')
    try:
        old_url = pg_server.url(old_name)
        upgrade(old_url, "0010")
        with psycopg.connect(old_url, autocommit=True) as conn:
            conn.execute("INSERT INTO organizations (name) VALUES ('옛 학교')")
        old_backup = BackupService(old_url, tmp_path).create("manual")
        assert BackupService(old_url, tmp_path).inspect(old_backup.path).schema_revision == "0010"
        result = BackupService(db_url, tmp_path).restore(old_backup.path)
        assert result.upgraded_from == "0010"
        with psycopg.connect(db_url) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
            assert conn.execute("SELECT name FROM organizations").fetchall() == [("옛 학교",)]
    finally:
        drop_database(pg_server, old_name)


@pytest.mark.slow
def test_schedule_makes_one_a_day_and_keeps_n(db_url: str, tmp_path: Path) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("INSERT INTO organizations (name) VALUES ('서울초등학교')")
    service = BackupService(db_url, tmp_path)
    day0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    manual = service.create("manual", now=day0 - timedelta(days=10))
    assert service.backup_if_due(keep=2, now=day0) is not None
    assert service.backup_if_due(keep=2, now=day0 + timedelta(hours=5)) is None     # same day: nothing
    made = [service.backup_if_due(keep=2, now=day0 + timedelta(days=d)) for d in (1, 2, 3)]
    assert all(m is not None for m in made)
    kept = service.list_backups()
    assert [b.kind for b in kept] == ["automatic", "automatic", "manual"]            # newest first
    assert [b.created for b in kept[:2]] == [day0 + timedelta(days=3), day0 + timedelta(days=2)]
    assert manual.path.exists()
    # every kept file is a complete, verifiable backup
    assert service.verify(kept[0].path).tables["public.organizations"][0] == 1


@pytest.mark.slow
def test_cli_backup_verify_restore_in_korean(db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("INSERT INTO organizations (name) VALUES ('부산중학교')")
    original = fingerprint_database(db_url)
    folder = tmp_path / "백업"
    assert main(["--lang", "ko", "backup", "--database-url", db_url, "--folder", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "백업을 저장했습니다" in out
    path = next(folder.glob("*.dreamseed-backup"))
    assert main(["--lang", "en", "backup", "--database-url", db_url, "--folder", str(folder), "--verify",
                 str(path)]) == 0
    assert "restores completely" in capsys.readouterr().out
    _change(db_url)
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("DELETE FROM organizations")
    assert main(["--lang", "ko", "restore", str(path), "--database-url", db_url, "--folder", str(folder),
                 "--yes"]) == 0
    out = capsys.readouterr().out
    assert "모든 테이블이 백업과 같습니다" in out
    assert fingerprint_database(db_url) == original
    # a damaged file: one Korean error line, exit 1, nothing changed
    bad = _damage(path, tmp_path)
    assert main(["--lang", "ko", "restore", str(bad), "--database-url", db_url, "--yes"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "손상" in err and "바뀐 것은 없습니다" in err
    assert fingerprint_database(db_url) == original


def test_cli_restore_refuses_while_others_are_connected(db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("INSERT INTO organizations (name) VALUES ('대구고등학교')")
    service = BackupService(db_url, tmp_path)
    backup = service.create("manual")
    before = fingerprint_database(db_url)
    with psycopg.connect(db_url) as _other:       # DreamSeed open somewhere
        code = main(["--lang", "en", "restore", str(backup.path), "--database-url", db_url, "--yes"])
    assert code == 1
    err = capsys.readouterr().err
    assert "connections: 1" in err and "--force" in err and "Nothing was changed" in err
    assert fingerprint_database(db_url) == before


def test_damaged_copy_in_place_of_the_database_is_never_used(db_url: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """If the restored copy differed from the manifest, the live database stays as it was."""
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("INSERT INTO organizations (name) VALUES ('광주고등학교')")
    service = BackupService(db_url, tmp_path)
    backup = service.create("manual")
    _change(db_url)
    before = fingerprint_database(db_url)
    import dreamseed_desktop.db.dump as pgdump

    real = pgdump.fingerprint_database

    def lying(url: str):  # type: ignore[no-untyped-def]
        prints = real(url)
        if "restoring" in url:
            prints["public.organizations"] = pgdump.TableFingerprint(0, "")
        return prints

    monkeypatch.setattr(pgdump, "fingerprint_database", lying)
    with pytest.raises(BackupError, match="does not match the backup .tables: public.organizations"):
        service.restore(backup.path, safety_backup=False)
    assert real(db_url) == before


def test_database_left_half_restored_is_impossible_even_if_the_tool_fails(db_url: str, tmp_path: Path) -> None:
    """pg_restore runs in one transaction into a scratch database: a failure leaves nothing."""
    _ = create_database_from_template  # the fixture module's helpers stay the one way to make databases
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("INSERT INTO organizations (name) VALUES ('울산고등학교')")
    service = BackupService(db_url, tmp_path, pg_bin=tmp_path / "no-such-bin")
    before = fingerprint_database(db_url)
    with pytest.raises(BackupError, match="The database tool failed"):
        service.create("manual")
    assert list(tmp_path.glob("*.dreamseed-backup*")) == []       # no half-written file
    assert fingerprint_database(db_url) == before
