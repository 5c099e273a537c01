"""Issue 12's red-team pass over revisions 0026-0034 (forced password change, initial passwords,
학번 sign-in, pretest seeding, accommodations, bulk item triggers, exposure counts, selection
tiers) and the item content of 0021: each attack runs as a client login role with a real token
(psql-like ``raw_client``), beside the legitimate path. docs/security.md, "Red-team pass over
0021–0041", lists every attack tried and its result."""
from __future__ import annotations

import json
import uuid
from datetime import timedelta

import psycopg
import pytest

from dreamseed_desktop.db.roles import STAFF_ROLE, STUDENT_ROLE
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.exams.proctor import ProctorService
from dreamseed_desktop.services.people.accommodations import Accommodations, AccommodationService
from dreamseed_desktop.services.people.service import PeopleService
from tests.fixtures.school import School

SCHEMAS = ["public", "auth", "exam"]

#: Every routine of the application's schemas a client login role may EXECUTE: the reviewed API.
#: Each definer function among them checks its caller itself (tests beside each area). A new
#: routine granted to the clients must be added here after that review; everything else
#: (selection tiers, pretest pool, band rebuilds, content checks, the clock, ...) is internal.
CLIENT_API = frozenset({
    "auth.admin_reset_password(integer,text,text,text)",
    "auth.change_password(text,text,text,text)",
    "auth.current_enrolled_class_ids()",
    "auth.current_org()",
    "auth.current_role()",
    "auth.current_student_id()",
    "auth.current_teacher_id()",
    "auth.current_user_id()",
    "auth.is_admin_of(integer)",
    "auth.is_sysadmin()",
    "auth.login(text,text)",
    "auth.login_by_number(integer,text,text)",
    "auth.login_salt(text)",
    "auth.login_salt_by_number(integer,text)",
    "auth.logout()",
    "auth.me()",
    "auth.my_login_salt()",
    "auth.needs_setup()",
    "auth.record_action(text,text,text,integer[],integer,jsonb)",
    "auth.sign_in_schools()",
    "auth.whoami()",
    "exam.act_finish(bigint)",
    "exam.act_kiosk_check(integer,text)",
    "exam.act_kiosk_count(integer)",
    "exam.act_score(bigint)",
    "exam.act_start(integer)",
    "exam.act_status(bigint)",
    "exam.act_submit(bigint,integer,bigint,integer,integer,uuid)",
    "exam.act_suspend(bigint)",
    "exam.admin_rebuild_bands(text)",
    "exam.attempt_choices(bigint)",
    "exam.correct_answer(bigint,boolean,text)",
    "exam.default_config()",
    "exam.finish(text,bigint)",
    "exam.item_asset(text,bigint,bigint)",
    "exam.item_passage(text,bigint,bigint)",
    "exam.kiosk_quit(text,integer,text)",
    "exam.kiosk_quit_salt(text,integer)",
    "exam.my_exams()",
    "exam.next_item(text,bigint)",
    "exam.pretest_answer_counts(text)",
    "exam.proctor_extend(bigint,integer)",
    "exam.proctor_live(integer)",
    "exam.proctor_pause(bigint,text)",
    "exam.proctor_resume(bigint)",
    "exam.proctor_terminate(bigint,text)",
    "exam.set_exposure_parameters(jsonb)",
    "exam.set_kiosk_quit_password(integer,text,text)",
    "exam.start(text,integer)",
    "exam.status(text,bigint)",
    "exam.submit(text,bigint,integer,bigint,integer,integer,uuid)",
    "exam.suspend(text,bigint)",
    "public.delete_class(integer)",
    "public.delete_organization(integer)",
    "public.exam_client_alert(bigint,text)",
    "public.exam_heartbeat(bigint)",
    "public.item_asset_add(text,bytea,integer,integer)",
    "public.item_content_review(bigint,integer,boolean,text)",
    "public.item_content_save(bigint,integer,text,text,integer,text,text,jsonb,bigint,integer,text)",
    "public.passage_save(bigint,integer,text,text)",
    "public.remove_enrollments(integer,integer[])",
    "public.set_accommodations(integer,numeric,numeric,boolean,boolean,boolean,boolean)",
    "public.set_my_zoom(numeric)",
})
#: the first-run wizard runs on staff PCs only (0028)
STAFF_ONLY = frozenset({"auth.first_run_setup(text,text,text,text,text,text,text,text)"})


