"""Issue 17: "the database server cannot be reached. Check the network" only when the connection
really failed; a local problem gets a message of its own and changes nothing. Real errors from
the real server and driver (no mocks): a request with more values than the protocol allows, a
server that is not there, a connection the server ended."""
from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from dreamseed_desktop.db.dump import fingerprint_database
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.services.core.errors import DomainError, Unavailable
from dreamseed_desktop.services.core.uow import Database


def test_too_many_values_is_not_the_network(db_url: str) -> None:
    engine = make_engine(db_url, pool_size=1)
    try:
        db = Database(engine)
        before = fingerprint_database(db_url)
        values = {f"p{k}": k for k in range(70_000)}
        sql = "INSERT INTO organizations (name) SELECT 'x' || v FROM unnest(ARRAY[" + \
            ", ".join(f"CAST(:p{k} AS int)" for k in range(70_000)) + "]) AS v"
        with pytest.raises(DomainError) as failure, db.session() as s:
            s.execute(text(sql), values)
        assert not isinstance(failure.value, Unavailable)
        assert "65,535" in str(failure.value) and "Nothing was" in str(failure.value)
        assert "network" not in str(failure.value).lower()
        assert fingerprint_database(db_url) == before
        with db.session() as s:                       # the connection is fine afterwards
            assert s.execute(text("SELECT 1")).scalar() == 1
    finally:
        engine.dispose()


def test_a_server_that_is_not_there_is_the_network(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"postgresql://nobody@/nodb?host={tmp_path}", pool_size=1)
    try:
        with pytest.raises(Unavailable) as failure, Database(engine).session():
            pass
        assert "Check the network" in str(failure.value)
    finally:
        engine.dispose()


def test_a_connection_the_server_ended_is_unavailable(db_url: str) -> None:
    engine = make_engine(db_url, pool_size=1)
    try:
        db = Database(engine)
        with pytest.raises(Unavailable), db.session() as s:
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
            with psycopg.connect(db_url, autocommit=True) as other:
                other.execute("SELECT pg_terminate_backend(%s)", (pid,))
            s.execute(text("SELECT 1"))
    finally:
        engine.dispose()


def test_the_exam_api_waits_for_a_server_that_is_not_there(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The pool's connect failure reaches ExamApi unwrapped (a bare psycopg error): it is
    Unavailable, so the exam window waits and retries instead of showing its error screen."""
    from dreamseed_desktop.services.exams.api import ExamApi

    engine = make_engine(f"postgresql://nobody@/nodb?host={tmp_path}", pool_size=1)
    try:
        with pytest.raises(Unavailable):
            ExamApi(Database(engine)).state(1)
    finally:
        engine.dispose()
