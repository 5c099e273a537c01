"""A district: Debian's own PostgreSQL package, PgBouncer in transaction pooling in front of it.

The server is set up with the program's own commands (docs/school-server.md: the roles and the
database by the superuser, ``dreamseed-admin db upgrade`` as the owner login, ``security check
--fix`` as the superuser, then ``security check`` clean); lab and staff PCs connect only through
PgBouncer (``?pool_mode=transaction``), signing in with the client login roles' passwords (SCRAM,
checked by PgBouncer and by the server). Students take real exams through ``ExamApi`` and a
teacher reads the results, many students sharing one or two server connections.

Missing Debian programs fail with the package names (``.ci/run`` installs them with apt).
"""
from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.roles import ROLE_TIMEOUTS, STAFF_ROLE, STUDENT_ROLE
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.exams.results import ExamResultsService
from tests.fixtures.district import (
    PgBouncer,
    SchoolServer,
    admin_cli,
    client_logins,
    school_server,
    scratch_root,
)
from tests.fixtures.school import PASSWORD, School, add_user, email, seed_school

pytestmark = pytest.mark.slow
#: more than one lab's worth of students, more than psycopg's prepare threshold of calls each
CROWD = 24


@pytest.fixture(scope="module")
def district() -> Iterator[tuple[SchoolServer, School]]:
    root = scratch_root()
    server = school_server(root)
    school = seed_school(server.superuser_url)
    with psycopg.connect(server.superuser_url) as conn:   # a crowd for the exam of class 8A
        for n in range(CROWD):
            uid = add_user(conn, email(f"lab{n}"), "student", f"Lab {n}", school.org)
            sid = conn.execute("INSERT INTO students (user_id, organization_id, grade) VALUES (%s, %s, 2) "
                               "RETURNING id", (uid, school.org)).fetchone()[0]
            conn.execute("INSERT INTO student_classroom (student_id, class_id) VALUES (%s, %s)",
                         (sid, school.classes["8A"]))
        conn.commit()
    yield server, school
    server.cluster.destroy()
    server.cluster.root.parent.rmdir()


@pytest.fixture
def bouncer(district: tuple[SchoolServer, School], tmp_path: Path) -> Iterator[PgBouncer]:
    server, _ = district
    pool = PgBouncer(scratch_root("dreamseed-pgbouncer-"), server.cluster.port, client_logins(), pool_size=2)
    pool.start()
    yield pool
    pool.destroy()


def server_connections(server: SchoolServer, role: str) -> int:
    with psycopg.connect(server.cluster.url(), autocommit=True) as conn:
        return int(conn.execute("SELECT count(*) FROM pg_stat_activity WHERE usename = %s",
                                (role,)).fetchone()[0])


def test_debian_server_is_set_up_by_the_programs_own_commands(district: tuple[SchoolServer, School]) -> None:
    server, _ = district
    assert "Debian" in server.version()
    check = admin_cli("--lang", "en", "security", "check", "--database-url", server.owner_url)
    assert check.returncode == 0, check.stdout + check.stderr
    status = admin_cli("--lang", "en", "db", "status", "--database-url", server.owner_url)
    assert status.returncode == 0 and "up to date" in status.stdout, status.stdout + status.stderr


def test_students_take_exams_through_pgbouncer_and_a_teacher_reads_them(
        district: tuple[SchoolServer, School], bouncer: PgBouncer) -> None:
    server, school = district
    lab = make_engine(bouncer.url(STUDENT_ROLE), pool_size=2)
    outcomes: dict[str, object] = {}
    peak = [0]
    stop = threading.Event()

    def watch() -> None:    # the server connections the students' role holds while they test
        while not stop.is_set():
            peak[0] = max(peak[0], server_connections(server, STUDENT_ROLE))
            stop.wait(0.05)

    def sit(key: str) -> None:
        try:
            db = Database(lab)
            AuthService(db).login(email(key), PASSWORD)
            api = ExamApi(db)
            [exam] = [e for e in api.my_exams() if e.exam_id == school.exams["quiz_a"]]
            state = api.start(exam.exam_id)
            rng = random.Random(key)
            while (item := api.next_item(state.session_id)) is not None:
                api.submit(state.session_id, item.seq, item.item_id, rng.randint(1, 4), 2000, uuid.uuid4())
            outcomes[key] = api.finish(state.session_id)
            api.close()
        except Exception as exc:  # noqa: BLE001 - reported below with the student's key
            outcomes[key] = exc

    watcher = threading.Thread(target=watch)
    watcher.start()
    students = [f"lab{n}" for n in range(CROWD)]
    threads = [threading.Thread(target=sit, args=(k,)) for k in students]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    stop.set()
    watcher.join()
    lab.dispose()
    failed = {k: v for k, v in outcomes.items() if isinstance(v, Exception)}
    assert not failed, failed
    assert len(outcomes) == CROWD
    # two server connections served every lab PC (PgBouncer's pool for the student role)
    assert 1 <= peak[0] <= 2, peak[0]

    staff = make_engine(bouncer.url(STAFF_ROLE), pool_size=1)
    try:
        teacher = Database(staff)
        AuthService(teacher).login(email("teacher1"), PASSWORD)
        rows = {r.student_name: r for r in ExamResultsService(teacher).results(school.exams["quiz_a"])}
    finally:
        staff.dispose()
    with psycopg.connect(server.superuser_url) as conn:   # what the server stored, read directly
        stored = {sid: (theta, se) for sid, theta, se in conn.execute(
            "SELECT id, theta, standard_error FROM exam_sessions WHERE exam_id = %s", (school.exams["quiz_a"],))}
    for n, key in enumerate(students):
        got, row = outcomes[key], rows[f"Lab {n}"]
        assert row.status == "completed" and row.score is not None and row.session_id == got.session_id  # type: ignore[union-attr]
        assert (row.score.n_correct, row.score.n_answered) == (got.n_correct, got.answered) == (
            got.n_correct, 8)                                                         # type: ignore[union-attr]
        assert row.theta is not None and (row.theta, row.se) == pytest.approx(stored[row.session_id])


