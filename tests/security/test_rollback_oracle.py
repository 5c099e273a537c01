"""No client transaction can observe an exam action's effect and then undo it (issue 12).

Each attack runs as a student would at a lab PC: psql-like connections as the client role with
the student's real token. The exam actions are procedures that commit on their own, so inside
a transaction block (explicit, savepoint, multi-statement, DO block) they are refused before they
do anything, and the functions doing the work refuse to run anywhere but inside them. Beside
every attack, the legitimate path (the app's ExamApi, or CALL in autocommit) still works.
"""
from __future__ import annotations

import uuid

import psycopg
import pytest

from dreamseed_desktop.services.core.errors import Conflict
from dreamseed_desktop.services.exams.api import ExamApi
from tests.fixtures.school import School

_SUBMIT = "CALL exam.submit(%s, %s, %s, %s, %s, %s, %s, NULL, NULL, NULL, NULL, NULL, NULL)"
_START = "CALL exam.start(%s, %s" + ", NULL" * 13 + ")"
_FINISH = "CALL exam.finish(%s, %s" + ", NULL" * 9 + ")"
_REFUSED = (psycopg.errors.InvalidTransactionTermination, psycopg.errors.RaiseException)


def _owner_scalar(db_url: str, sql: str, params: tuple = ()) -> object:
    with psycopg.connect(db_url) as conn:
        row = conn.execute(sql, params).fetchone()
    return None if row is None else row[0]


def _n_attempts(db_url: str, sid: int) -> int:
    return int(_owner_scalar(db_url, "SELECT count(*) FROM attempts WHERE exam_session_id = %s", (sid,)))


def _refused(exc: psycopg.Error) -> bool:
    return exc.sqlstate in ("2D000", "DS428")


@pytest.fixture
def sitting(school: School, connect_as, raw_client):
    """student1 has started quiz_a through the app; returns (api, raw psql-like conn, token, sid, item)."""
    db = connect_as("student1")
    api = ExamApi(db)
    sid = api.start(school.exams["quiz_a"]).session_id
    item = api.next_item(sid)
    conn = raw_client(db.identity.token)
    return api, conn, db.identity.token, sid, item


def test_savepoint_variant_is_refused(sitting, db_url: str) -> None:
    api, conn, token, sid, item = sitting
    for choice in (1, 2):
        with pytest.raises(psycopg.Error) as err:
            with conn.transaction():                     # BEGIN
                with conn.transaction():                 # SAVEPOINT
                    conn.execute(_SUBMIT, (token, sid, item.seq, item.item_id, choice, 500, uuid.uuid4()))
        assert _refused(err.value)
        with pytest.raises(psycopg.Error) as err:        # the work function, called directly
            with conn.transaction(), conn.transaction():
                conn.execute("SELECT * FROM exam.act_submit(%s, %s, %s, %s, %s, %s)",
                             (sid, item.seq, item.item_id, choice, 500, uuid.uuid4()))
        assert _refused(err.value)
    assert _n_attempts(db_url, sid) == 0
    # legitimate path: the app's call (one CALL in autocommit) answers the same item
    out = api.submit(sid, item.seq, item.item_id, 3, 500, uuid.uuid4())
    assert out.accepted and not out.replayed and out.answered == 1
    assert _n_attempts(db_url, sid) == 1


