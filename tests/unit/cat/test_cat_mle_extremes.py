"""Honest MLE SE for all-correct / all-wrong patterns (issue 13)."""
from __future__ import annotations

import math

import numpy as np

from dreamseed_desktop.cat import CatConfig, CatSession, ItemBank
from dreamseed_desktop.cat.estimation import ThetaEstimator


def test_mle_se_is_infinite_until_the_pattern_is_mixed() -> None:
    est = ThetaEstimator("mle")
    for _ in range(5):
        est.add_response(1.2, 0.0, 0.0, True)
        theta, se = est.estimate()
        assert theta == 4.0 and se == math.inf
    est.add_response(1.2, 0.5, 0.0, False)
    theta, se = est.estimate()
    assert -4 < theta < 4 and math.isfinite(se)


def test_mle_session_stores_no_se_without_a_finite_estimate_and_does_not_stop_on_se() -> None:
    bank = ItemBank([f"I{k}" for k in range(12)], np.full(12, 1.5), np.linspace(-1, 1, 12), np.zeros(12))
    s = CatSession(bank, CatConfig(estimator="mle", min_items=1, max_items=12, se_target=0.9))
    while (item := s.next_item()) is not None:
        s.record_answer(item, True)
    # the SE rule (0.9) never fired on an all-correct pattern: the test ran to its maximum
    assert s.stop_reason == "max_items" and s.n_administered == 12
    assert s.result()["se"] is None