def test_a_students_token_never_reaches_another_pc_on_the_same_server_connection(
        district: tuple[SchoolServer, School], tmp_path: Path) -> None:
    server, school = district
    pool = PgBouncer(scratch_root("dreamseed-pgbouncer-"), server.cluster.port, client_logins(), pool_size=1)
    pool.start()
    a_engine = make_engine(pool.url(STUDENT_ROLE), pool_size=1)
    b_engine = make_engine(pool.url(STUDENT_ROLE), pool_size=1)
    try:
        a, b = Database(a_engine), Database(b_engine)
        AuthService(a).login(email("student1"), PASSWORD)
        AuthService(b).login(email("student2"), PASSWORD)
        with a.session() as s:
            pid_a, who_a = s.execute(text("SELECT pg_backend_pid(), (SELECT auth.current_user_id())")).one()
        assert who_a == school.users["student1"]
        # PC B on the very server connection A just used: A's token is gone, B sees only B
        with b.session() as s:
            pid_b, who_b, own_rows = s.execute(text(
                "SELECT pg_backend_pid(), (SELECT auth.current_user_id()), "
                "(SELECT count(*) FROM students)")).one()
        assert pid_b == pid_a and who_b == school.users["student2"] and own_rows == 1
        # a bare connection on it (what a student with psql gets through PgBouncer) sees no token
        with _raw(pool, STUDENT_ROLE) as psql:
            pid, token, who, rows = psql.execute(
                "SELECT pg_backend_pid(), current_setting('dreamseed.token', true), auth.current_user_id(), "
                "(SELECT count(*) FROM students)").fetchone()
        assert pid == pid_a and token in (None, "") and who is None and rows == 0

        # A plants its token and a timeout for the whole session, on purpose
        with _raw(pool, STUDENT_ROLE) as hostile:
            token_a = a.identity.token
            hostile.execute("SELECT set_config('dreamseed.token', %s, false)", (token_a,))
            hostile.execute("SET statement_timeout = 0")
            hostile.execute("SET ROLE dreamseed_client")      # the group role, were it allowed
            # PgBouncer's reset ran after each of those statements: the plant is gone even for
            # the client that made it, and never reaches the next one
            assert hostile.execute("SELECT auth.current_user_id()").fetchone()[0] is None
            with _raw(pool, STUDENT_ROLE) as other:
                pid, token, who, timeout, role = other.execute(
                    "SELECT pg_backend_pid(), current_setting('dreamseed.token', true), auth.current_user_id(), "
                    "current_setting('statement_timeout'), current_user").fetchone()
            assert pid == pid_a and token in (None, "") and who is None
            assert timeout == ROLE_TIMEOUTS[STUDENT_ROLE]["statement_timeout"] and role == STUDENT_ROLE
    finally:
        a_engine.dispose()
        b_engine.dispose()
        pool.destroy()


def test_without_the_reset_a_plant_reaches_a_bare_connection_but_never_the_app(
        district: tuple[SchoolServer, School]) -> None:
    """Why docs/school-server.md asks for ``server_reset_query_always = 1``: without it a
    session-level setting outlives the transaction of the client that set it. The app's own
    transactions are safe either way: each sets the token and the forced settings first."""
    server, school = district
    pool = PgBouncer(scratch_root("dreamseed-pgbouncer-"), server.cluster.port, client_logins(), pool_size=1,
                     reset_after_transaction=False)
    pool.start()
    engine = make_engine(pool.url(STUDENT_ROLE), pool_size=1)
    try:
        b = Database(engine)
        AuthService(b).login(email("student2"), PASSWORD)
        a = Database(make_engine(pool.url(STUDENT_ROLE), pool_size=1))
        AuthService(a).login(email("student1"), PASSWORD)
        a.engine.dispose()
        with _raw(pool, STUDENT_ROLE) as hostile:
            hostile.execute("SELECT set_config('dreamseed.token', %s, false)", (a.identity.token,))
            hostile.execute("SET statement_timeout = 0")
            hostile.execute("SET search_path = pg_catalog")
            with _raw(pool, STUDENT_ROLE) as bare:
                assert bare.execute("SELECT auth.current_user_id()").fetchone()[0] == school.users["student1"]
            with b.session() as s:
                who, timeout, path = s.execute(text(
                    "SELECT (SELECT auth.current_user_id()), current_setting('statement_timeout'), "
                    "current_setting('search_path')")).one()
        assert who == school.users["student2"]
        assert (timeout, path) == (ROLE_TIMEOUTS[STUDENT_ROLE]["statement_timeout"], "public")
    finally:
        engine.dispose()
        pool.destroy()


