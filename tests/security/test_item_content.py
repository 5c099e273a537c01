"""Item content versions, states, pictures and passages (revision 0021), as real users through
the client roles: teachers write drafts of their own items, administrators approve; a version a
student has seen is never changed; attempts record the version shown; keys stay hidden."""
from __future__ import annotations

import struct
import uuid
import zlib

import psycopg
import pytest

from dreamseed_desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.items.authoring import ContentDraft, ItemAuthoring
from dreamseed_desktop.services.items.service import ItemService
from tests.fixtures.school import School


def png(width: int, height: int) -> bytes:
    """A real (tiny, grey) PNG of the given size."""
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def math_draft(image: int, **kw: object) -> ContentDraft:
    return ContentDraft(code=kw.pop("code", "M-FRAC-1"), subject="math", grade=2, strand="algebra",  # type: ignore[arg-type]
                        stem=f"$\\frac{{1}}{{2}} + \\sqrt{{x}} = 2$ 일 때 x는? ![y = x^2 의 그래프](asset:{image})",
                        choices=("$\\frac{9}{4}$", "$2$", "$\\{x \\mid x>0\\}$", "4"), key=1, **kw)  # type: ignore[arg-type]


def test_teacher_drafts_admin_approves_and_students_see_nothing(school: School, connect_as, raw_client) -> None:
    teacher = ItemAuthoring(connect_as("teacher1"))
    image = teacher.add_image(png(40, 30))
    assert teacher.add_image(png(40, 30)) == image          # the same picture is stored once
    saved = teacher.save(math_draft(image), "draft")
    assert (saved.version, saved.status) == (1, "draft")
    # a draft is not in the bank the exams use, and only its author (and admins) read it and its key
    assert ItemService(connect_as("admin")).get(saved.item_id).status == "draft"
    assert teacher.latest(saved.item_id).key == 1
    other = ItemAuthoring(connect_as("teacher2"))
    assert other.versions(saved.item_id) == ()
    with pytest.raises(NotFound):     # teachers change only their own items
        other.save(ContentDraft(item_id=saved.item_id, stem="x", choices=("a", "b"), key=1), "draft")
    with pytest.raises(PermissionDenied):
        teacher.save(ContentDraft(item_id=saved.item_id, stem="x", choices=("a", "b"), key=1), "publish")
    saved = teacher.save(math_draft(image, item_id=saved.item_id, code=None), "review")
    assert (saved.version, saved.status) == (1, "review")

    admin = ItemAuthoring(connect_as("admin"))
    assert [(v.item_id, v.version) for v in admin.review_queue()] == [(saved.item_id, 1)]
    assert admin.review(saved.item_id, 1, approve=True) == "approved"
    item = ItemService(connect_as("admin")).get(saved.item_id)
    assert (item.status, item.content_version, item.key) == ("active", 1, 1)
    assert item.stem.startswith("$\\frac{1}{2}")

    student = raw_client(connect_as("student1").identity.token)
    for table in ("item_content_versions", "item_version_keys", "item_assets", "passages", "passage_versions"):
        assert student.execute(f"SELECT * FROM {table}").fetchall() == [], table
    with pytest.raises(psycopg.Error, match="Only teachers and administrators"):
        student.execute("SELECT public.item_content_save(NULL, NULL, 'S-1', 'math', 2, NULL, 'x', "
                        "'[\"a\",\"b\"]', NULL, 1, 'draft')")
    teacher_sql = raw_client(connect_as("teacher1").identity.token, role="dreamseed_staff")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        teacher_sql.execute("INSERT INTO item_content_versions (item_id, version, stem, choices) "
                            "VALUES (%s, 9, 'x', '[]')", (saved.item_id,))
    # the approved version's key is for admins now, not for the teacher who wrote it
    assert teacher_sql.execute("SELECT * FROM item_version_keys").fetchall() == []
    assert teacher_sql.execute("SELECT * FROM item_keys").fetchall() == []


