"""Issue 17: every dreamseed-admin command speaks Korean to a Korean admin — its --help, a
typical refusal and its report — including the CAT tools (simulate, calibrate, itemfit, dif,
reliability) and the security check's findings. English is left only for names a school uses as
they are: option names, file formats, column names, psychometric symbols, SQL identifiers.
"""
from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from dreamseed_desktop.cli import build_parser, i18n, main
from dreamseed_desktop.db.dump import fingerprint_database
from dreamseed_desktop.services.classes.roster_parse import ALL_FIELDS
from dreamseed_desktop.services.items.csv_io import EXPORT_COLUMNS
from tests.gui.test_korean_everywhere import ALLOWED

HANGUL = re.compile(r"[\uac00-\ud7a3]")
#: code in a sentence: identifiers and column lists (item_id,a,b[,c]), options, METAVARS,
#: file names, 'quoted literals', SQL names (pg_catalog.x), %(prog)s-like leftovers
CODE = re.compile(r"[A-Za-z0-9_\[\],.|:+-]*[_,][A-Za-z0-9_\[\],.|:+-]*[A-Za-z0-9\]]|\S*/\S*"
                  r"|(?<![\w-])--?[A-Za-z][\w-]*|\b[A-Z][A-Z0-9_.-]+\b|\S+\.(?:csv|json|md)\b|'[^']*'|\"[^\"]*\"")
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]")
#: names and terms a Korean psychometrician or IT admin uses as they are
TERMS = {
    "dreamseed-admin", "dreamseed", "json", "sha", "md5", "pg_dump", "catconfig", "sympson-hetter",
    "mantel-haenszel", "orlando-thissen", "mml-em", "mml", "em", "lognormal", "beta", "theta", "wle", "eap",
    "infit", "outfit", "rls", "definer", "security", "public", "ddl", "none", "null", "yes", "lang", "logits",
    "utf-8", "lc_all", "mle", "irt", "pl", "ets", "dif", "s-x", "rmse", "db", "head", "demo", "backup",
    "dreamseed-backup", "postgresql", "neis", "excel", "docs", "cat", "log", "sql", "lock", "table", "update",
    "usage", "grants", "exam", "api", "check", "fix", "do", "pg", "superuser", "url", "enable", "force",
}


#: the CSV files' own column names, which a help text lists as they are written in the file
COLUMNS = {c.lower() for c in (*ALL_FIELDS, *EXPORT_COLUMNS, "person_id", "item_id", "correct", "group")}


def english_left(text: str, names: set[str]) -> list[str]:
    """Latin words of ``text`` that are neither code, a name of the command line, a column
    name, nor a term."""
    stripped = CODE.sub(" ", text)
    return [w for w in WORD.findall(stripped)
            if w.lower() not in ALLOWED | TERMS | COLUMNS | names and len(w) > 2]


