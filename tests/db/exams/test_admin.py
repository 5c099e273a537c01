"""Exam administration service against the embedded database (owner connection)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from dreamseed_desktop.cat.config import CatConfig
from dreamseed_desktop.db.audit import AuditEntry
from dreamseed_desktop.db.exams import Attempt, ExamSession
from dreamseed_desktop.services.core import passwords
from dreamseed_desktop.services.core.errors import Conflict, ValidationError
from dreamseed_desktop.services.exams.admin import (
    EXAM_TEMPLATES,
    ExamAdminService,
    ExamDraft,
    hash_quit_password,
    validate_draft,
    verify_quit_password,
)
from dreamseed_desktop.services.exams.results import ExamResultsService
from tests.fixtures.school import seed_school


def draft(class_id: int, **kw: object) -> ExamDraft:
    base = ExamDraft.from_template("quick", class_id=class_id, title="단원평가 1", subject="math")
    return base.__class__(**{**base.__dict__, **kw})  # type: ignore[arg-type]


def test_quit_password_hash_round_trip() -> None:
    h = hash_quit_password("proctor-42")
    assert h.startswith("pbkdf2_sha256$") and "proctor-42" not in h
    assert verify_quit_password("proctor-42", h)
    assert not verify_quit_password("proctor-43", h)
    assert not verify_quit_password("x", "garbage")
    assert hash_quit_password("proctor-42") != h          # salted
    with pytest.raises(ValidationError):
        hash_quit_password("abc")


@pytest.mark.parametrize(("changes", "field"), [
    ({"title": "  "}, "title"),
    ({"subject": ""}, "subject"),
    ({"resume_days": 31}, "resume_days"),
    ({"show_result": "grade"}, "show_result"),
    ({"cat_config": CatConfig(min_items=0, max_items=5)}, "min_items"),
    ({"cat_config": CatConfig(max_items=500)}, "max_items"),
    ({"cat_config": CatConfig(time_limit_seconds=10)}, "time_limit"),
    ({"cat_config": CatConfig(se_target=0.01)}, "se_target"),
    ({"cat_config": CatConfig(estimator="mle")}, "estimator"),
    ({"cat_config": CatConfig(estimator="wle")}, "estimator"),
    ({"cat_config": CatConfig(start_selection="kl")}, "start_selection"),
    ({"opens_at": datetime(2026, 1, 2, tzinfo=UTC),
      "closes_at": datetime(2026, 1, 1, tzinfo=UTC)}, "closes_at"),
])
def test_validation_names_the_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_draft(draft(1, **changes))
    assert err.value.field == field


def test_templates_are_valid() -> None:
    for name in EXAM_TEMPLATES:
        validate_draft(ExamDraft.from_template(name, class_id=1, title="t", subject="math"))


def test_pool_too_small_is_refused(db_url, owner_db) -> None:
    school = seed_school(db_url, bank_size=10)
    svc = ExamAdminService(owner_db)
    assert svc.pool_size("math") == 10
    assert svc.pool_size("math", grades=(7,)) == 0 and svc.pool_size("math", grades=(8,)) == 10
    assert svc.pool_size("math", strands=("algebra",)) == 5
    with pytest.raises(ValidationError) as err:
        svc.create_exam(draft(school.classes["8A"]))      # quick template: max 15 items
    assert err.value.field == "max_items"


def test_create_list_update_close(db_url, owner_db, connect_as) -> None:
    school = seed_school(db_url)
    class_id = school.classes["8A"]
    svc = ExamAdminService(connect_as("admin"))    # the quit password is set as a signed-in proctor
    assert sorted((c.name, c.n_students) for c in svc.classes()) == [("8A", 2), ("8B", 1)]
    assert svc.subjects() == ["math"] and svc.strands("math") == ["algebra", "geometry"]
    opens = datetime(2026, 11, 25, 9, tzinfo=UTC)
    exam = svc.create_exam(draft(class_id, grades=(8,), opens_at=opens,
                                 closes_at=opens + timedelta(hours=2), quit_password="proctor-42",
                                 show_result="theta"))
    assert exam.class_name == "8A" and exam.item_filter == {"grades": [8]}
    assert exam.cat_config == EXAM_TEMPLATES["quick"][1] and exam.has_quit_password
    with owner_db.session() as s:      # salt + sha256(argon2id proof): checked by the server
        salt, verifier = s.execute(text("SELECT quit_salt, quit_verifier FROM exam_kiosk_settings "
                                        "WHERE exam_id = :e"), {"e": exam.id}).one()
    assert verifier == passwords.stored_hash(passwords.proof("proctor-42", salt))
    listed = svc.list_exams(class_id)
    assert [e.id for e in listed] == [exam.id, school.exams["quiz_a"]]      # newest first
    changed = svc.update_exam(exam.id, draft(class_id, title="단원평가 1 (재시험)",
                                             grades=(8,), show_result="correct"), exam.version)
    assert changed.version == exam.version + 1 and changed.show_result == "correct"
    assert changed.has_quit_password                       # None keeps the password
    with pytest.raises(Conflict):
        svc.update_exam(exam.id, draft(class_id), exam.version)
    closed = svc.close_exam(exam.id, changed.version)
    assert not closed.is_open
    with owner_db.session() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.object_type == "exam")
                                 .order_by(AuditEntry.id)))
    assert actions == ["exam.kiosk_quit_password_set", "exam.create", "exam.update", "exam.close"]


def test_design_frozen_once_started_and_results(db_url, owner_db) -> None:
    school = seed_school(db_url)
    class_id, student = school.classes["8A"], school.students["student1"]
    svc = ExamAdminService(owner_db)
    exam = svc.create_exam(draft(class_id))
    with owner_db.session() as s:
        sess = ExamSession(student_id=student, class_id=class_id,
                           exam_id=exam.id, status="completed", theta=0.4,
                           standard_error=0.31, duration_sec=420,
                           meta={"cat_config": exam.cat_config.to_dict()})
        s.add(sess)
        s.flush()
        for seq, (item_id, ok) in enumerate(zip(school.items[:3], (True, False, True)), start=1):
            s.add(Attempt(student_id=student, exam_session_id=sess.id,
                          item_id=item_id, seq=seq, correct=ok, selected_choice=2 if ok else 1,
                          response_time_ms=4000 + seq, theta_after=0.1 * seq, se_after=1 / seq))
        sid = sess.id
    with pytest.raises(ValidationError):
        svc.update_exam(exam.id, draft(class_id, cat_config=CatConfig(max_items=20)),
                        exam.version)
    same_design = svc.update_exam(exam.id, draft(class_id, title="renamed"), exam.version)
    assert same_design.title == "renamed" and same_design.n_sessions == 1
    rows = ExamResultsService(owner_db).results(exam.id)
    assert len(rows) == 2                                  # student1 and student2 of 8A
    done = [r for r in rows if r.session_id == sid]
    assert done[0].length == 3 and done[0].theta == 0.4 and done[0].duration_sec == 420
    assert sorted(r.status for r in rows) == ["completed", "not_started"]
    record = ExamResultsService(owner_db).session_record(sid)
    assert [i.seq for i in record.items] == [1, 2, 3]
    assert [i.correct for i in record.items] == [True, False, True]
    assert record.items[0].item_code == "math-7-0" and record.settings["cat_config"]["max_items"] == 15


def test_lab_quit_password_goes_to_the_settings_file(tmp_path) -> None:
    from dreamseed_desktop.config.settings import load_settings
    from dreamseed_desktop.services.exams.admin import QUIT_HASH_SETTING, set_lab_quit_password

    path = tmp_path / "settings.json"
    set_lab_quit_password("lab-proctor-1", path)
    stored = load_settings(path).extra[QUIT_HASH_SETTING]
    assert verify_quit_password("lab-proctor-1", stored)
    set_lab_quit_password(None, path)
    assert QUIT_HASH_SETTING not in load_settings(path).extra
