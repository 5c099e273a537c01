"""MML-EM calibration: parameter recovery, sparse data, SEs and item fit."""
from __future__ import annotations

import numpy as np
import pytest

from dreamseed_desktop.cat import (
    CatConfig,
    CatSession,
    ItemBank,
    calibrate,
    calibrate_long,
    prob,
)


def rmse(x, y):
    return float(np.sqrt(np.mean((np.asarray(x) - np.asarray(y)) ** 2)))


def simulate_dense(n, a, b, c, seed):
    rng = np.random.default_rng(seed)
    th = rng.normal(size=n)
    x = (rng.random((n, a.size)) < prob(th, a, b, c)).astype(np.int8)
    p, i = np.nonzero(np.ones_like(x))
    return p, i, x.ravel(), th


@pytest.fixture(scope="module")
def items2pl():
    rng = np.random.default_rng(100)
    j = 25
    return np.exp(rng.normal(0.1, 0.25, j)), np.clip(rng.normal(0, 1, j), -2.2, 2.2)


def test_2pl_recovery_and_standard_errors(items2pl):
    a, b = items2pl
    p, i, x, th = simulate_dense(2500, a, b, None, seed=1)
    res = calibrate(p, i, x, "2pl")
    assert res.converged
    assert rmse(res.a, a) < 0.09 and rmse(res.b, b) < 0.09
    assert np.all(np.isnan(res.se_c)) and np.all(res.c == 0)
    # reported SEs agree with the actual estimation error (ratio near 1)
    assert 0.6 < rmse(res.b, b) / np.sqrt(np.mean(res.se_b**2)) < 1.6
    assert 0.6 < rmse(res.a, a) / np.sqrt(np.mean(res.se_a**2)) < 1.6
    assert np.corrcoef(res.theta_eap, th)[0, 1] > 0.9
    assert np.all(res.fit < 0.05)


@pytest.mark.slow
def test_1pl_common_slope_and_rasch():
    rng = np.random.default_rng(3)
    b = rng.normal(0, 1, 20)
    a = np.full(20, 1.4)
    p, i, x, _ = simulate_dense(2000, a, b, None, seed=2)
    res = calibrate(p, i, x, "1pl")
    assert np.ptp(res.a) == 0 and res.a[0] == pytest.approx(1.4, abs=0.1)
    assert rmse(res.b, b) < 0.1
    assert res.se_a[0] > 0 and np.all(res.se_b > 0)
    rasch = calibrate(p, i, x, "1pl", fixed_a=1.0)
    assert np.all(rasch.a == 1.0) and np.all(np.isnan(rasch.se_a))
    # with the slope fixed too low, the difficulty spread is inflated
    assert np.std(rasch.b) > np.std(res.b)


@pytest.mark.slow
def test_3pl_recovery():
    rng = np.random.default_rng(8)
    j = 20
    a = np.exp(rng.normal(0.2, 0.2, j))
    b = rng.uniform(-1.5, 2.0, j)
    c = rng.uniform(0.12, 0.28, j)
    p, i, x, _ = simulate_dense(6000, a, b, c, seed=4)
    res = calibrate(p, i, x, "3pl")
    assert rmse(res.b, b) < 0.2 and rmse(res.a, a) < 0.25 and rmse(res.c, c) < 0.06
    assert np.all(res.se_c > 0) and np.all(np.isfinite(res.se_b))
    two = calibrate(p, i, x, "2pl")
    assert res.log_likelihood > two.log_likelihood  # guessing improves fit


@pytest.mark.slow
def test_sparse_cat_data_recovery():
    rng = np.random.default_rng(21)
    j = 60
    a = np.exp(rng.normal(0.15, 0.2, j))
    b = rng.normal(0, 1.1, j)
    bank = ItemBank(tuple(f"I{k:03d}" for k in range(j)), a, b, np.zeros(j))
    cfg = CatConfig(max_items=15, se_target=None, randomesque_k=8)
    persons, items, correct = [], [], []
    for pid, t in enumerate(rng.normal(size=3000)):
        s = CatSession(bank, cfg, rng=rng)
        while (k := s.next_index()) is not None:
            u = int(rng.random() < 1.0 / (1.0 + np.exp(-a[k] * (t - b[k]))))
            s.record_index(k, u)
            persons.append(f"P{pid}")
            items.append(bank.item_ids[k])
            correct.append(u)
    share = len(correct) / (3000 * j)
    assert share == pytest.approx(0.25)
    res = calibrate_long(persons, items, correct, "2pl")
    order = [bank.index_of(iid) for iid in res.item_ids]
    well = res.n_obs > 300
    assert well.sum() >= 25
    assert rmse(res.b[well], b[order][well]) < 0.2
    assert rmse(res.a[well], a[order][well]) < 0.25
    # the long (sparse) back end gives the same answer as the dense one
    pi = np.array([int(p[1:]) for p in persons])
    ii = np.array([int(v[1:]) for v in items])
    dense = calibrate(pi, ii, correct, "2pl", max_iter=30)
    long_ = calibrate(pi, ii, correct, "2pl", max_iter=30, dense_limit=0)
    np.testing.assert_allclose(dense.a, long_.a, rtol=1e-8)
    np.testing.assert_allclose(dense.se_b, long_.se_b, rtol=1e-6)
    np.testing.assert_allclose(dense.fit, long_.fit, rtol=1e-6)


