"""The server CAT (PL/pgSQL) matches the numpy engine: same theta/SE and the same items."""
from __future__ import annotations

import json
import uuid

import numpy as np
import psycopg
import pytest
from sqlalchemy import text

from dreamseed_desktop.cat.bank import ItemBank
from dreamseed_desktop.cat.config import CatConfig
from dreamseed_desktop.cat.estimation import QuadratureGrid, eap
from dreamseed_desktop.cat.session import CatSession
from dreamseed_desktop.services.core.errors import PermissionDenied
from dreamseed_desktop.services.exams.api import ExamApi
from tests.fixtures.school import seed_school


def test_default_config_matches_catconfig(db_url: str) -> None:
    with psycopg.connect(db_url) as conn:
        server = conn.execute("SELECT exam.default_config()").fetchone()[0]
    assert server == CatConfig().to_dict()


@pytest.mark.parametrize("lo,hi,n,mu,sd", [(-4, 4, 81, 0, 1), (-5, 5, 61, 0.5, 1.3)])
def test_server_eap_equals_numpy(db_url: str, lo: float, hi: float, n: int, mu: float, sd: float) -> None:
    rng = np.random.default_rng(3)
    k = 40
    a, b, c = rng.uniform(0.4, 2.5, k), rng.normal(0, 1.5, k), rng.uniform(0, 0.3, k)
    u = rng.integers(0, 2, k)
    grid = QuadratureGrid(lo, hi, n, mu, sd)
    with psycopg.connect(db_url) as conn:
        g = conn.execute("SELECT exam.grid_points(%s, %s, %s)", (lo, hi, n)).fetchone()[0]
        lp = conn.execute("SELECT exam.log_prior(%s, %s, %s)", (g, mu, sd)).fetchone()[0]
        np.testing.assert_allclose(g, grid.points, rtol=0, atol=1e-12)
        _, th, se = conn.execute("SELECT * FROM exam.eap_update(%s, %s, 1, 0, 0, NULL)", (g, lp)).fetchone()
        ref = eap([], [], [], [], grid)
        assert abs(th - ref[0]) < 1e-9 and abs(se - ref[1]) < 1e-9
        for m in range(k):   # one item at a time, as submit does
            lp, th, se = conn.execute("SELECT * FROM exam.eap_update(%s, %s, %s, %s, %s, %s)",
                                      (g, lp, a[m], b[m], c[m], bool(u[m]))).fetchone()
            ref = eap(u[:m + 1], a[:m + 1], b[:m + 1], c[:m + 1], grid)
            assert abs(th - ref[0]) < 1e-9 and abs(se - ref[1]) < 1e-9


def _bank_from_db(db_url: str) -> tuple[ItemBank, dict[int, int]]:
    with psycopg.connect(db_url) as conn:
        rows = conn.execute("SELECT i.id, i.a, i.b, i.c, i.strand, k.correct_choice FROM items i "
                            "JOIN item_keys k ON k.item_id = i.id WHERE i.status = 'active' ORDER BY i.id").fetchall()
    bank = ItemBank.from_records({"item_id": str(r[0]), "a": r[1], "b": r[2], "c": r[3], "strand": r[4]}
                                 for r in rows)
    return bank, {r[0]: r[5] for r in rows}


CASES = {
    # (bank size, band_top_n, config)
    "small-bank": (60, None, {"min_items": 3, "max_items": 15, "se_target": 0.45}),
    "banded-shortcut": (400, 6, {"min_items": 5, "max_items": 25, "se_target": 0.3}),
    "content-balance": (300, 8, {"min_items": 10, "max_items": 12, "content_key": "strand",
                                 "content_targets": {"algebra": 0.7, "geometry": 0.3}}),
    "start-theta-wide-grid": (200, 4, {"min_items": 6, "max_items": 10, "start_theta": 1.0,
                                       "grid_min": -5.0, "grid_max": 5.0, "grid_points": 61}),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CASES))
