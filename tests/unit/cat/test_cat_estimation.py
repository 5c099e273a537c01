"""EAP, MAP and bounded MLE against independent numerical references."""
from __future__ import annotations

import math

import numpy as np
import pytest

from dreamseed_desktop.cat.estimation import (
    QuadratureGrid,
    ThetaEstimator,
    eap,
    map_estimate,
    mle,
)
from dreamseed_desktop.cat.models import log_likelihood, prob
from dreamseed_desktop.cat.models import test_information as total_information

RNG = np.random.default_rng(11)
N_ITEMS = 12
A = np.exp(RNG.normal(0.2, 0.3, N_ITEMS))
B = RNG.normal(0, 1, N_ITEMS)
C = RNG.uniform(0.1, 0.25, N_ITEMS)
U = np.array([1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1])


def golden_max(f, lo, hi, tol=1e-10):
    """Golden-section search for the maximum of a unimodal f on [lo, hi]."""
    g = (math.sqrt(5) - 1) / 2
    x1, x2 = hi - g * (hi - lo), lo + g * (hi - lo)
    f1, f2 = f(x1), f(x2)
    while hi - lo > tol:
        if f1 < f2:
            lo, x1, f1 = x1, x2, f2
            x2 = lo + g * (hi - lo)
            f2 = f(x2)
        else:
            hi, x2, f2 = x2, x1, f1
            x1 = hi - g * (hi - lo)
            f1 = f(x1)
    return 0.5 * (lo + hi)


def test_eap_matches_explicit_grid_formula():
    g = QuadratureGrid()
    # independent loop implementation of the documented formula
    pts = [-6 + k * 0.1 for k in range(121)]
    w = [math.exp(-0.5 * t * t) for t in pts]
    post = []
    for t, wk in zip(pts, w):
        lik = 1.0
        for a, b, c, u in zip(A, B, C, U):
            p = c + (1 - c) / (1 + math.exp(-a * (t - b)))
            lik *= p if u else 1 - p
        post.append(wk * lik)
    s = sum(post)
    mean = sum(p * t for p, t in zip(post, pts)) / s
    sd = math.sqrt(sum(p * (t - mean) ** 2 for p, t in zip(post, pts)) / s)
    th, se = eap(U, A, B, C, g)
    assert th == pytest.approx(mean, abs=1e-12)
    assert se == pytest.approx(sd, abs=1e-12)


def test_eap_matches_dense_numerical_integration():
    # fine EAP grid vs a very dense trapezoid integral of the continuous posterior
    dense = np.linspace(-8, 8, 200_001)
    dens = np.exp(log_likelihood(dense, U, A, B, C) - 0.5 * dense**2)
    z = np.trapezoid(dens, dense)
    mean = np.trapezoid(dense * dens, dense) / z
    sd = math.sqrt(np.trapezoid((dense - mean) ** 2 * dens, dense) / z)
    th, se = eap(U, A, B, C, QuadratureGrid(-8, 8, 321))
    assert th == pytest.approx(mean, abs=1e-6)
    assert se == pytest.approx(sd, abs=1e-6)
    th81, se81 = eap(U, A, B, C)  # default grid is a close approximation
    assert th81 == pytest.approx(mean, abs=2e-3)
    assert se81 == pytest.approx(sd, abs=2e-3)


def test_eap_prior_is_configurable():
    th0, se0 = eap([], [], [], [], QuadratureGrid(prior_mean=0.5, prior_sd=0.8))
    assert th0 == pytest.approx(0.5, abs=1e-3)
    assert se0 == pytest.approx(0.8, abs=1e-3)


@pytest.mark.parametrize("method", ["eap", "map", "mle"])
def test_incremental_equals_batch(method):
    est = ThetaEstimator(method)
    for k in range(N_ITEMS):
        est.add_response(A[k], B[k], C[k], U[k])
        u, a, b, c = U[: k + 1], A[: k + 1], B[: k + 1], C[: k + 1]
        batch = {"eap": eap, "map": map_estimate, "mle": mle}[method](u, a, b, c)
        assert est.estimate()[0] == pytest.approx(batch[0], abs=1e-9)
        assert est.estimate()[1] == pytest.approx(batch[1], abs=1e-9)