def test_a_version_students_have_seen_is_never_changed(school: School, connect_as, db_url: str) -> None:
    admin = ItemAuthoring(connect_as("admin"))
    with psycopg.connect(db_url) as owner:    # the exam may show only our item: the rest is retired
        owner.execute("UPDATE items SET status = 'retired' WHERE id <> %s", (school.items[0],))
        assert owner.execute("SELECT version, status FROM item_content_versions WHERE item_id = %s",
                             (school.items[0],)).fetchall() == [(1, "approved")]     # migrated/seeded: v1
    item = school.items[0]
    status, row_version = admin.item_status(item)
    # nobody has seen it: an edit rewrites version 1 in place
    saved = admin.save(ContentDraft(item_id=item, expected_version=row_version, stem="$2^3$ = ?",
                                    choices=("6", "8", "9"), key=2), "publish")
    assert (saved.version, saved.status) == (1, "approved")

    api = ExamApi(connect_as("student1"))
    state = api.start(school.exams["quiz_a"])
    shown = api.next_item(state.session_id)
    assert shown is not None and shown.item_id == item and shown.content_version == 1
    assert shown.stem == "$2^3$ = ?"
    # seen now: the next edit makes version 2; the student still gets (and is scored on) version 1
    saved = admin.save(ContentDraft(item_id=item, expected_version=saved.row_version, stem="$2^4$ = ?",
                                    choices=("8", "16", "32"), key=2), "publish")
    assert (saved.version, saved.status) == (2, "approved")
    again = api.next_item(state.session_id)
    assert again is not None and again.content_version == 1 and again.stem == "$2^3$ = ?"
    api.submit(state.session_id, shown.seq, item, 2, 900, uuid.uuid4())
    with psycopg.connect(db_url) as owner:
        assert owner.execute("SELECT content_version, correct FROM attempts WHERE item_id = %s",
                             (item,)).fetchall() == [(1, True)]
        assert owner.execute("SELECT version, status FROM item_content_versions WHERE item_id = %s "
                             "ORDER BY version", (item,)).fetchall() == [(1, "superseded"), (2, "approved")]
    versions = admin.versions(item)
    assert [(v.version, v.stem, v.key) for v in versions] == [(2, "$2^4$ = ?", 2), (1, "$2^3$ = ?", 2)]
    # a stale save is refused
    with pytest.raises(Exception, match="changed"):
        admin.save(ContentDraft(item_id=item, expected_version=row_version, stem="x", choices=("a", "b"),
                                key=1), "publish")


def test_the_older_edit_path_also_versions_and_does_not_overwrite_drafts(school: School, connect_as,
                                                                          db_url: str) -> None:
    items = ItemService(connect_as("admin"))
    dto = items.get(school.items[1])
    updated = items.update(dto.id, dto.version, stem="Changed on the item screen")
    assert updated.content_version == 2
    with psycopg.connect(db_url) as owner:
        assert owner.execute("SELECT version, status, stem FROM item_content_versions WHERE item_id = %s "
                             "ORDER BY version", (dto.id,)).fetchall() == [
            (1, "superseded", dto.stem), (2, "approved", "Changed on the item screen")]
        assert owner.execute("SELECT correct_choice FROM item_version_keys WHERE item_id = %s AND version = 2",
                             (dto.id,)).fetchone() == (dto.key,)


