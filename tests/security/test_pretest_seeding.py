"""Pretest seeding (issue 18): unscored items in state 'pretest' at random positions of a real
exam through the exam API; θ, SE and the stopping rule as without them; nothing tells the
student which items they were; the numpy engine does exactly the same; calibration with the
operational items as fixed anchors uses the collected answers."""
from __future__ import annotations

import json
import uuid

import numpy as np
import psycopg
import pytest

from dreamseed_desktop.cat.bank import ItemBank
from dreamseed_desktop.cat.config import CatConfig
from dreamseed_desktop.cat.session import CatSession, plan_pretest
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.psychometrics.dto import CalibrationRequest
from dreamseed_desktop.services.psychometrics.service import PsychometricsService
from tests.fixtures.school import PASSWORD, School, add_user, email, seed_school

CONFIG = {"max_items": 12, "min_items": 6, "se_target": 0.45}


def _right(item_id: int) -> bool:
    """The simulated student's answer: a fixed function of the item."""
    return item_id % 3 != 0


def _keys(db_url: str) -> dict[int, int]:
    with psycopg.connect(db_url) as conn:
        return dict(conn.execute("SELECT item_id, correct_choice FROM item_keys").fetchall())


def _take(api: ExamApi, exam_id: int, keys: dict[int, int]) -> tuple[int, list[tuple], list]:
    """Take the exam answering by :func:`_right`; (session, payloads seen, states seen)."""
    state = api.start(exam_id)
    payloads, states = [], [state]
    while (item := api.next_item(state.session_id)) is not None:
        payloads.append((type(item).__name__, tuple(sorted(vars(item))), item.seq, len(item.choices),
                         item.item_id))
        key = keys[item.item_id]
        api.submit(state.session_id, item.seq, item.item_id, key if _right(item.item_id) else 1 + key % 4,
                   1200, uuid.uuid4())
        states.append(api.state(state.session_id))
    api.finish(state.session_id)
    return state.session_id, payloads, states


def _school(db_url: str, *, extra_students: int = 0) -> tuple[School, list[int], int]:
    """The suite's school; 8 of its 60 items put in state 'pretest'; quiz_a with 2 pretest items
    and a twin exam 'plain' (same design, none); ``extra_students`` more students in 8A."""
    sch = seed_school(db_url, bank_size=60, cat_config=json.dumps(CONFIG))
    with psycopg.connect(db_url) as conn:
        pretest = [r[0] for r in conn.execute(
            "UPDATE items SET status = 'pretest' WHERE id IN (SELECT id FROM items ORDER BY id LIMIT 8 OFFSET 20) "
            "RETURNING id").fetchall()]
        conn.execute("UPDATE exams SET cat_config = %s WHERE id = %s",
                     (json.dumps({**CONFIG, "pretest_items": 2}), sch.exams["quiz_a"]))
        plain = conn.execute("INSERT INTO exams (class_id, title, subject, cat_config, show_result) "
                             "VALUES (%s, 'plain', 'math', %s, 'correct') RETURNING id",
                             (sch.classes["8A"], json.dumps(CONFIG))).fetchone()[0]
        for k in range(extra_students):
            uid = add_user(conn, email(f"extra{k}"), "student", f"Extra{k}", sch.org)
            sid = conn.execute("INSERT INTO students (user_id, organization_id, grade, student_number) "
                               "VALUES (%s, %s, 2, %s) RETURNING id", (uid, sch.org, f"X{k}")).fetchone()[0]
            conn.execute("INSERT INTO student_classroom (student_id, class_id) VALUES (%s, %s)",
                         (sid, sch.classes["8A"]))
        conn.commit()
    return sch, pretest, plain


def _attempts(db_url: str, session: int) -> list[tuple]:
    with psycopg.connect(db_url) as conn:
        return conn.execute("SELECT seq, item_id, correct, pretest, theta_after, se_after FROM attempts "
                            "WHERE exam_session_id = %s ORDER BY seq", (session,)).fetchall()


