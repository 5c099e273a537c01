"""``dreamseed-admin security ...`` against a migrated database."""
from __future__ import annotations

import psycopg
import pytest

from dreamseed_desktop.cli import main
from dreamseed_desktop.db.roles import DEFAULT_PASSWORDS, STUDENT_ROLE, set_client_password


def test_check_passes_on_a_migrated_database(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["security", "check", "--database-url", db_url]) == 0
    assert "passed" in capsys.readouterr().out


def test_check_reports_a_table_without_rls(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with psycopg.connect(db_url) as conn:
        conn.execute("ALTER TABLE public.items NO FORCE ROW LEVEL SECURITY")
    assert main(["security", "check", "--database-url", db_url]) == 4
    assert "public.items" in capsys.readouterr().out


def test_settings_and_unlock(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["security", "settings", "--database-url", db_url, "--set", "session_hours=8"]) == 0
    assert "session_hours = 8" in capsys.readouterr().out
    assert main(["security", "settings", "--database-url", db_url, "--set", "session_hours=0"]) == 2
    assert main(["security", "settings", "--database-url", db_url, "--set", "nope=1"]) == 2
    assert main(["security", "unlock", "--database-url", db_url, "--email", "x@y.z"]) == 0
    assert "not locked" in capsys.readouterr().out


def test_set_client_password(db_url: str) -> None:
    assert main(["security", "set-client-password", "--database-url", db_url, "--password", "short"]) == 1
    assert main(["security", "set-client-password", "--database-url", db_url, "--role", "student",
                 "--password", "a-new-client-password"]) == 0
    # roles are shared by the test databases
    set_client_password(db_url, DEFAULT_PASSWORDS[STUDENT_ROLE], role=STUDENT_ROLE)
