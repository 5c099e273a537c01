"""QTI 2.1 packages as real users through the client role: export -> import gives identical
content; a package written the way TAO and Moodle write them imports (MathML to LaTeX, pictures,
keys); a package with an item we cannot import imports nothing and says which item and why."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import psycopg
import pytest

from dreamseed_desktop.services.core.errors import BulkValidationError, PermissionDenied
from dreamseed_desktop.services.items.authoring import ContentDraft, ItemAuthoring
from dreamseed_desktop.services.items.qti import QtiService
from dreamseed_desktop.services.items.service import ItemService
from tests.fixtures.school import School
from tests.security.test_item_content import png

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "qti" / "tao_like"


@pytest.fixture
def school(two_schools: School) -> School:     # this directory's conftest means another school
    return two_schools


def package(*, with_essay: bool = False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        manifest = (FIXTURE / "imsmanifest.xml").read_text(encoding="utf-8")
        if with_essay:
            manifest = manifest.replace("  </resources>", '    <resource identifier="essay" '
                                        'type="imsqti_item_xmlv2p1" href="items/essay.xml"><file '
                                        'href="items/essay.xml"/></resource>\n  </resources>')
        z.writestr("imsmanifest.xml", manifest)
        for path in sorted(FIXTURE.rglob("*")):
            if path.is_file() and path.name != "imsmanifest.xml":
                z.writestr(path.relative_to(FIXTURE).as_posix(), path.read_bytes())
    return buf.getvalue()


def content_of(db_url: str, item_id: int) -> tuple[object, ...]:
    with psycopg.connect(db_url) as owner:
        row = owner.execute(
            "SELECT i.subject, i.grade, i.strand, i.model, i.a, i.b, i.c, i.status, v.stem, v.choices, "
            "k.correct_choice, p.title, pv.body FROM items i JOIN item_content_versions v ON v.item_id = i.id "
            "AND v.version = i.content_version JOIN item_keys k ON k.item_id = i.id "
            "LEFT JOIN passages p ON p.id = v.passage_id "
            "LEFT JOIN passage_versions pv ON pv.passage_id = p.id AND pv.version = p.current_version "
            "WHERE i.id = %s", (item_id,)).fetchone()
    assert row is not None
    return tuple(row)


def test_export_then_import_gives_identical_content(school: School, connect_as, db_url: str) -> None:
    admin = connect_as("admin")
    authoring = ItemAuthoring(admin)
    graph = authoring.add_image(png(120, 90))
    passage = authoring.save_passage("봄비", f"봄비가 내린다.\n들판이 젖는다. ![들판](asset:{graph})")
    stems = [
        (f"함수 $y = x^2$ 의 그래프 ![y = x^2 그래프](asset:{graph})\n$\\frac{{1}}{{2}} + \\sqrt{{x}} = 2$ 일 때 x는?",
         ("$\\frac{9}{4}$", "$\\{x \\mid x>0\\}$", "a | b, \"c\"", "한국어 \\$5")),
        ("윗글의 중심 생각은?", ("봄", "비", "들판")),
    ]
    ids = []
    for n, (stem, choices) in enumerate(stems):
        saved = authoring.save(ContentDraft(code=f"QTI-{n}", subject="math", grade=2, strand="algebra",
                                            stem=stem, choices=choices, key=2,
                                            passage_id=passage.id if n else None), "publish")
        ids.append(saved.item_id)
    items = ItemService(admin)
    dto = items.get(ids[0])
    items.update(ids[0], dto.version, model="3PL", a=1.37, b=-0.42, c=0.18)
    before = [content_of(db_url, i) for i in ids]

    data = QtiService(admin).export_package(ids)
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "imsmanifest.xml" in names and "items/QTI-0.xml" in names and f"images/{graph}.png" in names
    item_xml = zipfile.ZipFile(io.BytesIO(data)).read("items/QTI-0.xml").decode()
    assert "choiceInteraction" in item_xml and "<m:mfrac>" in item_xml and 'alt="y = x^2 그래프"' in item_xml
    assert "correct" not in zipfile.ZipFile(io.BytesIO(data)).read("imsmanifest.xml").decode()

    with psycopg.connect(db_url) as owner:    # the originals make room for the import's codes
        owner.execute("UPDATE items SET code = code || '-old' WHERE id = ANY(%s)", (ids,))
    result = QtiService(admin).import_package(data)
    assert result.codes == ("QTI-0", "QTI-1")
    after = [content_of(db_url, i) for i in result.item_ids]
    assert after == before                  # same text, formulas, picture ids (same school), key, params, passage


def test_a_package_written_by_another_tool_imports(school: School, connect_as, db_url: str) -> None:
    teacher = connect_as("teacher1")
    result = QtiService(teacher).import_package(package(), subject="math")
    assert result.codes == ("TAO-MATH-7", "moodle_q42")
    authoring = ItemAuthoring(teacher)
    math_item = authoring.latest(result.item_ids[0])
    assert math_item.status == "review" and math_item.key == 2      # a teacher's import waits for approval
    assert math_item.stem.startswith("다음 그래프는 $y={x}^{2}$ 입니다.\n![포물선 y = x^2 의 그래프](asset:")
    assert "$\\frac{1}{2}+\\sqrt{x}=2$" in math_item.stem and "x의 값은?" in math_item.stem
    assert math_item.choices[:3] == ("$\\frac{3}{2}$", "$\\frac{9}{4}$", "$\\sqrt[3]{2}$")
    pictures = authoring.images_of(math_item.stem)
    assert [p.media_type for p in pictures.values()] == ["image/svg+xml"]
    assert "![포물선 y = x^2 의 그래프](asset:" in math_item.stem
    sets = authoring.latest(result.item_ids[1])
    assert sets.stem == "Which set is $\\{x \\mid x>0\\}$? (costs \\$5)" and sets.key == 3
    # the admin approves; the items are then in the bank
    admin = ItemAuthoring(connect_as("admin"))
    for i in result.item_ids:
        admin.review(i, 1, approve=True)
    assert ItemService(connect_as("admin")).get(result.item_ids[0]).status == "active"


def test_a_package_with_an_item_we_cannot_import_imports_nothing(school: School, connect_as,
                                                                 db_url: str) -> None:
    with pytest.raises(BulkValidationError) as err:
        QtiService(connect_as("admin")).import_package(package(with_essay=True), subject="math")
    problems = [(e.field, e.message) for e in err.value.errors]
    assert problems == [("essay", "Only items with one choice interaction can be imported "
                                  "(found: extendedTextInteraction).")]
    with psycopg.connect(db_url) as owner:
        assert owner.execute("SELECT count(*) FROM items WHERE code IN ('TAO-MATH-7', 'moodle_q42')").fetchone() == (0,)
        assert owner.execute("SELECT count(*) FROM item_assets").fetchone() == (0,)
    # without a subject the other tool's items cannot be placed: said per item, nothing stored
    with pytest.raises(BulkValidationError) as err:
        QtiService(connect_as("admin")).import_package(package())
    assert len(err.value.errors) == 2 and "subject" in err.value.errors[0].message
    # a subject the school does not have: refused per item (its row and identifier), nothing stored
    with pytest.raises(BulkValidationError) as err:
        QtiService(connect_as("admin")).import_package(package(), subject="physics")
    assert [(e.row, e.params.get("subject")) for e in err.value.errors] == [(1, "physics"), (2, "physics")]
    assert all("is not one of the school's subjects" in e.message for e in err.value.errors)
    with psycopg.connect(db_url) as owner:
        assert owner.execute("SELECT count(*) FROM items WHERE code IN ('TAO-MATH-7', 'moodle_q42')").fetchone() == (0,)
    with pytest.raises(PermissionDenied):
        QtiService(connect_as("student1")).import_package(package(), subject="math")
