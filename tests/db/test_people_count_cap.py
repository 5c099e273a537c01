"""The people list stops counting at a cap: past it the page says "at least", the next pages
keep coming by keyset, and below it the count is exact (signed in as the admin through the
client role)."""
from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest

from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.people import query
from dreamseed_desktop.services.people.service import PeopleService
from tests.fixtures.school import School


@pytest.fixture
def more_people(db_url: str, school: School) -> int:
    with psycopg.connect(db_url) as conn:
        conn.execute("INSERT INTO users (organization_id, email, role, name) "
                     "SELECT %s, 'p' || g || '@school.test', 'teacher', 'Person ' || lpad(g::text, 3, '0') "
                     "FROM generate_series(1, 40) g", (school.org,))
        conn.commit()
        return int(conn.execute("SELECT count(*) FROM users WHERE organization_id = %s",
                                (school.org,)).fetchone()[0])


def test_count_stops_at_the_cap_and_paging_goes_on(monkeypatch: pytest.MonkeyPatch, more_people: int,
                                                   connect_as: Callable[[str | None], Database]) -> None:
    people = PeopleService(connect_as("admin"))
    exact = people.list(limit=10)
    assert exact.exact and exact.total == more_people and exact.has_next
    monkeypatch.setattr(query, "COUNT_CAP", 15)
    monkeypatch.setattr(query, "WALK_RATIO", 1)
    first = people.list(limit=10)
    assert not first.exact and first.total == 15 and first.has_next
    assert first.items == exact.items
    seen = list(first.items)
    page = first
    while page.has_next:
        last = seen[-1]
        page = people.list(limit=10, after=(last.name, last.id))
        seen.extend(page.items)
    assert len(seen) == more_people and len({p.id for p in seen}) == more_people
    assert [(p.name, p.id) for p in seen] == sorted((p.name, p.id) for p in seen)
    narrow = people.list(limit=10, search="Person 00")
    assert narrow.exact and narrow.total == 9
