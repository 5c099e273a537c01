"""Item fit: Orlando-Thissen S-X2 and Rasch-style infit / outfit mean squares.

S-X2 (Orlando & Thissen 2000, 2003)
-----------------------------------
Persons are grouped by their summed score ``s`` (number correct).  For item ``i``
the observed proportion correct in score group ``s`` is compared with the
model's expected proportion, computed without ability estimates::

    E_is = int P_i(t) f*_i(s - 1 | t) phi(t) dt / int f(s | t) phi(t) dt

where ``f(s | t)`` is the summed-score distribution of the test at ability ``t``
and ``f*_i`` the same without item ``i`` (Lord-Wingersky recursion), integrated on
a quadrature grid against the N(0, 1) ability distribution of the calibration.
Score groups with expected counts below ``min_expected`` (in either category)
are pooled with their neighbours from the extremes inwards; then::

    S-X2_i = sum_k N_k (O_ik - E_ik)^2 / (E_ik (1 - E_ik)),
    df = (number of pooled groups) - (number of estimated item parameters),

with a chi-square p-value.  Groups ``s = 0`` and ``s = J`` carry no information
and are left out.  Data with missing answers (each person answered a subset,
e.g. several fixed forms) are handled by computing each person's expected
value with the items that person answered and grouping by (number answered,
number correct): the statistic then sums over test lengths.

Infit / outfit (Wright & Masters 1982)
--------------------------------------
With each person's ability estimate ``theta_n`` and ``P = P_i(theta_n)``,
``W = P (1 - P)``, ``z = (u - P) / sqrt(W)``::

    outfit_i = mean_n z^2,          infit_i = sum_n (u - P)^2 / sum_n W

Both are near 1 under the model; above about 1.3 is underfit (noise), below
about 0.7 overfit (too predictable).  They are the usual Rasch (1PL)
statistics and are reported for any model.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray


def _p(theta: NDArray[np.float64], a: NDArray[np.float64], b: NDArray[np.float64],
       c: NDArray[np.float64]) -> NDArray[np.float64]:
    """3PL probability with numpy broadcasting (no 1.7 constant)."""
    return c + (1.0 - c) / (1.0 + np.exp(-a * (theta - b)))

__all__ = ["ItemFit", "chi2_sf", "infit_outfit", "lord_wingersky", "sx2"]


def chi2_sf(x: float, df: int) -> float:
    """Upper tail ``P(X > x)`` of a chi-square with integer ``df`` >= 1 (exact series)."""
    if df < 1:
        return math.nan
    if not x > 0:
        return 1.0
    h = x / 2.0
    if df % 2 == 0:  # exp(-h) * sum_{k < df/2} h^k / k!
        term, total = 1.0, 1.0
        for k in range(1, df // 2):
            term *= h / k
            total += term
        return min(1.0, math.exp(-h) * total)
    # odd: erfc(sqrt(h)) + exp(-h) * sum_{k=1}^{(df-1)/2} h^(k-1/2) / Gamma(k + 1/2)
    total = math.erfc(math.sqrt(h))
    term = math.exp(-h) * math.sqrt(h) / math.gamma(1.5)
    for k in range(1, (df - 1) // 2 + 1):
        total += term
        term *= h / (k + 0.5)
    return min(1.0, total)


def lord_wingersky(P: NDArray[np.float64]) -> NDArray[np.float64]:
    """Summed-score distribution: ``P`` is (J, Q) correct probabilities; returns (J + 1, Q)."""
    J, Q = P.shape
    f = np.zeros((J + 1, Q))
    f[0] = 1.0
    for j in range(J):
        p = P[j]
        f[1:j + 2] = f[1:j + 2] * (1 - p) + f[0:j + 1] * p
        f[0] *= 1 - p
    return f


@dataclass(frozen=True)
class ItemFit:
    """S-X2 per item (NaN where it cannot be computed: df < 1 or too few answers)."""

    sx2: NDArray[np.float64]
    df: NDArray[np.int64]
    p_value: NDArray[np.float64]
    n: NDArray[np.int64]


def _pool(obs: NDArray[np.float64], exp: NDArray[np.float64], cnt: NDArray[np.float64],
          min_expected: float) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """Pool adjacent groups from both ends until every group's expected correct and wrong
    counts reach ``min_expected``. ``obs``/``exp`` are counts of correct answers."""
    groups = [[float(o), float(e), float(n)] for o, e, n in zip(obs, exp, cnt) if n > 0]

    def small(g: list[float]) -> bool:
        return g[1] < min_expected or g[2] - g[1] < min_expected

    def merge(dst: list[float], src: list[float]) -> None:
        for k in range(3):
            dst[k] += src[k]

    while len(groups) > 1 and small(groups[0]):
        merge(groups[1], groups.pop(0))
    while len(groups) > 1 and small(groups[-1]):
        merge(groups[-2], groups.pop())
    k = 1
    while k < len(groups) - 1:  # interior leftovers: merge into the smaller neighbour
        if small(groups[k]):
            nb = k - 1 if groups[k - 1][2] <= groups[k + 1][2] else k + 1
            merge(groups[nb], groups.pop(k))
        else:
            k += 1
    arr = np.array(groups, dtype=np.float64).reshape(-1, 3)
    return arr[:, 0], arr[:, 1], arr[:, 2]


def sx2(responses: ArrayLike, a: ArrayLike, b: ArrayLike, c: ArrayLike | None = None, *,
        n_params: int | ArrayLike = 2, n_quad: int = 61, quad_range: float = 6.0,
        min_expected: float = 1.0) -> ItemFit:
    """S-X2 of every item of a persons x items 0/1 matrix (NaN = not answered).

    ``n_params``: parameters estimated per item (1PL 1, 2PL 2, 3PL 3; an array for mixed
    banks), subtracted from the degrees of freedom.
    """
    X = np.asarray(responses, dtype=np.float64)
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    c = np.zeros_like(a) if c is None else np.asarray(c, dtype=np.float64)
    N, J = X.shape
    npar = np.broadcast_to(np.asarray(n_params, dtype=np.int64), (J,))
    nodes = np.linspace(-quad_range, quad_range, n_quad)
    w = np.exp(-0.5 * nodes**2)
    w /= w.sum()
    P = _p(nodes[None, :], a[:, None], b[:, None], c[:, None])  # (J, Q)
    answered = ~np.isnan(X)
    score = np.where(answered, X, 0).sum(1).astype(np.int64)
    length = answered.sum(1)
    # expected per person and item, grouped by answered-item pattern (one pattern if complete)
    E = np.full((N, J), np.nan)
    patterns, inverse = np.unique(answered, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    for g, pat in enumerate(patterns):
        items = np.flatnonzero(pat)
        if items.size < 2:
            continue
        rows = np.flatnonzero(inverse == g)
        Pg = P[items]
        denom = lord_wingersky(Pg) @ w  # (L + 1,)
        s = score[rows]
        for pos, item in enumerate(items.tolist()):
            rest = lord_wingersky(np.delete(Pg, pos, axis=0))  # (L, Q)
            num = np.zeros(items.size + 1)
            num[1:] = (rest * Pg[pos]) @ w
            with np.errstate(invalid="ignore", divide="ignore"):
                ratio = np.where(denom > 0, num / denom, np.nan)
            E[rows, item] = ratio[s]
    out_x, out_df, out_p, out_n = (np.full(J, np.nan), np.zeros(J, np.int64), np.full(J, np.nan),
                                   np.zeros(J, np.int64))
    for i in range(J):
        keep = answered[:, i] & (score > 0) & (score < length) & np.isfinite(E[:, i])
        out_n[i] = int(answered[:, i].sum())
        if not keep.any():
            continue
        key = length[keep] * (J + 1) + score[keep]
        ukeys, kinv = np.unique(key, return_inverse=True)
        obs = np.bincount(kinv, weights=X[keep, i])
        exp = np.bincount(kinv, weights=E[keep, i])
        cnt = np.bincount(kinv).astype(np.float64)
        # pool within each test length (score groups of different lengths are not neighbours)
        lens = ukeys // (J + 1)
        stat, groups = 0.0, 0
        for L in np.unique(lens):
            m = lens == L
            o, e, n = _pool(obs[m], exp[m], cnt[m], min_expected)
            ok = (e > 0) & (e < n)
            pe = e[ok] / n[ok]
            stat += float((n[ok] * (o[ok] / n[ok] - pe) ** 2 / (pe * (1 - pe))).sum())
            groups += int(ok.sum())
        df = groups - int(npar[i])
        out_df[i] = df
        if df >= 1:
            out_x[i] = stat
            out_p[i] = chi2_sf(stat, df)
    return ItemFit(sx2=out_x, df=out_df, p_value=out_p, n=out_n)


def infit_outfit(responses: ArrayLike, theta: ArrayLike, a: ArrayLike, b: ArrayLike,
                 c: ArrayLike | None = None) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """(infit, outfit) mean squares per item of a persons x items matrix (NaN = not answered)."""
    X = np.asarray(responses, dtype=np.float64)
    th = np.asarray(theta, dtype=np.float64)
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    c = np.zeros_like(a) if c is None else np.asarray(c, dtype=np.float64)
    P = _p(th[:, None], a[None, :], b[None, :], c[None, :])
    W = P * (1 - P)
    ans = ~np.isnan(X)
    R2 = np.where(ans, (np.nan_to_num(X) - P) ** 2, 0.0)
    Wm = np.where(ans, W, 0.0)
    n = ans.sum(0)
    with np.errstate(invalid="ignore", divide="ignore"):
        outfit = np.where(n > 0, (R2 / np.where(ans, W, 1.0)).sum(0) / n, np.nan)
        infit = np.where(n > 0, R2.sum(0) / Wm.sum(0), np.nan)
    return infit, outfit
