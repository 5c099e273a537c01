"""dreamseed-admin import items / export items, end to end on the owner database."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dreamseed_desktop.cli import main
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.items.service import ItemService

GOOD = """item_id,subject,grade,strand,model,a,b,c,stem,choices,key
CLI-0001,math,10,algebra,3PL,1.2,-0.5,0.2,=SUM(A1),14|20|24|9,1
CLI-0002,english,11,vocabulary,2PL,0.9,0.3,,Choose the synonym of 'rapid'.,slow|quick|late|calm,2
"""


def _codes(db: Database) -> set[str]:
    return {it.code for it in ItemService(db).list().items}


def test_import_dry_run_import_and_export(owner_db: Database, db_url: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "items.csv"
    src.write_text(GOOD, encoding="utf-8")
    assert main(["import", "items", str(src), "--dry-run", "--database-url", db_url]) == 0
    assert "Would import: 2 new" in capsys.readouterr().out
    assert not _codes(owner_db) & {"CLI-0001", "CLI-0002"}

    assert main(["import", "items", str(src), "--database-url", db_url]) == 0
    assert "Imported: 2 new" in capsys.readouterr().out
    assert {"CLI-0001", "CLI-0002"} <= _codes(owner_db)
    # the same file again is refused row by row unless --update is given
    assert main(["import", "items", str(src), "--database-url", db_url]) == 1
    err = capsys.readouterr().err
    assert "row 2, item_id: Item CLI-0001 is already in the bank." in err
    assert "row 3, item_id: Item CLI-0002 is already in the bank." in err
    assert main(["import", "items", str(src), "--update", "--database-url", db_url]) == 0
    assert "0 new, 0 updated, 2 unchanged" in capsys.readouterr().out

    out = tmp_path / "bank.csv"
    assert main(["export", "items", "--subject", "math", "--out", str(out), "--database-url", db_url]) == 0
    assert "Wrote 1 items" in capsys.readouterr().out
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [r["item_id"] for r in rows] == ["CLI-0001"]
    assert rows[0]["stem"] == "'=SUM(A1)" and rows[0]["key"] == "1"   # formula escaped, key shown


def test_bad_file_changes_nothing(owner_db: Database, db_url: str, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(GOOD + "CLI-0003,math,10,algebra,3PL,0,0,0.2,stem,a|b|c|d,1\n", encoding="utf-8")
    before = _codes(owner_db)
    assert main(["import", "items", str(bad), "--database-url", db_url]) == 1
    err = capsys.readouterr().err
    assert "1 row has problems; nothing was changed." in err and "row 4, a:" in err
    assert _codes(owner_db) == before
    assert main(["import", "items", str(tmp_path / "missing.csv"), "--database-url", db_url]) == 1
    assert "Cannot read" in capsys.readouterr().err


def test_choice_with_pipe_survives_export_and_import_update(owner_db: Database, db_url: str,
                                                            tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "sets.csv"
    src.write_text("item_id,subject,a,b,stem,choice_1,choice_2,choice_3,choice_4,choice_5,key\n"
                   'PIPE-1,sets,1,0,Which?,"{x | x>0}",a|b,"=1+1","x, y","두 줄\n입니다",5\n',
                   encoding="utf-8")
    assert main(["import", "items", str(src), "--database-url", db_url]) == 0
    out = tmp_path / "bank.csv"
    assert main(["export", "items", "--subject", "sets", "--out", str(out), "--database-url", db_url]) == 0
    before = next(i for i in ItemService(owner_db).list(subject="sets").items)
    assert before.choices == ("{x | x>0}", "a|b", "=1+1", "x, y", "두 줄\n입니다")
    capsys.readouterr()
    assert main(["import", "items", str(out), "--update", "--database-url", db_url]) == 0
    assert "0 new, 0 updated, 1 unchanged" in capsys.readouterr().out
    owner_db.identity.role = "admin"
    after = ItemService(owner_db).get(before.id)
    assert after.choices == before.choices and after.key == 5
