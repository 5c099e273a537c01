"""Simulation reports, Sympson-Hetter exposure control and determinism."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from dreamseed_desktop.cat import (
    CatConfig,
    compute_sympson_hetter,
    demo_item_bank,
    generate_demo_bank,
    simulate,
)
from dreamseed_desktop.cat.simulation import run_simulees, summarise


@pytest.fixture(scope="module")
def bank():
    return demo_item_bank(200, seed=5)


def test_demo_bank_is_realistic():
    recs = generate_demo_bank(300, ["math", "english"], seed=1)
    assert len(recs) == 300 and len({r["item_id"] for r in recs}) == 300
    assert {r["subject"] for r in recs} == {"math", "english"}
    assert {r["grade"] for r in recs} == {10, 11, 12}
    a = np.array([r["a"] for r in recs])
    b = np.array([r["b"] for r in recs])
    c = np.array([r["c"] for r in recs])
    assert 1.0 < np.median(a) < 1.4 and a.min() > 0
    assert -3 <= b.min() and b.max() <= 3 and 0.6 < b.std() < 1.3
    assert 0.15 <= c.min() and c.max() <= 0.25
    assert all(r["strand"] for r in recs)
    assert generate_demo_bank(300, ["math", "english"], seed=1) == recs


@pytest.mark.slow
def test_simulation_is_deterministic_and_sensible(bank):
    cfg = CatConfig(max_items=20, se_target=None, randomesque_k=2)
    r1 = simulate(bank, cfg, 300, seed=42).to_dict()
    r2 = simulate(bank, cfg, 300, seed=42).to_dict()
    assert r1 == r2
    r3 = simulate(bank, cfg, 300, seed=43).to_dict()
    assert r3["rmse"] != r1["rmse"]
    assert 0.2 < r1["rmse"] < 0.5 and abs(r1["bias"]) < 0.1 and r1["correlation"] > 0.9
    assert r1["mean_length"] == 20 == r1["min_length"] == r1["max_length"]
    assert sum(b["n"] for b in r1["bands"]) == 300
    assert r1["stop_reasons"] == {"max_items": 300}


def test_variable_length_and_band_statistics(bank):
    rep = simulate(bank, CatConfig(se_target=0.35, max_items=40), 200, seed=1)
    assert rep.min_length < rep.max_length <= 40
    middle = next(b for b in rep.bands if b["lo"] == 0.0)
    assert middle["n"] > 0 and 0 < middle["mean_se"] < 0.45
    assert rep.stop_reasons.get("se_target", 0) > 100


def test_true_thetas_can_be_given(bank):
    th = np.linspace(-2, 2, 50)
    rep = simulate(bank, CatConfig(max_items=10), true_theta=th, seed=0)
    assert rep.n_examinees == 50


def test_overlap_and_exposure_match_brute_force(bank):
    cfg = CatConfig(max_items=10, se_target=None, randomesque_k=4)
    th = np.random.default_rng(0).normal(size=60)
    run = run_simulees(bank, cfg, th, seed=3, keep_items=True)
    rep = summarise(bank, cfg, run, 3)
    shared = [len(set(x) & set(y)) for x, y in itertools.combinations(run.items, 2)]
    assert rep.overlap_rate == pytest.approx(np.mean(shared) / 10)
    used = set(itertools.chain.from_iterable(run.items))
    assert rep.share_never_used == pytest.approx(1 - len(used) / len(bank))
    most = max(sum(j in x for x in run.items) for j in used)
    assert rep.exposure_max == pytest.approx(most / 60)


@pytest.mark.slow
def test_sympson_hetter_keeps_max_exposure_under_target(bank):
    base = CatConfig(max_items=10, se_target=None, exposure_target=0.3)
    free = simulate(bank, base, 600, seed=9)
    assert free.exposure_max > 0.6  # without control the best items are over-used
    cfg = compute_sympson_hetter(bank, base, n_examinees=300, iterations=15, seed=1)
    assert cfg.exposure_control == "sympson_hetter" and cfg.exposure_parameters
    ctl = simulate(bank, cfg, 2000, seed=9)
    # Monte-Carlo tolerance: one binomial SD of a 0.3 rate over 2000 simulees is 0.010
    assert ctl.exposure_max <= 0.3 + 0.025
    assert ctl.share_never_used < free.share_never_used
    assert ctl.rmse < free.rmse + 0.08  # precision cost stays modest
    again = compute_sympson_hetter(bank, base, n_examinees=300, iterations=15, seed=1)
    assert again == cfg


def test_content_targets_in_simulation():
    bank = demo_item_bank(300, seed=2)
    cfg = CatConfig(max_items=20, se_target=None, content_targets={"math": 0.5, "english": 0.5})
    th = np.random.default_rng(1).normal(size=40)
    run = run_simulees(bank, cfg, th, seed=0, keep_items=True)
    for items in run.items:
        assert sum(bank.subject[i] == "math" for i in items) == 10
