"""Ability (theta) estimation: EAP, MAP and bounded MLE, batch and incremental.

EAP (the reference definition a server-side implementation must reproduce)
------------------------------------------------------------------------
Grid: ``n`` points evenly spaced on ``[lo, hi]`` (default 121 points, -6..6,
step 0.1: six prior SDs each side, so an all-correct or all-wrong pattern's
posterior is not cut off; see docs/cat.md for the size of the effect)::

    theta_k = lo + k * (hi - lo) / (n - 1),          k = 0 .. n-1

Prior weights: the normal density at each grid point, normalised to sum 1::

    w_k = phi((theta_k - mu) / sigma) / sum_j phi((theta_j - mu) / sigma)

Log-posterior after answers ``u_i`` (1 correct, 0 wrong) to items ``i``::

    L_k = log w_k + sum_i [ u_i log P_i(theta_k) + (1 - u_i) log(1 - P_i(theta_k)) ]

with ``P_i`` the 3PL probability of :mod:`.models` (no 1.7 constant),
clipped to ``[1e-12, 1 - 1e-12]``.  Posterior weights, estimate and SE::

    pi_k   = exp(L_k - max_j L_j) / sum_m exp(L_m - max_j L_j)
    theta  = sum_k pi_k theta_k                        (posterior mean)
    SE     = sqrt( sum_k pi_k (theta_k - theta)^2 )    (posterior SD)

With no answers this gives the (discretised) prior mean and SD.

MAP
---
Maximises ``loglik(theta) + log N(theta; mu, sigma)`` over ``[lo, hi]`` of
the grid (grid search, then safeguarded Newton inside the bracket around the
best grid point).  SE = ``1 / sqrt(I(theta) + 1 / sigma^2)`` with ``I`` the
test (Fisher) information of the administered items.

WLE
---
Warm's weighted likelihood estimator (:mod:`.wle`) on ``[mle_min, mle_max]``;
SE = ``1 / sqrt(I(theta))`` (infinite with no answers).

MLE (bounded rule)
------------------
The MLE is the maximiser of the likelihood over the **closed** interval
``[mle_min, mle_max]`` (default ``[-4, 4]``).  For a mixed pattern this is
the ordinary interior MLE; for an all-correct pattern the likelihood is
increasing so the estimate is ``mle_max`` (all-wrong: ``mle_min``), and no
estimate is ever infinite.  SE = ``1 / sqrt(I(theta))`` for a mixed pattern;
for no answers and for all-correct / all-wrong patterns the SE is **infinite**:
the bound is a placeholder, not an estimate (the likelihood has no maximum),
and ``1 / sqrt(I(bound))`` would claim a precision the data do not have
(e.g. 0.6 after five correct answers).  An SE stopping rule therefore never
fires on such a pattern.
"""
from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .models import PROB_EPS, normalize_params, prob

__all__ = [
    "QuadratureGrid",
    "ThetaEstimator",
    "eap",
    "map_estimate",
    "mle",
    "posterior_summary",
]

ESTIMATORS = ("eap", "map", "mle", "wle")


@dataclass(frozen=True)
class QuadratureGrid:
    """Evenly spaced grid with a normal prior (see module docstring)."""

    lo: float = -6.0
    hi: float = 6.0
    n: int = 121
    prior_mean: float = 0.0
    prior_sd: float = 1.0

    def __post_init__(self) -> None:
        if self.n < 2 or not self.hi > self.lo:
            raise ValueError("grid needs n >= 2 and hi > lo")
        if not self.prior_sd > 0:
            raise ValueError("prior_sd must be positive")

    @property
    def points(self) -> NDArray[np.float64]:
        k = np.arange(self.n, dtype=np.float64)
        return self.lo + k * (self.hi - self.lo) / (self.n - 1)

    @property
    def prior_weights(self) -> NDArray[np.float64]:
        z = (self.points - self.prior_mean) / self.prior_sd
        dens = np.exp(-0.5 * z * z)  # the 1/sqrt(2 pi) sigma factor cancels
        return dens / dens.sum()

    @property
    def log_prior(self) -> NDArray[np.float64]:
        return np.log(self.prior_weights)


