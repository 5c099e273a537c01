"""Staff corrections of an answer's right/wrong go through the server (exam.correct_answer):
refused while the session runs, for students and for another class's teacher; re-scored after
the end with the session's stored design; audited with old, new and the reason."""
from __future__ import annotations

import math
import uuid

import numpy as np
import psycopg
import pytest

from dreamseed_desktop.cat.config import CatConfig
from dreamseed_desktop.cat.estimation import eap
from dreamseed_desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.exams.attempts import AttemptService
from tests.fixtures.school import School


def _answer(api: ExamApi, session_id: int, n: int) -> None:
    for k in range(n):
        item = api.next_item(session_id)
        assert item is not None
        api.submit(session_id, item.seq, item.item_id, 1 + k % 4, 1500, uuid.uuid4())


def test_exam_api_session_correction(school: School, connect_as, db_url: str) -> None:
    api = ExamApi(connect_as("student1"))
    state = api.start(school.exams["quiz_a"])
    _answer(api, state.session_id, 3)
    with psycopg.connect(db_url) as conn:
        first = conn.execute("SELECT id, correct FROM attempts WHERE exam_session_id = %s ORDER BY seq",
                             (state.session_id,)).fetchone()
    teacher = AttemptService(connect_as("teacher1"))
    with pytest.raises(Conflict, match="still running"):
        teacher.correct(first[0], correct=not first[1], reason="key was wrong")
    _answer(api, state.session_id, 5)
    api.finish(state.session_id)
    with pytest.raises(ValidationError, match="reason"):
        teacher.correct(first[0], correct=not first[1], reason="  ")
    # another class's teacher and the student cannot (and learn nothing about the answer)
    with pytest.raises(NotFound):
        AttemptService(connect_as("teacher2")).correct(first[0], correct=not first[1], reason="x")
    with pytest.raises(PermissionDenied):
        AttemptService(connect_as("student1")).correct(first[0], correct=not first[1], reason="x")
    with pytest.raises(ValidationError, match="already marked"):
        teacher.correct(first[0], correct=first[1], reason="no change")

    out = teacher.correct(first[0], correct=not first[1], reason="key was wrong")
    with psycopg.connect(db_url) as conn:
        rows = conn.execute("SELECT a.correct, i.a, i.b, i.c FROM attempts a JOIN items i ON i.id = a.item_id "
                            "WHERE a.exam_session_id = %s ORDER BY a.seq", (state.session_id,)).fetchall()
        theta, se, n_correct, n_answered, meta = conn.execute(
            "SELECT theta, standard_error, n_correct, n_answered, meta FROM exam_sessions WHERE id = %s",
            (state.session_id,)).fetchone()
        details = conn.execute("SELECT details FROM audit_log WHERE action = 'attempt.correct'").fetchone()[0]
    config = CatConfig.from_dict(meta["cat_config"])
    u, a, b, c = (np.array(col, dtype=float) for col in zip(*rows))
    expect_theta, expect_se = eap(u, a, b, c, config.grid)
    assert math.isclose(theta, expect_theta, abs_tol=1e-6) and math.isclose(se, expect_se, abs_tol=1e-6)
    assert (n_correct, n_answered) == (int(u.sum()), 8)        # the stored counts follow the correction
    assert out["new"]["theta"] == theta and out["old"]["correct"] is first[1]
    assert details["reason"] == "key was wrong"
    assert details["old"]["correct"] is first[1] and details["new"]["correct"] is (not first[1])
    assert details["new"]["theta"] == theta and details["old"]["theta"] != theta
