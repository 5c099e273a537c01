"""Dichotomous IRT models (1PL, 2PL, 3PL) on the logistic metric.

Convention
----------
All formulas use the plain logistic metric **without** the 1.7 scaling
constant::

    P_i(theta) = c_i + (1 - c_i) / (1 + exp(-a_i * (theta - b_i)))

* 3PL: ``a`` (discrimination), ``b`` (difficulty), ``c`` (lower asymptote).
* 2PL: the same with ``c = 0``.
* 1PL: the same with ``c = 0`` and one discrimination shared by all items
  (``a = 1`` gives the Rasch model).

Item parameters calibrated on the normal-ogive ("D = 1.7") metric must be
converted before use: ``a_logistic = 1.7 * a_normal``; ``b`` and ``c`` are
unchanged.

Fisher information of one item::

    I_i(theta) = a_i^2 * (Q_i / P_i) * ((P_i - c_i) / (1 - c_i))^2,  Q = 1 - P

which reduces to ``a^2 P Q`` when ``c = 0``.  Test information is the sum
over items and the standard error curve is ``1 / sqrt(test information)``.

Every function is vectorised: ``theta`` may be a scalar or a 1-D array
(``T`` points), item parameters are 1-D arrays (``n`` items).  A scalar
``theta`` gives arrays of shape ``(n,)``; an array gives ``(T, n)``.
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = [
    "PROB_EPS",
    "item_information",
    "log_likelihood",
    "log_likelihood_derivatives",
    "normalize_params",
    "prob",
    "standard_error_curve",
    "test_information",
]

#: Probabilities are clipped to ``[PROB_EPS, 1 - PROB_EPS]`` before logs.
PROB_EPS = 1e-12

FloatArray = NDArray[np.float64]


def normalize_params(
    a: ArrayLike, b: ArrayLike, c: ArrayLike | None = None
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Return ``a, b, c`` as float64 1-D arrays of equal length (``c`` = 0 if None)."""
    a_arr = np.atleast_1d(np.asarray(a, dtype=np.float64))
    b_arr = np.atleast_1d(np.asarray(b, dtype=np.float64))
    if c is None:
        c_arr = np.zeros_like(b_arr)
    else:
        c_arr = np.atleast_1d(np.asarray(c, dtype=np.float64))
    a_arr, b_arr, c_arr = np.broadcast_arrays(a_arr, b_arr, c_arr)
    return a_arr.astype(np.float64), b_arr.astype(np.float64), c_arr.astype(np.float64)


def _grid(theta: ArrayLike) -> tuple[FloatArray, bool]:
    th = np.asarray(theta, dtype=np.float64)
    if th.ndim == 0:
        return th.reshape(1, 1), True
    return th.reshape(-1, 1), False


def prob(theta: ArrayLike, a: ArrayLike, b: ArrayLike, c: ArrayLike | None = None) -> FloatArray:
    """Probability of a correct answer, ``(n,)`` for scalar theta else ``(T, n)``."""
    a_arr, b_arr, c_arr = normalize_params(a, b, c)
    th, scalar = _grid(theta)
    p = c_arr + (1.0 - c_arr) / (1.0 + np.exp(-a_arr * (th - b_arr)))
    return p[0] if scalar else p


def item_information(
    theta: ArrayLike, a: ArrayLike, b: ArrayLike, c: ArrayLike | None = None
) -> FloatArray:
    """Fisher information of each item, ``(n,)`` for scalar theta else ``(T, n)``."""
    a_arr, b_arr, c_arr = normalize_params(a, b, c)
    th, scalar = _grid(theta)
    f = 1.0 / (1.0 + np.exp(-a_arr * (th - b_arr)))  # 2PL part
    p = c_arr + (1.0 - c_arr) * f
    # (P - c)/(1 - c) = f, so I = a^2 f^2 Q / P
    info = a_arr * a_arr * f * f * (1.0 - p) / np.maximum(p, PROB_EPS)
    return info[0] if scalar else info


def test_information(
    theta: ArrayLike, a: ArrayLike, b: ArrayLike, c: ArrayLike | None = None
) -> FloatArray | float:
    """Sum of item information; a float for scalar theta, else ``(T,)``."""
    info = item_information(theta, a, b, c)
    if np.ndim(theta) == 0:
        return float(info.sum())
    return info.sum(axis=1)


def standard_error_curve(
    theta: ArrayLike,
    a: ArrayLike,
    b: ArrayLike,
    c: ArrayLike | None = None,
    prior_sd: float | None = None,
) -> FloatArray | float:
    """``1 / sqrt(I(theta))``; with ``prior_sd`` the prior precision is added."""
    info = np.asarray(test_information(theta, a, b, c), dtype=np.float64)
    if prior_sd is not None:
        info = info + 1.0 / (prior_sd * prior_sd)
    with np.errstate(divide="ignore"):
        se = 1.0 / np.sqrt(info)
    return float(se) if np.ndim(theta) == 0 else se


def log_likelihood(
    theta: ArrayLike,
    responses: ArrayLike,
    a: ArrayLike,
    b: ArrayLike,
    c: ArrayLike | None = None,
) -> FloatArray | float:
    """Log-likelihood of a response vector (0/1 per item) at ``theta``."""
    u = np.asarray(responses, dtype=np.float64)
    p = np.clip(prob(theta, a, b, c), PROB_EPS, 1.0 - PROB_EPS)
    ll = u * np.log(p) + (1.0 - u) * np.log1p(-p)
    if np.ndim(theta) == 0:
        return float(ll.sum())
    return ll.sum(axis=1)


def log_likelihood_derivatives(
    theta: float,
    responses: ArrayLike,
    a: ArrayLike,
    b: ArrayLike,
    c: ArrayLike | None = None,
) -> tuple[float, float]:
    """First and second derivative of the log-likelihood in theta (analytic).

    With ``f`` the 2PL part, ``P = c + (1-c) f`` and ``P' = a (1-c) f (1-f)``::

        d1 = sum (u - P) P' / (P Q)
        d2 = sum [ -(P')^2 (u/P^2 + (1-u)/Q^2) + (u/P - (1-u)/Q) P'' ]
        P'' = a^2 (1-c) f (1-f) (1 - 2 f)
    """
    u = np.asarray(responses, dtype=np.float64)
    a_arr, b_arr, c_arr = normalize_params(a, b, c)
    f = 1.0 / (1.0 + np.exp(-a_arr * (float(theta) - b_arr)))
    p = np.clip(c_arr + (1.0 - c_arr) * f, PROB_EPS, 1.0 - PROB_EPS)
    q = 1.0 - p
    dp = a_arr * (1.0 - c_arr) * f * (1.0 - f)
    d2p = a_arr * a_arr * (1.0 - c_arr) * f * (1.0 - f) * (1.0 - 2.0 * f)
    d1 = np.sum((u - p) * dp / (p * q))
    d2 = np.sum(-(dp * dp) * (u / (p * p) + (1.0 - u) / (q * q)) + (u / p - (1.0 - u) / q) * d2p)
    return float(d1), float(d2)
