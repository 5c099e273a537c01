"""Item CSV choices survive export → ``import --update`` byte for byte, whatever they contain.

Each choice is its own CSV cell (``choice_1`` … ``choice_10``), so no character can split one
(issue 16, step 1: a choice ``{x | x>0}`` used to come back as two choices with the key on a
fragment). The service calls run as a school admin signed in through the client role.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest

from dreamseed_desktop.services.core.errors import BulkValidationError, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.items.csv_io import ItemCsvService
from dreamseed_desktop.services.items.rules import ItemInput
from dreamseed_desktop.services.items.service import ItemService
from tests.fixtures.school import add_subjects

CLASSES: dict[str, tuple[str, tuple[str, ...]]] = {
    "pipe": ("Which set is {x | x>0}?", ("{x | x>0}", "{x | x<0}", "|x|", "a|b|c|d|e")),
    "comma": ("1, 2, 3, …?", ("4, 5", "6,7", ",", "a,b,c")),
    "quotes": ('Say "hi"', ('"quoted"', "it's", '""', "'single'")),
    "newline": ("line 1\nline 2", ("a\nb", "c\r\nd", "e\n\nf", "g")),
    "formula": ("=1+1", ("=1+1", "+2", "-3", "@SUM(A1)", "'=already", "''-x")),
    "korean": ("삼각형의 내각의 합은?", ("90°", "180°", "이백칠십 도", "ㄱ|ㄴ")),
    "spaces": ("  padded stem  ", ("  left", "right  ", " both ", "in  side")),
}


def _item(code: str, subject: str, stem: str, choices: tuple[str, ...], key: int) -> ItemInput:
    return ItemInput(code=code, subject=subject, stem=stem, choices=choices, key=key,
                     a=1.3, b=-0.4, c=0.2, grade=10, strand="algebra")


def _content(db: Database, subject: str) -> list[tuple[object, ...]]:
    items = ItemService(db)
    return [(it.code, it.stem, it.choices, items.get(it.id).key, it.a, it.b, it.c, it.status,
             it.content_version, it.bank_version)
            for it in items.list(subject=subject, limit=1000).items]


@pytest.mark.parametrize("kind", sorted(CLASSES))
def test_round_trip_of_each_character_class(two_schools: object,
                                            connect_as: Callable[..., Database],
                                            kind: str) -> None:
    admin = connect_as("admin")
    stem, choices = CLASSES[kind]
    subject = f"rt-{kind}"
    add_subjects(admin, subject)
    key = len(choices)            # the last choice: a split would move or break it
    ItemService(admin).create(_item(f"RT-{kind}", subject, stem, choices, key))
    before = _content(admin, subject)
    stored = before[0]
    assert stored[2] == tuple(ch.strip() for ch in choices) and stored[3] == key
    assert stored[1] == stem.strip()

    csv_io = ItemCsvService(admin)
    exported = csv_io.export_csv(subject=subject)
    row = next(csv.DictReader(io.StringIO(exported)))
    assert [row[f"choice_{n}"] for n in range(1, len(choices) + 1)] \
        == [("'" + ch if ch.lstrip("'")[:1] in "=+-@" else ch) for ch in stored[2]]
    result = csv_io.import_csv(exported.encode("utf-8"), update_existing=True)
    assert (result.created, result.updated, result.unchanged) == ((), (), (f"RT-{kind}",))
    assert _content(admin, subject) == before


def test_an_edited_pipe_choice_comes_back_as_edited(two_schools: object,
                                                    connect_as: Callable[..., Database]) -> None:
    admin = connect_as("admin")
    add_subjects(admin, "sets")
    ItemService(admin).create(_item("SET-1", "sets", "Positive reals?", ("{x | x>0}", "{x | x<0}"), 1))
    csv_io = ItemCsvService(admin)
    edited = csv_io.export_csv(subject="sets").replace("{x | x<0}", "{x | x≤0}")
    assert csv_io.import_csv(edited, update_existing=True).updated == ("SET-1",)
    item = ItemService(admin).list(subject="sets").items[0]
    assert item.choices == ("{x | x>0}", "{x | x≤0}") and ItemService(admin).get(item.id).key == 1


def test_old_choices_column_is_read_but_never_splits_a_pipe_choice(
        two_schools: object, connect_as: Callable[..., Database]) -> None:
    admin = connect_as("admin")
    add_subjects(admin, "sets")
    csv_io = ItemCsvService(admin)
    old = ("item_id,subject,a,b,stem,choices,key\n"
           "OLD-1,sets,1,0,Which?,apple|pear|plum,3\n")
    assert csv_io.import_csv(old).created == ("OLD-1",)
    old_item = ItemService(admin).list(search="OLD-1").items[0]
    assert old_item.choices == ("apple", "pear", "plum")
    ItemService(admin).create(_item("SET-2", "sets", "Positive reals?", ("{x | x>0}", "none"), 1))
    snapshot = _content(admin, "sets")
    # what the old exporter wrote for SET-2: re-importing it used to split the first choice
    old_export = ("item_id,subject,a,b,stem,choices,key\n"
                  "OLD-1,sets,1,0,Which?,apple|pear|plum,2\n"
                  "SET-2,sets,1.3,-0.4,Positive reals?,{x | x>0}|none,1\n")
    with pytest.raises(BulkValidationError) as err:
        csv_io.import_csv(old_export, update_existing=True)
    assert [(e.row, e.field) for e in err.value.errors] == [(3, "choices")]
    assert "SET-2" in str(err.value.errors[0]) and "choice_1" in str(err.value.errors[0])
    assert _content(admin, "sets") == snapshot          # all or nothing: OLD-1 unchanged too


@pytest.mark.parametrize(("header", "row", "message"), [
    ("item_id,subject,a,b,stem,choice_1,choice_2,choices,key", "X,m,1,0,s,a,b,a|b,1", "both"),
    ("item_id,subject,a,b,stem,choice_1,key", "X,m,1,0,s,a,1", "choice_2"),
    ("item_id,subject,a,b,stem,choice_1,choice_2,choice_11,key", "X,m,1,0,s,a,b,c,1", "choice_11"),
    ("item_id,subject,a,b,stem,choice_1,choice_2,choice_2,key", "X,m,1,0,s,a,b,c,1", "more than once"),
])
def test_bad_choice_headers_are_refused(two_schools: object, connect_as: Callable[..., Database],
                                        header: str, row: str, message: str) -> None:
    admin = connect_as("admin")
    with pytest.raises(ValidationError, match=message) as err:
        ItemCsvService(admin).import_csv(f"{header}\n{row}\n")
    assert err.value.row == 1
    assert ItemService(admin).list().total == 60       # the fixture school's bank, untouched


def test_gaps_and_empty_choices_name_the_row_and_column(two_schools: object,
                                                        connect_as: Callable[..., Database]) -> None:
    admin = connect_as("admin")
    add_subjects(admin, "m")
    text = ("item_id,subject,a,b,stem,choice_1,choice_2,choice_3,choice_4,key\n"
            "G-1,m,1,0,s,a,,c,,1\n"          # gap at choice_2
            "G-2,m,1,0,s,only,,,,1\n"         # one choice
            "G-3,m,1,0,s,a,b,,,3\n"           # key past the last choice
            "G-4,m,1,0,s,a,b,c,,2\n")         # fine
    with pytest.raises(BulkValidationError) as err:
        ItemCsvService(admin).import_csv(text)
    assert [(e.row, e.field) for e in err.value.errors] == [(2, "choice_2"), (3, "choices"),
                                                            (4, "key")]
    assert ItemService(admin).list(subject="m").total == 0