#: the top-level commands, which help texts name ("the output of calibrate")
COMMANDS = {name for action in build_parser()._actions if isinstance(action, argparse._SubParsersAction)
            for name in action.choices}


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
             ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def _names(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> set[str]:
    """What the command line itself calls things: commands, options, metavars, choices."""
    names = {p.lower() for p in path} | {"dreamseed-admin"} | COMMANDS
    for action in parser._actions:
        if not action.option_strings and isinstance(action.dest, str):
            names.add(action.dest.lower())        # a positional argument shows its name
        for opt in action.option_strings:
            names.update(part for part in opt.strip("-").lower().split("-"))
            names.add(opt.strip("-").lower())
        for choice in (action.choices or ()):
            names.update(str(choice).lower().split("-") + [str(choice).lower()])
        metavar = action.metavar if isinstance(action.metavar, str) else ""
        names.update(w.lower() for w in re.findall(r"[A-Za-z]+", metavar))
    return names


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _korean_only(text: str, names: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    assert HANGUL.search(text), text
    left = english_left(text, set(names))
    assert not left, f"English left: {left}\n{text}"


def test_the_checker_finds_english() -> None:
    """The check itself can fail: an English sentence is found, code and names are not."""
    assert english_left("simulate a CAT design on an item bank", set()) == ["simulate", "design", "item", "bank"]
    assert english_left("문항 은행 CSV: item_id,a,b,c[,subject,grade,strand]", set()) == []
    assert english_left("--out 보고서 JSON 경로 (기본값 BANK.csv, 'none')", set()) == []
    assert english_left("문항 은행 bank, items", set()) == ["bank", "items"]


def _help_findings(language: str) -> tuple[int, list[str]]:
    """(commands walked, the commands whose --help shows English) in ``language``."""
    i18n.set_language(language)
    try:
        with i18n.translated_argparse():
            walked = list(_parsers(build_parser()))
            found = []
            for path, sub in walked:
                text = sub.format_help()
                left = english_left(text, _names(sub, path))
                if left or not HANGUL.search(text):
                    found.append(f"dreamseed-admin {' '.join(path)}: {sorted(set(left))}")
    finally:
        i18n.set_language("en")
    return len(walked), found


def test_every_command_help_is_korean() -> None:
    walked, found = _help_findings("ko")
    assert walked >= 30                      # every command and sub-command, the CAT tools included
    assert not found, "\n".join(found)
    walked, found = _help_findings("en")     # the same walk in English finds English everywhere
    assert len(found) == walked


#: bad inputs of the CAT tools: file name and content
BAD_FILES = {
    "bad_bank": ("bad_bank.csv", "item_id,a,b,c\nq1,1.2,0.5,0.2\nq2,abc,0.1,0.2\n"),
    "no_columns": ("no_columns.csv", "id,difficulty\nq1,0.5\n"),
    "bad_resp": ("bad_resp.csv", "person_id,item_id,correct\np1,q1,1\np1,q2,maybe\n"),
    "groups": ("groups.csv", "person_id,group\n"),
    "bad_cfg": ("cfg.json", '{"max_items": 0, "min_items": 3}'),
    "broken_cfg": ("broken.json", '{"max_items": '),
}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {"dir": tmp_path}
    for key, (name, content) in BAD_FILES.items():
        paths[key] = tmp_path / name
        paths[key].write_text(content, encoding="utf-8")
    return paths


def test_cat_tools_refuse_bad_input_in_korean_and_write_nothing(capsys, files) -> None:  # type: ignore[no-untyped-def]
    d = files["dir"]
    cases = [
        (["simulate", "--bank", str(files["bad_bank"]), "--out", str(d / "o1.json")], "숫자가 아닙니다"),
        (["simulate", "--bank", str(files["no_columns"]), "--out", str(d / "o2.json")], "열이 없습니다"),
        (["simulate", "--demo-bank", "20", "--config", str(files["bad_cfg"]), "--out", str(d / "o3.json")],
         "max_items"),
        (["simulate", "--demo-bank", "20", "--config", str(files["broken_cfg"]), "--out", str(d / "o4.json")],
         "올바른 JSON이 아닙니다"),
        (["simulate", "--bank", str(d / "없는파일.csv"), "--out", str(d / "o5.json")], "파일이나 폴더가 없습니다"),
        (["calibrate", "--responses", str(files["bad_resp"]), "--out", str(d / "o6.csv")], "0 또는 1"),
        (["calibrate", "--responses", str(files["bad_resp"]), "--a-prior", "normal:2", "--out", str(d / "o7.csv")],
         "--a-prior"),
        (["itemfit", "--responses", str(files["bad_resp"]), "--params", str(files["no_columns"]),
          "--out", str(d / "o8.csv")], "열이 있어야 합니다"),
        (["dif", "--responses", str(files["bad_resp"]), "--groups", str(files["groups"]), "--reference", "a",
          "--focal", "a", "--out", str(d / "o9.csv")], "서로 다른 집단"),
        (["reliability", "--bank", str(files["bad_bank"])], "숫자가 아닙니다"),
    ]
    for argv, expected in cases:
        code, out, err = _run(capsys, "--lang", "ko", *argv)
        assert code == 1, (argv, out, err)
        assert err.startswith("오류: ") and expected in err, (argv, err)
        _korean_only(err, {"max_items", "min_items", "maybe", "abc", "normal"})
    assert sorted(p.name for p in d.iterdir() if p.name.startswith("o")) == []   # nothing written


@pytest.mark.slow
def test_cat_tool_reports_are_korean(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    resp, report = tmp_path / "resp.csv", tmp_path / "sim.json"
    code, out, err = _run(capsys, "--lang", "ko", "simulate", "--demo-bank", "40", "--examinees", "120",
                          "--out", str(report), "--responses-out", str(resp))
    assert code == 0 and "가상 응시자: 120명, 문항: 40개" in out
    _korean_only(out)
    params = tmp_path / "params.csv"
    code, out, err = _run(capsys, "--lang", "ko", "calibrate", "--responses", str(resp), "--out", str(params),
                          "--min-answers", "5")
    assert code in (0, 3) and "보정됨" in out and "EM 반복" in out
    _korean_only(out + err)
    groups = tmp_path / "groups.csv"
    groups.write_text("person_id,group\n" + "".join(f"S{k:06d},{'남' if k % 2 else '여'}\n" for k in range(120)),
                      encoding="utf-8")
    code, out, err = _run(capsys, "--lang", "ko", "itemfit", "--responses", str(resp), "--params", str(params),
                          "--out", str(tmp_path / "fit.csv"))
    assert code == 0 and "응답자: 120명" in out
    _korean_only(out + err)
    code, out, err = _run(capsys, "--lang", "ko", "dif", "--responses", str(resp), "--groups", str(groups),
                          "--reference", "남", "--focal", "여", "--out", str(tmp_path / "dif.csv"))
    assert code == 0 and "기준 집단 남" in out
    _korean_only(out + err)
    bank = tmp_path / "bank.csv"
    bank.write_text("item_id,a,b,c\n" + "".join(f"q{k},1.{k},{k / 10 - 0.5:.1f},0.2\n" for k in range(10)),
                    encoding="utf-8")
    code, out, err = _run(capsys, "--lang", "ko", "reliability", "--bank", str(bank))
    assert code == 0 and "주변 신뢰도" in out
    _korean_only(out)


def test_security_check_findings_in_korean(db_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    """A setting planted on a client role in this database is reported in Korean; --fix clears it
    (and says so in Korean); the data are unchanged."""
    database = db_url.rsplit("/", 1)[1].split("?")[0]
    before = fingerprint_database(db_url)
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute(f'ALTER ROLE dreamseed_staff IN DATABASE "{database}" SET DateStyle = \'SQL, DMY\'')
    try:
        code, out, _ = _run(capsys, "--lang", "ko", "security", "check", "--database-url", db_url)
        assert code == 4
        assert (f"문제: 데이터베이스 {database}에서 dreamseed_staff에 심어진 설정: DateStyle=SQL, DMY "
                "(security check --fix가 지웁니다)") in out
        assert "문제 1건을 찾았습니다." in out
        _korean_only(out, {database.lower(), "datestyle", "dmy"})
    finally:
        code, out, _ = _run(capsys, "--lang", "ko", "security", "check", "--fix", "--database-url", db_url)
    assert code == 0 and "고침: dreamseed_staff에 심어진 설정을 지움" in out
    _korean_only(out)
    code, out, _ = _run(capsys, "--lang", "en", "security", "check", "--database-url", db_url)
    assert code == 0 and "Security check passed." in out
    assert fingerprint_database(db_url) == before
