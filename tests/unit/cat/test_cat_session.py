"""Item selection, stopping rules, configuration and CAT sessions."""
from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from dreamseed_desktop.cat import (
    CatConfig,
    CatSession,
    ItemBank,
    check_stop,
    demo_item_bank,
    item_information,
)
from dreamseed_desktop.cat.selection import ItemSelector, rank_items


@pytest.fixture(scope="module")
def bank() -> ItemBank:
    return demo_item_bank(300, seed=7)


def answer_all(session: CatSession, theta: float, rng: np.random.Generator) -> None:
    while (iid := session.next_item()) is not None:
        k = session.bank.index_of(iid)
        p = session.bank.c[k] + (1 - session.bank.c[k]) / (1 + np.exp(-session.bank.a[k] * (theta - session.bank.b[k])))
        session.record_answer(iid, rng.random() < p)


def test_first_item_is_most_informative_at_start(bank):
    s = CatSession(bank, CatConfig(start_theta=0.8))
    info = item_information(0.8, bank.a, bank.b, bank.c)
    assert s.next_item() == bank.item_ids[int(np.argmax(info))]
    assert s.next_item() == s.next_item()  # pending item is stable


def test_each_item_is_max_info_at_current_estimate(bank):
    s = CatSession(bank, CatConfig(max_items=15, se_target=None))
    rng = np.random.default_rng(0)
    while (j := s.next_index()) is not None:
        info = item_information(s.theta, bank.a, bank.b, bank.c)
        info[s.administered] = -1
        assert j == int(np.argmax(info))
        s.record_index(j, rng.random() < 0.5)
    assert s.n_administered == 15 and s.stop_reason == "max_items"


def test_ties_go_to_lowest_bank_index():
    bank = ItemBank(item_ids=("z", "y", "x", "w"), a=np.array([1.0, 1.5, 1.5, 0.5]),
                    b=np.array([0.0, 0.2, 0.2, 0.0]), c=np.zeros(4))
    s = CatSession(bank, CatConfig(start_theta=0.2))
    assert s.next_item() == "y"
    info = np.array([1.0, 2.0, 2.0, 2.0, 0.5])
    assert list(rank_items(info, np.ones(5, bool))) == [1, 2, 3, 0, 4]
    assert list(rank_items(info, np.ones(5, bool), top=2)) == [1, 2]


def test_randomesque_draws_among_top_k(bank):
    cfg = CatConfig(randomesque_k=5, start_theta=0.0)
    info = item_information(0.0, bank.a, bank.b, bank.c)
    top5 = {bank.item_ids[i] for i in np.argsort(-info)[:5]}
    firsts = {CatSession(bank, cfg, rng=seed).next_item() for seed in range(60)}
    assert firsts <= top5 and len(firsts) >= 3


def test_excluded_items_are_never_given(bank):
    info = item_information(0.0, bank.a, bank.b, bank.c)
    seen = [bank.item_ids[i] for i in np.argsort(-info)[:40]]
    s = CatSession(bank, CatConfig(max_items=20, se_target=None), excluded_item_ids=seen)
    answer_all(s, 0.0, np.random.default_rng(1))
    assert s.n_administered == 20
    assert not set(s.administered_ids) & set(seen)


def test_start_theta_from_prior_information(bank):
    s = CatSession(bank, CatConfig(), start_theta=2.0)
    j = s.next_index()
    assert j == int(np.argmax(item_information(2.0, bank.a, bank.b, bank.c)))


def test_content_balancing_hits_targets(bank):
    cfg = CatConfig(content_targets={"math": 0.7, "english": 0.3}, max_items=20, se_target=None)
    for seed in range(5):
        s = CatSession(bank, cfg)
        answer_all(s, float(np.random.default_rng(seed).normal()), np.random.default_rng(seed))
        subjects = [bank.subject[i] for i in s.administered]
        assert subjects.count("math") == 14 and subjects.count("english") == 6
        # running proportions never drift more than one item from the targets
        for n in range(1, 21):
            assert abs(subjects[:n].count("math") - 0.7 * n) <= 1.0


def test_content_balancing_by_strand(bank):
    strands = sorted({s for s, subj in zip(bank.strand, bank.subject, strict=True) if subj == "math"})
    targets = {s: 1.0 for s in strands}
    s = CatSession(bank, CatConfig(content_key="strand", content_targets=targets, max_items=16, se_target=None))
    answer_all(s, 0.3, np.random.default_rng(2))
    got = [bank.strand[i] for i in s.administered]
    assert all(got.count(st) == 4 for st in strands)


