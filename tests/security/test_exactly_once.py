"""submit is exactly-once: replays and concurrent duplicates store one attempt."""
from __future__ import annotations

import threading
import uuid

import psycopg
import pytest

from dreamseed_desktop.services.core.errors import Conflict, ValidationError
from dreamseed_desktop.services.exams.api import ExamApi
from tests.fixtures.school import School


def _attempts(db_url: str, session_id: int) -> list[tuple]:
    with psycopg.connect(db_url) as conn:
        return conn.execute("SELECT seq, item_id, selected_choice, client_uuid FROM attempts "
                            "WHERE exam_session_id = %s ORDER BY seq", (session_id,)).fetchall()


def test_replay_returns_stored_outcome_and_locked_answers_cannot_change(school: School, connect_as,
                                                                         db_url: str) -> None:
    api = ExamApi(connect_as("student1"))
    sid = api.start(school.exams["quiz_a"]).session_id
    item = api.next_item(sid)
    u = uuid.uuid4()
    first = api.submit(sid, item.seq, item.item_id, 2, 1200, u)
    assert first.accepted and not first.replayed
    nxt = api.next_item(sid)
    for _ in range(3):   # the client's journal replays after a lost acknowledgement
        again = api.submit(sid, item.seq, item.item_id, 2, 1200, u)
        assert again.accepted and again.replayed and again.answered == 1
    same_answer_new_uuid = api.submit(sid, item.seq, item.item_id, 2, 1300, uuid.uuid4())
    assert same_answer_new_uuid.replayed
    with pytest.raises(Conflict):
        api.submit(sid, item.seq, item.item_id, 3, 1200, uuid.uuid4())    # different answer
    with pytest.raises(Conflict):
        api.submit(sid, item.seq, item.item_id, 3, 1200, u)               # same uuid, other answer
    with pytest.raises(Conflict):
        api.submit(sid, nxt.seq + 1, nxt.item_id, 1, 1200, uuid.uuid4())  # not the current item
    with pytest.raises(ValidationError):
        api.submit(sid, nxt.seq, nxt.item_id, 7, 1200, uuid.uuid4())      # no such choice
    assert api.next_item(sid) == nxt
    assert [(s, c) for s, _, c, _ in _attempts(db_url, sid)] == [(1, 2)]


def _send(db, barrier: threading.Barrier, outcomes: list[object], sid: int, item, u: uuid.UUID) -> None:
    barrier.wait()
    try:
        outcomes.append(ExamApi(db).submit(sid, item.seq, item.item_id, 1, 800, u))
    except Exception as exc:  # noqa: BLE001 - recorded and asserted by the test
        outcomes.append(exc)


@pytest.mark.slow
def test_concurrent_duplicate_submits(school: School, connect_as, db_url: str) -> None:
    dbs = [connect_as("student2") for _ in range(6)]
    api = ExamApi(dbs[0])
    sid = api.start(school.exams["quiz_a"]).session_id
    for _ in range(4):
        item = api.next_item(sid)
        u = uuid.uuid4()
        barrier = threading.Barrier(len(dbs))
        outcomes: list[object] = []

        threads = [threading.Thread(target=_send, args=(db, barrier, outcomes, sid, item, u)) for db in dbs]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert all(not isinstance(o, Exception) for o in outcomes), outcomes
        assert sum(not o.replayed for o in outcomes) == 1 and all(o.accepted for o in outcomes)
    rows = _attempts(db_url, sid)
    assert [r[0] for r in rows] == [1, 2, 3, 4] and len({r[1] for r in rows}) == 4


def test_answers_after_the_end_are_not_accepted(school: School, connect_as, db_url: str) -> None:
    api = ExamApi(connect_as("student1"))
    sid = api.start(school.exams["quiz_a"]).session_id
    item = api.next_item(sid)
    result = api.finish(sid)
    assert result.status == "completed" and result.answered == 0 and result.n_correct == 0
    assert result.percent_correct is None
    late = api.submit(sid, item.seq, item.item_id, 1, 500, uuid.uuid4())
    assert not late.accepted and late.finished
    assert api.next_item(sid) is None and _attempts(db_url, sid) == []
    with pytest.raises(Conflict):
        api.start(school.exams["quiz_a"])      # one sitting per exam