def posterior_summary(points: NDArray[np.float64], log_post: NDArray[np.float64]) -> tuple[float, float]:
    """Posterior mean and SD from an (unnormalised) log-posterior on a grid."""
    w = np.exp(log_post - log_post.max())
    w /= w.sum()
    mean = float(w @ points)
    var = float(w @ ((points - mean) ** 2))
    return mean, math.sqrt(max(var, 0.0))


def _grid_loglik(points: NDArray[np.float64], u: ArrayLike, a: ArrayLike, b: ArrayLike,
                 c: ArrayLike | None) -> NDArray[np.float64]:
    u_arr = np.asarray(u, dtype=np.float64)
    if u_arr.size == 0:
        return np.zeros_like(points)
    p = np.clip(prob(points, a, b, c), PROB_EPS, 1.0 - PROB_EPS)
    return (np.log(p) * u_arr + np.log1p(-p) * (1.0 - u_arr)).sum(axis=1)


def eap(
    responses: ArrayLike, a: ArrayLike, b: ArrayLike, c: ArrayLike | None = None,
    grid: QuadratureGrid | None = None,
) -> tuple[float, float]:
    """EAP estimate and posterior SD for one response vector."""
    g = grid or QuadratureGrid()
    pts = g.points
    return posterior_summary(pts, g.log_prior + _grid_loglik(pts, responses, a, b, c))


def _maximize(
    objective_grid: NDArray[np.float64],
    points: list[float],
    derivs,
    lo: float,
    hi: float,
) -> float:
    """Bounded 1-D maximisation: best grid point, then safeguarded Newton.

    ``points`` is the (evenly spaced) grid as a list, ``objective_grid`` the
    objective on it and ``derivs(theta) -> (d1, d2)``.  The search stays
    inside the bracket formed by the neighbours of the best grid point, so it
    cannot wander to a different local mode.  Returns ``lo``/``hi`` when the
    maximum is at a bound.  Converged when a Newton step is below 1e-5 (the
    step is then applied; with quadratic convergence the remaining error is
    ~1e-10).
    """
    k = int(objective_grid.argmax())
    n = len(points)
    left = points[k - 1] if k > 0 else points[0]
    right = points[k + 1] if k < n - 1 else points[-1]
    x = points[k]
    if 1 < k < n - 2:
        x = _quartic_start(objective_grid[k - 2 : k + 3].tolist(), x, points[k + 1] - x)
    elif 0 < k < n - 1:
        # start at the vertex of the parabola through the three best grid values
        fl, fc, fr = objective_grid[k - 1 : k + 2].tolist()
        curv = fl - 2.0 * fc + fr
        if curv < 0:
            x += 0.5 * (right - left) * 0.5 * (fl - fr) / curv
    d1, d2 = derivs(x)
    if k == 0 and x == lo and d1 <= 0:
        return lo
    if k == n - 1 and x == hi and d1 >= 0:
        return hi
    for _ in range(100):
        if d1 > 0:
            left = max(left, x)
        elif d1 < 0:
            right = min(right, x)
        else:
            break
        if d2 < 0:
            step = -d1 / d2
            cand = x + step
            if -1e-5 < step < 1e-5 and left <= cand <= right:
                x = cand  # quadratic convergence: the remaining error is O(step^2)
                break
        else:
            cand = x + (right - left) / 2 if d1 > 0 else x - (right - left) / 2
        if not left < cand < right:
            cand = 0.5 * (left + right)
        if right - left < 1e-10:
            x = cand
            break
        x = cand
        d1, d2 = derivs(x)
    return lo if x < lo else min(x, hi)


def _quartic_start(f: list[float], x0: float, h: float) -> float:
    """Maximiser of the quartic through 5 equally spaced values around ``x0``.

    Gives a start within ~1e-5 of the true maximum for smooth
    log-likelihoods on a 0.1 grid, so one Newton step usually converges.
    """
    fm2, fm1, f0, f1, f2 = f
    d1 = (fm2 - 8.0 * fm1 + 8.0 * f1 - f2) / 12.0
    d2 = (-fm2 + 16.0 * fm1 - 30.0 * f0 + 16.0 * f1 - f2) / 12.0
    d3 = (-fm2 + 2.0 * fm1 - 2.0 * f1 + f2) / 2.0
    d4 = fm2 - 4.0 * fm1 + 6.0 * f0 - 4.0 * f1 + f2
    if not d2 < 0:
        return x0
    t = 0.0
    for _ in range(4):
        g = d1 + t * (d2 + t * (0.5 * d3 + t * d4 / 6.0))
        gp = d2 + t * (d3 + 0.5 * t * d4)
        if not gp < 0:
            break
        t_new = t - g / gp
        if not -1.0 <= t_new <= 1.0:
            break
        t = t_new
    return x0 + h * t