@pytest.mark.parametrize(("data", "message"), [
    (b"GIF89a\x01\x00\x01\x00", "PNG, JPEG or SVG"),
    (png(5000, 10), "4096"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * (1_048_577), "1 MB"),
    (b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>', "scripts"),
    (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" '
     b'height="10"><image xlink:href="http://evil.example/x.png"/></svg>', "outside"),
    (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg" '
     b'width="1" height="1"><text>&a;</text></svg>', "PNG, JPEG or SVG"),
])
def test_bad_pictures_are_refused_and_nothing_is_stored(school: School, connect_as, db_url: str,
                                                        data: bytes, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        ItemAuthoring(connect_as("teacher1")).add_image(data)
    assert message in err.value.message
    with psycopg.connect(db_url) as owner:
        assert owner.execute("SELECT count(*) FROM item_assets").fetchone() == (0,)


def test_bad_content_gets_a_message_naming_the_field(school: School, connect_as) -> None:
    teacher = ItemAuthoring(connect_as("teacher1"))
    base = ContentDraft(code="B-1", subject="math", stem="ok", choices=("a", "b"), key=1)
    cases = [
        (base.__class__(**{**base.__dict__, "stem": "$\\frac{1}{$ oops"}), "stem"),
        (base.__class__(**{**base.__dict__, "stem": "costs 5$"}), "stem"),
        (base.__class__(**{**base.__dict__, "choices": ("a", "$\\notacommand{x}$")}), "choice_2"),
        (base.__class__(**{**base.__dict__, "key": 3}), "key"),
        (base.__class__(**{**base.__dict__, "stem": "see ![](asset:1)"}), "alt"),
    ]
    for draft, field in cases:
        with pytest.raises(ValidationError) as err:
            teacher.save(draft, "draft")
        assert err.value.field == field, (draft, err.value.message)
    # a picture of another school cannot be used
    other = ItemAuthoring(connect_as("admin_b")).add_image(png(3, 3))
    with pytest.raises(ValidationError, match="image"):
        teacher.save(base.__class__(**{**base.__dict__, "stem": f"![x](asset:{other})"}), "draft")
    assert ItemService(connect_as("admin")).list(search="B-1").total == 0


def test_passages_are_shared_and_versioned(school: School, connect_as) -> None:
    teacher = ItemAuthoring(connect_as("teacher1"))
    p = teacher.save_passage("봄비", "봄비가 내린다.\n\n들판이 젖는다.")
    assert (p.version, p.row_version) == (1, 1)
    p2 = teacher.save_passage("봄비", "봄비가 조용히 내린다.", p.id, p.row_version)
    assert (p2.version, p2.body) == (1, "봄비가 조용히 내린다.")        # nobody has seen it: in place
    ids = [teacher.save(ContentDraft(code=f"K-{n}", subject="korean", stem=f"질문 {n}", choices=("가", "나"),
                                     key=1, passage_id=p.id), "review").item_id for n in (1, 2)]
    assert {ItemAuthoring(connect_as("admin")).latest(i).passage_id for i in ids} == {p.id}
    assert ItemAuthoring(connect_as("admin_b")).passages() == ()     # another school's staff: nothing


def test_delivery_sends_the_shown_items_pictures_and_passage_only(school: School, connect_as, raw_client,
                                                                  db_url: str) -> None:
    admin = ItemAuthoring(connect_as("admin"))
    picture = admin.add_image(png(64, 48))
    secret = admin.add_image(png(8, 8))            # of the school, but in no item the student is shown
    passage = admin.save_passage("봄비", f"봄비가 내린다. ![들판 사진](asset:{picture})")
    item = school.items[0]
    _, row_version = admin.item_status(item)
    admin.save(ContentDraft(item_id=item, expected_version=row_version, passage_id=passage.id,
                            stem=f"윗글의 그림 ![들판](asset:{picture}) 에서 $\\frac{{1}}{{2}}$ 은?",
                            choices=("$\\frac{1}{2}$", "1"), key=1), "publish")
    with psycopg.connect(db_url) as owner:
        owner.execute("UPDATE items SET status = 'retired' WHERE id <> %s", (item,))
    api = ExamApi(connect_as("student1"))
    state = api.start(school.exams["quiz_a"])
    shown = api.next_item(state.session_id)
    assert shown is not None and shown.item_id == item and "asset:" in shown.stem
    assert [p.asset_id for p in shown.media.pictures] == [picture]
    assert shown.media.pictures[0].data == png(64, 48)
    assert shown.media.passage is not None and shown.media.passage.title == "봄비"
    assert api.media_cache.fetched == 2
    assert api.next_item(state.session_id) == shown and api.media_cache.fetched == 2      # cached
    token = api._token()
    student = raw_client(token)
    with pytest.raises(psycopg.Error, match="image was not found"):
        student.execute("SELECT * FROM exam.item_asset(%s, %s, %s)", (token, state.session_id, secret))
    # nor through a passage that is not the shown item's, nor from someone else's session
    other = connect_as("student2")
    with pytest.raises(psycopg.Error, match="session not found"):
        raw_client(other.identity.token).execute("SELECT * FROM exam.item_asset(%s, %s, %s)",
                                                 (other.identity.token, state.session_id, picture))
    with pytest.raises(psycopg.Error, match="passage was not found"):
        student.execute("SELECT * FROM exam.item_passage(%s, %s, %s)", (token, state.session_id, passage.id + 1))
    # the key never travels: next_item's columns are the content, its version and the passage
    cur = student.execute("SELECT * FROM exam.next_item(%s, %s)", (token, state.session_id))
    assert [c.name for c in cur.description] == ["session_id", "seq", "item_id", "stem", "choices",
                                                 "content_version", "passage_id", "passage_version"]
    api.submit(state.session_id, shown.seq, item, 1, 900, uuid.uuid4())
    api.finish(state.session_id)
    with pytest.raises(psycopg.Error, match="session not found"):        # the sitting is over
        student.execute("SELECT * FROM exam.item_asset(%s, %s, %s)", (token, state.session_id, picture))
