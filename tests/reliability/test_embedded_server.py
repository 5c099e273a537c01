"""Issue 17, the one-PC install's own PostgreSQL, tested with the real embedded server:

* it dies (``kill -9``) while the app is open: the next service call starts it again and says so
  without mentioning a network; the watch timer notices by itself and tells the user; the data
  are intact (every table's rows and md5) and the signed-in user carries on;
* after a crash of the program the server is left running with the dead program's pid in
  pgserver's handle list: the next start forgets it, so the server stops when the program ends;
* after a crash of the server its ``postmaster.pid`` stays behind, and its pid may by then belong
  to another process: the next start cleans up and starts a fresh server on the same data.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from PySide6.QtWidgets import QMessageBox

from dreamseed_desktop.db.dump import fingerprint_database
from dreamseed_desktop.db.embedded import APP_DATABASE, HANDLE_PIDS, EmbeddedServer, start_embedded
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.migrate import upgrade
from dreamseed_desktop.db.roles import client_url
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.errors import Unavailable
from dreamseed_desktop.services.core.uow import LOCAL_SERVER_RESTARTED, Database
from dreamseed_desktop.services.people.organizations import OrganizationService
from dreamseed_desktop.services.people.service import PeopleService

ROOT = Path(__file__).resolve().parents[2]
ADMIN, PASSWORD = "admin@one-pc.kr", "one PC admin 7"
pytestmark = pytest.mark.slow


@pytest.fixture
def data_dir() -> Iterator[Path]:
    """A data folder like the app's (``<data>/pgdata``), traversable by pgserver's user as root."""
    root = Path(tempfile.mkdtemp(prefix="dreamseed-onepc-"))
    root.chmod(0o755)
    yield root
    pidfile = root / "pgdata" / "postmaster.pid"
    if pidfile.exists():       # never leave a server behind, whatever the test did
        try:
            os.kill(int(pidfile.read_text().split()[0]), signal.SIGKILL)
        except (OSError, ValueError):
            pass
    shutil.rmtree(root, ignore_errors=True)


def _start(data_dir: Path) -> EmbeddedServer:
    server = start_embedded(data_dir / "pgdata")
    server.ensure_database(APP_DATABASE)
    return server


def _school(server: EmbeddedServer) -> None:
    upgrade(server.url())
    engine = make_engine(server.url(), pool_size=1)
    try:
        owner = Database(engine)
        org = OrganizationService(owner).create("한빛초등학교")
        PeopleService(owner).create_admin(ADMIN, "한빛 관리자", organization_id=org.id, password=PASSWORD)
    finally:
        engine.dispose()


def _kill_server(server: EmbeddedServer) -> int:
    pid = server.postmaster_pid()
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    psutil.Process(pid).wait(10) if psutil.pid_exists(pid) else None
    deadline = time.monotonic() + 10
    while server.is_running() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not server.is_running()
    assert (server.pgdata / "postmaster.pid").exists()        # left behind, as after a real crash
    return pid


def test_server_killed_while_the_app_is_open_is_started_again(data_dir: Path, qtbot, qapp) -> None:
    from dreamseed_desktop.ui import i18n
    from dreamseed_desktop.ui.server_watch import ServerWatch
    from dreamseed_desktop.ui.workers import TaskRunner

    server = _start(data_dir)
    try:
        _school(server)
        engine = make_engine(client_url(server.url()))
        db = Database(engine, local_server=server.heal)
        db.identity = AuthService(db).login(ADMIN, PASSWORD)
        orgs = OrganizationService(db)
        names = [o.name for o in orgs.list()]
        assert names == ["한빛초등학교"]
        before = fingerprint_database(server.url())

        first_pid = _kill_server(server)
        with pytest.raises(Unavailable) as failure:          # the call that finds it stopped
            orgs.list()
        message = str(failure.value)
        assert message == LOCAL_SERVER_RESTARTED
        assert "network" not in message.lower() and "started again" in message
        i18n.install_language("ko", qapp)
        try:
            korean = i18n.domain_message(failure.value)
        finally:
            i18n.install_language("en", qapp)
        assert korean.startswith("이 PC의 데이터베이스가 멈췄다가 다시 시작되었습니다") and "네트워크" not in korean
        assert server.is_running() and server.postmaster_pid() != first_pid
        assert [o.name for o in orgs.list()] == names         # same user, same token, carries on
        assert fingerprint_database(server.url()) == before    # nothing lost or changed

        # the watch notices by itself (no service call) and tells the user
        runner = TaskRunner()
        watch = ServerWatch(server.is_running, server.heal, runner, interval_ms=200)
        try:
            second_pid = _kill_server(server)
            with qtbot.waitSignal(watch.healed, timeout=60000) as healed:
                watch.start()
            assert healed.args == ["restarted"]
            assert watch.box is not None and watch.box.icon() == QMessageBox.Icon.Information
            assert "started again" in watch.box.text() and "network" not in watch.box.text().lower()
            assert server.postmaster_pid() not in (None, first_pid, second_pid)
            assert [o.name for o in orgs.list()] == names
            assert fingerprint_database(server.url()) == before
        finally:
            watch.stop()
            if watch.box is not None:
                watch.box.close()
            runner.shutdown()
            engine.dispose()
    finally:
        server.stop()
    assert not server.is_running()


def _handles(pgdata: Path) -> list[int]:
    return json.loads((pgdata / HANDLE_PIDS).read_text())


def test_program_killed_leaves_its_pid_and_the_next_start_cleans_up(data_dir: Path) -> None:
    code = ("import os, sys; from pathlib import Path; from dreamseed_desktop.db.embedded import start_embedded;"
            "s = start_embedded(Path(sys.argv[1])); print(s.postmaster_pid(), flush=True); "
            "os.kill(os.getpid(), 9)")
    proc = subprocess.run([sys.executable, "-c", code, str(data_dir / "pgdata")], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == -9, proc.stderr
    orphan = int(proc.stdout.split()[0])
    assert psutil.pid_exists(orphan)                          # the server outlived the program
    dead = _handles(data_dir / "pgdata")
    assert dead and not any(psutil.pid_exists(p) for p in dead)

    server = _start(data_dir)                                 # the next start of the program
    assert server.postmaster_pid() == orphan                  # the running server is reused
    assert _handles(data_dir / "pgdata") == [os.getpid()]     # the dead program is forgotten
    server.stop()                                             # ... so ending the program stops it
    deadline = time.monotonic() + 20
    while psutil.pid_exists(orphan) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not psutil.pid_exists(orphan)


def test_killed_server_with_a_reused_pid_starts_fresh_and_data_are_intact(data_dir: Path, tmp_path: Path) -> None:
    server = _start(data_dir)
    _school(server)
    before = fingerprint_database(server.url())
    _kill_server(server)
    server.stop()                                             # the program ends (the server is gone)
    pidfile = data_dir / "pgdata" / "postmaster.pid"
    stranger = subprocess.Popen(["sleep", "120"])             # the dead server's pid now belongs to it
    try:
        lines = pidfile.read_text().splitlines() if pidfile.exists() else []
        assert lines, "the killed server's postmaster.pid should still be there"
        lines[0] = str(stranger.pid)
        pidfile.write_text("\n".join(lines) + "\n")

        # the next start, as a new program: the CLI's backup of this PC's database
        env = {**os.environ, "PYTHONPATH": str(ROOT), "DREAMSEED_DATA_DIR": str(data_dir),
               "DREAMSEED_CONFIG_DIR": str(tmp_path / "config")}
        env.pop("DREAMSEED_DATABASE_URL", None)
        folder = tmp_path / "backups"
        proc = subprocess.run([sys.executable, "-m", "dreamseed_desktop.cli", "--lang", "en", "backup", "--folder",
                               str(folder)], capture_output=True, text=True, timeout=300, cwd=ROOT, env=env)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "Backup written" in proc.stdout and "Traceback" not in proc.stderr
        assert stranger.poll() is None                         # the other process was left alone
        assert not pidfile.exists()                            # the server stopped when the CLI ended

        from dreamseed_desktop.services.maintenance.backups import BackupService

        backup = next(folder.glob("*.dreamseed-backup"))
        manifest = BackupService("postgresql:///unused", folder).inspect(backup)
        assert {k: tuple(v) for k, v in manifest.tables.items()} == {k: (fp.rows, fp.md5)
                                                                     for k, fp in before.items()}
    finally:
        stranger.kill()
        stranger.wait()


def test_sigterm_ends_the_app_normally_and_stops_its_server(data_dir: Path, tmp_path: Path) -> None:
    """What a shutdown or ``systemctl stop`` sends: the program closes its windows, signs out and
    stops this PC's own database (before, the process died and PostgreSQL kept running)."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"schema_version": 1, "connection_chosen": True}))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "DREAMSEED_DATA_DIR": str(data_dir), "DREAMSEED_CONFIG_DIR": str(config),
           "DREAMSEED_BACKUP_DIR": str(tmp_path / "backups"), "DREAMSEED_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("DREAMSEED_DATABASE_URL", None)
    log = data_dir / "logs" / "dreamseed-desktop.log"
    app = subprocess.Popen([sys.executable, "-m", "dreamseed_desktop"], env=env, cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and app.poll() is None:   # started, migrated, backed up
            if log.exists() and "automatic backup written" in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.5)
        assert app.poll() is None, "the program ended by itself"
        server_pid = int((data_dir / "pgdata" / "postmaster.pid").read_text().split()[0])
        assert psutil.pid_exists(server_pid)
        time.sleep(2)                                          # the first window is up
        app.send_signal(signal.SIGTERM)
        assert app.wait(60) == 0
    finally:
        if app.poll() is None:
            app.kill()
    deadline = time.monotonic() + 20
    while psutil.pid_exists(server_pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not psutil.pid_exists(server_pid)
    assert not (data_dir / "pgdata" / "postmaster.pid").exists()
    assert "asked to stop: closing every window" in log.read_text(encoding="utf-8")
    assert len(list((tmp_path / "backups").glob("*-automatic.dreamseed-backup"))) == 1   # the schedule ran
