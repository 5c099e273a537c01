"""The item bank belongs to an organization: another school's admin can neither read its keys
nor change it; shared items are readable (content only) by every school's staff."""
from __future__ import annotations

import uuid

import psycopg
import pytest

from dreamseed_desktop.services.core.errors import NotFound
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.items.rules import ItemInput
from dreamseed_desktop.services.items.service import ItemService
from tests.fixtures.school import School, add_user, seed_bank


def test_another_schools_admin_cannot_read_keys_or_change_items(school: School, raw_client, connect_as) -> None:
    other = raw_client(connect_as("admin_b").identity.token, role="dreamseed_staff")
    item = school.items[0]
    assert other.execute("SELECT * FROM item_keys").fetchall() == []
    assert other.execute("SELECT id FROM items WHERE id = %s", (item,)).fetchall() == []
    assert other.execute("SELECT * FROM item_param_history").fetchall() == []
    assert other.execute("UPDATE items SET b = 3 WHERE id = %s", (item,)).rowcount == 0
    assert other.execute("UPDATE item_keys SET correct_choice = 1").rowcount == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):     # cannot plant an item in North High's bank
        other.execute("INSERT INTO items (code, subject, stem, choices, organization_id) "
                      "VALUES ('X-1', 'math', 'x', '[\"a\", \"b\"]', %s)", (school.org,))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        other.execute("INSERT INTO item_keys (item_id, correct_choice) VALUES (%s, 2)", (item,))
    with pytest.raises(NotFound):
        ItemService(connect_as("admin_b")).get(item)
    # legitimate path: the owning school's admin reads the key and changes the item
    own = ItemService(connect_as("admin"))
    dto = own.get(item)
    assert dto.key is not None
    assert own.update(item, dto.version, b=1.25).b == 1.25