def test_a_direct_address_to_pgbouncer_is_refused_with_the_reason(
        district: tuple[SchoolServer, School], bouncer: PgBouncer) -> None:
    """Without ``?pool_mode=transaction`` the app sends its settings as startup options, which
    PgBouncer refuses: the connection check says what to add to the address."""
    from dreamseed_desktop.bootstrap import check_connection

    ok, message = check_connection(bouncer.url(STAFF_ROLE).replace("?pool_mode=transaction", ""))
    assert not ok and "pool_mode=transaction" in message, message
    ok, message = check_connection(bouncer.url(STAFF_ROLE))
    assert ok, message


def _raw(pool: PgBouncer, role: str) -> psycopg.Connection:
    """A plain psycopg connection through PgBouncer, autocommit, nothing prepared."""
    return psycopg.connect(pool.url(role).replace("?pool_mode=transaction", ""), autocommit=True,
                           prepare_threshold=None)


def test_statistics_and_reports_read_from_a_streaming_replica(
        district: tuple[SchoolServer, School], monkeypatch: pytest.MonkeyPatch) -> None:
    """DREAMSEED_READONLY_URL names a hot standby made with ``pg_basebackup -R``: statistics,
    charts and reports read there (shown by pausing its replay: they lag, the primary does
    not), writes and a sign-in the standby has not replayed yet go to the primary, and a
    standby that is down costs nothing but the detour."""
    from dreamseed_desktop.bootstrap import build_services, open_read_replica
    from dreamseed_desktop.config.settings import Settings, resolve_readonly_url
    from dreamseed_desktop.db.roles import client_url
    from dreamseed_desktop.services.stats.charts import ChartDataService
    from dreamseed_desktop.services.stats.statistics import StatisticsService
    from tests.fixtures.district import DATABASE, streaming_replica, wait_replayed
    from tests.fixtures.sittings import store_sitting

    server, school = district
    replica = streaming_replica(server.cluster, scratch_root("dreamseed-replica-"))
    primary_engine = make_engine(client_url(server.owner_url, role=STAFF_ROLE), pool_size=1)
    owner_engine = make_engine(server.superuser_url, pool_size=1)
    try:
        monkeypatch.setenv("DREAMSEED_READONLY_URL", client_url(replica.url(DATABASE), role=STAFF_ROLE))
        db = Database(primary_engine)
        services = build_services(db, reports_db=open_read_replica(resolve_readonly_url(Settings()) or "", db))
        AuthService(db).login(email("teacher1"), PASSWORD)      # on the primary, as a staff PC does
        wait_replayed(server.cluster, replica)
        direct = StatisticsService(db)
        klass = school.classes["8A"]
        with services.reports._db.session(readonly=True) as s:
            assert s.execute(text("SELECT pg_is_in_recovery()")).scalar_one() is True
        before = services.statistics.class_exam_stats(klass)
        assert before == direct.class_exam_stats(klass)

        _replay(replica, "pause")
        store_sitting(Database(owner_engine), school.students["student1"], klass, when="2026-11-02 10:00+09",
                      answers=[(school.items[0], True, 4000), (school.items[1], False, 5000)], theta=0.4)
        now = direct.class_exam_stats(klass)
        assert now != before                                       # the primary has the new sitting
        assert services.statistics.class_exam_stats(klass) == before   # the standby has not replayed it
        assert services.reports.class_report(klass).stats == before

        # a sign-in the standby has not seen yet: its token means nobody there, so the read
        # goes to the primary rather than showing an empty class
        AuthService(db).login(email("teacher1"), PASSWORD)
        assert services.statistics.class_exam_stats(klass) == now

        _replay(replica, "resume")
        wait_replayed(server.cluster, replica)
        assert services.statistics.class_exam_stats(klass) == now
        replica.stop()                                             # the standby is down: primary
        assert services.statistics.class_exam_stats(klass) == now
        assert services.charts.class_theta_distribution(klass) == ChartDataService(db).class_theta_distribution(klass)
    finally:
        primary_engine.dispose()
        owner_engine.dispose()
        replica.destroy()
        replica.root.parent.rmdir()


def _replay(replica, what: str) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(replica.url(), autocommit=True) as conn:
        conn.execute(f"SELECT pg_wal_replay_{what}()")
