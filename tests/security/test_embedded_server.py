"""The one-PC (embedded) server: password authentication with a per-install secret, parents
never widened, nothing secret in the server log."""
from __future__ import annotations

import shutil
import stat
import tempfile
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from dreamseed_desktop.db import embedded
from dreamseed_desktop.db.embedded import EmbeddedServer, EmbeddedServerError, check_parents_traversable
from dreamseed_desktop.services.core import passwords
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.errors import PermissionDenied
from tests.fixtures.school import PASSWORD, School, email


def test_scram_with_a_per_install_secret(pg_server: EmbeddedServer) -> None:
    hba = (pg_server.pgdata / "pg_hba.conf").read_text()
    rules = [ln.split() for ln in hba.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    assert rules and all(r[-1] == "scram-sha-256" for r in rules)
    secret_file = embedded.secret_path(pg_server.pgdata)
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    url = make_url(pg_server.url("postgres"))
    assert url.password and url.password == secret_file.read_text().strip()
    host = url.query["host"]
    with pytest.raises(psycopg.OperationalError):      # no password: refused (it was trust before)
        psycopg.connect(host=host, dbname="postgres", user=url.username, password="")
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(host=host, dbname="postgres", user=url.username, password="guess")
    with psycopg.connect(pg_server.url("postgres")) as conn:     # legitimate path
        assert conn.execute("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid "
                            "WHERE rolname = current_user").fetchone() == (True,)


def test_client_roles_reach_only_the_application_databases(pg_server: EmbeddedServer, school: School,
                                                           client_engine_url: str) -> None:
    url = make_url(client_engine_url).set(drivername="postgresql")
    for other in ("postgres", "template1"):
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(url.set(database=other).render_as_string(hide_password=False))
    with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_private_parent_folders_are_never_widened(monkeypatch: pytest.MonkeyPatch) -> None:
    base = Path(tempfile.mkdtemp(prefix="ds-perm-"))     # /tmp/...: parents readable
    base.chmod(0o755)
    request_cleanup = base
    private = base / "home"
    private.mkdir()
    private.chmod(0o700)
    data = private / "app" / "pgdata"
    with pytest.raises(EmbeddedServerError, match="private"):
        check_parents_traversable(data.parent)
    monkeypatch.setattr(embedded, "_running_as_root", lambda: True)   # the path taken as root
    with pytest.raises(EmbeddedServerError):
        embedded.start_embedded(data)
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    private.chmod(0o755)
    check_parents_traversable(data)     # legitimate: readable parents pass unchanged
    shutil.rmtree(request_cleanup)


def test_secret_file_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "pgdata.secret"
    first = embedded.read_or_create_secret(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and len(first) >= 40
    path.chmod(0o644)
    assert embedded.read_or_create_secret(path) == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_server_log_never_receives_proofs_or_tokens(pg_server: EmbeddedServer, school: School, connect_as,
                                                    raw_client) -> None:
    """Sign-ins, a refused password change and a refused reset (errors log their statement) go
    through the app; none of the token, the proof or the new passwords reaches the log."""
    with psycopg.connect(pg_server.url("postgres")) as conn:
        shown = {k: conn.execute(f"SHOW {k}").fetchone()[0] for k in embedded.LOG_SETTINGS}
    assert shown["log_statement"] == "none" and shown["log_parameter_max_length_on_error"] == "0"
    db = connect_as("teacher1")
    token = db.identity.token
    conn = raw_client(None)
    salt = conn.execute("SELECT auth.login_salt(%s)", (email("teacher1"),)).fetchone()[0]
    proof = passwords.proof(PASSWORD, salt)
    assert conn.execute("SELECT ok FROM auth.login(%s, %s)", (email("teacher1"), proof)).fetchone() == (True,)
    with pytest.raises(PermissionDenied):
        AuthService(db).change_password("not my password", "zebra-unique-pass-31")
    admin = raw_client(connect_as("admin").identity.token)
    new_salt = passwords.new_salt()
    with pytest.raises(psycopg.Error):       # refused on the server: the error is logged
        admin.execute("SELECT auth.admin_reset_password(%s, %s, %s, %s)",
                      (school.users["student1"], "shorty9", new_salt, "ab" * 32))
    AuthService(db).current()
    logs = [p for p in pg_server.pgdata.rglob("*") if p.is_file() and (p.name == "log" or p.parent.name == "log")]
    assert logs
    log_text = "".join(p.read_text(errors="replace") for p in logs)
    assert "auth.admin_reset_password" in log_text      # the failed statement was logged ...
    for secret in (token, proof, "zebra-unique-pass-31", "shorty9"):
        assert secret not in log_text                   # ... without its parameters
