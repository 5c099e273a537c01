"""Mantel-Haenszel differential item functioning (DIF) with the ETS A/B/C classes.

Persons are matched on ability strata (the total score for a complete test;
bins of the final θ for adaptive tests, where number correct is not comparable).
For item ``i`` and stratum ``k``: ``A`` / ``B`` = reference group right / wrong,
``C`` / ``D`` = focal group right / wrong, ``T`` = all in the stratum who
answered the item.  Strata with fewer than two answers or with only one group
carry no information and are skipped.

* common odds ratio (Mantel & Haenszel 1959): ``alpha = sum(A D / T) / sum(B C / T)``;
* ETS delta scale (Holland & Thayer 1988): ``MH D-DIF = -2.35 ln(alpha)``; negative =
  the item is harder for the focal group than for reference students of equal ability;
* standard error of ``ln alpha`` by Robins, Breslow & Greenland (1986);
* MH chi-square with continuity correction:
  ``(|sum A - sum E(A)| - 0.5)^2 / sum Var(A)``, ``E(A) = n_R m_1 / T``,
  ``Var(A) = n_R n_F m_1 m_0 / (T^2 (T - 1))``, 1 df;
* ETS classes (Dorans & Holland 1993; Zwick 2012): **A** (negligible) when
  ``|D| < 1`` or the chi-square is not significant at ``alpha_level``; **C** (large) when
  ``|D| >= 1.5`` and ``|D|`` is significantly above 1 (``(|D| - 1) / SE(D) > 1.645``);
  otherwise **B** (moderate).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .fit import chi2_sf

__all__ = ["MHResult", "mantel_haenszel", "mh_item", "theta_strata"]


@dataclass(frozen=True)
class MHResult:
    """Mantel-Haenszel DIF of one item (NaN statistics when it cannot be computed)."""

    alpha: float
    delta: float
    se_delta: float
    chi2: float
    p_value: float
    ets_class: str  # "A", "B", "C" or "" (not enough data)
    n_reference: int
    n_focal: int
    n_strata: int


def mh_item(strata: ArrayLike, focal: ArrayLike, correct: ArrayLike,
            alpha_level: float = 0.05) -> MHResult:
    """MH statistics of one item from per-answer arrays: stratum code, focal group (bool), 0/1."""
    s = np.asarray(strata)
    f = np.asarray(focal, dtype=bool)
    u = np.asarray(correct, dtype=bool)
    n_ref, n_foc = int((~f).sum()), int(f.sum())
    sums = {"R": 0.0, "S": 0.0, "PR": 0.0, "PS_QR": 0.0, "QS": 0.0, "A": 0.0, "EA": 0.0, "VA": 0.0}
    used = 0
    for k in np.unique(s):
        m = s == k
        A = float((m & ~f & u).sum())
        B = float((m & ~f & ~u).sum())
        C = float((m & f & u).sum())
        D = float((m & f & ~u).sum())
        T = A + B + C + D
        nR, nF, m1, m0 = A + B, C + D, A + C, B + D
        if T < 2 or nR == 0 or nF == 0:
            continue
        used += 1
        P, Q, R, S = (A + D) / T, (B + C) / T, A * D / T, B * C / T
        sums["R"] += R
        sums["S"] += S
        sums["PR"] += P * R
        sums["PS_QR"] += P * S + Q * R
        sums["QS"] += Q * S
        sums["A"] += A
        sums["EA"] += nR * m1 / T
        sums["VA"] += nR * nF * m1 * m0 / (T * T * (T - 1))
    nan = math.nan
    if used == 0 or sums["R"] <= 0 or sums["S"] <= 0 or sums["VA"] <= 0:
        return MHResult(nan, nan, nan, nan, nan, "", n_ref, n_foc, used)
    alpha = sums["R"] / sums["S"]
    var_ln = (sums["PR"] / (2 * sums["R"] ** 2) + sums["PS_QR"] / (2 * sums["R"] * sums["S"])
              + sums["QS"] / (2 * sums["S"] ** 2))
    delta = -2.35 * math.log(alpha)
    se = 2.35 * math.sqrt(var_ln)
    chi2 = max(abs(sums["A"] - sums["EA"]) - 0.5, 0.0) ** 2 / sums["VA"]
    p = chi2_sf(chi2, 1)
    if abs(delta) < 1.0 or p >= alpha_level:
        cls = "A"
    elif abs(delta) >= 1.5 and (abs(delta) - 1.0) / se > 1.645:
        cls = "C"
    else:
        cls = "B"
    return MHResult(alpha, delta, se, chi2, p, cls, n_ref, n_foc, used)


def mantel_haenszel(responses: ArrayLike, focal: ArrayLike, strata: ArrayLike | None = None,
                    alpha_level: float = 0.05) -> list[MHResult]:
    """MH DIF of every item of a persons x items 0/1 matrix (NaN = not answered).

    ``focal``: per person True (focal group) / False (reference); ``strata``: per person
    matching stratum (default: number correct, for complete data).
    """
    X = np.asarray(responses, dtype=np.float64)
    f = np.asarray(focal, dtype=bool)
    ans = ~np.isnan(X)
    st = (np.where(ans, X, 0).sum(1).astype(np.int64) if strata is None else np.asarray(strata))
    out = []
    for i in range(X.shape[1]):
        m = ans[:, i]
        out.append(mh_item(st[m], f[m], X[m, i] > 0.5, alpha_level))
    return out


def theta_strata(theta: ArrayLike, width: float = 0.5, lo: float = -3.0, hi: float = 3.0
                 ) -> NDArray[np.int64]:
    """Matching strata for adaptive tests: bins of ``width`` on [lo, hi] (open-ended ends)."""
    th = np.clip(np.asarray(theta, dtype=np.float64), lo, hi - 1e-9)
    return np.floor((th - lo) / width).astype(np.int64)