def _callable(db_url: str, role: str) -> set[str]:
    with psycopg.connect(db_url) as conn:
        rows = conn.execute(
            "SELECT n.nspname || '.' || p.proname || '(' || "
            "  COALESCE((SELECT string_agg(format_type(t, NULL), ',' ORDER BY k) "
            "            FROM unnest(p.proargtypes) WITH ORDINALITY u(t, k)), '') || ')' "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = ANY(%s) AND has_function_privilege(%s, p.oid, 'EXECUTE')",
            (SCHEMAS, role)).fetchall()
    return {r[0].replace(", ", ",") for r in rows}


def _internal_routines(db_url: str) -> list[tuple[str, str, str]]:
    """(kind, name, NULL-argument list) of every routine of the schemas that is not client API
    and can be called directly (trigger functions cannot be called at all)."""
    with psycopg.connect(db_url) as conn:
        rows = conn.execute(
            "SELECT p.prokind, quote_ident(n.nspname) || '.' || quote_ident(p.proname), "
            "  COALESCE((SELECT string_agg('NULL::' || format_type(t, NULL), ', ' ORDER BY k) "
            "            FROM unnest(p.proargtypes) WITH ORDINALITY u(t, k)), ''), "
            "  n.nspname || '.' || p.proname || '(' || COALESCE((SELECT string_agg(format_type(t, NULL), ',' "
            "            ORDER BY k) FROM unnest(p.proargtypes) WITH ORDINALITY u(t, k)), '') || ')' "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = ANY(%s) AND p.prokind IN ('f', 'p') "
            "  AND p.prorettype NOT IN ('trigger'::regtype, 'event_trigger'::regtype) "
            "ORDER BY 2, 3", (SCHEMAS,)).fetchall()
    api = CLIENT_API | STAFF_ONLY
    return [(kind, name, args) for kind, name, args, sig in rows if sig.replace(", ", ",") not in api]


def test_clients_execute_exactly_the_reviewed_api_and_nothing_internal(
        school: School, db_url: str, connect_as, raw_client) -> None:
    # \df of every schema as each login role: exactly the reviewed API
    assert _callable(db_url, STUDENT_ROLE) == set(CLIENT_API)
    assert _callable(db_url, STAFF_ROLE) == set(CLIENT_API | STAFF_ONLY)
    with psycopg.connect(db_url) as conn:
        unpinned = conn.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = ANY(%s) AND p.prosecdef "
            "AND NOT COALESCE('search_path=pg_catalog, pg_temp' = ANY (p.proconfig), false)", (SCHEMAS,)).fetchall()
    assert unpinned == []
    # every other routine, called by a signed-in student and a signed-in admin with psql, is refused
    # before it runs (the selection tiers of 0034, the pretest pool of 0030, the band rebuilds of
    # 0027/0032/0034, the content checks of 0021, the exam clock of 0020 among them)
    internal = _internal_routines(db_url)
    names = {name for _kind, name, _args in internal}
    assert {"exam.rank_band", "exam.rank_pool", "exam.rank_tier", "exam.select_item", "exam.pretest_pool",
            "exam.rebuild_bands", "exam.clock", "exam.shown_now", "public.item_content_approve",
            "auth.set_credentials", "auth.user_by_key"} <= names, sorted(names)
    student = raw_client(connect_as("student1").identity.token)
    admin = raw_client(connect_as("admin").identity.token, role=STAFF_ROLE)
    for conn in (student, admin):
        for kind, name, args in internal:
            sql = f"CALL {name}({args})" if kind == "p" else f"SELECT {name}({args})"
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
    # the legitimate paths through the API still work on the same connections' roles
    api = ExamApi(connect_as("student1"))
    state = api.start(school.exams["quiz_a"])
    assert api.next_item(state.session_id) is not None
    live = ProctorService(connect_as("teacher1")).live_sessions(school.exams["quiz_a"])
    assert any(row.session_id == state.session_id for row in live)