def test_mle_matches_golden_section():
    th, se = mle(U, A, B, C)
    ref = golden_max(lambda t: log_likelihood(t, U, A, B, C), -4, 4)
    assert th == pytest.approx(ref, abs=1e-6)
    assert se == pytest.approx(1 / math.sqrt(total_information(th, A, B, C)))


@pytest.mark.parametrize("seed", range(8))
def test_mle_random_patterns(seed):
    rng = np.random.default_rng(seed)
    a, b, c = np.exp(rng.normal(0, 0.3, 20)), rng.normal(0, 1, 20), np.full(20, 0.0 if seed % 2 else 0.2)
    u = (rng.random(20) < prob(rng.normal(), a, b, c)).astype(int)
    if u.all() or not u.any():
        pytest.skip("pattern not mixed")
    ref = golden_max(lambda t: log_likelihood(t, u, a, b, c), -4, 4)

    def f(t: float) -> float:
        return log_likelihood(t, u, a, b, c)

    th = mle(u, a, b, c)[0]
    assert f(th) >= f(ref) - 1e-9
    if -3.9 < ref < 3.9:
        assert th == pytest.approx(ref, abs=1e-5)


def test_mle_bounded_for_extreme_patterns():
    assert mle(np.ones(N_ITEMS), A, B, C)[0] == 4.0
    assert mle(np.zeros(N_ITEMS), A, B, C)[0] == -4.0
    assert mle(np.ones(N_ITEMS), A, B, C, bounds=(-3, 3.5))[0] == 3.5
    # the bound is a placeholder, not an estimate: no finite SE may be claimed for it
    assert mle(np.ones(N_ITEMS), A, B, C)[1] == math.inf
    assert mle(np.zeros(N_ITEMS), A, B, C)[1] == math.inf
    mixed = np.ones(N_ITEMS)
    mixed[0] = 0
    assert math.isfinite(mle(mixed, A, B, C)[1])


def test_map_matches_golden_section():
    th, se = map_estimate(U, A, B, C)
    ref = golden_max(lambda t: log_likelihood(t, U, A, B, C) - 0.5 * t * t, -4, 4)
    assert th == pytest.approx(ref, abs=1e-6)
    assert se == pytest.approx(1 / math.sqrt(total_information(th, A, B, C) + 1.0))
    # extreme pattern stays finite and below the MLE bound
    th_all, _ = map_estimate(np.ones(N_ITEMS), A, B, C)
    assert 0 < th_all < 4


def test_eap_se_shrinks_with_more_items():
    rng = np.random.default_rng(3)
    a, b = np.full(60, 1.5), rng.normal(0, 1, 60)
    u = (rng.random(60) < prob(0.4, a, b)).astype(int)
    se10 = eap(u[:10], a[:10], b[:10])[1]
    se60 = eap(u, a, b)[1]
    assert se60 < se10 < 1.0


def test_documented_reference_values():
    # the values quoted in docs/cat.md for checking the server-side implementation
    th, se = eap([1, 0, 1], [1.2, 0.8, 1.7], [-0.5, 0.3, 1.1], [0.2, 0.0, 0.25])
    assert th == pytest.approx(0.2467646803, abs=1e-9) and se == pytest.approx(0.9249953277, abs=1e-9)
    th0, se0 = eap([], [], [], [])
    assert abs(th0) < 1e-12 and se0 == pytest.approx(0.9999999732, abs=1e-9)
    # the same on the former default grid (81 points on [-4, 4]), which older sessions store
    old = QuadratureGrid(-4.0, 4.0, 81)
    th, se = eap([1, 0, 1], [1.2, 0.8, 1.7], [-0.5, 0.3, 1.1], [0.2, 0.0, 0.25], old)
    assert th == pytest.approx(0.2467774175, abs=1e-9) and se == pytest.approx(0.9248366381, abs=1e-9)
    th0, se0 = eap([], [], [], [], old)
    assert abs(th0) < 1e-12 and se0 == pytest.approx(0.9995591411, abs=1e-9)