def _derivs(u: NDArray, a: NDArray, b: NDArray, c: NDArray, ab: NDArray | None = None, one_c: NDArray | None = None):
    """Closure returning (d1, d2) of the log-likelihood (see models.log_likelihood_derivatives).

    ``ab = a * b`` and ``one_c = 1 - c`` may be passed precomputed.
    """
    one_c = 1.0 - c if one_c is None else one_c
    ab = a * b if ab is None else ab

    def fn(theta: float) -> tuple[float, float]:
        # d1 = sum a (u - P) f / P
        # d2 = sum a^2 f (1 - f) / P * (-(1 - c) f + (u - P) c / P)
        if u.size == 0:
            return 0.0, 0.0
        f = ab - a * theta
        np.exp(f, out=f)
        f += 1.0
        np.reciprocal(f, out=f)
        p = one_c * f
        p += c
        t = a * f
        t /= p
        r = u - p
        d1 = float(r @ t)
        w = r * c
        w /= p
        w -= one_c * f
        t *= a
        t *= 1.0 - f
        return d1, float(t @ w)

    return fn


def _info(theta: float, a: NDArray, b: NDArray, c: NDArray) -> float:
    f = 1.0 / (1.0 + np.exp(-a * (theta - b)))
    p = c + (1.0 - c) * f
    return float(np.sum(a * a * f * f * (1.0 - p) / np.maximum(p, PROB_EPS)))


def map_estimate(
    responses: ArrayLike, a: ArrayLike, b: ArrayLike, c: ArrayLike | None = None,
    grid: QuadratureGrid | None = None,
) -> tuple[float, float]:
    """MAP estimate with a normal prior; SE from Fisher information + prior precision."""
    g = grid or QuadratureGrid()
    a_arr, b_arr, c_arr = normalize_params(a, b, c) if np.size(a) else (np.zeros(0),) * 3
    u = np.asarray(responses, dtype=np.float64)
    pts = g.points
    obj = g.log_prior + _grid_loglik(pts, u, a_arr, b_arr, c_arr)
    return _map_from_grid(obj, pts, g, u, a_arr, b_arr, c_arr)


def _map_theta(obj, pts, g: QuadratureGrid, prec: float, u, a, b, c) -> float:
    base = _derivs(u, a, b, c)
    mu = g.prior_mean

    def fn(theta: float) -> tuple[float, float]:
        d1, d2 = base(theta)
        return d1 - (theta - mu) * prec, d2 - prec

    return _maximize(obj, pts if isinstance(pts, list) else pts.tolist(), fn, g.lo, g.hi)


def _map_from_grid(obj, pts, g: QuadratureGrid, u, a, b, c) -> tuple[float, float]:
    prec = 1.0 / (g.prior_sd * g.prior_sd)
    theta = _map_theta(obj, pts, g, prec, u, a, b, c)
    info = _info(theta, a, b, c) if u.size else 0.0
    return theta, 1.0 / math.sqrt(info + prec)


def _mle_grid(lo: float, hi: float) -> NDArray[np.float64]:
    n = max(round((hi - lo) / 0.1) + 1, 3)
    return np.linspace(lo, hi, n)


def mle(
    responses: ArrayLike, a: ArrayLike, b: ArrayLike, c: ArrayLike | None = None,
    bounds: tuple[float, float] = (-4.0, 4.0),
) -> tuple[float, float]:
    """Bounded MLE (see module docstring) and ``1/sqrt(I(theta))``."""
    lo, hi = float(bounds[0]), float(bounds[1])
    u = np.asarray(responses, dtype=np.float64)
    if u.size == 0:
        return 0.5 * (lo + hi), math.inf
    a_arr, b_arr, c_arr = normalize_params(a, b, c)
    pts = _mle_grid(lo, hi)
    return _mle_from_grid(_grid_loglik(pts, u, a_arr, b_arr, c_arr), pts, lo, hi, u, a_arr, b_arr, c_arr)


