"""exam.clock() (revision 0020): the exam API's time is the server's for every client; only the
owner's own connection may give it another time (the demo seeder's sittings in the past)."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import psycopg

from tests.fixtures.school import School, email

START = "CALL exam.start(%s, %s" + ", NULL" * 13 + ")"
NEXT = "SELECT seq, item_id FROM exam.next_item(%s, %s)"
SUBMIT = "CALL exam.submit(%s, %s, %s, %s, %s, %s, %s" + ", NULL" * 6 + ")"
FINISH = "CALL exam.finish(%s, %s" + ", NULL" * 9 + ")"


def _sitting(conn: psycopg.Connection, token: str, exam_id: int, clocks: list[datetime] | None) -> int:
    """Start, answer two items and finish through the exam procedures; with ``clocks``, set
    dreamseed.clock before start, each submit and the finish."""
    def at(k: int) -> None:
        if clocks is not None:
            conn.execute("SELECT set_config('dreamseed.clock', %s, false)", (clocks[k].isoformat(),))
    at(0)
    session = conn.execute(START, (token, exam_id)).fetchone()[0]
    for k in (1, 2):
        seq, item = conn.execute(NEXT, (token, session)).fetchone()
        at(k)
        conn.execute(SUBMIT, (token, session, seq, item, 1, 900, uuid.uuid4()))
    at(3)
    conn.execute(FINISH, (token, session))
    return int(session)


def _times(db_url: str, session: int) -> tuple[datetime, datetime, list[datetime], list[int]]:
    with psycopg.connect(db_url) as conn:
        started, ended = conn.execute("SELECT started_at, ended_at FROM exam_sessions WHERE id = %s",
                                      (session,)).fetchone()
        rows = conn.execute("SELECT created_at, server_response_ms FROM attempts WHERE exam_session_id = %s "
                            "ORDER BY seq", (session,)).fetchall()
    return started, ended, [r[0] for r in rows], [r[1] for r in rows]


def test_a_client_cannot_set_the_exam_clock(school: School, connect_as, raw_client, db_url: str) -> None:
    token = connect_as("student1").identity.token
    conn = raw_client(token)
    past = datetime(2020, 3, 2, 9, 0, tzinfo=UTC)
    conn.execute("SELECT set_config('dreamseed.clock', %s, false)", (past.isoformat(),))
    assert conn.execute("SELECT current_setting('dreamseed.clock')").fetchone()[0]   # it is set …
    session = _sitting(conn, token, school.exams["quiz_a"], None)
    started, ended, created, server_ms = _times(db_url, session)
    now = conn.execute("SELECT now()").fetchone()[0]
    # … and ignored: everything is stamped with the server's real time
    for t in (started, ended, *created):
        assert abs(t - now) < timedelta(minutes=5)
    assert all(ms < 60_000 for ms in server_ms)


def test_the_owner_connection_sets_the_clock_for_the_same_procedures(school: School, connect_as,
                                                                     db_url: str) -> None:
    token = connect_as("student1").identity.token
    t0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    clocks = [t0, t0 + timedelta(seconds=95), t0 + timedelta(seconds=140), t0 + timedelta(seconds=160)]
    with psycopg.connect(db_url, autocommit=True) as owner:
        session = _sitting(owner, token, school.exams["quiz_a"], clocks)
        # the audit log keeps the real time of the actions (and who did them: the student)
        actor, audited = owner.execute(
            "SELECT u.email, a.at FROM audit_log a JOIN users u ON u.id = a.actor_user_id "
            "WHERE a.action = 'exam_session.start' AND a.object_id = %s", (str(session),)).fetchone()
        now = owner.execute("SELECT now()").fetchone()[0]
    started, ended, created, server_ms = _times(db_url, session)
    assert started == t0 and ended == clocks[3] and created == clocks[1:3]
    # the server's response times follow the given clock: issued at start (t0) and after answer 1
    assert server_ms == [95_000, 45_000]
    assert actor == email("student1") and abs(audited - now) < timedelta(minutes=5)
