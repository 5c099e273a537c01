"""Warm's weighted likelihood estimator (WLE) of ability.

Warm (1989) removes the first-order bias of the MLE by solving
``S(theta) + J(theta) / (2 I(theta)) = 0`` where, over the answered items with
``P' = dP/dtheta`` and ``P'' = d2P/dtheta2``::

    S = sum P' (u - P) / (P Q),   I = sum P'^2 / (P Q),   J = sum P' P'' / (P Q)

(for the 1PL/2PL, ``J / (2 I)`` is the derivative of ``log sqrt(I)``, i.e. WLE
maximises ``L(theta) sqrt(I(theta))``).  Unlike the MLE it is finite for
all-correct and all-wrong patterns of a 1PL/2PL test, which is why many
schools report it.  The root is found by safeguarded Newton steps
(with a numerical derivative of ``g``) inside a bracket on ``[lo, hi]`` that shrinks every step (a
step leaving the bracket is replaced by bisection), to 1e-10; when the equation
has no root inside, the nearer bound is returned.  SE = ``1 / sqrt(I(theta))``.
"""
from __future__ import annotations

import math

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = ["wle", "wle_matrix"]


def _terms(theta: NDArray[np.float64], u: NDArray[np.float64], ans: NDArray[np.bool_],
           a: NDArray[np.float64], b: NDArray[np.float64], c: NDArray[np.float64]
           ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """(S + J / 2I, I) per person; ``theta`` (N,), ``u``/``ans`` (N, J)."""
    F = 1.0 / (1.0 + np.exp(-a * (theta[:, None] - b)))
    P = np.clip(c + (1 - c) * F, 1e-12, 1 - 1e-12)
    PQ = P * (1 - P)
    d1 = a * (1 - c) * F * (1 - F)
    d2 = a * d1 * (1 - 2 * F)
    S = np.where(ans, d1 * (u - P) / PQ, 0.0).sum(1)
    info = np.where(ans, d1 * d1 / PQ, 0.0).sum(1)
    J = np.where(ans, d1 * d2 / PQ, 0.0).sum(1)
    with np.errstate(invalid="ignore", divide="ignore"):
        g = S + np.where(info > 0, J / (2 * info), 0.0)
    return g, info


def wle_matrix(responses: ArrayLike, a: ArrayLike, b: ArrayLike, c: ArrayLike | None = None,
               bounds: tuple[float, float] = (-4.0, 4.0)
               ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """WLE and SE of every row of a persons x items matrix (NaN = not answered).

    A person with no answers gets the middle of ``bounds`` and an infinite SE.
    """
    X = np.atleast_2d(np.asarray(responses, dtype=np.float64))
    a_ = np.asarray(a, dtype=np.float64)
    b_ = np.asarray(b, dtype=np.float64)
    c_ = np.zeros_like(a_) if c is None else np.asarray(c, dtype=np.float64)
    ans = ~np.isnan(X)
    u = np.nan_to_num(X)
    N = X.shape[0]
    lo, hi = float(bounds[0]), float(bounds[1])
    left, right = np.full(N, lo), np.full(N, hi)
    g_lo, _ = _terms(left, u, ans, a_, b_, c_)
    g_hi, _ = _terms(right, u, ans, a_, b_, c_)
    theta = np.clip(np.zeros(N), lo, hi)
    for _ in range(200):
        g, info = _terms(theta, u, ans, a_, b_, c_)
        up = g > 0  # the root is above theta (g decreases through the root)
        left = np.where(up, theta, left)
        right = np.where(up, right, theta)
        g2, _ = _terms(theta + 1e-6, u, ans, a_, b_, c_)
        slope = (g2 - g) / 1e-6  # numerical g'(theta): Newton converges quadratically
        with np.errstate(invalid="ignore", divide="ignore"):
            step = np.where(slope < 0, -g / slope, np.inf)
        new = theta + step
        inside = np.isfinite(new) & (new > left) & (new < right)
        new = np.where(inside, new, 0.5 * (left + right))
        done = np.abs(new - theta) < 1e-10
        theta = new
        if done.all():
            break
    theta = np.where(g_lo <= 0, lo, np.where(g_hi >= 0, hi, theta))
    _, info = _terms(theta, u, ans, a_, b_, c_)
    none = ~ans.any(1)
    theta = np.where(none, 0.5 * (lo + hi), theta)
    with np.errstate(divide="ignore"):
        se = np.where(info > 0, 1.0 / np.sqrt(np.where(info > 0, info, 1.0)), math.inf)
    return theta, np.where(none, math.inf, se)


def wle(responses: ArrayLike, a: ArrayLike, b: ArrayLike, c: ArrayLike | None = None,
        bounds: tuple[float, float] = (-4.0, 4.0)) -> tuple[float, float]:
    """WLE and SE of one response vector on items ``a, b, c``."""
    u = np.asarray(responses, dtype=np.float64).reshape(1, -1)
    if u.size == 0:
        return 0.5 * (bounds[0] + bounds[1]), math.inf
    theta, se = wle_matrix(u, np.atleast_1d(a), np.atleast_1d(b),
                           None if c is None else np.atleast_1d(c), bounds)
    return float(theta[0]), float(se[0])
