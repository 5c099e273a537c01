"""A server address marked ``?pool_mode=transaction`` (a transaction-pooling PgBouncer in front):
the engine sends no startup options and prepares nothing on the server, and every unit of work
sets the session settings the app depends on itself, transaction-locally.

Behind such a pooler a server connection serves another PC after every transaction, so what
one client left (or planted) in the session is what the next one gets. These tests plant it on
the same server connection on purpose (one pooled connection, the embedded server) and show a
unit of work does not depend on it; tests/reliability/test_district_server.py does the same
through a real PgBouncer.
"""
from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from dreamseed_desktop.db.engine import engine_is_pooled, is_pooled, make_engine, normalise_url
from dreamseed_desktop.db.roles import ROLE_TIMEOUTS, STAFF_ROLE, STUDENT_ROLE, client_url, connect_options
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.uow import Database
from tests.fixtures.school import PASSWORD, School, email


def pooled(url: str) -> str:
    return make_url(url).update_query_dict({"pool_mode": "transaction"}).render_as_string(hide_password=False)


def test_pool_mode_is_the_apps_own_parameter() -> None:
    url = "postgresql://dreamseed_student:pw@pool.district.kr:6432/dreamseed?sslmode=require&pool_mode=transaction"
    assert is_pooled(url)
    assert not is_pooled("postgresql://dreamseed_student:pw@db.school.kr/dreamseed?sslmode=require")
    clean = make_url(normalise_url(url))
    assert "pool_mode" not in clean.query and clean.query["sslmode"] == "require"   # libpq never sees it
    with pytest.raises(ValueError, match="pool_mode must be one of: transaction"):
        is_pooled("postgresql://u:p@h/d?pool_mode=session")


def test_pooled_engine_prepares_nothing_and_sends_no_options(client_engine_url: str) -> None:
    url = client_url(client_engine_url, role=STUDENT_ROLE)
    direct, through_pool = make_engine(url, pool_size=1), make_engine(pooled(url), pool_size=1)
    try:
        assert not engine_is_pooled(direct) and engine_is_pooled(through_pool)
        with direct.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw.prepare_threshold == 5                      # psycopg's default: prepares
            assert raw.info.get_parameters()["options"] == connect_options(STUDENT_ROLE)
        with through_pool.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw.prepare_threshold is None                   # never prepares on the server
            assert "options" not in raw.info.get_parameters()      # PgBouncer refuses the parameter
            for k in range(8):   # more than psycopg's threshold: still nothing prepared
                conn.execute(text("SELECT :k"), {"k": k})
            assert conn.execute(text("SELECT count(*) FROM pg_prepared_statements")).scalar_one() == 0
    finally:
        direct.dispose()
        through_pool.dispose()


def test_unit_of_work_sets_what_a_planted_session_changed(school: School, client_engine_url: str) -> None:
    engine = make_engine(pooled(client_url(client_engine_url, role=STUDENT_ROLE)), pool_size=1)
    try:
        db = Database(engine)
        AuthService(db).login(email("student1"), PASSWORD)
        # what a student with the public credential leaves in the server connection it shares
        with engine.connect() as conn:
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
            for statement in ("SET statement_timeout = 0", "SET search_path = pg_catalog",
                              "SET default_transaction_read_only = on", "SET row_security = off",
                              "SET default_transaction_isolation = 'serializable'",
                              "SELECT set_config('dreamseed.token', 'a-guessed-token', false)"):
                conn.execute(text(statement))
            conn.commit()
        with db.session() as s:
            got = s.execute(text(
                "SELECT pg_backend_pid(), current_setting('statement_timeout'), current_setting('search_path'), "
                "current_setting('transaction_read_only'), current_setting('row_security'), "
                "current_setting('transaction_isolation'), (SELECT auth.current_user_id())")).one()
        assert got[0] == pid                                       # the same server connection
        assert got[1:6] == (ROLE_TIMEOUTS[STUDENT_ROLE]["statement_timeout"], "public", "off", "on",
                            "read committed")
        assert got[6] == school.users["student1"]                  # its own token, not the planted one
        with db.session() as s:                                    # writes are not refused either
            s.execute(text("SELECT 1 FROM students LIMIT 1 FOR UPDATE"))
        with db.session(readonly=True) as s:
            assert s.execute(text("SELECT current_setting('transaction_read_only')")).scalar_one() == "on"
        with engine.connect() as conn:                             # transaction-local: nothing kept
            assert conn.execute(text("SELECT current_setting('statement_timeout')")).scalar_one() == "0"
    finally:
        engine.dispose()


def test_staff_role_gets_its_own_settings_per_transaction(school: School, client_engine_url: str) -> None:
    engine = make_engine(pooled(client_url(client_engine_url, role=STAFF_ROLE)), pool_size=1)
    try:
        db = Database(engine)
        AuthService(db).login(email("teacher1"), PASSWORD)
        with db.session() as s:
            got = s.execute(text("SELECT current_setting('statement_timeout')::interval = CAST(:t AS interval), "
                                 "current_setting('work_mem'), (SELECT auth.current_user_id())"),
                            {"t": ROLE_TIMEOUTS[STAFF_ROLE]["statement_timeout"]}).one()
        assert got == (True, "32MB", school.users["teacher1"])
    finally:
        engine.dispose()