def test_pretest_items_change_nothing_the_student_or_the_score_can_tell(db_url, connect_as, raw_client) -> None:
    sch, pretest, plain = _school(db_url)
    keys = _keys(db_url)
    with_pre, payloads, states = _take(ExamApi(connect_as("student1")), sch.exams["quiz_a"], keys)
    without, plain_payloads, _ = _take(ExamApi(connect_as("student2")), plain, keys)
    a, b = _attempts(db_url, with_pre), _attempts(db_url, without)
    pre = [r for r in a if r[3]]
    scored = [r for r in a if not r[3]]
    assert len(pre) == 2 and {r[1] for r in pre} <= set(pretest)
    with psycopg.connect(db_url) as conn:
        positions, given = conn.execute("SELECT pretest_positions, pretest_given FROM exam.session_state "
                                        "WHERE session_id = %s", (with_pre,)).fetchone()
        (s1, n1, k1), (s2, n2, k2) = (conn.execute(
            "SELECT theta, standard_error, n_answered FROM exam_sessions WHERE id = %s", (s,)).fetchone()
            for s in (with_pre, without))
        stops = conn.execute("SELECT stop_reason FROM exam_sessions WHERE id = ANY(%s) ORDER BY id",
                             ([with_pre, without],)).fetchall()
    assert [r[0] for r in pre] == positions and given == 2
    assert max(positions) <= CONFIG["min_items"] + 2
    # the same scored items, answers, θ and SE after each, stop rule and final score as the twin
    # exam without pretest items (exactly: pretest answers never reach the estimator)
    assert [r[1:3] for r in scored] == [r[1:3] for r in b]
    assert [r[4:] for r in scored] == [r[4:] for r in b]
    assert (s1, n1, k1) == (s2, n2, k2) and stops[0] == stops[1]
    # a pretest answer carries the θ/SE before it (unchanged)
    for r in pre:
        before = [x for x in a if x[0] < r[0]]
        assert r[4:] == (before[-1][4:] if before else r[4:])
    # the student cannot tell: every item comes in the same shape, the progress counts them all,
    # and neither the flag nor the positions are readable
    assert {p[:2] for p in payloads} == {p[:2] for p in plain_payloads}
    assert [p[2] for p in payloads] == list(range(1, len(payloads) + 1))
    assert states[0].max_items == CONFIG["max_items"] + 2 and states[0].min_items == CONFIG["min_items"] + 2
    assert [s.answered for s in states[1:]] == list(range(1, len(payloads) + 1))
    student = raw_client(connect_as("student1").identity.token)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        student.execute("SELECT pretest FROM attempts")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        student.execute("SELECT pretest_positions FROM exam.session_state")

    # the numpy engine, given the server's positions and pretest items, gives the same items and
    # the same θ/SE after every answer
    with psycopg.connect(db_url) as conn:
        bank_rows = conn.execute("SELECT id, a, b, c FROM items WHERE status = 'active' ORDER BY id").fetchall()
        meta = conn.execute("SELECT meta FROM exam_sessions WHERE id = %s", (with_pre,)).fetchone()[0]
    bank = ItemBank.from_records([{"item_id": str(i), "a": x, "b": y, "c": z} for i, x, y, z in bank_rows])
    session = CatSession(bank, CatConfig.from_dict(meta["cat_config"]),
                         pretest_items=[str(r[1]) for r in pre], pretest_positions=positions)
    steps = []
    while (iid := session.next_item()) is not None:
        session.record_answer(iid, _right(int(iid)))
        steps.append((int(iid), session.theta, session.se))
    assert [s[0] for s in steps] == [r[1] for r in a]
    np.testing.assert_allclose([s[1:] for s in steps], [r[4:] for r in a], rtol=0, atol=1e-6)
    assert session.stop_reason == stops[0][0]
    assert [(p, int(i), u) for p, i, u in session.pretest_responses] == [(r[0], r[1], int(r[2])) for r in pre]


