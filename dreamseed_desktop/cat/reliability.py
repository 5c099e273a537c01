"""Marginal reliability of θ and the test-information curve.

Marginal reliability (Green, Bock, Humphreys, Linn & Reckase 1984) is the share of the
ability variance that is not error: ``rho = 1 - mean(SE^2) / var(theta)``.

* **For a set of items** given to everyone (a fixed form, or a whole bank as an upper
  bound): with ``theta ~ N(mean, sd^2)`` and the posterior-variance approximation
  ``SE^2(theta) = 1 / (I(theta) + 1 / sd^2)``, integrated on a grid:
  ``rho = 1 - E[SE^2] / sd^2``.
* **For a CAT design**: simulate it (``simulate``/what-if) and use the simulees' true
  ability variance: ``rho = 1 - mean(SE^2) / var(true theta)``.
* **For completed sessions** (true θ unknown): with EAP estimates
  ``var(theta) = var(EAP) + mean(PSD^2)``, so
  ``rho = var(theta_hat) / (var(theta_hat) + mean(SE^2))`` (the "empirical
  reliability" of EAP scores).
"""
from __future__ import annotations

import math

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = ["information_curve", "reliability_of_estimates", "reliability_of_items",
           "reliability_of_simulation"]


def information_curve(a: ArrayLike, b: ArrayLike, c: ArrayLike | None = None,
                      theta: ArrayLike | None = None
                      ) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """(theta, test information, SE = 1/sqrt(I)) of a set of items on a grid (default -4..4)."""
    th = np.linspace(-4, 4, 81) if theta is None else np.asarray(theta, dtype=np.float64)
    a_, b_ = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    c_ = np.zeros_like(a_) if c is None else np.asarray(c, dtype=np.float64)
    F = 1.0 / (1.0 + np.exp(-a_[None, :] * (th[:, None] - b_[None, :])))
    P = c_ + (1 - c_) * F
    d1 = a_ * (1 - c_) * F * (1 - F)
    info = (d1 * d1 / np.clip(P * (1 - P), 1e-300, None)).sum(1)
    with np.errstate(divide="ignore"):
        se = np.where(info > 0, 1.0 / np.sqrt(np.where(info > 0, info, 1.0)), math.inf)
    return th, info, se


def reliability_of_items(a: ArrayLike, b: ArrayLike, c: ArrayLike | None = None,
                         mean: float = 0.0, sd: float = 1.0, n_quad: int = 121) -> float:
    """Marginal reliability of a fixed set of items for θ ~ N(mean, sd²)."""
    if not sd > 0:
        raise ValueError("sd must be positive")
    th = np.linspace(mean - 6 * sd, mean + 6 * sd, n_quad)
    w = np.exp(-0.5 * ((th - mean) / sd) ** 2)
    w /= w.sum()
    _, info, _ = information_curve(a, b, c, th)
    err = float((w / (info + 1.0 / sd**2)).sum())
    return 1.0 - err / sd**2


def reliability_of_simulation(true_theta: ArrayLike, se: ArrayLike) -> float:
    """``1 - mean(SE²) / var(true θ)`` of a simulated design (NaN if undefined)."""
    t = np.asarray(true_theta, dtype=np.float64)
    s = np.asarray(se, dtype=np.float64)
    ok = np.isfinite(s)
    if ok.sum() < 2 or np.var(t[ok]) <= 0:
        return math.nan
    return float(1.0 - np.mean(s[ok] ** 2) / np.var(t[ok], ddof=1))


def reliability_of_estimates(theta: ArrayLike, se: ArrayLike) -> float:
    """``var(θ̂) / (var(θ̂) + mean(SE²))`` of completed sessions (NaN if fewer than 2)."""
    t = np.asarray(theta, dtype=np.float64)
    s = np.asarray(se, dtype=np.float64)
    ok = np.isfinite(t) & np.isfinite(s)
    if ok.sum() < 2:
        return math.nan
    v = float(np.var(t[ok], ddof=1))
    return v / (v + float(np.mean(s[ok] ** 2)))