def _mle_from_grid(obj, pts, lo, hi, u, a, b, c) -> tuple[float, float]:
    theta = _maximize(obj, pts.tolist(), _derivs(u, a, b, c), lo, hi)
    if not 0 < float(u.sum()) < u.size:
        return theta, math.inf  # no finite MLE: the bound carries no precision
    info = _info(theta, a, b, c)
    return theta, (1.0 / math.sqrt(info) if info > 0 else math.inf)


@functools.lru_cache(maxsize=64)
def _grid_constants(grid: QuadratureGrid) -> tuple[NDArray[np.float64], NDArray[np.float64], list[float]]:
    """Read-only grid points, log prior weights and the points as a list (shared)."""
    pts = grid.points
    logp = grid.log_prior
    pts.setflags(write=False)
    logp.setflags(write=False)
    return pts, logp, pts.tolist()


@functools.lru_cache(maxsize=64)
def _mle_constants(lo: float, hi: float) -> tuple[NDArray[np.float64], list[float]]:
    pts = _mle_grid(lo, hi)
    pts.setflags(write=False)
    return pts, pts.tolist()


class ThetaEstimator:
    """Incremental estimator used by a CAT session.

    Keeps the log-likelihood on the EAP grid (and, for MLE, on the MLE search
    grid); each answer adds one item's log-likelihood, so an EAP update costs
    one vector operation on ``n`` grid points regardless of test length.
    MAP/MLE refine the best grid point with Newton steps over the answered
    items only.
    """

    def __init__(
        self,
        method: str = "eap",
        grid: QuadratureGrid | None = None,
        mle_bounds: tuple[float, float] = (-4.0, 4.0),
    ) -> None:
        if method not in ESTIMATORS:
            raise ValueError(f"unknown estimator {method!r}; expected one of {ESTIMATORS}")
        self.method = method
        self.grid = grid or QuadratureGrid()
        self.mle_bounds = (float(mle_bounds[0]), float(mle_bounds[1]))
        self._pts, self._log_prior, self._pts_list = _grid_constants(self.grid)
        self._loglik = np.zeros(self._pts.shape[0])
        self._mle_pts: NDArray[np.float64] | None = None
        self._mle_pts_list: list[float] = []
        self._mle_ll: NDArray[np.float64] | None = None
        if method == "mle":
            self._mle_pts, self._mle_pts_list = _mle_constants(*self.mle_bounds)
            self._mle_ll = np.zeros(len(self._mle_pts_list))
        # answered items: rows a, b, c, u, a*b, 1-c (separate arrays, grown on demand)
        self._rows = [np.zeros(16) for _ in range(6)]
        self._n_correct = 0
        self._eap_complete = True  # _loglik holds every answer
        self._n = 0
        self._cache: tuple[float, float] | None = None
        self._theta: float | None = None

    @property
    def n_answers(self) -> int:
        return self._n

    @property
    def mixed(self) -> bool:
        """True once the answers contain at least one correct and one wrong answer."""
        return 0 < self._n_correct < self._n

    def add_response(self, a: float, b: float, c: float, correct: bool | int) -> None:
        """Add one answered item (parameters on the logistic metric)."""
        u = 1.0 if correct else 0.0
        n = self._n
        rows = self._rows
        if n == rows[0].shape[0]:
            rows = self._rows = [np.concatenate([r, np.zeros_like(r)]) for r in rows]
        rows[0][n] = a
        rows[1][n] = b
        rows[2][n] = c
        rows[3][n] = u
        rows[4][n] = a * b
        rows[5][n] = 1.0 - c
        self._n_correct += int(u)
        self._n += 1
        if self._mle_pts is None or self._mle_ll is None:
            self._loglik += self._item_ll(self._pts, a, b, c, u)
        else:
            self._mle_ll += self._item_ll(self._mle_pts, a, b, c, u)
            # the MLE path needs the EAP grid only until the pattern is mixed
            # (selection uses EAP then); afterwards it is rebuilt on demand
            if self._eap_complete and not self.mixed:
                self._loglik += self._item_ll(self._pts, a, b, c, u)
            else:
                self._eap_complete = False
        self._cache = None
        self._theta = None

    @staticmethod
    def _item_ll(pts: NDArray[np.float64], a: float, b: float, c: float, u: float) -> NDArray[np.float64]:
        p = np.exp(pts * -a + a * b)
        p += 1.0
        np.reciprocal(p, out=p)
        p *= 1.0 - c
        p += c
        np.maximum(p, PROB_EPS, out=p)
        np.minimum(p, 1.0 - PROB_EPS, out=p)
        if u:
            return np.log(p, out=p)
        np.negative(p, out=p)
        return np.log1p(p, out=p)

    def log_posterior(self) -> NDArray[np.float64]:
        """Unnormalised log-posterior on the EAP grid."""
        if not self._eap_complete:
            n = self._n
            a, b, c, u = (r[:n] for r in self._rows[:4])
            return self._log_prior + _grid_loglik(self._pts, u, a, b, c)
        return self._log_prior + self._loglik

    def eap(self) -> tuple[float, float]:
        """EAP and posterior SD on the grid (whatever the configured method)."""
        return posterior_summary(self._pts, self.log_posterior())

    def theta(self) -> float:
        """Current point estimate (cached; MAP/MLE skip the SE computation)."""
        if self._cache is not None:
            return self._cache[0]
        if self._theta is None:
            if self.method == "eap":
                self._cache = self.eap()
                return self._cache[0]
            n = self._n
            rows = self._rows
            a, b, c, u, ab, one_c = rows[0][:n], rows[1][:n], rows[2][:n], rows[3][:n], rows[4][:n], rows[5][:n]
            if self.method == "wle":
                from .wle import wle  # local: wle is a leaf module, imported on first use
                self._theta = wle(u, a, b, c, self.mle_bounds)[0] if n else 0.5 * sum(self.mle_bounds)
            elif self.method == "map":
                g = self.grid
                prec = 1.0 / (g.prior_sd * g.prior_sd)
                self._theta = _map_theta(self._log_prior + self._loglik, self._pts_list, g, prec, u, a, b, c)
            elif self._n == 0:
                self._theta = 0.5 * sum(self.mle_bounds)
            else:
                lo, hi = self.mle_bounds
                assert self._mle_ll is not None
                self._theta = _maximize(self._mle_ll, self._mle_pts_list, _derivs(u, a, b, c, ab, one_c), lo, hi)
        return self._theta

    def estimate(self) -> tuple[float, float]:
        """Current ``(theta, se)`` for the configured method (cached)."""
        if self._cache is None:
            theta = self.theta()
            if self._cache is None:  # MAP / MLE: SE from the Fisher information
                n = self._n
                a, b, c = (r[:n] for r in self._rows[:3])
                info = _info(theta, a, b, c) if self._n else 0.0
                if self.method == "mle" and not self.mixed:
                    info = 0.0  # all correct / all wrong: the bound is not an estimate
                if self.method == "map":
                    info += 1.0 / (self.grid.prior_sd * self.grid.prior_sd)
                self._cache = (theta, 1.0 / math.sqrt(info) if info > 0 else math.inf)
        return self._cache


def estimate_batch(
    method: str,
    responses: Sequence[ArrayLike],
    a: ArrayLike, b: ArrayLike, c: ArrayLike | None = None,
    grid: QuadratureGrid | None = None,
    mle_bounds: tuple[float, float] = (-4.0, 4.0),
) -> list[tuple[float, float]]:
    """Score several complete response vectors on the same items."""
    out = []
    for u in responses:
        if method == "eap":
            out.append(eap(u, a, b, c, grid))
        elif method == "map":
            out.append(map_estimate(u, a, b, c, grid))
        elif method == "mle":
            out.append(mle(u, a, b, c, mle_bounds))
        elif method == "wle":
            from .wle import wle
            out.append(wle(u, a, b, c, mle_bounds))
        else:
            raise ValueError(f"unknown estimator {method!r}")
    return out
