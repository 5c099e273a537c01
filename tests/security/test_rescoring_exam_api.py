"""Corrections on sessions run by the server-side exam API: refused while running, re-scored
after the end with the session's stored design and the API's score rule."""
from __future__ import annotations

import math
import uuid

import numpy as np
import psycopg
import pytest

from dreamseed_desktop.cat.estimation import eap
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.exams.attempts import AttemptService
from dreamseed_desktop.services.exams.records import InvalidSessionState
from dreamseed_desktop.services.exams.rescoring import session_config
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
    with pytest.raises(InvalidSessionState):
        teacher.correct(first[0], correct=not first[1])
    _answer(api, state.session_id, 5)
    api.finish(state.session_id)

    teacher.correct(first[0], correct=not first[1], reason="key was wrong")
    with psycopg.connect(db_url) as conn:
        rows = conn.execute("SELECT a.correct, i.a, i.b, i.c FROM attempts a JOIN items i ON i.id = a.item_id "
                            "WHERE a.exam_session_id = %s ORDER BY a.seq", (state.session_id,)).fetchall()
        theta, se, score, meta = conn.execute(
            "SELECT theta, standard_error, score, meta FROM exam_sessions WHERE id = %s",
            (state.session_id,)).fetchone()
    config = session_config(meta)
    u, a, b, c = (np.array(col, dtype=float) for col in zip(*rows))
    expect_theta, expect_se = eap(u, a, b, c, config.grid)
    assert math.isclose(theta, expect_theta, abs_tol=1e-9) and math.isclose(se, expect_se, abs_tol=1e-9)
    z = (expect_theta - config.prior_mean) / config.prior_sd
    assert score == round(100 * 0.5 * (1 + math.erf(z / math.sqrt(2))), 1)
    with psycopg.connect(db_url) as conn:      # written through the client role, read as owner
        details = conn.execute("SELECT details FROM audit_log WHERE action = 'attempt.correct'").fetchone()[0]
    assert details["rescored"]["new"]["theta"] == theta
