"""The item bank belongs to an organization: another school's admin can neither read its keys
nor change it; shared items are readable (content only) by every school's staff."""
from __future__ import annotations

import psycopg
import pytest

from dreamseed_desktop.services.core.errors import NotFound
from dreamseed_desktop.services.items.rules import ItemInput
from dreamseed_desktop.services.items.service import ItemService
from tests.fixtures.school import School


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