def test_stopping_rules_combine():
    cfg = CatConfig(min_items=3, max_items=10, se_target=0.4, time_limit_seconds=60, min_information=0.2)
    assert check_stop(cfg, 10, 0.9, 0, 50, 1.0) == "max_items"
    assert check_stop(cfg, 2, 0.1, 61, 50, 1.0) == "time_limit"
    assert check_stop(cfg, 2, 0.1, 1, 0, None) == "no_items"
    assert check_stop(cfg, 2, 0.1, 1, 50, 1.0) is None  # min_items delays the SE rule
    assert check_stop(cfg, 3, 0.39, 1, 50, 1.0) == "se_target"
    assert check_stop(cfg, 3, 0.5, 1, 50, 0.1) == "min_information"
    assert check_stop(cfg, 3, 0.5, 1, 50, 0.3) is None


def test_session_stops_on_se_and_time(bank):
    s = CatSession(bank, CatConfig(se_target=0.35, max_items=60, min_items=5))
    answer_all(s, 0.0, np.random.default_rng(4))
    assert s.stop_reason == "se_target" and s.se <= 0.35 and s.n_administered >= 5
    clock = iter(range(0, 1000, 20))
    t = CatSession(bank, CatConfig(se_target=None, max_items=60, time_limit_seconds=100), clock=lambda: next(clock))
    answer_all(t, 0.0, np.random.default_rng(4))
    assert t.stop_reason == "time_limit" and t.n_administered < 60


def test_session_stops_when_bank_exhausted():
    small = demo_item_bank(8, seed=1)
    s = CatSession(small, CatConfig(se_target=None, max_items=30))
    answer_all(s, 0.0, np.random.default_rng(0))
    assert s.n_administered == 8 and s.stop_reason == "no_items"


def test_wrong_answer_order_rejected(bank):
    s = CatSession(bank)
    j = s.next_index()
    with pytest.raises(ValueError):
        s.record_index((j + 1) % len(bank), True)


def test_sympson_hetter_blocks_items(bank):
    info = item_information(0.0, bank.a, bank.b, bank.c)
    best = bank.item_ids[int(np.argmax(info))]
    cfg = CatConfig(exposure_control="sympson_hetter", exposure_parameters={best: 0.0})
    firsts = {CatSession(bank, cfg, rng=k).next_item() for k in range(20)}
    assert best not in firsts
    sel = ItemSelector(bank, cfg)
    assert sel.sh is not None and sel.sh[bank.index_of(best)] == 0.0


@pytest.mark.parametrize("estimator", ["eap", "map", "mle"])
def test_same_seed_same_test(bank, estimator):
    cfg = CatConfig(estimator=estimator, randomesque_k=3, max_items=12)

    def run(seed: int) -> tuple:
        s = CatSession(bank, cfg, rng=seed)
        answer_all(s, 0.5, np.random.default_rng(seed))
        return tuple(s.administered_ids), s.theta, s.se

    assert run(9) == run(9)
    assert run(9)[0] != run(10)[0]


def test_config_json_round_trip():
    cfg = CatConfig(estimator="map", grid_points=61, content_targets={"math": 0.6, "english": 0.4},
                    exposure_control="sympson_hetter", exposure_parameters={"I1": 0.5}, se_target=None)
    text = cfg.to_json()
    data = json.loads(text)
    assert data["algorithm_version"] == cfg.algorithm_version
    assert data["content_targets"] == {"english": 0.4, "math": 0.6}
    assert data["grid_min"] == -6.0 and data["grid_points"] == 61
    back = CatConfig.from_json(text)
    assert back == cfg and hash(back) == hash(cfg)
    assert CatConfig.from_dict(CatConfig().to_dict()) == CatConfig()
    with pytest.raises(ValueError):
        CatConfig.from_dict({"max_itmes": 3})
    with pytest.raises(ValueError):
        CatConfig(estimator="ml")  # "wle" is an estimator now (Warm)
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.max_items = 3  # type: ignore[misc]


def test_default_grid_definition():
    g = CatConfig().grid
    assert g.n == 121 and g.points[0] == -6.0 and g.points[-1] == 6.0
    assert np.allclose(np.diff(g.points), 0.1)
    assert g.prior_weights.sum() == pytest.approx(1.0)


def test_result_is_json_ready(bank):
    s = CatSession(bank, CatConfig(max_items=5))
    answer_all(s, 0.0, np.random.default_rng(0))
    out = json.loads(json.dumps(s.result()))
    assert out["n_items"] == 5 and len(out["items"]) == 5
    assert CatConfig.from_dict(out["config"]) == s.config


