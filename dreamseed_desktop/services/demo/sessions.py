"""Simulated adaptive sittings for the demo school (3PL responses, EAP θ after every answer).

Each sitting is a short CAT: maximum-information selection among the five most informative
unused items of the subject (randomesque, so students do not all see the same items),
EAP on the engine's quadrature grid after every answer, stop at SE <= 0.35 (after 10 items) or 20 items.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import numpy as np

MIN_ITEMS, MAX_ITEMS, SE_TARGET, TOP_K = 10, 20, 0.35, 5


@dataclass(frozen=True)
class Pool:
    """The active items of one subject as arrays (index-aligned)."""

    item_ids: np.ndarray
    a: np.ndarray
    b: np.ndarray
    c: np.ndarray
    keys: np.ndarray
    n_choices: np.ndarray


@dataclass
class Sitting:
    """One simulated session and its attempts (plain dicts ready for bulk insert)."""

    started_at: datetime
    ended_at: datetime
    theta: float
    se: float
    stop_reason: str = "max_items"
    attempts: list[dict[str, Any]] = field(default_factory=list)


def simulate_sitting(pool: Pool, true_theta: float, started_at: datetime, subject: str,
                     rng: np.random.Generator) -> Sitting:
    """Run one adaptive sitting for a student of ability ``true_theta``."""
    from dreamseed_desktop.cat.estimation import ThetaEstimator
    from dreamseed_desktop.cat.models import item_information

    estimator = ThetaEstimator("eap")
    used = np.zeros(len(pool.item_ids), dtype=bool)
    theta, se = estimator.estimate()
    clock = started_at + timedelta(seconds=int(rng.integers(20, 90)))  # reading instructions
    median_ms = 55_000 if subject == "math" else 35_000
    sitting = Sitting(started_at=started_at, ended_at=started_at, theta=theta, se=se)
    n_correct = 0
    for seq in range(1, MAX_ITEMS + 1):
        info = np.where(used, -np.inf, item_information(theta, pool.a, pool.b, pool.c))
        best = np.argsort(info)[::-1][:TOP_K]
        k = int(best[int(rng.integers(len(best)))])
        used[k] = True
        a, b, c = float(pool.a[k]), float(pool.b[k]), float(pool.c[k])
        p = c + (1.0 - c) / (1.0 + np.exp(-a * (true_theta - b)))
        correct = bool(rng.random() < p)
        key = int(pool.keys[k])
        choice = key if correct else int(rng.choice([x for x in range(1, int(pool.n_choices[k]) + 1)
                                                     if x != key]))
        estimator.add_response(a, b, c, correct)
        theta, se = estimator.estimate()
        ms = int(median_ms * np.exp(rng.normal(0.0, 0.45)) * (1.0 + 0.15 * abs(b - true_theta)))
        clock += timedelta(milliseconds=ms)
        n_correct += correct
        sitting.attempts.append({
            "item_id": int(pool.item_ids[k]), "seq": seq, "correct": correct,
            "selected_choice": choice, "response_time_ms": ms, "theta_after": theta,
            "se_after": se, "created_at": clock,
            "meta": {"a": round(a, 4), "b": round(b, 4), "c": round(c, 4)},
        })
        if seq >= MIN_ITEMS and se <= SE_TARGET:
            sitting.stop_reason = "se_target"
            break
    sitting.ended_at = clock + timedelta(seconds=int(rng.integers(5, 30)))
    sitting.theta, sitting.se = theta, se
    return sitting