def test_shared_items_show_content_never_keys_to_other_schools(school: School, raw_client, connect_as,
                                                               db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as owner:
        owner.execute("UPDATE items SET shared = true WHERE id = %s", (school.items[1],))
    other = raw_client(connect_as("admin_b").identity.token, role="dreamseed_staff")
    assert other.execute("SELECT id FROM items").fetchall() == [(school.items[1],)]
    assert other.execute("SELECT * FROM item_keys").fetchall() == []
    assert other.execute("UPDATE items SET stem = 'x' WHERE id = %s", (school.items[1],)).rowcount == 0
    assert ItemService(connect_as("admin_b")).get(school.items[1]).key is None
    # the owning school can stop sharing it
    own = raw_client(connect_as("admin").identity.token, role="dreamseed_staff")
    assert own.execute("UPDATE items SET shared = false WHERE id = %s", (school.items[1],)).rowcount == 1


@pytest.mark.slow
def test_a_new_item_belongs_to_the_admins_school(school: School, connect_as, db_url: str) -> None:
    created = ItemService(connect_as("admin_b")).create(
        ItemInput(code="S-1", subject="math", stem="2 + 2 = ?", choices=("3", "4"), key=2))
    with psycopg.connect(db_url) as owner:
        assert owner.execute("SELECT organization_id, shared FROM items WHERE id = %s",
                             (created.id,)).fetchone() == (school.org_b, False)
    assert ItemService(connect_as("admin_b")).get(created.id).key == 2
    with pytest.raises(NotFound):
        ItemService(connect_as("admin")).get(created.id)
    # teachers of the owning school read the content, not the key
    teacher = connect_as("teacher1")
    assert ItemService(teacher).get(school.items[0]).key is None


def _south_sitting(conn: psycopg.Connection, school: School, email: str, exam: int, connect_as) -> list[int]:
    """``email`` (a South High student) sits ``exam`` through the exam API to the end; the items given."""
    if email != "student_b@school.test":
        uid = add_user(conn, email, "student", "South Student", school.org_b)
        student = conn.execute("INSERT INTO students (user_id, organization_id, grade, student_number) "
                               "VALUES (%s, %s, 2, 'SB2') RETURNING id", (uid, school.org_b)).fetchone()[0]
        klass = conn.execute("SELECT class_id FROM exams WHERE id = %s", (exam,)).fetchone()[0]
        conn.execute("INSERT INTO student_classroom (student_id, class_id) VALUES (%s, %s)", (student, klass))
        conn.commit()
    api = ExamApi(connect_as(email))
    sid = api.start(exam).session_id
    while (item := api.next_item(sid)) is not None:
        api.submit(sid, item.seq, item.item_id, 1, 800, uuid.uuid4())
    api.finish(sid)
    return [r[0] for r in conn.execute("SELECT item_id FROM attempts WHERE exam_session_id = %s ORDER BY seq",
                                       (sid,)).fetchall()]


@pytest.mark.slow
def test_the_engine_selects_only_items_the_exams_school_may_use(school: School, connect_as, db_url: str) -> None:
    """Two schools, one subject: South High's sittings get South High's items, shared items and the
    server's bank — never North High's private items, even when those would be the best choice
    (banded selection and the whole-pool ranking alike); North High's sitting never gets South's."""
    with psycopg.connect(db_url) as conn:
        north_private = set(school.items[1:])
        shared = school.items[0]
        south = seed_bank(conn, 10, seed=11)
        conn.commit()                                     # seed_bank's temporary table goes with it
        server = seed_bank(conn, 2, seed=13)
        conn.execute("UPDATE items SET organization_id = %s WHERE id = ANY(%s)", (school.org_b, south))
        conn.execute("UPDATE items SET organization_id = NULL WHERE id = ANY(%s)", (server,))
        conn.execute("UPDATE items SET shared = true WHERE id = %s", (shared,))
        # North High's private items are the most informative at every θ a sitting reaches
        conn.execute("UPDATE items SET a = 2.6, b = (id %% 9 - 4) * 0.5, c = 0 WHERE id = ANY(%s)",
                     (list(north_private),))
        conn.execute("UPDATE items SET a = 0.7 WHERE id = ANY(%s)", (south + server + [shared],))
        teacher_b = conn.execute("INSERT INTO teachers (user_id, organization_id) VALUES (%s, %s) RETURNING id",
                                 (add_user(conn, "teacher_south@school.test", "teacher", "T", school.org_b),
                                  school.org_b)).fetchone()[0]
        klass = conn.execute("INSERT INTO classes (organization_id, teacher_id, name, subject, grade, school_year) "
                             "VALUES (%s, %s, 'S1', 'math', 2, 2026) RETURNING id", (school.org_b, teacher_b)
                             ).fetchone()[0]
        conn.execute("INSERT INTO student_classroom (student_id, class_id) VALUES (%s, %s)",
                     (school.students["student_b"], klass))
        exam = conn.execute("INSERT INTO exams (class_id, title, subject, cat_config, show_result) VALUES "
                            "(%s, 'south', 'math', '{\"max_items\": 20, \"min_items\": 20}', 'correct') "
                            "RETURNING id", (klass,)).fetchone()[0]
        allowed = set(south) | set(server) | {shared}
        conn.commit()
        banded = _south_sitting(conn, school, "student_b@school.test", exam, connect_as)
        conn.execute("UPDATE auth.settings SET value = 1 WHERE key = 'naive_selection'")   # whole-pool ranking
        conn.commit()
        whole_pool = _south_sitting(conn, school, "south2@school.test", exam, connect_as)
        conn.execute("UPDATE auth.settings SET value = 0 WHERE key = 'naive_selection'")
        conn.commit()
        # every allowed item is given (13 < 20: the pool runs out) and nothing else
        assert set(banded) == allowed and len(banded) == 13
        assert set(whole_pool) == allowed and len(whole_pool) == 13
        # North High's sitting: its own items and the shared/server ones, never South High's
        api = ExamApi(connect_as("student1"))
        sid = api.start(school.exams["quiz_a"]).session_id
        while (item := api.next_item(sid)) is not None:
            assert item.item_id not in south
            api.submit(sid, item.seq, item.item_id, 1, 800, uuid.uuid4())
        north = [r[0] for r in conn.execute("SELECT item_id FROM attempts WHERE exam_session_id = %s", (sid,))]
        conn.commit()
        assert len(north) == 8 and set(north) <= north_private | set(server) | {shared}


def test_band_candidates_follow_the_items_school_and_sharing(school: School, db_url: str) -> None:
    """Banded selection tests the candidate's own copy of its item's school and sharing (revision
    0040): a change of either reaches every candidate row of the item in the same statement."""
    mismatch = ("SELECT count(*) FROM exam.band_candidates c JOIN items i ON i.id = c.item_id "
                "WHERE c.organization_id IS DISTINCT FROM i.organization_id OR c.shared <> i.shared")
    with psycopg.connect(db_url) as conn:
        item = conn.execute("SELECT item_id FROM exam.band_candidates GROUP BY item_id ORDER BY count(*) DESC, item_id "
                            "LIMIT 1").fetchone()[0]
        assert conn.execute(mismatch).fetchone()[0] == 0
        for org, shared in ((school.org_b, False), (school.org_b, True), (None, False)):
            conn.execute("UPDATE items SET organization_id = %s, shared = %s WHERE id = %s", (org, shared, item))
            rows = conn.execute("SELECT DISTINCT organization_id, shared FROM exam.band_candidates WHERE item_id = %s",
                                (item,)).fetchall()
            assert rows == [(org, shared)]
            assert conn.execute(mismatch).fetchone()[0] == 0
