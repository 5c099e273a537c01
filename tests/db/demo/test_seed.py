"""The demo seed fills a migrated database with a consistent school and is idempotent."""
from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import text

from dreamseed_desktop.cli import main as cli_main
from dreamseed_desktop.services.core.passwords import proof, stored_hash
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.demo.seed import ADMIN_EMAIL, DEMO_PASSWORD, EXAM_PLAN, seed_demo
from dreamseed_desktop.services.stats.charts import ChartDataService
from dreamseed_desktop.services.stats.statistics import StatisticsService


def _count(db: Database, sql: str) -> int:
    with db.session() as s:
        return int(s.execute(text(sql)).scalar_one())


@pytest.mark.slow
def test_demo_seed_is_consistent_and_idempotent(owner_db: Database, db_url: str,
                                                capsys: object) -> None:
    first = seed_demo(owner_db, students=30, seed=7)
    assert first.created and first.organization_name == "서울고등학교"
    assert (first.teachers, first.students, first.classes) == (4, 30, 4)
    assert first.items >= 300 and first.sessions > 0 and first.attempts >= 8 * first.sessions
    with owner_db.session() as s:
        salt, stored = s.execute(text("SELECT c.salt, c.verifier FROM users u JOIN auth.credentials c "
                                      "ON c.user_id = u.id WHERE u.email = :e"), {"e": ADMIN_EMAIL}).one()
        names = s.execute(text("SELECT u.name FROM users u JOIN students st ON st.user_id = u.id")).scalars().all()
        numbers = s.execute(text("SELECT student_number FROM students ORDER BY id")).scalars().all()
        grades = set(s.execute(text("SELECT grade FROM students")).scalars())
        subjects = dict(s.execute(text("SELECT subject, count(*) FROM items GROUP BY subject")).all())
        keyless = s.execute(text("SELECT count(*) FROM items i LEFT JOIN item_keys k ON k.item_id = i.id "
                                 "WHERE k.item_id IS NULL")).scalar_one()
        bad_keys = s.execute(text(
            "SELECT count(*) FROM attempts a JOIN item_keys k ON k.item_id = a.item_id "
            "WHERE (a.selected_choice = k.correct_choice) <> a.correct")).scalar_one()
        unenrolled = s.execute(text(
            "SELECT count(*) FROM exam_sessions es LEFT JOIN student_classroom sc "
            "ON sc.student_id = es.student_id AND sc.class_id = es.class_id "
            "WHERE sc.student_id IS NULL")).scalar_one()
        seq_gaps = s.execute(text(
            "SELECT count(*) FROM (SELECT exam_session_id, max(seq) AS m, count(*) AS n "
            "FROM attempts GROUP BY 1) t WHERE m <> n")).scalar_one()
        no_password = s.execute(text("SELECT count(*) FROM users WHERE NOT has_password")).scalar_one()
    assert stored == stored_hash(proof(DEMO_PASSWORD, salt))
    assert no_password == 0
    assert all(unicodedata.is_normalized("NFC", n) and len(n) == 3 for n in names)
    # a high school's 학년 1-3; 학번 GCCNN: 1학년 1반 1번 = 10101
    assert numbers[0] == "10101" and grades == {1, 2, 3}
    assert subjects["math"] >= 150 and subjects["english"] >= 150
    assert keyless == 0 and bad_keys == 0 and unenrolled == 0 and seq_gaps == 0
    assert StatisticsService(owner_db).item_difficulty_stats() == \
        StatisticsService(owner_db).item_difficulty_stats_reference()
    student = _count(owner_db, "SELECT min(id) FROM students WHERE grade = 2")
    curves = ChartDataService(owner_db).learning_curves(student)
    assert [c.subject for c in curves] == ["english", "math"]
    assert all(len(c.theta) == len(EXAM_PLAN) for c in curves)
    session = _count(owner_db, "SELECT min(id) FROM exam_sessions")
    trajectory = ChartDataService(owner_db).session_trajectory(session)
    assert all(t is not None for t in trajectory.theta) and trajectory.theta[-1] == trajectory.final_theta

    counts = [_count(owner_db, f"SELECT count(*) FROM {t}")
              for t in ("users", "items", "exam_sessions", "attempts", "student_classroom")]
    again = seed_demo(owner_db, students=30, seed=7)
    assert not again.created and again.sessions == first.sessions
    assert cli_main(["demo", "seed", "--database-url", db_url, "--students", "30"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "exists already" in out and ADMIN_EMAIL in out and DEMO_PASSWORD in out
    assert counts == [_count(owner_db, f"SELECT count(*) FROM {t}")
                      for t in ("users", "items", "exam_sessions", "attempts", "student_classroom")]


def test_demo_sittings_are_taken_through_the_exam_api_and_resume(owner_db: Database, monkeypatch) -> None:
    """Every demo sitting is a real exam of the server's exam API, signed in as the student, at
    times spread over the school year; a seed interrupted during the sittings is completed."""
    import threading

    from dreamseed_desktop.services.demo import seed as seed_module

    real, calls, lock = seed_module.take_sitting, [0], threading.Lock()

    def failing(*args, **kwargs):
        with lock:
            calls[0] += 1
            if calls[0] > 5:
                raise RuntimeError("the PC was switched off")
        return real(*args, **kwargs)

    monkeypatch.setattr(seed_module, "take_sitting", failing)
    with pytest.raises(RuntimeError):
        seed_demo(owner_db, students=3, seed=11)
    assert 0 < _count(owner_db, "SELECT count(*) FROM exam_sessions") <= 6
    monkeypatch.setattr(seed_module, "take_sitting", real)
    summary = seed_demo(owner_db, students=3, seed=11)
    assert summary.created
    with owner_db.session() as s:
        q = lambda sql: s.execute(text(sql))  # noqa: E731
        # one completed sitting per student and exam of the student's classes (none twice)
        assert q("SELECT count(*) FROM exams e JOIN student_classroom sc ON sc.class_id = e.class_id "
                 "LEFT JOIN exam_sessions es ON es.exam_id = e.id AND es.student_id = sc.student_id "
                 "AND es.status = 'completed' WHERE es.id IS NULL").scalar_one() == 0
        assert q("SELECT count(*) FROM exam_sessions").scalar_one() == summary.sessions == 4 * len(EXAM_PLAN)
        # written by the server engine with the exam's design, answers with their server timing
        assert q("SELECT count(*) FROM exam_sessions WHERE engine_version IS DISTINCT FROM exam.engine_version() "
                 "OR NOT meta ? 'cat_config' OR n_answered NOT BETWEEN 8 AND 15").scalar_one() == 0
        assert q("SELECT count(*) FROM attempts WHERE client_uuid IS NULL OR server_response_ms IS NULL "
                 "OR created_at < (SELECT started_at FROM exam_sessions es WHERE es.id = exam_session_id)"
                 ).scalar_one() == 0
        # each start audited as the student who took it (signed in: the same path as a lab PC)
        assert q("SELECT count(*) FROM exam_sessions es JOIN students st ON st.id = es.student_id "
                 "JOIN audit_log a ON a.action = 'exam_session.start' AND a.object_id = es.id::text "
                 "AND a.actor_user_id = st.user_id").scalar_one() == summary.sessions
        # sittings over the school year, all in the past; exams closed; no seeding state left
        span, latest = q("SELECT max(started_at) - min(started_at), max(ended_at) < now() "
                         "FROM exam_sessions").one()
        assert span.days >= 200 and latest
        assert q("SELECT bool_and(NOT is_open) FROM exams").scalar_one()
        assert q("SELECT count(*) FROM organizations WHERE meta ? 'demo_state'").scalar_one() == 0
        assert q("SELECT count(*) FROM auth.sessions WHERE user_id IN (SELECT user_id FROM students)").scalar_one() == 0


@pytest.mark.slow
def test_credentials_computed_ahead_are_the_accounts(owner_db: Database, db_url: str) -> None:
    """A new install computes the demo accounts' salts and proofs while its database is created
    (bootstrap.run_gui): the seed stores exactly those, and each account signs in with the
    demo password through the client role; an account left out of the mapping gets its own."""
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.db.roles import STUDENT_ROLE, client_url
    from dreamseed_desktop.services.core.auth import AuthService
    from dreamseed_desktop.services.demo.seed import demo_credentials, demo_emails

    ahead = demo_credentials(3)
    assert sorted(ahead) == sorted(demo_emails(3)) and len(ahead) == 1 + 4 + 3
    assert len({salt for salt, _ in ahead.values()}) == len(ahead)        # one salt per account
    left_out = demo_emails(3)[-1]
    given = {k: v for k, v in ahead.items() if k != left_out}
    seed_demo(owner_db, students=3, seed=13, credentials=given)
    with owner_db.session() as s:
        stored = dict(s.execute(text("SELECT u.email, c.salt FROM users u JOIN auth.credentials c "
                                     "ON c.user_id = u.id")).all())
    assert all(stored[email] == salt for email, (salt, _) in given.items())
    assert stored[left_out] not in {salt for salt, _ in ahead.values()}
    staff, students = make_engine(client_url(db_url)), make_engine(client_url(db_url, role=STUDENT_ROLE))
    try:
        for engine, email in ((staff, ADMIN_EMAIL), (staff, demo_emails(3)[1]), (students, demo_emails(3)[5]),
                              (students, left_out)):
            assert AuthService(Database(engine)).login(email, DEMO_PASSWORD).user_id
    finally:
        staff.dispose()
        students.dispose()


def test_the_school_signs_in_before_its_sittings_which_stop_and_resume(owner_db: Database, db_url: str) -> None:
    """A first demo start (bootstrap) writes the school, shows the sign-in and takes the past
    sittings in the background: every kind of account signs in through its login role before
    any sitting exists; a stop (the user quits) leaves the school incomplete and the next
    start's ``prepare_demo`` hands back exactly the rest, which completes the plan."""
    import threading

    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.db.roles import STUDENT_ROLE, client_url
    from dreamseed_desktop.services.core.auth import AuthService
    from dreamseed_desktop.services.demo.seed import demo_emails, prepare_demo, take_demo_sittings

    summary, pending = prepare_demo(owner_db, students=3, seed=11)
    assert summary.created and pending is not None and summary.sessions == 0
    assert (pending.planned, pending.taken) == (4 * len(EXAM_PLAN), 0)
    staff, students = make_engine(client_url(db_url)), make_engine(client_url(db_url, role=STUDENT_ROLE))
    try:
        for engine, email in ((staff, ADMIN_EMAIL), (staff, demo_emails(3)[1]), (students, demo_emails(3)[5])):
            auth = AuthService(Database(engine))
            assert auth.login(email, DEMO_PASSWORD).user_id
            auth.logout()
    finally:
        staff.dispose()
        students.dispose()

    stop, seen = threading.Event(), []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 3:
            stop.set()                              # the user quits after the third sitting

    assert take_demo_sittings(owner_db, pending, progress=progress, stop=stop) is None
    taken = _count(owner_db, "SELECT count(*) FROM exam_sessions WHERE status = 'completed'")
    assert 3 <= taken < pending.planned and seen[0] == (1, pending.planned)
    assert [d for d, _ in seen] == list(range(1, len(seen) + 1))
    assert _count(owner_db, "SELECT count(*) FROM organizations WHERE meta->>'demo_state' = 'sittings'") == 1
    assert _count(owner_db, "SELECT count(*) FROM auth.sessions WHERE user_id IN "
                            "(SELECT user_id FROM students)") == 0          # the seeder signed out

    with owner_db.session() as s:      # meanwhile a teacher closed one of the demo's exams
        s.execute(text("UPDATE exams SET is_open = false WHERE id = (SELECT max(id) FROM exams)"))
    again, rest = prepare_demo(owner_db, students=3, seed=11)              # the next start
    assert not again.created and rest is not None
    assert (rest.planned, rest.taken, rest.seed) == (pending.planned, taken, 11)
    final = take_demo_sittings(owner_db, rest)
    assert final is not None and final.sessions == pending.planned
    assert _count(owner_db, "SELECT count(*) FROM exam_sessions WHERE status = 'completed'") == pending.planned
    assert _count(owner_db, "SELECT count(*) FROM organizations WHERE meta ? 'demo_state'") == 0
    assert _count(owner_db, "SELECT count(*) FROM exams WHERE is_open") == 0      # closed again at the end
    assert prepare_demo(owner_db, students=3, seed=11)[1] is None         # complete: nothing handed back


@pytest.mark.slow
def test_only_the_seeders_exam_connections_skip_the_disk_flush(owner_db: Database, monkeypatch) -> None:
    """The sittings' connections commit without waiting for the WAL flush (``synchronous_commit =
    off`` set by the seeder for its session: a lost demo answer is taken again from the plan);
    the program's own engine keeps the server's setting. (The test cluster itself runs with
    ``synchronous_commit = off`` from its configuration file, so the source tells them apart.)"""
    setting = ("SELECT setting AS v, source AS s FROM pg_catalog.pg_settings "
               "WHERE name = 'synchronous_commit'")
    import threading

    from dreamseed_desktop.services.demo import seed as seed_module

    real, seen, lock = seed_module.take_sitting, set(), threading.Lock()

    def watching(api, *args, **kwargs):
        with lock:
            row = api._one(setting, ())
            seen.add((row.v, row.s))
        return real(api, *args, **kwargs)

    monkeypatch.setattr(seed_module, "take_sitting", watching)
    seed_demo(owner_db, students=3, seed=5)
    assert seen == {("off", "session")}
    with owner_db.session() as s:
        assert s.execute(text(setting)).one().s != "session"