def test_finish_then_read_variant_is_refused(sitting, db_url: str) -> None:
    api, conn, token, sid, item = sitting
    api.submit(sid, item.seq, item.item_id, 1, 500, uuid.uuid4())
    with pytest.raises(psycopg.Error) as err, conn.transaction():
        conn.execute(_FINISH, (token, sid))
    assert _refused(err.value)
    with pytest.raises(psycopg.Error) as err, conn.transaction():
        conn.execute("SELECT * FROM exam.act_finish(%s)", (sid,))
    assert _refused(err.value)
    # while the session runs, the student sees no attempt (and so no `correct`)
    assert conn.execute("SELECT count(*) FROM attempts").fetchone() == (0,)
    assert _owner_scalar(db_url, "SELECT status FROM exam_sessions WHERE id = %s", (sid,)) == "in_progress"
    # legitimate path: finishing commits first; only then are the answers visible, for good
    result = api.finish(sid)
    assert result.status == "completed" and result.answered == 1
    conn.execute("BEGIN")
    assert len(conn.execute("SELECT correct FROM attempts").fetchall()) == 1
    conn.execute("ROLLBACK")                             # a reading transaction undoes nothing
    assert _owner_scalar(db_url, "SELECT status FROM exam_sessions WHERE id = %s", (sid,)) == "completed"


def test_next_item_variant_is_refused(sitting, db_url: str) -> None:
    """Submit, read which item comes next (it tells right from wrong), roll back: every shape fails."""
    api, conn, token, sid, item = sitting
    args = (token, sid, item.seq, item.item_id, 1, 500, uuid.uuid4())
    attacks = [
        # explicit transaction block
        lambda: _in_transaction(conn, lambda: conn.execute(_SUBMIT, args)),
        # several statements in one query string run as one implicit transaction
        lambda: conn.execute(
            f"CALL exam.submit('{token}', {sid}, {item.seq}, {item.item_id}, 1, 500, '{uuid.uuid4()}', "
            "NULL, NULL, NULL, NULL, NULL, NULL); "
            f"SELECT * FROM exam.next_item('{token}', {sid}); SELECT 1/0"),
        # a DO block commits, does the work, reads the next item, rolls back
        lambda: conn.execute(
            "DO $$ DECLARE r record; BEGIN COMMIT; "
            f"PERFORM pg_catalog.set_config('dreamseed.token', '{token}', true); "
            f"PERFORM exam.act_submit({sid}, {item.seq}, {item.item_id}, 1, 500, '{uuid.uuid4()}'); "
            f"SELECT * INTO r FROM exam.next_item('{token}', {sid}); "
            "RAISE NOTICE 'next %', r.item_id; ROLLBACK; END $$"),
        # ... or calls the procedure from inside the block
        lambda: conn.execute(
            "DO $$ DECLARE s bigint; q int; a boolean; r boolean; f boolean; n int; BEGIN "
            f"CALL exam.submit('{token}', {sid}, {item.seq}, {item.item_id}, 1, 500, '{uuid.uuid4()}', "
            "s, q, a, r, f, n); ROLLBACK; END $$"),
        # the work function alone, in autocommit (one statement is its own transaction)
        lambda: conn.execute("SELECT * FROM exam.act_submit(%s, %s, %s, %s, %s, %s)",
                             (sid, item.seq, item.item_id, 1, 500, uuid.uuid4())),
    ]
    for attack in attacks:
        with pytest.raises(psycopg.Error) as err:
            attack()
        assert _refused(err.value) or err.value.sqlstate == "42501", err.value
        if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            conn.execute("ROLLBACK")
        assert _n_attempts(db_url, sid) == 0
    # next_item is read-only: in a transaction it shows the committed pending item, nothing else
    with conn.transaction():
        rows = conn.execute("SELECT seq, item_id FROM exam.next_item(%s, %s)", (token, sid)).fetchall()
    assert rows == [(item.seq, item.item_id)]
    # legitimate path: CALL in autocommit, as psql would send it, answers and moves on
    row = conn.execute(_SUBMIT, args).fetchone()
    assert row == (sid, item.seq, True, False, False, 1)
    assert api.next_item(sid).seq == item.seq + 1