def test_a_teacher_reads_accommodations_of_their_own_classes_only(school: School, connect_as,
                                                                  raw_client) -> None:
    """Fixed by revision 0035: every teacher of the school read every student's accommodations."""
    admin = AccommodationService(connect_as("admin"))
    s1, s3 = school.students["student1"], school.students["student3"]     # 8A (teacher1), 8B (teacher2)
    admin.set(s1, Accommodations(time_factor=1.5, read_aloud=True))
    admin.set(s3, Accommodations(time_factor=2.0, answer_masking=True))
    # the attack: teacher1 with psql and their own token reads the whole table
    teacher1 = raw_client(connect_as("teacher1").identity.token, role=STAFF_ROLE)
    assert teacher1.execute("SELECT student_id FROM student_accommodations ORDER BY 1").fetchall() == [(s1,)]
    assert teacher1.execute("SELECT count(*) FROM student_accommodations WHERE student_id = %s",
                            (s3,)).fetchone() == (0,)
    teacher2 = raw_client(connect_as("teacher2").identity.token, role=STAFF_ROLE)
    assert teacher2.execute("SELECT student_id FROM student_accommodations").fetchall() == [(s3,)]
    # the other school's admin and a classmate see nothing
    admin_b = raw_client(connect_as("admin_b").identity.token, role=STAFF_ROLE)
    assert admin_b.execute("SELECT count(*) FROM student_accommodations").fetchone() == (0,)
    classmate = raw_client(connect_as("student2").identity.token)
    assert classmate.execute("SELECT count(*) FROM student_accommodations").fetchone() == (0,)
    # legitimate: the proctor console's look-up for the teacher's own class, the admin, the student
    assert set(AccommodationService(connect_as("teacher1")).for_students([s1, s3])) == {s1}
    assert set(AccommodationService(connect_as("teacher2")).for_students([s1, s3])) == {s3}
    assert set(admin.for_students([s1, s3])) == {s1, s3}
    assert AccommodationService(connect_as("student1")).mine().time_factor == 1.5
    # a student enrolled in teacher2's class later becomes visible to teacher2
    from dreamseed_desktop.services.classes.enrollment import EnrollmentService
    EnrollmentService(connect_as("admin")).enroll(s1, school.classes["8B"])
    assert set(AccommodationService(connect_as("teacher2")).for_students([s1, s3])) == {s1, s3}