def test_fit_statistic_flags_a_misfitting_item(items2pl):
    a, b = items2pl
    rng = np.random.default_rng(6)
    th = rng.normal(size=3000)
    x = (rng.random((3000, a.size)) < prob(th, a, b)).astype(np.int8)
    x[:, 0] = rng.random(3000) < np.where(np.abs(th) < 0.7, 0.85, 0.2)  # non-monotone item
    p, i = np.nonzero(np.ones_like(x))
    res = calibrate(p, i, x.ravel(), "2pl")
    assert res.fit[0] > 2 * res.fit[1:].max()


def test_unseen_items_and_validation():
    p = np.array([0, 0, 1, 1, 2, 2, 3, 3])
    i = np.array([0, 1, 0, 1, 0, 1, 0, 1])
    x = np.array([1, 0, 1, 1, 0, 0, 1, 0])
    res = calibrate(p, i, x, "2pl", n_items=3, max_iter=20)
    assert np.isnan(res.a[2]) and res.n_obs[2] == 0 and np.isfinite(res.a[:2]).all()
    with pytest.raises(ValueError):
        calibrate(p, i, x, "4pl")
    with pytest.raises(ValueError):
        calibrate(np.r_[p, 0], np.r_[i, 0], np.r_[x, 1], "2pl")  # duplicate answer


def test_degenerate_items_are_left_uncalibrated_not_converged_at_a_bound(items2pl):
    a, b = items2pl
    rng = np.random.default_rng(9)
    th = rng.normal(size=600)
    x = (rng.random((600, a.size)) < prob(th, a, b)).astype(np.int8)
    x[:, 0] = 1  # everyone right
    x[:, 1] = 0  # everyone wrong
    p, i = np.nonzero(np.ones_like(x))
    res = calibrate(p, i, x.ravel(), "2pl")
    assert res.flags[0] == "all_correct" and res.flags[1] == "all_wrong"
    assert np.isnan(res.b[:2]).all() and np.isnan(res.se_b[:2]).all()
    assert res.calibrated.tolist() == [False, False] + [True] * (a.size - 2)
    assert np.isfinite(res.b[2:]).all() and np.all(np.abs(res.b[2:]) < 5) and np.all(res.se_b[2:] < 1)
    # the degenerate items' answers are left out: the others equal a run without them
    keep = i >= 2
    ref = calibrate(p[keep], i[keep] - 2, x.ravel()[keep], "2pl")
    np.testing.assert_allclose(res.b[2:], ref.b, atol=1e-10)
    # minimum answers
    with pytest.raises(ValueError, match="No item can be calibrated"):
        calibrate(p, i, x.ravel(), "2pl", min_answers=601)
    sparse = np.ones_like(x, dtype=bool)
    sparse[100:, 5] = False  # item 5 answered by 100 persons only
    pp, ii = np.nonzero(sparse)
    few = calibrate(pp, ii, x[sparse], "2pl", min_answers=101)
    assert few.flags[5] == "too_few_answers" and np.isnan(few.a[5]) and few.n_obs[5] == 100
    summary = few.summary()
    assert summary["n_items_calibrated"] == a.size - 3 and summary["priors"]["a"] == "lognormal(0, 1.5)"


def test_persons_with_one_or_no_usable_answer_are_counted():
    p = np.array([0, 0, 1, 1, 2, 3, 3, 4, 4, 5, 5, 6])
    i = np.array([0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 2])
    x = np.array([1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 0, 1])
    res = calibrate(p, i, x, "2pl", max_iter=50)
    s = res.summary()
    # person 2 answered one item; person 6 only the all-correct item 2 (left out)
    assert s["n_persons_one_answer"] == 1 and s["n_persons_no_usable_answer"] == 1
    assert res.flags[2] == "all_correct" and s["n_answers_used"] == 11
    assert np.isfinite(res.theta_eap).all()


@pytest.mark.slow
def test_explicit_priors_and_their_validation():
    rng = np.random.default_rng(12)
    a, b, c = np.exp(rng.normal(0.2, 0.2, 12)), rng.normal(0, 1, 12), np.full(12, 0.2)
    p, i, x, _ = simulate_dense(3000, a, b, c, seed=3)
    free = calibrate(p, i, x, "3pl", c_prior=None, a_prior_sd=None)
    assert free.priors() == {"a": "none", "c": "none"} and np.isfinite(free.b).all()
    tight = calibrate(p, i, x, "3pl", c_prior=(200.0, 800.0))  # Beta mean 0.2, very tight
    assert np.abs(tight.c - 0.2).max() < 0.03
    assert calibrate(p, i, x, "1pl").priors() == {"a": "not used", "c": "not used"}
    with pytest.raises(ValueError):
        calibrate(p, i, x, "2pl", a_prior_sd=0.0)
    with pytest.raises(ValueError):
        calibrate(p, i, x, "3pl", c_prior=(0.5, 2.0))


def test_published_lsat6_rasch():
    from tests.unit.cat import published as pub

    x = pub.lsat6_matrix()
    p, i = np.nonzero(np.ones_like(x))
    res = calibrate(p, i, x.ravel(), "1pl", fixed_a=1.0, tol=1e-7, max_iter=5000)
    np.testing.assert_allclose(res.b, pub.LSAT6_RASCH_B, atol=1e-4)
    assert res.log_likelihood == pytest.approx(pub.LSAT6_RASCH_LOGLIK, abs=1e-3)
