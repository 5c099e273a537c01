"""The exam's kiosk quit password is checked by the server: no hash for students, guesses limited
and audited, a wrong guess cannot be rolled back; the proctor's right password still works."""
from __future__ import annotations

import psycopg
import pytest

from dreamseed_desktop.services.core import passwords
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.exams.admin import (
    ExamAdminService,
    ExamDraft,
    validate_draft,
)
from dreamseed_desktop.services.exams.api import ExamApi
from tests.fixtures.school import School

QUIT = "proctor-2026"
_CALL = "CALL exam.kiosk_quit(%s, %s, %s, NULL, NULL)"


def _owner(db_url: str, sql: str, params: tuple = ()) -> list[tuple]:
    with psycopg.connect(db_url) as conn:
        cur = conn.execute(sql, params)
        return cur.fetchall() if cur.description else []


@pytest.fixture
def kiosk_exam(school: School, connect_as) -> int:
    """quiz_a with a quit password set by its teacher through the app."""
    admin = ExamAdminService(connect_as("teacher1"))
    exam = admin.get_exam(school.exams["quiz_a"])
    draft = ExamDraft(class_id=exam.class_id, title=exam.title, subject=exam.subject,
                      cat_config=exam.cat_config, quit_password=QUIT)
    assert admin.update_exam(exam.id, draft, exam.version).has_quit_password
    return exam.id


@pytest.mark.slow
def test_students_never_receive_the_hash(kiosk_exam: int, connect_as, raw_client, db_url: str) -> None:
    student = connect_as("student1")
    conn = raw_client(student.identity.token)
    for sql in ("SELECT quit_verifier FROM exam_kiosk_settings", "SELECT quit_salt FROM exam_kiosk_settings",
                "SELECT * FROM exam_kiosk_settings", "SELECT * FROM exam.kiosk_quit_failures"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(sql)
    assert conn.execute("SELECT count(*) FROM exam_kiosk_settings").fetchone() == (0,)
    assert _owner(db_url, "SELECT to_regprocedure('public.exam_kiosk_quit_hash(integer)')") == [(None,)]
    # staff see only whether one is set
    teacher = raw_client(connect_as("teacher1").identity.token)
    assert teacher.execute("SELECT exam_id, has_password FROM exam_kiosk_settings").fetchall() == \
        [(kiosk_exam, True)]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        teacher.execute("SELECT quit_verifier FROM exam_kiosk_settings")
    # what is stored is sha256(argon2id proof): the plain password is never sent or stored
    salt, verifier = _owner(db_url, "SELECT quit_salt, quit_verifier FROM exam_kiosk_settings")[0]
    assert verifier == passwords.stored_hash(passwords.proof(QUIT, salt))


@pytest.mark.slow
def test_guesses_are_limited_audited_and_cannot_be_rolled_back(kiosk_exam: int, connect_as, raw_client,
                                                                db_url: str) -> None:
    student = connect_as("student1")
    token = student.identity.token
    conn = raw_client(token)
    salt = conn.execute("SELECT exam.kiosk_quit_salt(%s, %s)", (token, kiosk_exam)).fetchone()[0]
    right = passwords.proof(QUIT, salt)
    # a guess inside a transaction (to roll the counter back afterwards) is refused outright
    with pytest.raises(psycopg.errors.InvalidTransactionTermination):
        with conn.transaction():
            conn.execute(_CALL, (token, kiosk_exam, passwords.proof("guess-0000", salt)))
    with pytest.raises(psycopg.Error) as err:
        conn.execute("SELECT exam.act_kiosk_check(%s, %s)", (kiosk_exam, right))
    assert err.value.sqlstate == "DS428"
    for k in range(5):
        assert conn.execute(_CALL, (token, kiosk_exam, passwords.proof(f"guess-{k:04}", salt))).fetchone() == \
            (False, 0)
    # locked: even the right password is not checked until the window has passed
    granted, retry = conn.execute(_CALL, (token, kiosk_exam, right)).fetchone()
    assert not granted and 0 < retry <= 600
    actions = [r[0] for r in _owner(db_url, "SELECT action FROM audit_log WHERE action LIKE 'kiosk.%%' "
                                            "AND actor_user_id = %s ORDER BY id", (student.identity.user_id,))]
    assert actions == ["kiosk.quit_refused"] * 5 + ["kiosk.quit_locked"]
    # the limit is per student: a classmate's PC is not locked by this one
    assert ExamApi(connect_as("student2")).kiosk_quit(kiosk_exam, QUIT).granted
    # legitimate path: after the window, the proctor's password lets the student out
    _owner(db_url, "UPDATE exam.kiosk_quit_failures SET window_start = now() - interval '11 minutes'")
    out = ExamApi(student).kiosk_quit(kiosk_exam, QUIT)
    assert out.granted and out.retry_after_sec == 0
    assert _owner(db_url, "SELECT action FROM audit_log WHERE action LIKE 'kiosk.%%' ORDER BY id DESC LIMIT 1") \
        == [("kiosk.quit_granted",)]


def test_no_password_set_means_the_server_grants_nothing(school: School, connect_as) -> None:
    api = ExamApi(connect_as("student1"))
    assert not api.kiosk_quit(school.exams["quiz_a"], "anything-at-all").granted


def test_quit_password_needs_eight_characters(school: School, connect_as) -> None:
    admin = ExamAdminService(connect_as("teacher1"))
    exam = admin.get_exam(school.exams["quiz_a"])
    short = ExamDraft(class_id=exam.class_id, title=exam.title, subject=exam.subject,
                      cat_config=exam.cat_config, quit_password="seven77")
    with pytest.raises(ValidationError) as err:
        validate_draft(short)
    assert err.value.field == "quit_password" and "8 characters" in err.value.message
    with pytest.raises(ValidationError):
        admin.update_exam(exam.id, short, exam.version)
    assert not admin.get_exam(exam.id).has_quit_password
    ok = ExamDraft(class_id=exam.class_id, title=exam.title, subject=exam.subject,
                   cat_config=exam.cat_config, quit_password="eight888")
    assert admin.update_exam(exam.id, ok, exam.version).has_quit_password


@pytest.mark.slow
def test_cancelled_guesses_still_count(kiosk_exam: int, connect_as, raw_client, db_url: str) -> None:
    """Cancel each check after it started (to guess on without being counted): every one counts."""
    student = connect_as("student1")
    token = student.identity.token
    conn = raw_client(token)
    salt = conn.execute("SELECT exam.kiosk_quit_salt(%s, %s)", (token, kiosk_exam)).fetchone()[0]
    with psycopg.connect(db_url) as blocker:             # the check waits for this row
        blocker.execute("SELECT 1 FROM exam_kiosk_settings WHERE exam_id = %s FOR UPDATE", (kiosk_exam,))
        conn.execute("SET statement_timeout = '700ms'")
        for k in range(5):
            with pytest.raises(psycopg.errors.QueryCanceled):
                conn.execute(_CALL, (token, kiosk_exam, passwords.proof(f"guess-{k:04}", salt)))
        conn.execute("SET statement_timeout = 0")
        blocker.rollback()
    assert _owner(db_url, "SELECT failures FROM exam.kiosk_quit_failures") == [(5,)]
    granted, retry = conn.execute(_CALL, (token, kiosk_exam, passwords.proof(QUIT, salt))).fetchone()
    assert not granted and retry > 0
    # legitimate path: a classmate's PC with the right password
    assert ExamApi(connect_as("student2")).kiosk_quit(kiosk_exam, QUIT).granted
