"""Sign-in attacks through the client role, each beside the legitimate path.

Every attack here runs as a psql-like ``dreamseed_client`` connection (``raw_client``), the way
a student at a lab PC would run it; the legitimate path goes through ``AuthService``.
All test connections come over the embedded server's Unix socket, so they share one client
address ('0.0.0.0'); failures "from another PC" are planted as rows of another address.
"""
from __future__ import annotations

import threading

import psycopg
import pytest

from dreamseed_desktop.services.core import passwords
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.errors import AccountLocked, ValidationError
from tests.fixtures.school import PASSWORD, School, email


def _count(db_url: str, action: str, email_: str, reason: str | None = None) -> int:
    with psycopg.connect(db_url) as conn:
        sql = "SELECT count(*) FROM audit_log WHERE action = %s AND details->>'email' = %s"
        params: tuple = (action, email_)
        if reason:
            sql += " AND details->>'reason' = %s"
            params += (reason,)
        return conn.execute(sql, params).fetchone()[0]


def _login_row(conn: psycopg.Connection, who: str, proof: str) -> tuple:
    return conn.execute("SELECT ok, error, message, locked_minutes, token FROM auth.login(%s, %s)",
                        (who, proof)).fetchone()


WRONG_PROOF = "ab" * 32


# ---- no lockout race --------------------------------------------------------------------------
@pytest.mark.slow
def test_forty_parallel_wrong_proofs_check_at_most_five(school: School, raw_client, connect_as,
                                                        db_url: str) -> None:
    victim = email("teacher1")
    conns = [raw_client(None) for _ in range(40)]
    barrier = threading.Barrier(len(conns))
    results: list[tuple] = []
    lock = threading.Lock()

    def attack(conn: psycopg.Connection) -> None:
        barrier.wait()
        row = _login_row(conn, victim, WRONG_PROOF)
        with lock:
            results.append(row)

    threads = [threading.Thread(target=attack, args=(c,)) for c in conns]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 40 and not any(r[0] for r in results)
    checked = _count(db_url, "auth.login_failed", victim, "bad_password")
    assert checked == 5, f"{checked} proofs were checked"
    assert sum(r[1] == "locked" for r in results) == 35
    assert _count(db_url, "auth.login_locked", victim) == 35
    # this address stays locked, for the right password too; other addresses are not affected
    # (see test_lock_from_another_pc_does_not_lock_the_admin_here)
    with pytest.raises(AccountLocked):
        AuthService(connect_as(None)).login(victim, PASSWORD)


def test_counter_survives_a_successful_sign_in(school: School, connect_as, raw_client) -> None:
    who = email("student2")
    attacker = raw_client(None)
    for _ in range(4):
        assert _login_row(attacker, who, WRONG_PROOF)[1] == "bad_credentials"
    # the right password still works (4 < 5) ...
    assert AuthService(connect_as(None)).login(who, PASSWORD).user_id == school.users["student2"]
    # ... and did not reset the count: the fifth failure locks
    assert _login_row(attacker, who, WRONG_PROOF)[1] == "bad_credentials"
    assert _login_row(attacker, who, WRONG_PROOF)[1] == "locked"
    with pytest.raises(AccountLocked):
        AuthService(connect_as(None)).login(who, PASSWORD)


# ---- no account enumeration -------------------------------------------------------------------
def test_unknown_and_real_emails_lock_the_same_way(school: School, raw_client, db_url: str) -> None:
    conn = raw_client(None)
    seen = {}
    for who in (email("student3"), email("nobody-here")):
        rows = [_login_row(conn, who, WRONG_PROOF) for _ in range(7)]
        seen[who] = [(r[0], r[1], r[2], r[3]) for r in rows]
        assert all(r[4] is None for r in rows)
    real, unknown = seen.values()
    assert real == unknown
    assert [r[1] for r in real] == ["bad_credentials"] * 5 + ["locked"] * 2
    assert _count(db_url, "auth.account_locked", email("nobody-here")) == 1
    # the salts look alike and stay stable for both
    salts = [conn.execute("SELECT auth.login_salt(%s)", (w,)).fetchone()[0] for w in seen]
    assert all(len(s) == 32 and int(s, 16) >= 0 for s in salts)


