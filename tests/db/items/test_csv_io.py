"""Item bank CSV: good files in each encoding, every bad-row kind, all-or-nothing, export round trip."""
from __future__ import annotations

import pytest

from dreamseed_desktop.services.core.errors import BulkValidationError, PermissionDenied, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.items.csv_io import ItemCsvService, escape_cell
from dreamseed_desktop.services.items.service import ItemService

GOOD = """item_id,subject,grade,strand,model,a,b,c,stem,choices,key
MATH-0001,math,10,algebra,3PL,1.2,-0.5,0.2,2 + 3 × 4 = ?,14|20|24|9,1
MATH-0002,math,10,geometry,2PL,0.9,0.3,,삼각형의 내각의 합은?,90°|180°|270°|360°,2
ENG-0001,english,11,vocabulary,3PL,1.5,1.1,0.25,Choose the synonym of 'rapid'.,slow|quick|late|calm,2
"""


@pytest.fixture
def admin_db(owner_db: Database) -> Database:
    owner_db.identity.role = "admin"
    return owner_db


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949"])
def test_import_good_file(admin_db: Database, encoding: str) -> None:
    text = GOOD.replace("2 + 3 × 4 = ?", "2 + 3 * 4 = ?") if encoding == "cp949" else GOOD
    result = ItemCsvService(admin_db).import_csv(text.encode(encoding))
    assert result.created == ("MATH-0001", "MATH-0002", "ENG-0001") and not result.dry_run
    items = {it.code: it for it in ItemService(admin_db).list().items}
    assert items["MATH-0002"].choices == ("90°", "180°", "270°", "360°")
    assert items["MATH-0002"].stem == "삼각형의 내각의 합은?"
    assert (items["MATH-0002"].model, items["MATH-0002"].c) == ("2PL", 0.0)
    assert ItemService(admin_db).get(items["ENG-0001"].id).key == 2


def test_bad_rows_are_all_reported_and_nothing_is_written(admin_db: Database) -> None:
    bad = GOOD + "\n".join([
        "MATH-0003,math,10,algebra,3PL,0,0,0.2,stem,a|b|c|d,1",          # line 5: a = 0
        "MATH-0004,math,99,algebra,3PL,1,abc,0.2,stem,a|b|c|d,7",        # line 6: grade, b, key
        ",math,10,algebra,3PL,1,0,0.2,stem,a|b,1",                       # line 7: no code
        "MATH-0001,math,10,algebra,3PL,1,0,0.2,stem,a|b,1",              # line 8: duplicate
        "MATH-0005,math,10,algebra,2PL,1,0,0.3,stem,only,1",             # line 9: c for 2PL, choices
        "MATH-0006,math,10,algebra,3PL,1,0,0.2,,a|b,1,extra",            # line 10: extra cell
    ]) + "\n"
    with pytest.raises(BulkValidationError) as err:
        ItemCsvService(admin_db).import_csv(bad)
    found = {(e.row, e.field) for e in err.value.errors}
    assert found == {(5, "a"), (6, "grade"), (6, "b"), (6, "key"), (7, "code"), (8, "item_id"),
                     (9, "c"), (9, "choices"), (10, None)}
    assert "line 2" in next(str(e) for e in err.value.errors if e.row == 8)
    assert ItemService(admin_db).list().total == 0


def test_missing_columns_and_existing_codes(admin_db: Database) -> None:
    svc = ItemCsvService(admin_db)
    with pytest.raises(ValidationError, match="key"):
        svc.import_csv("item_id,subject,a,b,stem,choices\nX,math,1,0,s,a|b\n")
    with pytest.raises(BulkValidationError):
        svc.import_csv("item_id,subject,a,b,stem,choices,key\n")
    svc.import_csv(GOOD)
    with pytest.raises(BulkValidationError) as err:
        svc.import_csv(GOOD)
    assert [(e.row, e.field) for e in err.value.errors] == [(2, "item_id"), (3, "item_id"),
                                                            (4, "item_id")]


def test_update_existing_and_dry_run(admin_db: Database) -> None:
    svc = ItemCsvService(admin_db)
    svc.import_csv(GOOD)
    changed = GOOD.replace("1.5,1.1,0.25", "1.5,1.4,0.25") + \
        "MATH-0009,math,12,functions,1PL,1,2,0,f(x)=?,1|2,2\n"
    dry = svc.import_csv(changed, update_existing=True, dry_run=True)
    assert dry.dry_run and dry.created == ("MATH-0009",) and dry.updated == ("ENG-0001",)
    assert ItemService(admin_db).list().total == 3
    real = svc.import_csv(changed, update_existing=True)
    assert real.unchanged == ("MATH-0001", "MATH-0002")
    eng = next(i for i in ItemService(admin_db).list(subject="english").items)
    assert (eng.b, eng.bank_version) == (1.4, 2)


def test_export_round_trip_and_formula_escape(admin_db: Database) -> None:
    svc = ItemCsvService(admin_db)
    svc.import_csv(GOOD + "MATH-0010,math,10,algebra,3PL,1,-1.25,0.2,=1+1,-1|+2|@3|4,3\n")
    exported = svc.export_csv()
    assert ",'=1+1,'-1,'+2,'@3,4,3,retired" not in exported
    assert ",'=1+1,'-1,'+2,'@3,4,3,active" in exported and ",-1.25," in exported
    rows = exported.splitlines()
    assert rows[0] == ("item_id,subject,grade,strand,model,a,b,c,stem,"
                       "choice_1,choice_2,choice_3,choice_4,key,status")
    assert rows[1].startswith("ENG-0001,english,11,vocabulary,3PL,1.5,1.1,0.25,")
    assert rows[1].endswith(",2,active")
    ItemService(admin_db).retire(ItemService(admin_db).list(search="MATH-0010").items[0].id)
    again = svc.import_csv(svc.export_csv(), update_existing=True)
    assert again.created == () and again.updated == ()
    formula = ItemService(admin_db).list(search="MATH-0010").items[0]
    assert formula.stem == "=1+1" and formula.choices == ("-1", "+2", "@3", "4")
    assert formula.status == "retired"
    admin_db.identity.role = "teacher"
    assert ",2,active" not in ItemCsvService(admin_db).export_csv().splitlines()[1]
    with pytest.raises(PermissionDenied):
        ItemCsvService(admin_db).import_csv(GOOD)


def test_escape_cell() -> None:
    assert escape_cell("=cmd") == "'=cmd" and escape_cell("plain") == "plain"
    assert escape_cell(None) == ""
