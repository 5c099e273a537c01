"""Foundation benchmark: statistics, item difficulty and the people list at scale, as the app runs.

Run by hand: ``python benchmarks/bench_foundation.py [--sessions N --per-session K]`` (about
three minutes at the defaults). It starts a private
embedded PostgreSQL in a temporary directory, builds the schema with the real migrations and
generates 100,000 users (10,000 students with classes and sessions, 300 teachers, the rest
inactive alumni accounts), 300 classes, 10,000 items, 50,000 exam sessions and 1,000,000
attempts (by default) with ``INSERT ... SELECT generate_series``. The item_stats trigger stays ON while the
attempts are inserted (nothing the product relies on is disabled); they go in as 50 batches,
each followed by ``VACUUM item_stats`` — what autovacuum does with the baseline migration's settings
when answers arrive at the pace of real exams rather than 10,000 per second.

Every service call runs as the app runs it: through the client role ``dreamseed_client``,
signed in with a real password and token as the school's admin (and as a teacher and a student
where it matters), so row-level security applies. The peer measured in the same run is the same
call by the superuser owner, which bypasses row-level security: the ratio client / owner is the
cost of the policies, and both must return equal results (printed). Calls are timed end to end
(unit of work, token set, SQL, DTOs), the two paths alternately on the same ids: median of
``REPEAT`` calls after one warm-up each. EXPLAIN (ANALYZE) plans are taken as the signed-in admin.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._signin import explain_as, give_password, owner, paired, signed_in
from dreamseed_desktop.db.embedded import start_embedded
from dreamseed_desktop.db.migrate import upgrade
from dreamseed_desktop.db.roles import STUDENT_ROLE
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.stats.statistics import QUERIES, StatisticsService

N_USERS, N_STUDENTS, N_TEACHERS, N_CLASSES = 100_000, 10_000, 300, 300
N_ITEMS = 10_000
REPEAT = 15
ADMIN_EMAIL = "admin@bench.kr"
TEACHER_EMAIL = "u1@bench.kr"                     # teacher 1 teaches class 1
STUDENT_EMAIL = f"u{N_TEACHERS + 1}@bench.kr"     # student 1, in class 1


def statements(N_SESSIONS: int, PER_SESSION: int) -> tuple[list[str], str]:
    """The generating statements and the per-batch attempts statement for the data set."""
    # users 1..300 are teachers, 301..10300 students with profiles, the rest alumni accounts
    GENERATE = [
        "SELECT setseed(0.42)",
        "INSERT INTO organizations (name, type) VALUES ('벤치마크고등학교', 'school')",
        f"""INSERT INTO users (organization_id, email, role, name, is_active)
        SELECT 1, 'u' || g || '@bench.kr', CASE WHEN g <= {N_TEACHERS} THEN 'teacher' ELSE 'student' END,
               (ARRAY['김','이','박','최','정','강','조','윤','장','임','한','오','서','신','권'])[1 + g % 15]
               || (ARRAY['민준','서연','도윤','하은','시우','지우','예준','수아','주원','지민','하준',
                         '채원','지호','윤서','건우','다은','현우','서윤','우진','예은'])[1 + (g / 15) % 20],
               g <= {N_TEACHERS + N_STUDENTS}
        FROM generate_series(1, {N_USERS}) g""",
        f"""INSERT INTO teachers (user_id, organization_id, subject)
        SELECT g, 1, CASE WHEN g % 2 = 0 THEN 'math' ELSE 'english' END FROM generate_series(1, {N_TEACHERS}) g""",
        f"""INSERT INTO students (user_id, organization_id, grade, student_number)
        SELECT {N_TEACHERS} + g, 1, 1 + g % 3, lpad(g::text, 6, '0') FROM generate_series(1, {N_STUDENTS}) g""",
        # 300 classes with students + a few empty ones as bulk-enrollment targets
        f"""INSERT INTO classes (organization_id, teacher_id, name, subject, grade, school_year)
        SELECT 1, 1 + (g - 1) % {N_TEACHERS}, '반 ' || g, CASE WHEN g % 2 = 0 THEN 'math' ELSE 'english' END,
               1 + g % 3, 2026 FROM generate_series(1, {N_CLASSES + 5}) g""",
        f"""INSERT INTO student_classroom (student_id, class_id)
        SELECT s, 1 + (s - 1) % {N_CLASSES} FROM generate_series(1, {N_STUDENTS}) s""",
        f"""INSERT INTO items (code, subject, grade, strand, model, a, b, c, stem, choices)
        SELECT 'ITEM-' || lpad(g::text, 5, '0'), CASE WHEN g % 2 = 0 THEN 'math' ELSE 'english' END,
               10 + g % 3, 'strand ' || g % 4, '3PL', 0.6 + random() * 1.4,
               greatest(-3, least(3, (random() + random() + random() - 1.5) * 2)), 0.2,
               '문항 ' || g, '["1","2","3","4"]'::jsonb
        FROM generate_series(1, {N_ITEMS}) g""",
        "INSERT INTO item_keys (item_id, correct_choice) SELECT id, 1 + id % 4 FROM items",
        # each student sits N_SESSIONS / N_STUDENTS sessions in their class over the past eight months
        f"""INSERT INTO exam_sessions (student_id, class_id, exam_type, status, started_at, ended_at,
                                      theta, standard_error, duration_sec)
        SELECT s, 1 + (s - 1) % {N_CLASSES},
               (ARRAY['diagnostic','formative','midterm','formative','practice'])[1 + (k - 1) % 5],
               CASE WHEN g % 40 = 0 THEN 'in_progress' WHEN g % 97 = 0 THEN 'terminated' ELSE 'completed' END,
               t, t + interval '25 minutes',
               CASE WHEN g % 40 = 0 OR g % 97 = 0 THEN NULL ELSE (random() + random() + random() - 1.5) * 2 END,
               CASE WHEN g % 40 = 0 OR g % 97 = 0 THEN NULL ELSE 0.3 + random() * 0.1 END, 1500
        FROM (SELECT g, 1 + (g - 1) % {N_STUDENTS} AS s, 1 + (g - 1) / {N_STUDENTS} AS k,
                     now() - make_interval(days => 240 - (g % 20)
                         - 240 * ((g - 1) / {N_STUDENTS}) / {max(1, N_SESSIONS // N_STUDENTS)}) AS t
              FROM generate_series(1, {N_SESSIONS}) g) x""",
        f"""INSERT INTO users (organization_id, email, role, name) VALUES (1, '{ADMIN_EMAIL}', 'admin', '관리자')""",
        # attempts: ATTEMPTS below, in batches
    ]
    # 20 answers per session, one transaction per batch of sessions (as answers arrive over the
    # months); the item_stats trigger keeps the per-item aggregates current meanwhile
    ATTEMPTS = f"""INSERT INTO attempts (student_id, exam_session_id, item_id, seq, correct, selected_choice,
                             response_time_ms, theta_after, se_after, created_at)
    SELECT es.student_id, es.id, 1 + ((es.id * 7919 + q * 104729) % {N_ITEMS}), q, random() < 0.62,
           1 + (random() * 3.99)::int, 4000 + (random() * 90000)::int, random() * 2 - 1, 0.3 + random(),
           es.started_at + make_interval(secs => q * 60)
    FROM exam_sessions es CROSS JOIN generate_series(1, {PER_SESSION}) q
    WHERE es.id BETWEEN :lo AND :hi"""
    return GENERATE, ATTEMPTS


BATCHES = 50




def generate(db: Database, n_sessions: int, per_session: int) -> None:
    generating, attempts = statements(n_sessions, per_session)
    with db.engine.begin() as conn:
        for stmt in generating:
            start = time.perf_counter()
            conn.execute(text(stmt))
            label = " ".join(stmt.split()[:3])
            print(f"  {label:<40} {time.perf_counter() - start:6.1f} s", flush=True)
    start = time.perf_counter()
    per = n_sessions // BATCHES
    autocommit = db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    with autocommit as conn:
        for k in range(BATCHES):
            with db.engine.begin() as batch:
                batch.execute(text(attempts), {"lo": k * per + 1, "hi": (k + 1) * per})
            # what autovacuum does with the baseline's settings when answers arrive at a human pace
            conn.execute(text("VACUUM item_stats"))
        print(f"  {'INSERT INTO attempts (' + str(BATCHES) + ' batches)':<40} "
              f"{time.perf_counter() - start:6.1f} s", flush=True)
        conn.execute(text("VACUUM ANALYZE"))


# Growing a copy of the data set to many more attempts (``--grow-to``): the same sessions, more
# answers each. Setup only, as the owner: the new rows go in with the attempt triggers switched off
# (session_replication_role = replica), in batches of sessions, and what those triggers maintain is
# then written in bulk from the attempts themselves — each attempt's organization, class and
# content version, each session's number answered / correct, the per-item item_stats — and
# checked (printed). Nothing is switched off for the measured calls.
GROW_ATTEMPTS = f"""INSERT INTO attempts (student_id, exam_session_id, item_id, seq, correct, selected_choice,
                         response_time_ms, theta_after, se_after, created_at, organization_id, class_id,
                         content_version)
SELECT es.student_id, es.id, it.id, q, random() < 0.62, 1 + (random() * 3.99)::int,
       4000 + (random() * 90000)::int, random() * 2 - 1, 0.3 + random(),
       es.started_at + make_interval(secs => q * 60), es.organization_id, es.class_id, it.content_version
FROM exam_sessions es CROSS JOIN generate_series(:q0, :q1) q
JOIN items it ON it.id = 1 + ((es.id * 7919 + q * 104729) % {N_ITEMS})
WHERE es.id BETWEEN :lo AND :hi"""
GROW_DERIVED = [
    """UPDATE exam_sessions es SET n_answered = a.n, n_correct = a.c
    FROM (SELECT exam_session_id, count(*) AS n, count(*) FILTER (WHERE correct) AS c
          FROM attempts GROUP BY exam_session_id) a
    WHERE a.exam_session_id = es.id""",
    """INSERT INTO item_stats AS s (item_id, n_attempts, n_correct, n_timed, sum_response_time_ms)
    SELECT item_id, count(*), count(*) FILTER (WHERE correct), count(response_time_ms),
           COALESCE(sum(response_time_ms), 0)
    FROM attempts GROUP BY item_id
    ON CONFLICT (item_id) DO UPDATE SET n_attempts = EXCLUDED.n_attempts, n_correct = EXCLUDED.n_correct,
        n_timed = EXCLUDED.n_timed, sum_response_time_ms = EXCLUDED.sum_response_time_ms""",
]
GROW_CHECK = """SELECT (SELECT count(*) FROM attempts) AS attempts,
       (SELECT sum(n_answered) FROM exam_sessions) AS answered,
       (SELECT sum(n_attempts) FROM item_stats) AS item_stats,
       (SELECT count(*) FROM attempts a JOIN exam_sessions es ON es.id = a.exam_session_id
        WHERE a.organization_id <> es.organization_id OR a.class_id IS DISTINCT FROM es.class_id) AS wrong_scope"""


#: calls per figure of the size comparison (a few ms each: more samples against a busy machine)
SIZE_REPEAT = 60


def grow(url: str, n_sessions: int, per_session: int, total: int) -> None:
    """Add answers to every session of the database at ``url`` until it holds ``total`` attempts."""
    import psycopg

    per_new = total // n_sessions
    if per_new <= per_session:
        raise SystemExit(f"--grow-to {total:,} is not more than the {n_sessions * per_session:,} attempts there")
    start = time.perf_counter()
    batches = 20
    per = -(-n_sessions // batches)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")      # setup only: see GROW_ATTEMPTS
        for k in range(batches):
            bounds = {":q0": per_session + 1, ":q1": per_new, ":lo": k * per + 1, ":hi": (k + 1) * per}
            sql = GROW_ATTEMPTS
            for name, value in bounds.items():
                sql = sql.replace(name, str(int(value)))
            conn.execute(sql)
            if (k + 1) % 5 == 0:
                print(f"  growing to {total:,} attempts: batch {k + 1}/{batches}, "
                      f"{time.perf_counter() - start:6.1f} s", flush=True)
        for stmt in GROW_DERIVED:
            conn.execute(stmt)
        conn.execute("RESET session_replication_role")
        conn.execute("VACUUM ANALYZE")
        check = conn.execute(GROW_CHECK).fetchone()
    print(f"  grown in {time.perf_counter() - start:.1f} s (including VACUUM ANALYZE): attempts {check[0]:,}, "
          f"sum of the sessions' number answered {check[1]:,}, item_stats attempts {check[2]:,}, attempts "
          f"whose organization/class differ from their session's: {check[3]}")
    if not (check[0] == check[1] == check[2] == n_sessions * per_new and check[3] == 0):
        raise SystemExit("the grown data set is inconsistent")


def compare_sizes(small_url: str, big_url: str, small: str, big: str) -> None:
    """The admin's calls on the two data sets, alternating on the same ids (the owner beside)."""
    ref_small, ref_big = owner(small_url), owner(big_url)
    for url in (small_url, big_url):
        with owner(url).engine.connect() as conn:
            admin_id = conn.execute(text("SELECT id FROM users WHERE email = :e"), {"e": ADMIN_EMAIL}).scalar_one()
        give_password(url, [admin_id])
    st = {"small": StatisticsService(signed_in(small_url, ADMIN_EMAIL)),
          "big": StatisticsService(signed_in(big_url, ADMIN_EMAIL)),
          "owner_small": StatisticsService(ref_small), "owner_big": StatisticsService(ref_big)}
    students = list(range(1, N_STUDENTS + 1, N_STUDENTS // REPEAT))
    classes = list(range(1, N_CLASSES + 1, N_CLASSES // REPEAT))
    print(f"\n{'as the admin (client role), median of ' + str(SIZE_REPEAT):<46}{small + ' ms':>12}{big + ' ms':>12}"
          f"{'ratio':>9}   owner {small} / {big} ms")
    for name, method, ids in (("student exam history", "student_exam_history", students),
                              ("class exam stats", "class_exam_stats", classes)):
        fns = {k: (lambda i, k=k: getattr(st[k], method)(i)) for k in st}
        same = all(fns["small"](i) == fns["owner_small"](i) and fns["big"](i) == fns["owner_big"](i) for i in ids)
        t = paired(fns, ids, repeat=SIZE_REPEAT)
        ratio = t["big"] / t["small"]
        print(f"{name:<46}{t['small']:>12.2f}{t['big']:>12.2f}{ratio:>8.2f}x   {t['owner_small']:.2f} / "
              f"{t['owner_big']:.2f}  (target <= 2x: {'met' if ratio <= 2 else 'MISSED'}; admin = owner rows: {same})")
    admin_big = signed_in(big_url, ADMIN_EMAIL)
    print(f"\nEXPLAIN (ANALYZE, BUFFERS) as the client role, signed in as the admin, {big}:")
    for name, params in (("history", {"sid": 4242, "lim": None}), ("class_sessions", {"cid": 42})):
        plan = explain_as(admin_big, QUERIES[name].text, params)
        print(f"--- {name}: {plan[-1].strip()}; indexes used: {', '.join(indexes_in(plan))}")
        print("   ", plan[0])


def indexes_in(plan: list[str]) -> list[str]:
    pattern = re.compile(r"(?:Index Only Scan|Index Scan|Bitmap Index Scan) (?:using|on) (\S+)")
    return sorted({m.group(1) for line in plan for m in pattern.finditer(line)})


def row(name: str, times: dict[str, float], client: str, same: bool, target: float | None = None) -> None:
    ratio = times[client] / times["owner"]
    verdict = "" if target is None else ("met" if ratio <= target else "MISSED")
    print(f"{name:<46}{times[client]:>10.2f}{times['owner']:>10.2f}{ratio:>9.2f}x"
          f"{'' if target is None else f'  (target <= {target:g}x: {verdict})':<26} same rows: {same}")


def screen_rows(ref: Database, admin: Database, stats: StatisticsService) -> None:
    """The statistics screen's classes tab as the admin, against the per-class path it replaced
    (the class list, then three service calls per class, the class figures scored per session in
    Python), in the same run: what the tab loads when it opens (every class's figures per
    subject, θ distribution and θ over time; no per-student lines), and separately what it loads
    when a class is selected (that class's per-student lines) against the per-session reference
    for the same class. Figures compared with ``==`` (every float)."""
    from dreamseed_desktop.services.classes.service import ClassService
    from dreamseed_desktop.services.stats.charts import ChartDataService
    from dreamseed_desktop.services.stats.overview import ClassOverviewService

    overview, charts, klasses = ClassOverviewService(admin), ChartDataService(admin), ClassService(admin)

    def per_class(_: object) -> list[tuple[object, object, object]]:
        return [(stats.class_exam_stats_reference(c.id), charts.class_theta_distribution(c.id),
                 charts.class_theta_over_time(c.id, bucket="week")) for c in klasses.list()]

    def on_open(_: object) -> list[tuple[object, object, object]]:
        return [(o.stats, o.distribution, o.over_time) for o in overview.classes_overview()]

    screen = paired({"open": on_open, "per_class": per_class}, [0], 5)
    opened, old = overview.classes_overview(), per_class(0)
    identical = [(o.stats, o.distribution, o.over_time) for o in opened] == [
        (st.summary(), dist, over) for st, dist, over in old]
    n_sessions = sum(o.stats.total_exams for o in opened)
    print(f"statistics screen, classes tab ({len(opened)} classes, {n_sessions:,} sessions) as admin, "
          f"on open: {screen['open']:.0f} ms (target <= 300 ms), per-class path "
          f"{screen['per_class']:.0f} ms = {screen['per_class'] / screen['open']:.1f}x faster (target >= 15x); "
          f"identical (==, every float): {identical}")
    ids = [o.cls.id for o in opened][:: max(1, len(opened) // REPEAT)]
    detail = paired({"detail": stats.class_exam_stats, "reference": stats.class_exam_stats_reference}, ids)
    same_lines = all(stats.class_exam_stats(i) == stats.class_exam_stats_reference(i) for i in ids)
    students = sum(len(stats.class_exam_stats(i).students) for i in ids) / len(ids)
    print(f"  selecting a class (its {students:.0f} per-student lines, median of {len(ids)} classes): "
          f"{detail['detail']:.1f} ms, per-session reference {detail['reference']:.1f} ms "
          f"({detail['reference'] / detail['detail']:.1f}x); identical: {same_lines}")
    from dreamseed_desktop.services.stats.summary import SUMMARY_SQL

    plan = explain_as(admin, SUMMARY_SQL.text, {"cids": [o.cls.id for o in opened], "bucket": "week"})
    print("  EXPLAIN (ANALYZE) of the opening statement as the admin (client role): "
          + "; ".join(line.strip() for line in plan
                      if line.strip().startswith(("Sort Key", "Sort Method", "Execution Time"))
                      or "HashAggregate" in line)
          + f"; indexes used: {', '.join(indexes_in(plan))}")
    ref_overview = ClassOverviewService(ref)
    own = paired({"admin": on_open, "owner": lambda _: [(o.stats, o.distribution, o.over_time)
                                                        for o in ref_overview.classes_overview()]}, [0], 5)
    print(f"  on open by the owner (no row-level security, sees the same classes): "
          f"{own['owner']:.0f} ms; admin/owner {own['admin'] / own['owner']:.2f}x")


def run(url: str, *, screen_only: bool = False) -> None:
    from dreamseed_desktop.services.people.service import PeopleService

    ref = owner(url)
    with ref.engine.connect() as conn:
        admin_id = conn.execute(text("SELECT id FROM users WHERE email = :e"), {"e": ADMIN_EMAIL}).scalar_one()
    give_password(url, [admin_id, 1, N_TEACHERS + 1])
    admin, teacher = (signed_in(url, e) for e in (ADMIN_EMAIL, TEACHER_EMAIL))
    student = signed_in(url, STUDENT_EMAIL, role=STUDENT_ROLE)
    st = {name: StatisticsService(db) for name, db in
          (("owner", ref), ("admin", admin), ("teacher", teacher), ("student", student))}
    students = list(range(1, N_STUDENTS + 1, N_STUDENTS // REPEAT))
    classes = list(range(1, N_CLASSES + 1, N_CLASSES // REPEAT))

    if screen_only:
        screen_rows(ref, admin, st["admin"])
        for db in (ref, admin, teacher, student):
            db.engine.dispose()
        return
    print(f"\n{'service call (median of ' + str(REPEAT) + ')':<46}{'client ms':>10}{'owner ms':>10}"
          f"{'ratio':>10}")

    def compare(name: str, who: str, method: str, ids: list[int], target: float | None = None,
                **kw: object) -> None:
        fns = {who: lambda i: getattr(st[who], method)(i, **kw),
               "owner": lambda i: getattr(st["owner"], method)(i, **kw)}
        same = all(fns[who](i) == fns["owner"](i) for i in ids)
        row(f"{name} as {who}", paired(fns, ids), who, same, target)

    compare("student exam history", "admin", "student_exam_history", students, 2.0)
    compare("student exam stats", "admin", "student_exam_stats", students)
    compare("class exam stats", "admin", "class_exam_stats", classes, 2.0)
    compare("class standing", "admin", "class_standing", classes)
    compare("class exam stats (own class)", "teacher", "class_exam_stats", [1])
    compare("student exam history (own)", "student", "student_exam_history", [1])

    fast = {"admin": lambda _: st["admin"].item_difficulty_stats(),
            "owner": lambda _: st["owner"].item_difficulty_stats()}
    row("item difficulty (item_stats) as admin", paired(fast, [0], 9), "admin",
        st["admin"].item_difficulty_stats() == st["owner"].item_difficulty_stats())
    slow = {"admin": lambda _: st["admin"].item_difficulty_stats_reference(),
            "owner": lambda _: st["owner"].item_difficulty_stats_reference()}
    row("item difficulty (GROUP BY) as admin", paired(slow, [0], 5), "admin",
        st["admin"].item_difficulty_stats_reference() == st["owner"].item_difficulty_stats_reference())
    both = paired({"fast": fast["admin"], "groupby": slow["admin"]}, [0], 5)
    print(f"item difficulty as admin: item_stats {both['fast']:.1f} ms, GROUP BY {both['groupby']:.1f} ms "
          f"({both['groupby'] / both['fast']:.1f}x faster; identical: "
          f"{st['admin'].item_difficulty_stats() == st['admin'].item_difficulty_stats_reference()})")

    screen_rows(ref, admin, st["admin"])

    people = {"admin": PeopleService(admin), "owner": PeopleService(ref)}
    page = {k: (lambda _, p=p: p.list(offset=0, limit=100)) for k, p in people.items()}
    row("people list page 1 as admin", paired(page, [0]), "admin",
        people["admin"].list(offset=0, limit=100) == people["owner"].list(offset=0, limit=100))

    print("\nEXPLAIN (ANALYZE, BUFFERS) as the client role, signed in as the admin:")
    for name, params in (("history", {"sid": 4242, "lim": None}), ("class_sessions", {"cid": 42})):
        plan = explain_as(admin, QUERIES[name].text, params)
        print(f"\n--- {name}")
        for line in plan:
            print("   ", line)
        print(f"    indexes used: {', '.join(indexes_in(plan))}")
    for db in (ref, admin, teacher, student):
        db.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=50_000)
    parser.add_argument("--per-session", type=int, default=20, help="attempts per session")
    parser.add_argument("--screen-only", action="store_true",
                        help="only the statistics screen's rows (on open, selecting a class)")
    parser.add_argument("--url", help="an owner URL of a database this script generated before "
                                      "(skips generating; the data must be this script's)")
    parser.add_argument("--grow-to", type=int, default=0,
                        help="also copy the data set, give its sessions more answers until it holds this many "
                             "attempts, and compare the admin's history and class statistics on both")
    args = parser.parse_args()
    print(f"load average before the run: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    if args.url:
        run(args.url, screen_only=args.screen_only)
        return
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp).chmod(0o755)      # as root, the server's own user must traverse it (db.embedded)
        server = start_embedded(Path(tmp) / "pg", cleanup_mode="delete")
        try:
            server.ensure_database("bench")
            url = server.url("bench")
            upgrade(url)
            db = owner(url)
            print(f"Generating {N_USERS:,} users, {N_STUDENTS:,} students, {N_CLASSES} classes, "
                  f"{N_ITEMS:,} items, {args.sessions:,} sessions, "
                  f"{args.sessions * args.per_session:,} attempts (item_stats trigger on):", flush=True)
            start = time.perf_counter()
            generate(db, args.sessions, args.per_session)
            db.engine.dispose()
            print(f"  total {time.perf_counter() - start:.1f} s (including VACUUM ANALYZE)")
            if args.grow_to:
                import psycopg

                with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
                    conn.execute('CREATE DATABASE "bench_big" TEMPLATE "bench"')
                big_url = server.url("bench_big")     # its database grants: give_password() below
                grow(big_url, args.sessions, args.per_session, args.grow_to)
                compare_sizes(url, big_url, f"{args.sessions * args.per_session / 1e6:g}M",
                              f"{args.grow_to / 1e6:g}M")
            run(url, screen_only=args.screen_only)
            print(f"load average after the run: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
