"""Hypothesis: any item content survives export → ``import --update`` unchanged (issue 16).

Stems and choices are drawn from all of Unicode (no NUL, no surrogates: PostgreSQL text and
UTF-8 cannot hold them) with the CSV/spreadsheet troublemakers weighted in: ``|``, commas,
quotes, apostrophes, line breaks, tabs, formula starts and Korean. The calls run as a school
admin signed in through the client role.
"""
from __future__ import annotations

import itertools
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.items.csv_io import ItemCsvService
from dreamseed_desktop.services.items.rules import MAX_CHOICES, ItemInput
from dreamseed_desktop.services.items.service import ItemService
from tests.fixtures.school import add_subjects
from tests.fuzz.conftest import FUZZ

_TROUBLE = list("|,\"'\n\r\t =+-@;가힣ㄱ") + ["\u3000", "\u00a0", "\u1100", "\u1161"]
_chars = st.one_of(st.sampled_from(_TROUBLE),
                   st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
# the service trims and NFC-normalises; a text that is only white space is not a valid cell
_text = st.text(_chars, min_size=1, max_size=30).filter(lambda t: t.strip() != "")
_codes = itertools.count(1)
_signed_in: dict[int, Database] = {}


@FUZZ
@given(stem=_text, choices=st.lists(_text, min_size=2, max_size=MAX_CHOICES),
       key_pick=st.integers(min_value=1, max_value=MAX_CHOICES))
def test_export_then_import_update_keeps_every_item_identical(
        two_schools: object, connect_as: Callable[..., Database], stem: str,
        choices: list[str], key_pick: int) -> None:
    if id(connect_as) not in _signed_in:          # sign in once per test, not per example
        _signed_in.clear()
        _signed_in[id(connect_as)] = connect_as("admin")
    admin = _signed_in[id(connect_as)]
    n = next(_codes)
    subject = f"fuzz{n}"
    add_subjects(admin, subject)
    key = min(key_pick, len(choices))
    items = ItemService(admin)
    created = items.create(ItemInput(code=f"FZ-{n}", subject=subject, stem=stem,
                                     choices=tuple(choices), key=key, a=0.8, b=1.5, c=0.1))
    # a second item with two plain choices makes the export pad the narrower row
    items.create(ItemInput(code=f"FZ-{n}-b", subject=subject, stem="plain", choices=("x", "y"), key=2))
    before = items.get(created.id)

    csv_io = ItemCsvService(admin)
    exported = csv_io.export_csv(subject=subject)
    result = csv_io.import_csv(("\ufeff" + exported).encode("utf-8"), update_existing=True)
    assert (result.created, result.updated) == ((), ())
    assert result.unchanged == (f"FZ-{n}", f"FZ-{n}-b")
    after = items.get(created.id)
    assert after == before
    assert len(after.choices) == len(choices) and after.key == key
    assert csv_io.export_csv(subject=subject) == exported