def test_pipelined_rollback_cannot_undo_a_committed_answer(sitting, db_url: str) -> None:
    """Extended-protocol pipeline: CALL then a failing statement before Sync. The answer stays."""
    api, conn, token, sid, item = sitting
    with pytest.raises(psycopg.Error):
        with conn.pipeline():
            conn.execute(_SUBMIT, (token, sid, item.seq, item.item_id, 2, 500, uuid.uuid4()))
            conn.execute("SELECT 1/0")
    assert _n_attempts(db_url, sid) == 1
    with pytest.raises(Conflict):                        # and it cannot be answered differently
        api.submit(sid, item.seq, item.item_id, 1, 500, uuid.uuid4())


def test_rolled_back_whole_sitting_is_refused(school: School, connect_as, raw_client, db_url: str) -> None:
    """Start, answer everything, read the score, roll back to harvest keys without a trace: refused."""
    db = connect_as("student2")
    token = db.identity.token
    conn = raw_client(token)
    exam_id = school.exams["quiz_a"]
    before = _owner_scalar(db_url, "SELECT count(*) FROM exam_sessions")
    with pytest.raises(psycopg.Error) as err, conn.transaction():
        conn.execute(_START, (token, exam_id))
    assert _refused(err.value)
    with pytest.raises(psycopg.Error) as err, conn.transaction():
        conn.execute("SELECT * FROM exam.act_start(%s)", (exam_id,))
    assert _refused(err.value)
    with pytest.raises(psycopg.Error) as err:
        conn.execute("DO $$ BEGIN COMMIT; "
                     f"PERFORM pg_catalog.set_config('dreamseed.token', '{token}', true); "
                     f"PERFORM exam.act_start({exam_id}); ROLLBACK; END $$")
    assert err.value.sqlstate == "42501"                 # no DO blocks for clients (0019; test_do_blocks.py)
    assert _owner_scalar(db_url, "SELECT count(*) FROM exam_sessions") == before
    # legitimate path: a whole sitting through CALL in autocommit, each step final at once
    state = conn.execute(_START, (token, exam_id)).fetchone()
    sid = state[0]
    n = 0
    while True:
        nxt = conn.execute("SELECT seq, item_id FROM exam.next_item(%s, %s)", (token, sid)).fetchone()
        if nxt is None:
            break
        conn.execute(_SUBMIT, (token, sid, nxt[0], nxt[1], 1, 400, uuid.uuid4()))
        n += 1
    final = conn.execute(_FINISH, (token, sid)).fetchone()
    assert final[1] == "completed" and final[2] == n == 8
    assert _n_attempts(db_url, sid) == 8
    assert conn.execute("SELECT count(*) FROM attempts").fetchone() == (8,)


def test_procedures_run_with_the_callers_token_only(sitting, raw_client, school: School) -> None:
    """The token argument decides who acts; a made-up token is nobody."""
    _api, conn, _token, sid, item = sitting
    guess = uuid.uuid4().hex + uuid.uuid4().hex
    with pytest.raises(psycopg.Error) as err:
        conn.execute(_SUBMIT, (guess, sid, item.seq, item.item_id, 1, 500, uuid.uuid4()))
    assert err.value.sqlstate == "DS401"
    with pytest.raises(psycopg.Error) as err:
        conn.execute("SELECT * FROM exam.next_item(%s, %s)", (guess, sid))
    assert err.value.sqlstate == "DS401"


def _in_transaction(conn: psycopg.Connection, work) -> None:
    with conn.transaction():
        work()


