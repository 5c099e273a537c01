"""Analytic checks of the IRT models against finite differences."""
from __future__ import annotations

import numpy as np
import pytest

from dreamseed_desktop.cat.models import (
    item_information,
    log_likelihood,
    log_likelihood_derivatives,
    prob,
    standard_error_curve,
)
from dreamseed_desktop.cat.models import (
    test_information as total_information,
)

A = np.array([0.6, 1.2, 2.0, 1.5, 0.9])
B = np.array([-1.5, 0.0, 0.7, 2.2, -0.3])
C = np.array([0.0, 0.2, 0.15, 0.25, 0.0])


def test_prob_shapes_and_no_1_7_constant():
    p = prob(0.0, A, B, C)
    assert p.shape == (5,)
    assert prob(np.linspace(-3, 3, 7), A, B, C).shape == (7, 5)
    # at theta = b the 2PL probability is exactly 1/2, the 3PL one (1 + c)/2
    assert prob(0.7, 2.0, 0.7, 0.15)[0] == pytest.approx((1 + 0.15) / 2)
    # logistic metric: logit P = a (theta - b), no 1.7 factor
    p2 = prob(1.0, 1.3, 0.0)[0]
    assert np.log(p2 / (1 - p2)) == pytest.approx(1.3, rel=1e-12)


@pytest.mark.parametrize("theta", [-3.0, -0.4, 0.0, 1.1, 3.5])
def test_information_equals_expected_negative_second_derivative(theta):
    h = 1e-4

    def lp(t):
        return np.log(prob(t, A, B, C))

    def lq(t):
        return np.log1p(-prob(t, A, B, C))

    d2p = (lp(theta + h) - 2 * lp(theta) + lp(theta - h)) / h**2
    d2q = (lq(theta + h) - 2 * lq(theta) + lq(theta - h)) / h**2
    p = prob(theta, A, B, C)
    expected_info = -(p * d2p + (1 - p) * d2q)
    np.testing.assert_allclose(item_information(theta, A, B, C), expected_info, rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize("theta", [-2.0, 0.3, 2.5])
def test_information_equals_variance_of_score(theta):
    h = 1e-6
    p = prob(theta, A, B, C)
    dp = (prob(theta + h, A, B, C) - prob(theta - h, A, B, C)) / (2 * h)
    score_var = p * (dp / p) ** 2 + (1 - p) * (dp / (1 - p)) ** 2
    np.testing.assert_allclose(item_information(theta, A, B, C), score_var, rtol=1e-6)


def test_loglik_derivatives_match_finite_differences():
    rng = np.random.default_rng(5)
    u = rng.integers(0, 2, A.size)
    for theta in (-1.7, 0.2, 1.9):
        d1, d2 = log_likelihood_derivatives(theta, u, A, B, C)
        h = 1e-4

        def f(t):
            return log_likelihood(t, u, A, B, C)

        assert d1 == pytest.approx((f(theta + h) - f(theta - h)) / (2 * h), rel=1e-6, abs=1e-8)
        assert d2 == pytest.approx((f(theta + h) - 2 * f(theta) + f(theta - h)) / h**2, rel=1e-4, abs=1e-6)


def test_test_information_and_se_curve():
    grid = np.linspace(-3, 3, 13)
    ti = total_information(grid, A, B, C)
    np.testing.assert_allclose(ti, item_information(grid, A, B, C).sum(axis=1))
    np.testing.assert_allclose(standard_error_curve(grid, A, B, C), 1 / np.sqrt(ti))
    expected = 1 / np.sqrt(total_information(0.0, A, B, C) + 1)
    assert standard_error_curve(0.0, A, B, C, prior_sd=1.0) == pytest.approx(expected)
    # 2PL information peaks at b with value a^2 / 4
    assert item_information(0.5, 1.6, 0.5)[0] == pytest.approx(1.6**2 / 4)
