"""``dreamseed-admin kiosk``: a lab PC is configured without the first-run dialog, the proctor's
quit password hash is stored for the exam window, and ``show`` says where the journal lives."""
from __future__ import annotations

from pathlib import Path

import pytest

from dreamseed_desktop.cli import main
from dreamseed_desktop.config.settings import load_settings
from dreamseed_desktop.services.exams.admin import QUIT_HASH_SETTING, verify_quit_password


@pytest.fixture
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    cfg, data = tmp_path / "cfg", tmp_path / "persist" / "dreamseed"
    monkeypatch.setenv("DREAMSEED_CONFIG_DIR", str(cfg))
    monkeypatch.setenv("DREAMSEED_DATA_DIR", str(data))
    return cfg, data


def test_configure_and_quit_password(dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://dreamseed_client:dreamseed-client@db.school.kr/dreamseed?sslmode=verify-full"
    assert main(["kiosk", "configure", "--database-url", url, "--lang", "ko"]) == 0
    assert main(["kiosk", "set-quit-password", "--password", "proctor-2026"]) == 0
    settings = load_settings()
    assert settings.connection_chosen and settings.database_url == url and settings.language == "ko"
    stored = str(settings.extra[QUIT_HASH_SETTING])
    assert verify_quit_password("proctor-2026", stored) and not verify_quit_password("proctor-2025", stored)
    assert main(["kiosk", "show"]) == 0
    out = capsys.readouterr().out
    assert str(dirs[1] / "exam_journal.sqlite3") in out and "quit password:  set" in out


def test_short_quit_password_is_refused(dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kiosk", "set-quit-password", "--password", "1234"]) == 1
    assert "at least 8" in capsys.readouterr().err
    assert QUIT_HASH_SETTING not in load_settings().extra
    assert main(["kiosk", "configure", "--embedded"]) == 0
    assert load_settings().database_url is None and load_settings().connection_chosen
