"""One round trip per exam call (issue 14): one statement, no pre-ping, no BEGIN/COMMIT, prepared
after a few calls — read off the wire with libpq's protocol trace of ExamApi's own connection."""
from __future__ import annotations

import re
import uuid
from pathlib import Path

from psycopg import pq

from dreamseed_desktop.services.exams.api import ExamApi
from tests.fixtures.school import School


def _frontend_messages(trace: str) -> list[tuple[str, str]]:
    """(message type, rest of the line) of every message the client sent."""
    out = []
    for line in trace.splitlines():
        m = re.match(r"^F\t\d+\t(\w+)\t?(.*)$", line)
        if m:
            out.append((m.group(1), m.group(2)))
    return out


def test_each_exam_call_is_one_round_trip_and_prepared(two_schools: School, connect_as, tmp_path: Path) -> None:
    api = ExamApi(connect_as("student1"))
    sid = api.start(two_schools.exams["quiz_a"]).session_id
    conn = api._conn
    assert conn is not None and conn.autocommit
    path = tmp_path / "trace.txt"
    steps = []
    with open(path, "w") as fh:
        conn.pgconn.trace(fh.fileno())
        conn.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
        for _ in range(7):
            item = api.next_item(sid)
            steps.append(api.submit(sid, item.seq, item.item_id, 1, 900, uuid.uuid4()))
        conn.pgconn.untrace()
    assert all(s.accepted for s in steps)
    sent = _frontend_messages(path.read_text())
    # split at Sync: each group is one round trip
    trips: list[list[tuple[str, str]]] = [[]]
    for kind, rest in sent:
        trips[-1].append((kind, rest))
        if kind == "Sync":
            trips.append([])
    trips = [t for t in trips if t]
    prepares = [t for t in trips if [k for k, _ in t] == ["Parse", "Sync"]]
    calls = [t for t in trips if t not in prepares]
    # 7 steps x 2 calls, each one round trip with one statement and nothing else on the wire
    assert len(calls) == 14
    for trip in calls:
        assert [k for k, _ in trip if k == "Execute"] == ["Execute"]
    assert not any(k == "Query" or "BEGIN" in rest or "COMMIT" in rest or "SELECT 1" in rest for k, rest in sent)
    # prepared statements: psycopg prepares each statement once (one extra round trip, once per
    # connection) and from then on only binds and executes it
    assert len(prepares) == 2
    assert {rest.split('"')[3].split("(")[0] for t in prepares for _, rest in t[:1]} == \
        {"SELECT session_id, seq, item_id, stem, choices, content_version, passage_id, passage_version "
         "FROM exam.next_item", "CALL exam.submit"}
    for trip in calls[-4:]:
        assert [k for k, _ in trip] == ["Bind", "Describe", "Execute", "Sync"]
