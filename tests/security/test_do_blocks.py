"""Clients cannot run DO blocks (issue 12): USAGE on plpgsql is the owner role's only (revision
0019). Executing the existing PL/pgSQL functions needs no USAGE, so sign-in, the exam API, the
proctor and the correction work as before; and the exam work still refuses to run under a DO
block (``exam.require_procedure``) should a client ever be given USAGE again."""
from __future__ import annotations

import uuid

import psycopg
import pytest

from dreamseed_desktop.db.client_isolation import fix_isolation, isolation_problems
from dreamseed_desktop.db.roles import STAFF_ROLE, STUDENT_ROLE
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.exams.proctor import ProctorService
from tests.fixtures.school import School


def _do_block_attack(token: str, exam_id: int) -> str:
    """Commit inside the block, start a sitting, look, roll back (the rollback-oracle shape)."""
    return ("DO $$ DECLARE s bigint; BEGIN COMMIT; "
            f"PERFORM pg_catalog.set_config('dreamseed.token', '{token}', true); "
            f"SELECT session_id INTO s FROM exam.act_start({exam_id}); "
            "RAISE NOTICE 'session %', s; ROLLBACK; END $$")


def test_clients_cannot_run_do_blocks_and_plpgsql_functions_still_run(school: School, connect_as, raw_client,
                                                                      db_url: str) -> None:
    student = connect_as("student1")
    teacher = connect_as("teacher1")
    for token, role in ((student.identity.token, STUDENT_ROLE), (teacher.identity.token, STAFF_ROLE),
                        (None, STUDENT_ROLE)):
        conn = raw_client(token, role=role)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="language plpgsql"):
            conn.execute("DO $$ BEGIN RAISE NOTICE 'hello'; END $$")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="language plpgsql"):
            conn.execute(_do_block_attack(student.identity.token, school.exams["quiz_a"]))
    with psycopg.connect(db_url) as owner:
        assert owner.execute("SELECT count(*) FROM exam_sessions").fetchone()[0] == 0
    # legitimate path: every PL/pgSQL function the app calls still runs for clients — sign-in
    # (connect_as above), the exam procedures, the proctor and the audited correction
    api = ExamApi(student)
    sid = api.start(school.exams["quiz_a"]).session_id
    ProctorService(teacher).pause(sid, "check")
    ProctorService(teacher).resume(sid)
    while (item := api.next_item(sid)) is not None:
        api.submit(sid, item.seq, item.item_id, 2, 700, uuid.uuid4())
    assert api.finish(sid).status == "completed"


def test_exam_work_refuses_a_do_block_even_with_usage(school: School, connect_as, raw_client, db_url: str) -> None:
    """Defence in depth: with USAGE given back by mistake, the DO-block shape is still refused."""
    token = connect_as("student1").identity.token
    conn = raw_client(token)
    with psycopg.connect(db_url, autocommit=True) as owner:
        owner.execute("GRANT USAGE ON LANGUAGE plpgsql TO dreamseed_client")
        try:
            assert any("DO blocks in plpgsql" in p for p in isolation_problems(owner))
            with pytest.raises(psycopg.Error) as err:
                conn.execute(_do_block_attack(token, school.exams["quiz_a"]))
            assert err.value.sqlstate == "DS428"
            assert owner.execute("SELECT count(*) FROM exam_sessions").fetchone()[0] == 0
        finally:
            done = fix_isolation(owner)            # security check --fix takes it back
        assert any("language plpgsql" in d for d in done)
        assert not any("DO blocks" in p for p in isolation_problems(owner))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DO $$ BEGIN NULL; END $$")
