"""LSAT Section 6 (Bock & Lieberman 1970): 1000 examinees, 5 items, as response-pattern counts,
with the published maximum marginal likelihood estimates of package ltm (R), logistic metric.

Patterns are in binary order 00000, 00001, ..., 11111 (item 1 is the leftmost digit).
References: Bock, R. D. & Lieberman, M. (1970) Psychometrika 35, 179-197; ltm's ``LSAT`` data
and its documented fits (Rizopoulos 2006, J. Stat. Softw. 17(5)): ``ltm(LSAT ~ z1)`` (2PL, 21
Gauss-Hermite points), ``rasch(LSAT)`` (common a) and ``rasch(LSAT, constraint = a = 1)``.
"""
from __future__ import annotations

import itertools

import numpy as np

LSAT6_COUNTS = (3, 6, 2, 11, 1, 1, 3, 4, 1, 8, 0, 16, 0, 3, 2, 15,
                10, 29, 14, 81, 3, 28, 15, 80, 16, 56, 21, 173, 11, 61, 28, 298)

# ltm, 2PL: difficulty, discrimination, log-likelihood
LSAT6_2PL_B = (-3.3597, -1.3696, -0.2799, -1.8659, -3.1236)
LSAT6_2PL_A = (0.8254, 0.7229, 0.8905, 0.6886, 0.6575)
LSAT6_2PL_LOGLIK = -2466.653
# ltm, 1PL with a common discrimination
LSAT6_1PL_B = (-3.6153, -1.3224, -0.3176, -1.7301, -2.7802)
LSAT6_1PL_A = 0.7551
LSAT6_1PL_LOGLIK = -2466.938
# ltm, Rasch (a = 1)
LSAT6_RASCH_B = (-2.8720, -1.0630, -0.2576, -1.3881, -2.2188)
LSAT6_RASCH_LOGLIK = -2473.054


def lsat6_matrix() -> np.ndarray:
    """The 1000 x 5 0/1 response matrix."""
    patterns = np.array(list(itertools.product((0, 1), repeat=5)), dtype=np.int8)
    return np.repeat(patterns, LSAT6_COUNTS, axis=0)


def write_long_csv(path, matrix: np.ndarray, item_prefix: str = "Item") -> None:
    """``person_id,item_id,correct`` for every cell (items named Item1..ItemJ)."""
    lines = ["person_id,item_id,correct"]
    for p, row in enumerate(matrix):
        lines.extend(f"P{p:05d},{item_prefix}{j + 1},{int(v)}" for j, v in enumerate(row))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