def test_a_student_cannot_give_themselves_extended_time(school: School, connect_as, raw_client,
                                                        db_url: str) -> None:
    with psycopg.connect(db_url) as conn:
        conn.execute("UPDATE exams SET cat_config = %s WHERE id = %s",
                     (json.dumps({"max_items": 8, "min_items": 8, "time_limit_seconds": 600}),
                      school.exams["quiz_a"]))
    me = school.students["student1"]
    db = connect_as("student1")
    AccommodationService(db).set_my_zoom(1.5)          # the one field a student keeps themselves
    psql = raw_client(db.identity.token)
    for sql in ("UPDATE student_accommodations SET time_factor = 3",
                f"INSERT INTO student_accommodations (student_id, organization_id, time_factor) "
                f"VALUES ({me}, {school.org}, 3)",
                f"DELETE FROM student_accommodations WHERE student_id = {me}"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            psql.execute(sql)
    with pytest.raises(psycopg.DatabaseError, match="not allowed"):
        psql.execute("SELECT public.set_accommodations(%s, 3, 1, false, false, false, false)", (me,))
    psql.execute("SELECT public.set_my_zoom(3)")
    with pytest.raises(psycopg.DatabaseError, match="between 100 and 300"):
        psql.execute("SELECT public.set_my_zoom(30)")
    assert psql.execute("SELECT time_factor, zoom FROM student_accommodations").fetchall() == [(1, 3)]
    # the exam server gives the plain time limit; the time factor an admin sets is what counts
    mine = ExamApi(db).start(school.exams["quiz_a"])
    AccommodationService(connect_as("admin")).set(school.students["student2"], Accommodations(time_factor=1.5))
    theirs = ExamApi(connect_as("student2")).start(school.exams["quiz_a"])
    with psycopg.connect(db_url) as conn:
        limits = dict(conn.execute("SELECT id, deadline_at - started_at FROM exam_sessions WHERE id = ANY(%s)",
                                   ([mine.session_id, theirs.session_id],)).fetchall())
    assert limits[mine.session_id] == timedelta(seconds=600)
    assert limits[theirs.session_id] == timedelta(seconds=900)


def _leaks(conn: psycopg.Connection, needle: str) -> list[str]:
    """Tables of the public schema this connection may read whose visible rows contain ``needle``."""
    tables = [r[0] for r in conn.execute(
        "SELECT quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind = 'r' AND has_table_privilege(c.oid, 'SELECT')").fetchall()]
    found = []
    for t in tables:
        try:
            hit = conn.execute(f"SELECT count(*) FROM {t} x WHERE strpos(x::text, %s) > 0", (needle,)).fetchone()
        except psycopg.errors.InsufficientPrivilege:       # tables with column grants only
            continue
        if hit and hit[0]:
            found.append(t)
    assert len(tables) > 10
    return found


def test_initial_passwords_are_nowhere_to_read_and_only_open_a_password_change(
        school: School, connect_as, raw_client, db_url: str) -> None:
    issued = PeopleService(connect_as("admin")).reset_passwords([school.users["student2"]])
    (_person, password), = issued
    # a classmate, the class teacher and the admin who issued it search every readable table
    for key, role in (("student1", STUDENT_ROLE), ("teacher1", STAFF_ROLE), ("admin", STAFF_ROLE)):
        conn = raw_client(connect_as(key).identity.token, role=role)
        assert _leaks(conn, password) == [], key
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM auth.credentials")
    with psycopg.connect(db_url) as conn:        # not stored in clear anywhere, even for the owner
        for table in ("audit_log", "auth.credentials", "users"):
            assert conn.execute(f"SELECT count(*) FROM {table} x WHERE strpos(x::text, %s) > 0",
                                (password,)).fetchone() == (0,)
    # the password opens a password change only (0026): the token sees no rows (guessing by 학번
    # locks like guessing by email: tests/security/test_number_signin.py)
    identity = AuthService(connect_as(None)).login("S1", password, organization_id=school.org)
    assert identity.must_change_password
    token_only = raw_client(identity.token)
    assert token_only.execute("SELECT count(*) FROM students").fetchone() == (0,)


def test_no_score_or_pretest_oracle_while_the_sitting_runs(school: School, connect_as, raw_client,
                                                           db_url: str) -> None:
    """Fixed by revision 0036: a student read their running session's ``n_correct`` (right or wrong
    at once, for classmates sitting the same exam), and ``n_answered``/θ/SE standing still after
    a pretest item (0030). Now their sitting is readable only once it has ended."""
    with psycopg.connect(db_url) as conn:
        conn.execute("UPDATE items SET status = 'pretest' WHERE id = ANY(%s)", (school.items[20:28],))
        conn.execute("UPDATE exams SET cat_config = %s, show_result = 'correct' WHERE id = %s",
                     (json.dumps({"max_items": 6, "min_items": 6, "pretest_items": 2}), school.exams["quiz_a"]))
    db = connect_as("student1")
    api = ExamApi(db)
    psql = raw_client(db.identity.token)
    state = api.start(school.exams["quiz_a"])
    progress = []
    while (item := api.next_item(state.session_id)) is not None:
        outcome = api.submit(state.session_id, item.seq, item.item_id, 1, 1000, uuid.uuid4())
        progress.append(api.state(state.session_id).answered)
        if outcome.finished:
            break
        # the attack after every answer but the last: the sitting's counts, θ and SE, its attempts
        assert psql.execute("SELECT * FROM exam_sessions").fetchall() == []
        assert psql.execute("SELECT id FROM attempts").fetchall() == []
    # the exam API's progress counts every item shown, pretest or not (nothing to tell them apart)
    assert progress == list(range(1, 9))
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM attempts WHERE exam_session_id = %s AND pretest",
                            (state.session_id,)).fetchone() == (2,)
    result = api.finish(state.session_id)
    # legitimate: once it has ended the student reads their sitting (what the exam shows) and
    # "My results" lists it; the teacher read it all along
    assert psql.execute("SELECT id, n_answered FROM exam_sessions").fetchall() == [(state.session_id, 6)]
    [mine] = api.my_results()
    assert (mine.session_id, mine.answered, mine.n_correct) == (state.session_id, 6, result.n_correct)
    teacher = raw_client(connect_as("teacher1").identity.token, role=STAFF_ROLE)
    assert teacher.execute("SELECT count(*) FROM exam_sessions WHERE id = %s", (state.session_id,)).fetchone() == (1,)


