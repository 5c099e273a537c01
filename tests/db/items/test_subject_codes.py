"""Issue 15: items, classes and item imports accept only the school's subjects (a code, or its
Korean or English name, which becomes the code); anything else is refused with a message naming
the field — and, in an import, the row — and nothing changes. Data that already carry a subject
stay valid: an item or class keeps it through other edits even after the subject was retired.
Everything runs as the school's admin through the client role (row-level security applies)."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from dreamseed_desktop.cli.i18n import domain, set_language
from dreamseed_desktop.db.dump import fingerprint_database
from dreamseed_desktop.services.classes.service import ClassService
from dreamseed_desktop.services.core.errors import BulkValidationError, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.items.csv_io import ItemCsvService
from dreamseed_desktop.services.items.rules import ItemInput
from dreamseed_desktop.services.items.service import ItemService
from dreamseed_desktop.services.items.subjects import SubjectService
from tests.fixtures.school import School

HEADER = "item_id,subject,a,b,stem,choice_1,choice_2,key\n"


def _item(code: str, subject: str) -> ItemInput:
    return ItemInput(code=code, subject=subject, stem="2 + 2?", choices=("4", "5"), key=1, a=1.0, b=0.0)


def test_items_take_only_the_schools_subjects(two_schools: School, connect_as: Callable[..., Database],
                                              db_url: str) -> None:
    admin = connect_as("admin")
    items = ItemService(admin)
    before = fingerprint_database(db_url)
    with pytest.raises(ValidationError) as err:
        items.create(_item("P-1", "physics"))
    assert err.value.field == "subject"
    assert err.value.message == ("'physics' is not one of the school's subjects. Choose one from the list; an "
                                 "administrator adds subjects under Subjects.")
    set_language("ko")
    try:
        assert domain(err.value, with_row=False) == ("'physics'은(는) 학교의 과목이 아닙니다. 목록에서 고르세요. "
                                                     "과목은 관리자가 ‘과목’ 화면에서 추가합니다.")
    finally:
        set_language("en")
    assert fingerprint_database(db_url) == before                          # nothing written
    assert items.create(_item("K-1", "수학")).subject == "math"             # a name becomes the code
    assert items.create(_item("K-2", "Mathematics")).subject == "math"
    assert items.create(_item("K-3", " ENGLISH ")).subject == "english"
    made = items.create(_item("K-4", "math"))
    with pytest.raises(ValidationError) as err:
        items.update(made.id, made.version, subject="phys ed")
    assert err.value.field == "subject"
    assert items.get(made.id).subject == "math"


def test_retired_subject_stays_valid_on_what_already_has_it(two_schools: School,
                                                            connect_as: Callable[..., Database]) -> None:
    admin = connect_as("admin")
    subjects = SubjectService(admin)
    music = next(s for s in subjects.list() if s.code == "music")
    item = ItemService(admin).create(_item("M-1", "music"))
    cls = ClassService(admin).create("합창반", 2, subject="음악", organization_id=two_schools.org)
    assert cls.subject == "music"
    subjects.update(music.id, music.version, active=False)                 # the school retires it
    updated = ItemService(admin).update(item.id, item.version, b=0.5, subject="music")
    assert (updated.subject, updated.b) == ("music", 0.5)                   # kept: existing data stay valid
    assert ClassService(admin).update(cls.id, cls.version, name="합창부", subject="music").subject == "music"
    with pytest.raises(ValidationError, match="'music' is not one of the school's subjects"):
        ItemService(admin).create(_item("M-2", "music"))                  # but nothing new gets it


def test_classes_take_only_the_schools_subjects(two_schools: School, connect_as: Callable[..., Database],
                                                db_url: str) -> None:
    admin = connect_as("admin")
    classes = ClassService(admin)
    before = fingerprint_database(db_url)
    for bad in ("physics", "수학과학"):
        with pytest.raises(ValidationError) as err:
            classes.create("2-9", 2, subject=bad, organization_id=two_schools.org)
        assert err.value.field == "subject" and bad in err.value.message
    assert fingerprint_database(db_url) == before
    made = classes.create("2-9", 2, subject="Science", organization_id=two_schools.org)
    assert made.subject == "science"
    assert classes.create("2-10", 2, organization_id=two_schools.org).subject is None   # no subject: fine
    with pytest.raises(ValidationError) as err:
        classes.update(made.id, made.version, subject="chemistry")
    assert err.value.field == "subject" and classes.get(made.id).subject == "science"
    teacher = ClassService(connect_as("teacher1"))
    with pytest.raises(ValidationError):
        teacher.create("2-11", 2, subject="art class")


def test_item_import_names_the_row_of_an_unknown_subject_and_writes_nothing(
        two_schools: School, connect_as: Callable[..., Database], db_url: str) -> None:
    admin = connect_as("admin")
    csv_io = ItemCsvService(admin)
    before = fingerprint_database(db_url)
    text = (HEADER + "N-1,수학,1,0,Which?,a,b,1\n"
                     "N-2,physics,1,0,Which?,a,b,1\n"
                     "N-3,Mathematics,1,0,Which?,a,b,1\n"
                     "N-4,체육 활동,1,0,Which?,a,b,2\n")
    with pytest.raises(BulkValidationError) as err:
        csv_io.import_csv(text)
    assert [(e.row, e.field, e.params.get("subject")) for e in err.value.errors] == [
        (3, "subject", "physics"), (5, "subject", "체육 활동")]
    assert fingerprint_database(db_url) == before                           # all or nothing
    fixed = text.replace("physics", "과학").replace("체육 활동", "체육")
    assert csv_io.import_csv(fixed).created == ("N-1", "N-2", "N-3", "N-4")
    stored = {i.code: i.subject for i in ItemService(admin).list(search="N-").items}
    assert stored == {"N-1": "math", "N-2": "science", "N-3": "math", "N-4": "pe"}
