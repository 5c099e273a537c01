"""Issue 17: dreamseed-admin speaks Korean to a Korean admin (--lang ko, DREAMSEED_LANG, LANG, or
the program's setting), through the same Qt catalog as the GUI; every refusal says what happened
and what to do, and the data are unchanged."""
from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from dreamseed_desktop.cli import i18n, main
from dreamseed_desktop.db.dump import fingerprint_database


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    try:
        code = main(list(argv))
    except SystemExit as exc:          # argparse refusals
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_db_status_and_upgrade_in_korean(db_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "--lang", "ko", "db", "status", "--database-url", db_url)
    assert code == 0 and "데이터베이스 스키마가 최신입니다" in out and "현재: " in out
    with psycopg.connect(db_url) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = fingerprint_database(db_url)
    code, _, err = _run(capsys, "--lang", "ko", "db", "upgrade", "--database-url", db_url)
    assert code == 3 and "더 새로운 DreamSeed 버전" in err and "업그레이드로는 해결되지 않습니다" in err
    assert "바뀐 것은 없습니다." in err
    code, _, err = _run(capsys, "--lang", "ko", "db", "upgrade", "--database-url", db_url, "--revision", "bogus")
    assert code == 2 and err.startswith("오류: 이 프로그램에는 스키마 리비전 'bogus'이(가) 없습니다")
    assert fingerprint_database(db_url) == before


def test_argument_refusals_and_roster_errors_in_korean(db_url: str, school, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       capsys) -> None:
    code, _, err = _run(capsys, "--lang", "ko", "simulate", "--demo-bank", "0", "--out", str(tmp_path / "x.json"))
    assert code == 2 and "1 이상이어야 합니다(받은 값 0)" in err
    code, _, err = _run(capsys, "--lang=ko", "simulate", "--demo-bank", "5", "--out", str(tmp_path / "없음" / "x.json"))
    assert code == 2 and "폴더 '" in err and "없습니다. 먼저 만들거나 다른 파일을 고르세요" in err
    before = fingerprint_database(db_url)
    path = tmp_path / "roster.csv"
    path.write_text("이름,이메일,학번,학년,학급\n나쁜메일,bad-mail,00125,1,\n,y@seoul.kr,1,1,\n", encoding="utf-8")
    code, _, err = _run(capsys, "--lang", "ko", "import", "roster", str(path), "--organization",
                        str(school.org.id), "--database-url", db_url)
    assert code == 1
    assert "오류: 2개 행에 문제가 있어 아무것도 가져오지 않았습니다." in err
    assert "2행 (email): 올바른 이메일 주소가 아닙니다: 'bad-mail'" in err
    assert "3행 (name): " in err and "The name is missing" not in err
    code, _, err = _run(capsys, "--lang", "ko", "import", "roster", str(path), "--organization", "없는학교",
                        "--database-url", db_url)
    assert code == 1 and "'없는학교'(이)라는 기관이 없습니다." in err
    assert fingerprint_database(db_url) == before


def test_language_comes_from_the_environment_then_the_settings(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    for var in ("DREAMSEED_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("DREAMSEED_CONFIG_DIR", str(tmp_path))
    assert i18n.choose_language() == "ko"                    # the program's default
    (tmp_path / "settings.json").write_text('{"schema_version": 1, "language": "en"}')
    assert i18n.choose_language() == "en"                    # the admin's choice in the program
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert i18n.choose_language() == "ko"                    # the terminal's language
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert i18n.choose_language() == "en"                    # not a language: the settings decide
    assert i18n.choose_language("ko") == "ko"                # --lang wins


def test_every_cli_text_has_korean() -> None:
    """Every translate("Cli", …) text in the catalog is translated (no English left for Korean)."""
    import xml.etree.ElementTree as ET

    root = ET.parse(Path(__file__).resolve().parents[3] / "resources" / "translations" / "dreamseed_ko.ts").getroot()
    cli = [c for c in root.iter("context") if c.findtext("name") == "Cli"]
    assert cli
    messages = [m for m in cli[0].iter("message") if (m.find("translation").get("type") or "") != "vanished"]
    assert len(messages) > 80
    def text(message: ET.Element) -> str:     # a %n text keeps its forms in <numerusform>
        translation = message.find("translation")
        return "".join(translation.itertext()).strip() if translation is not None else ""

    untranslated = [m.findtext("source") for m in messages if not text(m)
                    or m.find("translation").get("type") == "unfinished"]
    assert untranslated == []


def test_argparse_words_and_help_in_korean(capsys) -> None:  # type: ignore[no-untyped-def]
    import argparse

    original = argparse._  # type: ignore[attr-defined]
    code, _out, err = _run(capsys, "--lang", "ko", "import", "roster")
    assert code == 2
    assert "사용법: dreamseed-admin import roster" in err
    assert "오류: 다음 인자가 필요합니다: FILE.csv, --organization" in err
    assert "무엇을 받는지 보려면 'dreamseed-admin import roster --help'를 실행하세요." in err
    code, out, _err = _run(capsys, "--lang", "ko", "backup", "--help")
    assert code == 0 and "옵션:" in out and "이 도움말을 보여 주고 끝냄" in out
    assert "백업을 복원할 수 있는지 증명" in out and "prove a backup" not in out
    code, _out, err = _run(capsys, "--lang", "en", "db", "upgrade", "--bogus")
    assert code == 2 and "unrecognized arguments: --bogus" in err
    assert "Run 'dreamseed-admin --help' to see what it accepts." in err
    assert argparse._ is original  # type: ignore[attr-defined]   # restored for everyone else
