"""Attacks on a district's server: Debian's own PostgreSQL 15 and PgBouncer (tests/fixtures/district.py).

**SET ROLE on PostgreSQL 15.** On 16+ the membership is granted ``WITH SET FALSE``; PostgreSQL 15
has no such option, so a student at a lab PC with psql can become the group role that holds the client grants. This runs
that attack on Debian's own PostgreSQL server, set up with the program's own commands
(tests/fixtures/district.py), and shows what it gives: nothing a student cannot do already -
every identity check uses the token and ``session_user`` (which SET ROLE does not change), the
grants are the group's anyway (the login inherits them), and the group role's own settings never
reach a login. Beside it, the same student takes their exam and a teacher proctors it.

**Holding PgBouncer's server connections.** Behind PgBouncer in transaction pooling all lab PCs
share a few server connections per login role (docs/school-server.md: 4). A student with psql
who opens as many transactions and leaves them idle held every one of them: each lab PC's next
answer waited 60 s (the role's ``idle_in_transaction_session_timeout``), and again after every
reconnect. PgBouncer's ``idle_transaction_timeout`` (now in the recommended configuration) ends
such a client after a few seconds; the lab PC's call goes through.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.roles import DEFAULT_PASSWORDS, STAFF_ROLE, STUDENT_ROLE, client_url
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.exams.proctor import ProctorService
from tests.fixtures.district import (
    PgBouncer,
    SchoolServer,
    admin_cli,
    client_logins,
    school_server,
    scratch_root,
)
from tests.fixtures.school import PASSWORD, School, email, seed_school

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[SchoolServer, School]]:
    root = scratch_root()
    srv = school_server(root)
    try:
        yield srv, seed_school(srv.superuser_url)
    finally:
        srv.cluster.destroy()
        root.rmdir()


def _signed_in(srv: SchoolServer, key: str, role: str, engines: list) -> Database:
    engine = make_engine(client_url(srv.owner_url, role=role))
    engines.append(engine)
    db = Database(engine)
    AuthService(db).login(email(key), PASSWORD)
    return db


def _psql(srv: SchoolServer, role: str, token: str) -> psycopg.Connection:
    conn = psycopg.connect(f"postgresql://{role}:{DEFAULT_PASSWORDS[role]}@127.0.0.1:{srv.cluster.port}/dreamseed",
                           autocommit=True)
    conn.execute("SELECT set_config('dreamseed.token', %s, false)", (token,))
    return conn


def test_set_role_to_the_client_group_gives_a_student_nothing(server: tuple[SchoolServer, School]) -> None:
    srv, school = server
    engines: list = []
    try:
        victim_db = _signed_in(srv, "student2", STUDENT_ROLE, engines)
        victim = ExamApi(victim_db).start(school.exams["quiz_a"])
        me = _signed_in(srv, "student1", STUDENT_ROLE, engines)
        with psycopg.connect(srv.superuser_url) as conn:
            major = int(conn.execute("SHOW server_version_num").fetchone()[0]) // 10000
        psql = _psql(srv, STUDENT_ROLE, me.identity.token)
        if major < 16:
            psql.execute("SET ROLE dreamseed_client")        # the known gap of PostgreSQL 15
            assert psql.execute("SELECT current_user, session_user").fetchone() == ("dreamseed_client",
                                                                                    STUDENT_ROLE)
        else:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                psql.execute("SET ROLE dreamseed_client")
        q = psql.execute
        # still the same student: the token decides, and the login role is session_user
        assert q("SELECT auth.current_user_id(), auth.current_role()").fetchone() == (
            school.users["student1"], "student")
        # other students' rows
        assert q("SELECT id FROM students").fetchall() == [(school.students["student1"],)]
        assert q("SELECT id FROM users").fetchall() == [(school.users["student1"],)]
        assert q("SELECT count(*) FROM exam_sessions WHERE id = %s", (victim.session_id,)).fetchone() == (0,)
        assert q("SELECT count(*) FROM attempts").fetchone() == (0,)
        assert q("SELECT count(*) FROM student_accommodations WHERE student_id <> %s",
                 (school.students["student1"],)).fetchone() == (0,)
        assert q("SELECT count(*) FROM audit_log WHERE actor_user_id IS DISTINCT FROM %s",
                 (school.users["student1"],)).fetchone() == (0,)
        # keys
        for table in ("item_keys", "items", "item_version_keys", "item_content_versions", "item_param_history"):
            assert q(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
        for table in ("auth.credentials", "auth.sessions", "exam.session_state", "exam.bands",
                      "exam.band_candidates", "exam.shown_items"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                q(f"SELECT * FROM {table}")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            q("SELECT pretest FROM attempts")
        # the teacher API and someone else's session
        for sql, args in (("SELECT * FROM exam.proctor_live(%s)", (school.exams["quiz_a"],)),
                          ("SELECT exam.proctor_terminate(%s, 'x')", (victim.session_id,)),
                          ("SELECT public.set_accommodations(%s, 3, 1, false, false, false, false)",
                           (school.students["student1"],)),
                          ("SELECT auth.record_action('class.update', 'class', '1', NULL, NULL, '{}')", ()),
                          ("SELECT * FROM exam.next_item(%s, %s)", (me.identity.token, victim.session_id))):
            with pytest.raises(psycopg.DatabaseError):
                q(sql, args)
        assert q("SELECT * FROM exam.attempt_choices(%s)", (victim.session_id,)).fetchall() == []
        # audit rows, the staff-only wizard, other roles, DDL, DO blocks, built-ins on other sessions
        for sql in ("INSERT INTO audit_log (action, object_type) VALUES ('proctor.terminate', 'exam_session')",
                    "SELECT auth.first_run_setup('x', 'school', 'x', 'x@x.kr', 'x', 'long enough 9', 'aa', 'bb')",
                    "SET ROLE dreamseed_staff", "SET ROLE dreamseed_owner",
                    "SET SESSION AUTHORIZATION dreamseed_staff", "CREATE TABLE public.x (a int)",
                    "CREATE TEMP TABLE x (a int)", "DO $$ BEGIN END $$", "SELECT pg_terminate_backend(1)",
                    "SELECT pg_advisory_lock(1)", "SELECT count(*) FROM pg_stat_activity",
                    "ALTER ROLE dreamseed_student SET statement_timeout = 0",
                    "GRANT dreamseed_client TO dreamseed_staff", "ALTER ROLE dreamseed_client LOGIN",
                    "ALTER ROLE dreamseed_client BYPASSRLS"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                q(sql)
        # the owner's clock is not the student's (exam.clock asks session_user): a closed exam
        # stays closed however the student sets dreamseed.clock
        with psycopg.connect(srv.superuser_url) as conn:
            conn.execute("UPDATE exams SET closes_at = now() - interval '1 hour', "
                         "opens_at = now() - interval '2 hours' WHERE id = %s", (school.exams["quiz_b"],))
            conn.execute("INSERT INTO student_classroom (student_id, class_id) VALUES (%s, %s)",
                         (school.students["student1"], school.classes["8B"]))
        q("SET dreamseed.clock = '2000-01-01 00:00+00'")
        with pytest.raises(psycopg.DatabaseError, match="not open"):
            q("CALL exam.start(%s, %s, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
              "NULL)", (me.identity.token, school.exams["quiz_b"]))
        # no GRANT can pass on what the group holds (no grant option): a warning and no change
        with psycopg.connect(srv.superuser_url) as conn:
            acl = conn.execute("SELECT relacl::text FROM pg_class WHERE oid = 'public.items'::regclass").fetchone()
        q("GRANT SELECT ON public.items TO PUBLIC")
        with psycopg.connect(srv.superuser_url) as conn:
            assert conn.execute("SELECT relacl::text FROM pg_class WHERE oid = 'public.items'::regclass"
                                ).fetchone() == acl
        if major < 16:
            # what the group role may do to itself: its own settings and password, which no login
            # ever uses (NOLOGIN; a login's session takes its own role's settings only)
            q("ALTER ROLE dreamseed_client SET default_transaction_read_only = on")
            q("ALTER ROLE dreamseed_client PASSWORD 'planted'")
            fresh = _signed_in(srv, "student3", STUDENT_ROLE, engines)
            with fresh.session() as s:
                from sqlalchemy import text
                assert s.execute(text("SHOW default_transaction_read_only")).scalar_one() == "off"
            bare = _psql(srv, STUDENT_ROLE, fresh.identity.token)
            assert bare.execute("SHOW default_transaction_read_only").fetchone() == ("off",)
            bare.close()
            with psycopg.connect(srv.superuser_url) as conn:
                assert conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'dreamseed_client'"
                                    ).fetchone() == (False,)
            # `security check` reports the planted setting and --fix clears it
            check = admin_cli("--lang", "en", "security", "check", "--database-url", srv.owner_url)
            assert check.returncode != 0 and "dreamseed_client" in check.stdout + check.stderr, check.stdout
            fix = admin_cli("--lang", "en", "security", "check", "--fix", "--database-url", srv.superuser_url)
            assert fix.returncode == 0, fix.stdout + fix.stderr
            with psycopg.connect(srv.superuser_url) as conn:
                assert conn.execute("SELECT count(*) FROM pg_db_role_setting WHERE setrole = "
                                    "'dreamseed_client'::regrole").fetchone() == (0,)
        psql.close()

        # the legitimate paths still work: the same student takes their exam, the teacher proctors
        api = ExamApi(me)
        state = api.start(school.exams["quiz_a"])
        item = api.next_item(state.session_id)
        assert item is not None
        assert api.submit(state.session_id, item.seq, item.item_id, 1, 1500, uuid.uuid4()).accepted
        live = ProctorService(_signed_in(srv, "teacher1", STAFF_ROLE, engines)).live_sessions(school.exams["quiz_a"])
        assert {r.session_id for r in live} >= {state.session_id, victim.session_id}
        with psycopg.connect(srv.superuser_url) as conn:
            assert conn.execute("SELECT status FROM exam_sessions WHERE id = %s",
                                (victim.session_id,)).fetchone() == ("in_progress",)
        api.close()
    finally:
        for engine in engines:
            engine.dispose()


def test_idle_transactions_cannot_hold_the_pooled_server_connections(server: tuple[SchoolServer, School]) -> None:
    srv, school = server
    pool = PgBouncer(scratch_root("dreamseed-pgbouncer-"), srv.cluster.port, client_logins(), pool_size=2,
                     idle_transaction_timeout=2)
    pool.start()
    lab = make_engine(pool.url(STUDENT_ROLE), pool_size=1)
    bare = pool.url(STUDENT_ROLE).replace("?pool_mode=transaction", "")
    hostile = [psycopg.connect(bare, prepare_threshold=None) for _ in range(2)]
    try:
        for conn in hostile:        # BEGIN (psycopg's default) and one statement: both server connections held
            conn.execute("SELECT 1")
        # a lab PC signs in and lists its exams: it gets a server connection only when PgBouncer
        # has ended the idle transactions (PostgreSQL alone would wait 60 s)
        db = Database(lab)
        AuthService(db).login(email("student2"), PASSWORD)
        assert school.exams["quiz_a"] in {e.exam_id for e in ExamApi(db).my_exams()}
        for conn in hostile:
            with pytest.raises(psycopg.OperationalError, match="idle transaction timeout"):
                conn.execute("SELECT 1")
    finally:
        for conn in hostile:
            conn.close()
        lab.dispose()
        pool.destroy()

