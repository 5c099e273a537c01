"""Precision at the extremes: EAP against dense integration, honest MLE SE (issue 13)."""
from __future__ import annotations

import math

import numpy as np
import pytest

from dreamseed_desktop.cat import CatConfig, CatSession, ItemBank
from dreamseed_desktop.cat.estimation import QuadratureGrid, eap


def dense_posterior(u: np.ndarray, a: np.ndarray, b: np.ndarray, c: np.ndarray,
                    mean: float = 0.0, sd: float = 1.0) -> tuple[float, float]:
    """Posterior mean and SD of theta by brute force: 200,001 points on [-15, 15]
    (the integrand is smooth and negligible at the ends, so this is the untruncated integral)."""
    t = np.linspace(-15.0, 15.0, 200_001)
    p = c[:, None] + (1 - c[:, None]) / (1 + np.exp(-a[:, None] * (t[None, :] - b[:, None])))
    ll = (u[:, None] * np.log(p) + (1 - u[:, None]) * np.log1p(-p)).sum(axis=0)
    ll += -0.5 * ((t - mean) / sd) ** 2
    w = np.exp(ll - ll.max())
    w /= w.sum()
    m = float((w * t).sum())
    return m, float(math.sqrt((w * (t - m) ** 2).sum()))


# 30 hard items answered all right / all wrong (the pattern of the issue: a = 1.5, b = 2.5)
EXTREME_CASES = [
    (np.ones(30), np.full(30, 1.5), np.full(30, 2.5), np.zeros(30)),
    (np.ones(30), np.full(30, 1.0), np.full(30, 2.0), np.zeros(30)),
    (np.ones(30), np.linspace(0.8, 2.0, 30), np.linspace(1.0, 3.0, 30), np.full(30, 0.2)),
    (np.zeros(30), np.full(30, 1.5), np.full(30, -2.5), np.zeros(30)),
    (np.zeros(20), np.full(20, 1.2), np.full(20, -3.0), np.full(20, 0.2)),
]


@pytest.mark.parametrize("u,a,b,c", EXTREME_CASES)
def test_default_grid_matches_dense_integration_for_extreme_patterns(u, a, b, c) -> None:
    theta, se = eap(u, a, b, c, CatConfig().grid)
    ref_theta, ref_se = dense_posterior(u, a, b, c)
    assert abs(se - ref_se) <= 0.01 * ref_se + 1e-4, (se, ref_se)
    assert abs(theta - ref_theta) <= 0.01, (theta, ref_theta)


def test_old_grid_understated_the_extreme_se() -> None:
    """The former default grid (81 points on [-4, 4]) is the defect the new default fixes:
    it gave SE 0.20 where the posterior SD is 0.41 for 30 hard items all right."""
    u, a, b, c = EXTREME_CASES[0]
    _, old_se = eap(u, a, b, c, QuadratureGrid(-4.0, 4.0, 81, 0.0, 1.0))
    _, ref_se = dense_posterior(u, a, b, c)
    assert ref_se == pytest.approx(0.4087, abs=1e-3)
    assert old_se < 0.6 * ref_se


def test_default_grid_is_wide_enough_for_the_prior() -> None:
    cfg = CatConfig()
    assert cfg.grid_min <= cfg.prior_mean - 6 * cfg.prior_sd
    assert cfg.grid_max >= cfg.prior_mean + 6 * cfg.prior_sd
    assert (cfg.grid_max - cfg.grid_min) / (cfg.grid_points - 1) == pytest.approx(0.1)


def test_eap_se_stopping_rule_does_not_stop_early_on_all_right() -> None:
    """With the grid truncated at 4 an all-right student reached SE <= 0.3 after a few hard items;
    the honest posterior SD keeps the test going until the items are informative enough."""
    n = 60
    bank = ItemBank([f"I{k}" for k in range(n)], np.full(n, 1.5), np.linspace(2.0, 3.5, n), np.zeros(n))
    cfg = CatConfig(min_items=5, max_items=30, se_target=0.3)
    s = CatSession(bank, cfg)
    while (item := s.next_item()) is not None:
        s.record_answer(item, True)
    theta, se = s.theta, s.se
    ref_theta, ref_se = dense_posterior(np.ones(s.n_administered), bank.a[s.administered],
                                        bank.b[s.administered], bank.c[s.administered])
    assert se == pytest.approx(ref_se, rel=0.01)
    assert theta == pytest.approx(ref_theta, abs=0.01)