CLEAN_SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" '
             b'height="30"><defs><circle id="c" r="5"/></defs><use xlink:href="#c" x="10" y="10"/>'
             b'<text x="1" y="20">one = 1</text></svg>')


@pytest.mark.parametrize(("media", "data", "size", "message"), [
    ("image/png", b"GIF89a" + b"\0" * 40, (40, 30), "must be PNG"),              # not a PNG at all
    ("image/png", None, (4000, 4000), "must be PNG"),                               # a real PNG, size lied about
    ("image/jpeg", b"<svg><script>alert(1)</script></svg>", (10, 10), "must be PNG"),
    ("image/svg+xml", b"\xff\xfe not utf-8", (10, 10), "must be PNG"),
    ("image/svg+xml", b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg width="1" height="1">&a;</svg>',
     (1, 1), "must be PNG"),
    ("image/svg+xml", b'<svg width="9" height="9"><script>fetch("http://x")</script></svg>', (9, 9), "scripts"),
    ("image/svg+xml", b'<svg width="9" height="9"><foreignObject><iframe/></foreignObject></svg>', (9, 9), "scripts"),
    ("image/svg+xml", b'<svg width="9" height="9"><rect onload="x()" width="1" height="1"/></svg>', (9, 9), "scripts"),
    ("image/svg+xml", b'<svg xmlns:xlink="http://www.w3.org/1999/xlink" width="9" height="9">'
                      b'<image xlink:href="file:///etc/passwd" width="9" height="9"/></svg>', (9, 9), "outside files"),
    ("image/svg+xml", b"<svg width='9' height='9'><image href='http://evil.example/t.png'/></svg>", (9, 9),
     "outside files"),
])
def test_pictures_from_psql_are_checked_by_the_server(school: School, connect_as, raw_client, db_url: str,
                                                      media: str, data: bytes | None, size: tuple[int, int],
                                                      message: str) -> None:
    """Fixed by revision 0041: the server stored any bytes a teacher or admin sent with the media
    type and size they claimed (the editor's check ran on the staff PC only), for every lab PC
    that shows the item (and every school, for a shared item)."""
    from tests.security.test_item_content import png

    teacher = raw_client(connect_as("teacher1").identity.token, role=STAFF_ROLE)
    with pytest.raises(psycopg.DatabaseError, match=message):
        teacher.execute("SELECT public.item_asset_add(%s, %s, %s, %s)",
                        (media, png(40, 30) if data is None else data, *size))
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM item_assets").fetchone() == (0,)
    # legitimate: the editor's pictures, and the same bytes sent straight with their true size
    from dreamseed_desktop.services.items.authoring import ItemAuthoring
    authoring = ItemAuthoring(connect_as("teacher1"))
    first = authoring.add_image(png(40, 30))
    assert authoring.add_image(CLEAN_SVG) != first
    assert teacher.execute("SELECT public.item_asset_add('image/png', %s, 41, 31)", (png(41, 31),)).fetchone()[0]