@pytest.mark.slow
def test_login_salt_costs_the_same_for_unknown_and_real_emails(school: School, raw_client) -> None:
    """Server-side cost of login_salt, interleaved rounds, compared with each other (no
    wall-clock limit). The fastest round of each kind is the one least disturbed by other load."""
    conn = raw_client(None)
    conn.execute("SELECT auth.login_salt('warm@up.test')")
    timing_sql = ("SELECT extract(epoch FROM clock_timestamp() - t0) FROM (SELECT clock_timestamp() AS t0) s, "
                  "LATERAL (SELECT count(auth.login_salt(%s)) FROM generate_series(1, 400)) x")
    rounds: dict[str, list[float]] = {"real": [], "unknown": []}
    for _ in range(15):
        for kind, who in (("real", email("admin")), ("unknown", "ghost.admin@school.test")):
            rounds[kind].append(conn.execute(timing_sql, (who,)).fetchone()[0])
    ratio = min(rounds["unknown"]) / min(rounds["real"])
    assert 0.6 < ratio < 1.67, rounds


# ---- password rules on the server --------------------------------------------------------------
@pytest.mark.slow
def test_server_refuses_weak_passwords_from_raw_sql(school: School, connect_as, raw_client) -> None:
    teacher = connect_as("teacher2")
    conn = raw_client(teacher.identity.token)
    salt = conn.execute("SELECT auth.login_salt(%s)", (email("teacher2"),)).fetchone()[0]
    old_proof = passwords.proof(PASSWORD, salt)
    for weak in ("a", "       x", "password123", "teacher2", "teacher2@school.test", "x" * 129, "zzzzzzzz"):
        new_salt = passwords.new_salt()
        weak_hash = passwords.stored_hash(passwords.proof("a", new_salt))
        with pytest.raises(psycopg.Error) as err:
            conn.execute("SELECT * FROM auth.change_password(%s, %s, %s, %s)", (old_proof, weak, new_salt, weak_hash))
        assert err.value.sqlstate == "DS422"
    admin = raw_client(connect_as("admin").identity.token)
    new_salt = passwords.new_salt()
    with pytest.raises(psycopg.Error) as err:
        admin.execute("SELECT auth.admin_reset_password(%s, 'a', %s, %s)",
                      (school.users["student1"], new_salt, passwords.stored_hash(passwords.proof("a", new_salt))))
    assert err.value.sqlstate == "DS422"
    # legitimate path: a good password is accepted and works
    AuthService(teacher).change_password(PASSWORD, "a much better one 7")
    assert AuthService(connect_as(None)).login(email("teacher2"), "a much better one 7")
    with pytest.raises(ValidationError):
        AuthService(teacher).change_password("a much better one 7", "short")


def test_wrong_old_passwords_count_toward_lockout(school: School, connect_as, raw_client) -> None:
    db = connect_as("teacher1")
    conn = raw_client(db.identity.token)
    for _ in range(5):
        salt = passwords.new_salt()
        row = conn.execute("SELECT ok, error FROM auth.change_password(%s, 'a fine password 1', %s, %s)",
                           (WRONG_PROOF, salt, "0" * 64)).fetchone()
        assert row == (False, "wrong_password")
    # locked from this address: no more guesses through change_password nor login
    row = conn.execute("SELECT ok, error FROM auth.change_password(%s, 'a fine password 1', %s, %s)",
                       (WRONG_PROOF, passwords.new_salt(), "0" * 64)).fetchone()
    assert row == (False, "locked")
    with pytest.raises(AccountLocked):
        AuthService(connect_as(None)).login(email("teacher1"), PASSWORD)
    with pytest.raises(AccountLocked):
        AuthService(db).change_password(PASSWORD, "a fine password 1")