def test_same_items_and_estimates_as_numpy(db_url: str, connect_as, case: str) -> None:
    size, top_n, cfg_over = CASES[case]
    cfg = CatConfig.from_dict(cfg_over)
    sch = seed_school(db_url, bank_size=size, cat_config=json.dumps(cfg_over))
    if top_n is not None:
        with psycopg.connect(db_url) as conn:
            conn.execute("UPDATE auth.settings SET value = %s WHERE key = 'band_top_n'", (top_n,))
            conn.execute("SELECT exam.rebuild_bands('math')")
            widest = conn.execute("SELECT max(n) FROM (SELECT count(*) AS n FROM exam.band_candidates "
                                  "GROUP BY band) s").fetchone()[0]
            assert widest < size / 2       # the shortcut really scores a subset of the bank
    bank, keys = _bank_from_db(db_url)
    api = ExamApi(connect_as("student1"))
    state = api.start(sch.exams["quiz_a"])
    ref = CatSession(bank, cfg, rng=0)
    rng = np.random.default_rng(11)
    true_theta = 0.8
    while True:
        expected = ref.next_item()
        item = api.next_item(state.session_id)
        if expected is None:
            assert item is None
            break
        assert item is not None and str(item.item_id) == expected
        j = bank.index_of(expected)
        p = bank.c[j] + (1 - bank.c[j]) / (1 + np.exp(-bank.a[j] * (true_theta - bank.b[j])))
        correct = bool(rng.random() < p)
        key = keys[item.item_id]
        choice = key if correct else 1 + key % 4
        out = api.submit(state.session_id, item.seq, item.item_id, choice, 1000, uuid.uuid4())
        ref.record_answer(expected, correct)
        with psycopg.connect(db_url) as conn:
            th, se = conn.execute("SELECT theta_after, se_after FROM attempts WHERE exam_session_id = %s "
                                  "AND seq = %s", (state.session_id, item.seq)).fetchone()
        assert abs(th - ref.theta) < 1e-6 and abs(se - ref.se) < 1e-6
        assert out.finished == ref.should_stop()
    final = api.state(state.session_id)
    assert final.stop_reason == ref.stop_reason and final.answered == ref.n_administered


@pytest.mark.slow
def test_sympson_hetter_blocks_items_with_zero_exposure(db_url: str, connect_as) -> None:
    """K = 0 items are never administered (while others remain); the admin sets K per item."""
    sch = seed_school(db_url, bank_size=120, cat_config=json.dumps(
        {"min_items": 10, "max_items": 10, "exposure_control": "sympson_hetter"}))
    bank, _ = _bank_from_db(db_url)
    ref = CatSession(bank, CatConfig(min_items=10, max_items=10), rng=0)
    first = ref.next_item()                      # what maximum information would pick first
    with psycopg.connect(db_url) as conn:
        codes = dict(conn.execute("SELECT id::text, code FROM items").fetchall())
    blocked = {first} | set(bank.item_ids[::3])
    with pytest.raises(PermissionDenied):
        _set_exposure(connect_as("teacher1"), {codes[i]: 0.0 for i in blocked})
    assert _set_exposure(connect_as("admin"), {codes[i]: 0.0 for i in blocked}) == len(blocked)
    api = ExamApi(connect_as("student1"))
    sid = api.start(sch.exams["quiz_a"]).session_id
    seen = []
    while (item := api.next_item(sid)) is not None:
        seen.append(str(item.item_id))
        api.submit(sid, item.seq, item.item_id, 1, 100, uuid.uuid4())
    assert len(seen) == 10 and not blocked & set(seen)


def _set_exposure(db, params: dict[str, float]) -> int:
    with db.session() as s:
        return s.execute(text("SELECT exam.set_exposure_parameters(CAST(:p AS jsonb))"),
                         {"p": json.dumps(params)}).scalar_one()