@pytest.mark.slow
def test_pretest_positions_vary_and_staff_see_the_counts(db_url, connect_as) -> None:
    sch, pretest, _ = _school(db_url, extra_students=8)
    keys = _keys(db_url)
    sessions = []
    for key in ["student1", "student2"] + [f"extra{k}" for k in range(8)]:
        sessions.append(_take(ExamApi(connect_as(key, PASSWORD)), sch.exams["quiz_a"], keys)[0])
    with psycopg.connect(db_url) as conn:
        rows = conn.execute("SELECT pretest_positions FROM exam.session_state WHERE session_id = ANY(%s)",
                            (sessions,)).fetchall()
        per_item = dict(conn.execute("SELECT item_id, count(*) FROM attempts WHERE pretest GROUP BY 1").fetchall())
    positions = [tuple(r[0]) for r in rows]
    assert all(len(p) == 2 and 1 <= p[0] < p[1] <= CONFIG["min_items"] + 2 for p in positions)
    assert len(set(positions)) >= 4                       # 10 sittings, 28 possible pairs
    assert len({q for p in positions for q in p}) >= 5     # positions across the first 8
    assert set(per_item) <= set(pretest) and sum(per_item.values()) == 20
    # staff see the pretest answers per item (students cannot read the flag)
    psy = PsychometricsService(connect_as("admin"))
    analysis = psy.item_analysis("math")
    shown = {r.item_id: r.n_pretest for r in analysis.rows if r.n_pretest}
    assert shown == per_item
    # a fixed-anchor calibration (no item chosen by hand) takes the pretest items as its new
    # items and their collected answers; the active items stay anchors with their parameters
    run = psy.calibrate(CalibrationRequest(subject="math", model="2PL", method="anchors", min_responses=1))
    by_id = {r.item_id: r for r in run.items}
    assert {i for i in per_item} <= {i for i, r in by_id.items() if not r.anchor}
    assert all(by_id[i].n_responses == n for i, n in per_item.items())
    # two or three answers each, and this test's students answer an item always the same way:
    # each is estimated or left out with the reason (all right / all wrong), never an anchor
    assert all(by_id[i].new_b is not None or by_id[i].note.startswith("every answer") for i in per_item)
    anchors = [r for r in run.items if r.anchor and r.n_responses]
    assert anchors and all(r.new_b == pytest.approx(r.old_b, abs=1e-9) for r in anchors if not r.released)


def test_numpy_pretest_plan_and_theta_unchanged() -> None:
    rng = np.random.default_rng(5)
    seen = set()
    for _ in range(200):
        pos, items = plan_pretest(3, 6, [f"P{k}" for k in range(10)], rng)
        assert len(pos) == 3 == len(set(items)) and all(1 <= p <= 9 for p in pos)
        seen.update(pos)
    assert seen == set(range(1, 10))
    assert plan_pretest(3, 6, ["P1"], rng)[1] == ("P1",)
    assert plan_pretest(0, 6, ["P1"], rng) == ((), ())
    # θ, SE and the stop reason after the same scored answers, with and without pretest items
    gen = np.random.default_rng(9)
    bank = ItemBank.from_records([{"item_id": f"I{k}", "a": float(gen.uniform(0.7, 2)),
                                   "b": float(gen.normal()), "c": 0.1} for k in range(80)])
    config = CatConfig(min_items=5, max_items=15, se_target=0.4, pretest_items=2)
    outcomes = []
    for pre in ((), ("P1", "P2")):
        session = CatSession(bank, config, pretest_items=pre, pretest_positions=(2, 6) if pre else ())
        trace = []
        while (iid := session.next_item()) is not None:
            session.record_answer(iid, hash(iid) % 2 == 0 if iid.startswith("P") else int(iid[1:]) % 3 != 0)
            if not iid.startswith("P"):
                trace.append((iid, session.theta, session.se))
        outcomes.append((trace, session.stop_reason, session.sequence))
    assert outcomes[0][:2] == outcomes[1][:2]
    assert outcomes[1][2][1] == "P1" and outcomes[1][2][5] == "P2"