# ---- staff cannot read credentials -------------------------------------------------------------
def test_staff_cannot_read_salts_or_verifiers(school: School, connect_as, raw_client) -> None:
    for who in ("admin", "teacher1", "root"):
        conn = raw_client(connect_as(who).identity.token)
        for sql in ("SELECT * FROM auth.credentials", "SELECT password_hash FROM users",
                    "SELECT password_salt FROM users", "SELECT * FROM auth.login_failures",
                    "SELECT auth.set_credentials(1, repeat('a', 32), repeat('b', 64))"):
            with pytest.raises(psycopg.Error) as err:
                conn.execute(sql)
            assert err.value.sqlstate in ("42501", "42703"), sql
        # what staff do see: whether a password is set
        rows = conn.execute("SELECT email, has_password FROM users WHERE email = %s", (email("student1"),)).fetchall()
        if who != "teacher1" or rows:
            assert rows in ([(email("student1"), True)], [])


def test_admin_reset_is_audited_as_a_reset_by_that_admin(school: School, connect_as, db_url: str) -> None:
    raw = psycopg.connect(db_url, autocommit=True)
    raw.execute("INSERT INTO auth.login_failures (email_key, client_addr, failures, locked_until) "
                "VALUES (%s, '0.0.0.0', 5, now() + interval '15 minutes')", (email("student1"),))
    admin = connect_as("admin")
    AuthService(admin).admin_reset_password(school.users["student1"], "fresh start 42", email=email("student1"))
    entries = raw.execute("SELECT actor_user_id, affected_user_ids, details FROM audit_log "
                          "WHERE object_id = %s AND action LIKE 'auth.%%' ORDER BY id",
                          (str(school.users["student1"]),)).fetchall()
    assert entries[-1][0] == school.users["admin"] and entries[-1][1] == [school.users["student1"]]
    assert raw.execute("SELECT count(*) FROM audit_log WHERE action = 'auth.password_reset' "
                       "AND actor_user_id = %s", (school.users["admin"],)).fetchone()[0] == 1
    assert raw.execute("SELECT count(*) FROM audit_log WHERE action = 'auth.login' AND actor_user_id = %s",
                       (school.users["student1"],)).fetchone()[0] == 0
    assert raw.execute("SELECT set_by FROM auth.credentials WHERE user_id = %s",
                       (school.users["student1"],)).fetchone()[0] == school.users["admin"]
    # the reset lifted the lock; the student signs in with the new password
    assert AuthService(connect_as(None)).login(email("student1"), "fresh start 42")
    raw.close()


# ---- staff accounts cannot be locked out by whoever knows the email ---------------------------
def test_lock_from_another_pc_does_not_lock_the_admin_here(school: School, connect_as, db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as raw:   # a student PC at 10.1.2.3 locked itself
        raw.execute("INSERT INTO auth.login_failures (email_key, client_addr, failures, locked_until) "
                    "VALUES (%s, '10.1.2.3', 5, now() + interval '15 minutes')", (email("admin"),))
    assert AuthService(connect_as(None)).login(email("admin"), PASSWORD).role == "admin"


def test_guessing_from_many_pcs_leaves_one_guess_per_pc(school: School, connect_as, raw_client,
                                                         db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as raw:   # 30 PCs guessed 1 time each
        raw.execute("INSERT INTO auth.login_failures (email_key, client_addr, failures) "
                    "SELECT %s, ('10.9.0.' || g)::inet, 1 FROM generate_series(1, 30) g", (email("admin"),))
    # the admin with the right password still signs in at once from a clean PC ...
    assert AuthService(connect_as(None)).login(email("admin"), PASSWORD).role == "admin"
    # ... while a guesser at a new PC gets one wrong guess before that PC is locked
    conn = raw_client(None)
    assert _login_row(conn, email("admin"), WRONG_PROOF)[1] == "bad_credentials"
    assert _login_row(conn, email("admin"), WRONG_PROOF)[1] == "locked"
