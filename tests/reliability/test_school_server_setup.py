"""docs/school-server.md, executed: a non-superuser owner login migrates a fresh database, the
security check passes, the first admin is created, a lab PC signs in as the client role, and a
backup taken by a BYPASSRLS read-only role restores into a new database with every row.

Runs on a private cluster listening on 127.0.0.1 (like a school server), not the shared one.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.roles import client_url
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.uow import Database
from tests.fuzz.conftest import backup_check
from tests.reliability.harness.pgcluster import PgCluster, pg_bin_dir

ROOT = Path(__file__).resolve().parents[2]
# The two ways docs/school-server.md offers: the superuser creates the roles up front, or the
# owner login has CREATEROLE and the first migration creates them.
ROLES_SQL = {
    "roles-by-superuser": """
        CREATE ROLE dreamseed_owner NOLOGIN NOINHERIT;
        CREATE ROLE dreamseed_client NOLOGIN NOINHERIT;
        CREATE ROLE dreamseed_student LOGIN PASSWORD 'dreamseed-student' CONNECTION LIMIT 50;
        CREATE ROLE dreamseed_staff LOGIN PASSWORD 'dreamseed-staff' CONNECTION LIMIT 25;
        GRANT dreamseed_client TO dreamseed_student, dreamseed_staff WITH INHERIT TRUE, SET FALSE;
        CREATE ROLE dreamseed_admin LOGIN PASSWORD 'change-me-admin';
        GRANT dreamseed_owner TO dreamseed_admin""",
    "createrole-admin": "CREATE ROLE dreamseed_admin LOGIN CREATEROLE PASSWORD 'change-me-admin'",
}
SETUP_SQL = """
CREATE DATABASE dreamseed OWNER dreamseed_admin ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE dreamseed FROM PUBLIC;
CREATE ROLE dreamseed_backup LOGIN BYPASSRLS PASSWORD 'change-me-backup';
GRANT pg_read_all_data TO dreamseed_backup;
GRANT CONNECT ON DATABASE dreamseed TO dreamseed_backup;
"""


@pytest.fixture(params=sorted(ROLES_SQL))
def server(request: pytest.FixtureRequest) -> Iterator[PgCluster]:
    # not under pytest's 0700 temp root: the postgres server user must reach its data directory
    cluster = PgCluster(Path(tempfile.mkdtemp(prefix="dreamseed-school-")) / "cluster").init()
    cluster.start()
    with psycopg.connect(cluster.url(), autocommit=True) as conn:
        for statement in filter(str.strip, (ROLES_SQL[request.param] + ";" + SETUP_SQL).split(";")):
            conn.execute(statement)
    yield cluster
    cluster.destroy()
    cluster.root.parent.rmdir()


def admin_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dreamseed_desktop.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_school_server_procedure(server: PgCluster, tmp_path: Path) -> None:
    owner = server.url("dreamseed", user="dreamseed_admin").replace("@", ":change-me-admin@", 1)
    up = admin_cli("db", "upgrade", "--database-url", owner)
    assert up.returncode == 0, up.stderr
    # the superuser's part after every upgrade (built-ins, session defaults; docs/school-server.md)
    fix = admin_cli("security", "check", "--fix", "--database-url", server.url("dreamseed"))
    assert fix.returncode == 0, fix.stdout + fix.stderr
    check = admin_cli("security", "check", "--database-url", owner)
    assert check.returncode == 0, check.stdout + check.stderr
    created = admin_cli("create-admin", "--database-url", owner, "--email", "admin@seoul-hs.kr",
                        "--name", "정하늘", "--organization", "서울고등학교", "--password", "first-Passw0rd")
    assert created.returncode == 0, created.stderr

    # a lab PC: the client role, a real sign-in
    db = Database(make_engine(client_url(owner), pool_size=1))
    try:
        identity = AuthService(db).login("admin@seoul-hs.kr", "first-Passw0rd")
        assert identity.role == "admin"
    finally:
        db.engine.dispose()

    # nightly backup as the read-only BYPASSRLS role, restore as the superuser into a new database
    dump_file = tmp_path / "dreamseed.dump"
    backup_url = server.url("dreamseed", user="dreamseed_backup")
    backup_check.dump(backup_url, dump_file, pg_bin_dir())
    report = backup_check.check(server.url("dreamseed"), pg_bin=pg_bin_dir(), dump_file=dump_file,
                                restore_only=True)
    assert report.ok, report.mismatches
    assert report.source["public.users"].rows == 1 and report.source["public.audit_log"].rows >= 2

    # the same with the program's own commands (docs/school-server.md §6-7): a backup file made by
    # the read-only role, verified and restored by the superuser; every table as it was
    from dreamseed_desktop.db.dump import fingerprint_database

    before = fingerprint_database(server.url("dreamseed"))
    folder = tmp_path / "backups"
    made = admin_cli("--lang", "en", "backup", "--database-url", backup_url, "--folder", str(folder))
    assert made.returncode == 0, made.stdout + made.stderr
    [backup] = folder.glob("*.dreamseed-backup")
    verified = admin_cli("--lang", "en", "backup", "--database-url", server.url("dreamseed"), "--verify", str(backup))
    assert verified.returncode == 0 and "restores completely" in verified.stdout, verified.stderr
    restored = admin_cli("--lang", "en", "restore", str(backup), "--database-url", server.url("dreamseed"),
                         "--folder", str(folder), "--yes")
    assert restored.returncode == 0 and "every table matches the backup" in restored.stdout, restored.stderr
    assert fingerprint_database(server.url("dreamseed")) == before
    db = Database(make_engine(client_url(owner), pool_size=1))      # the PCs sign in as before
    try:
        assert AuthService(db).login("admin@seoul-hs.kr", "first-Passw0rd").role == "admin"
    finally:
        db.engine.dispose()