@pytest.mark.slow
def test_cancelled_submit_cannot_be_retried_with_another_choice(sitting, db_url: str) -> None:
    """Cancel the CALL while it scores (to learn from its timing, then try another choice): the
    answer was committed before the key was looked at, so the choice is final."""
    api, conn, token, sid, item = sitting
    with psycopg.connect(db_url) as blocker:             # holds the item's statistics row
        blocker.execute("INSERT INTO item_stats (item_id) VALUES (%s) ON CONFLICT DO NOTHING", (item.item_id,))
        blocker.execute("SELECT 1 FROM item_stats WHERE item_id = %s FOR UPDATE", (item.item_id,))
        conn.execute("SET statement_timeout = '1500ms'")
        with pytest.raises(psycopg.errors.QueryCanceled):
            conn.execute(_SUBMIT, (token, sid, item.seq, item.item_id, 2, 500, uuid.uuid4()))
        conn.execute("SET statement_timeout = 0")
        blocker.rollback()
    assert _n_attempts(db_url, sid) == 0                 # not scored yet ...
    assert _owner_scalar(db_url, "SELECT resp_choice FROM exam.session_state WHERE session_id = %s",
                         (sid,)) == 2                    # ... but recorded for good
    with pytest.raises(psycopg.Error) as err:            # nothing to read until it is scored
        conn.execute("SELECT * FROM exam.next_item(%s, %s)", (token, sid))
    assert err.value.sqlstate == "DS420"
    for choice in (1, 3, 4):                             # another choice: refused
        with pytest.raises(Conflict):
            api.submit(sid, item.seq, item.item_id, choice, 500, uuid.uuid4())
    # legitimate path: the app's next call scores the recorded answer and goes on
    nxt = api.next_item(sid)
    assert nxt is not None and nxt.seq == item.seq + 1
    assert _owner_scalar(db_url, "SELECT selected_choice FROM attempts WHERE exam_session_id = %s", (sid,)) == 2
    again = api.submit(sid, item.seq, item.item_id, 2, 500, uuid.uuid4())
    assert again.replayed


@pytest.mark.slow
def test_a_recorded_answer_counts_when_the_proctor_ends_the_session(sitting, connect_as, school: School,
                                                                   db_url: str) -> None:
    api, conn, token, sid, item = sitting
    with psycopg.connect(db_url) as blocker:
        blocker.execute("INSERT INTO item_stats (item_id) VALUES (%s) ON CONFLICT DO NOTHING", (item.item_id,))
        blocker.execute("SELECT 1 FROM item_stats WHERE item_id = %s FOR UPDATE", (item.item_id,))
        conn.execute("SET statement_timeout = '1500ms'")
        with pytest.raises(psycopg.errors.QueryCanceled):
            conn.execute(_SUBMIT, (token, sid, item.seq, item.item_id, 1, 500, uuid.uuid4()))
        conn.execute("SET statement_timeout = 0")
        blocker.rollback()
    from dreamseed_desktop.services.exams.proctor import ProctorService
    ProctorService(connect_as("teacher1")).terminate(sid, "left the room")
    assert _n_attempts(db_url, sid) == 1
    assert _owner_scalar(db_url, "SELECT status FROM exam_sessions WHERE id = %s", (sid,)) == "terminated"


def test_every_exam_work_function_is_gated_and_every_exam_procedure_commits_first(db_url: str) -> None:
    """Catalog guard for later revisions that replace these routines: each exam.act_* function
    starts with exam.require_procedure(), and each client-callable exam procedure starts with
    COMMIT and is not SECURITY DEFINER (a definer procedure could not commit)."""
    with psycopg.connect(db_url) as conn:
        rows = conn.execute(
            "SELECT p.proname, p.prokind, p.prosecdef, p.prosrc, "
            "has_function_privilege('dreamseed_client', p.oid, 'EXECUTE') "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'exam'").fetchall()
    acts = {name: src for name, kind, _d, src, _x in rows if name.startswith("act_")}
    assert {"act_start", "act_status", "act_submit", "act_score", "act_finish", "act_suspend"} <= set(acts)
    for name, src in acts.items():
        body = src.split("BEGIN", 1)[1].strip()
        assert body.startswith("PERFORM exam.require_procedure();"), name
    procs = [(name, definer, src) for name, kind, definer, src, callable_ in rows if kind == "p" and callable_]
    assert {p[0] for p in procs} >= {"start", "status", "submit", "finish", "suspend", "kiosk_quit"}
    for name, definer, src in procs:
        assert not definer, name
        assert src.split("BEGIN", 1)[1].strip().startswith("COMMIT;"), name