def test_max_information_formula_and_pruned_selection_are_exact():
    from dreamseed_desktop.cat.selection import max_information

    rng = np.random.default_rng(12)
    n = 3000
    a, b, c = np.exp(rng.normal(0, 0.4, n)), rng.normal(0, 1.2, n), rng.uniform(0, 0.3, n)
    c[:100] = 0.0
    dense = np.linspace(-8, 8, 40001)
    for i in range(0, n, 500):
        peak = item_information(dense, a[i], b[i], c[i]).max()
        assert max_information(a[i:i + 1], c[i:i + 1])[0] == pytest.approx(peak, rel=1e-6)
    # duplicated items create exact ties that must go to the lowest index
    a[2000:2010], b[2000:2010], c[2000:2010] = a[5], b[5], c[5]
    bank = ItemBank(tuple(f"q{k}" for k in range(n)), a, b, c)
    sel = ItemSelector(bank, CatConfig())
    for trial in range(40):
        theta = float(rng.normal() * 1.5) if trial % 4 else float(b[5])
        mask = rng.random(n) < (0.3 if trial % 2 else 1.0)
        mask[5] = trial % 3 == 0
        full = rank_items(sel.information(theta), mask)
        for k in (1, 3, 10):
            got, info = sel.top_items(theta, mask, k)
            assert list(got) == list(full[:k])
            np.testing.assert_allclose(info, item_information(theta, a, b, c)[got], rtol=1e-12)


def test_estimator_eap_available_in_mle_mode():
    from dreamseed_desktop.cat.estimation import ThetaEstimator, eap

    est = ThetaEstimator("mle")
    rng = np.random.default_rng(1)
    a, b = rng.uniform(0.8, 2, 10), rng.normal(size=10)
    u = [1, 0, 1, 1, 0, 0, 1, 0, 1, 1]
    for k in range(10):
        est.add_response(a[k], b[k], 0.2, u[k])
    assert est.eap() == pytest.approx(eap(u, a, b, np.full(10, 0.2)))


def test_replay_restores_an_interrupted_session(bank):
    cfg = CatConfig(max_items=12, se_target=None, estimator="map")
    first = CatSession(bank, cfg)
    rng = np.random.default_rng(3)
    answers = []
    for _ in range(6):
        iid = first.next_item()
        ok = bool(rng.random() < 0.6)
        first.record_answer(iid, ok)
        answers.append((iid, ok))
    resumed = CatSession(bank, cfg)
    resumed.replay(answers)
    assert resumed.theta == first.theta and resumed.se == first.se
    assert resumed.next_item() == first.next_item()


def test_mle_session_selects_at_eap_until_pattern_is_mixed(bank):
    s = CatSession(bank, CatConfig(estimator="mle", max_items=10, se_target=None))
    j = s.next_index()
    s.record_index(j, True)
    assert s.theta == 4.0  # bounded MLE of an all-correct pattern
    eap_theta = s.estimator.eap()[0]
    assert 0 < eap_theta < 4 and s.selection_theta == eap_theta
    info = item_information(eap_theta, bank.a, bank.b, bank.c)
    assert s.next_index() == int(np.argmax(np.where(s._eligible, info, -1)))
    s.record_index(s.next_index(), False)
    assert s.selection_theta == s.theta and -4 < s.theta < 4


def test_near_ties_within_tolerance_go_to_lowest_index():
    from dreamseed_desktop.cat.selection import TIE_RTOL

    # item 1 is more informative than item 0 by less than the tie tolerance
    a = np.array([1.0, 1.0 * (1 + 0.2 * TIE_RTOL), 0.5])
    bank = ItemBank(("x", "y", "z"), a, np.zeros(3), np.zeros(3))
    sel = ItemSelector(bank, CatConfig())
    info = sel.information(0.0)
    assert info[1] > info[0]
    assert sel.best_index(0.0, np.ones(3, bool)) == 0
    # a clearly larger value still wins
    bank2 = ItemBank(("x", "y", "z"), np.array([1.0, 1.001, 0.5]), np.zeros(3), np.zeros(3))
    assert ItemSelector(bank2, CatConfig()).best_index(0.0, np.ones(3, bool)) == 1


def test_result_before_any_answer_is_strict_json(bank):
    s = CatSession(bank, CatConfig(estimator="mle"))
    out = s.result()
    assert out["se"] is None and out["n_items"] == 0
    json.dumps(out, allow_nan=False)
