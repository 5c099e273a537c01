"""Issue 17: roster bytes that can be misread — CP949 that is also valid UTF-8, UTF-16.

Each case checks what the user gets (the encoding used, the names, or a message asking them to
choose) and that the database holds exactly the right rows (counts and names before/after).
"""
from __future__ import annotations

import pytest

from dreamseed_desktop.services.classes.roster_parse import decode
from dreamseed_desktop.services.core.errors import NotFound, ValidationError
from tests.fixtures.people import School, Services


def _utf8_safe_hangul() -> list[str]:
    """The Hangul syllables whose CP949 bytes are also a valid UTF-8 sequence (there are 345)."""
    out = []
    for code in range(0xAC00, 0xD7A4):
        try:
            chr(code).encode("cp949").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        out.append(chr(code))
    return out


SAFE = _utf8_safe_hangul()
NAMES = ["채창천", "홍치호", "황치홍"]
HEADER = "name,email,student_number,grade,class\n"


def roster(names: list[str]) -> str:
    return HEADER + "".join(f"{n},enc{i}@seoul.kr,3{i:04d},1,1-1\n" for i, n in enumerate(names))


def test_the_trap_exists() -> None:
    assert len(SAFE) == 345 and all(ch in SAFE for n in NAMES for ch in n)
    data = roster(NAMES).encode("cp949")
    assert data.decode("utf-8") != roster(NAMES)           # valid UTF-8, but mojibake


def test_cp949_that_is_valid_utf8_is_read_as_cp949(svc: Services, school: School) -> None:
    data = roster(NAMES).encode("cp949")
    text, used = decode(data)
    assert used == "cp949" and text == roster(NAMES)
    plan = svc.roster.preview(data, organization_id=school.org.id)
    assert plan.ok and plan.encoding == "cp949"
    assert [r.name for r in plan.to_create] == NAMES
    result = svc.roster.commit(plan)
    assert result.created == 3
    assert [svc.people.get_by_email(f"enc{i}@seoul.kr").name for i in range(3)] == NAMES


def test_accented_utf8_names_stay_utf8() -> None:
    names = ["José Müller", "Hélène Dupré", "Đặng Thu"]
    text, used = decode(roster(names).encode("utf-8"))
    assert used == "utf-8" and text == roster(names)


def test_real_korean_utf8_stays_utf8() -> None:
    names = ["홍길동", "채창천"]
    assert decode(roster(names).encode("utf-8")) == (roster(names), "utf-8")


def test_undecidable_file_asks_and_changes_nothing(svc: Services, school: School) -> None:
    names = ["채창천", "Mia채"]          # one Korean name, one Hangul glued to Latin letters
    data = roster(names).encode("cp949")
    assert data.decode("utf-8")          # valid as both
    with pytest.raises(ValidationError, match="can be read as UTF-8 or as CP949") as err:
        svc.roster.preview(data, organization_id=school.org.id)
    assert err.value.params["cp949"].startswith("채창천") and err.value.params["utf8"] != err.value.params["cp949"]
    with pytest.raises(NotFound):                   # nothing was written
        svc.people.get_by_email("enc0@seoul.kr")
    plan = svc.roster.preview(data, organization_id=school.org.id, encoding="cp949")   # the user chose
    assert [r.name for r in plan.to_create] == names
    assert svc.roster.commit(plan).created == 2


@pytest.mark.parametrize("bom_codec", ["utf-16", "utf-16-be"])
def test_utf16_roster_previews_and_commits(svc: Services, school: School, bom_codec: str) -> None:
    names = ["홍길동", "김철수"]
    text = roster(names).replace(",", "\t")       # Excel's "Unicode text" is tab-separated UTF-16
    data = text.encode("utf-16") if bom_codec == "utf-16" else b"\xfe\xff" + text.encode("utf-16-be")
    plan = svc.roster.preview(data, organization_id=school.org.id)
    assert plan.ok and plan.encoding == "utf-16"
    result = svc.roster.commit(plan)               # was: always refused at commit
    assert result.created == 2
    assert [svc.people.get_by_email(f"enc{i}@seoul.kr").name for i in range(2)] == names
