"""M-step updates and standard errors of the MML-EM calibration (see :mod:`.calibration`).

Every function works on all items at once (vectorised); ``seen`` marks the items being
estimated (the others keep their values).
"""
from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

__all__ = ["mstep_1pl", "mstep_2pl", "mstep_3pl", "sig", "standard_errors"]


def sig(z: NDArray[np.float64]) -> NDArray[np.float64]:
    return 1.0 / (1.0 + np.exp(-z))


def mstep_2pl(a, d, r, n, nodes, a_prior_sd, steps, seen):
    """Vectorised Newton steps for (a, d) of every item."""
    a, d = a.copy(), d.copy()
    for _ in range(steps):
        F = sig(a[:, None] * nodes + d[:, None])
        resid = r - n * F
        w = n * F * (1 - F)
        g_d = resid.sum(1)
        g_a = resid @ nodes
        h_dd = -w.sum(1)
        h_da = -(w @ nodes)
        h_aa = -(w @ (nodes * nodes))
        if a_prior_sd is not None:
            la = np.log(a)
            s2 = a_prior_sd * a_prior_sd
            g_a = g_a - la / (s2 * a)
            h_aa = h_aa + np.minimum((la - 1.0) / (s2 * a * a), 0.0)
        det = h_dd * h_aa - h_da * h_da
        ok = seen & (det > 1e-12) & (h_dd < 0)
        safe = np.where(ok, det, 1.0)
        step_d = np.where(ok, -(h_aa * g_d - h_da * g_a) / safe, 0.0)
        step_a = np.where(ok, -(-h_da * g_d + h_dd * g_a) / safe, 0.0)
        step_d = np.clip(step_d, -1.0, 1.0)
        step_a = np.clip(step_a, -0.5, 0.5)
        a = np.clip(a + step_a, 0.05, 8.0)
        d = np.clip(d + step_d, -25.0, 25.0)
    return a, d


def mstep_3pl(a, d, c, r, n, nodes, a_prior_sd, c_prior, steps, seen):
    """Vectorised Fisher-scoring steps for (a, d, c) of every item.

    Gradient ``sum_q (r - n P) / (P Q) dP/dk`` and expected information
    ``sum_q n / (P Q) dP/dk dP/dl`` with ``dP/dd = (1-c) F (1-F)``,
    ``dP/da = theta dP/dd``, ``dP/dc = 1 - F``; plus the log-normal prior on
    ``a`` and the Beta prior on ``c``.
    """
    # start inside the Beta prior's support: c = 0 (e.g. a bank imported as 2PL) would put the
    # prior's log-density gradient at infinity on the first step
    a, d, c = a.copy(), d.copy(), np.clip(c, 1e-4, 0.5)
    al, be = c_prior if c_prior is not None else (1.0, 1.0)  # Beta(1, 1) = no prior
    for _ in range(steps):
        F = sig(a[:, None] * nodes + d[:, None])
        cc = c[:, None]
        P = np.clip(cc + (1 - cc) * F, 1e-10, 1 - 1e-10)
        PQ = P * (1 - P)
        dd = (1 - cc) * F * (1 - F)
        da = dd * nodes
        dc = 1 - F
        resid = (r - n * P) / PQ
        w = n / PQ
        derivs = (dd, da, dc)
        g = np.stack([(resid * x).sum(1) for x in derivs], axis=1)
        H = np.empty((a.size, 3, 3))
        for i in range(3):
            for j in range(i, 3):
                H[:, i, j] = H[:, j, i] = -(w * derivs[i] * derivs[j]).sum(1)
        if a_prior_sd is not None:
            la = np.log(a)
            s2 = a_prior_sd * a_prior_sd
            g[:, 1] -= la / (s2 * a)
            H[:, 1, 1] += np.minimum((la - 1.0) / (s2 * a * a), 0.0)
        g[:, 2] += (al - 1) / c - (be - 1) / (1 - c)
        H[:, 2, 2] -= (al - 1) / c**2 + (be - 1) / (1 - c) ** 2
        ok = seen & np.isfinite(H).all(axis=(1, 2)) & (np.linalg.det(-H) > 1e-12)
        step = np.zeros((a.size, 3))
        if ok.any():
            step[ok] = np.linalg.solve(-H[ok], g[ok][..., None])[..., 0]
        d = np.clip(d + np.clip(step[:, 0], -1.0, 1.0), -25.0, 25.0)
        a = np.clip(a + np.clip(step[:, 1], -0.5, 0.5), 0.05, 8.0)
        c = np.clip(c + np.clip(step[:, 2], -0.1, 0.1), 1e-4, 0.5)
    return a, d, c


def mstep_1pl(a, d, r, n, nodes, fixed_a, steps, seen):
    """Newton on each intercept, then (unless fixed) on the shared slope."""
    a, d = a.copy(), d.copy()
    for _ in range(steps):
        F = sig(a[:, None] * nodes + d[:, None])
        resid = r - n * F
        w = n * F * (1 - F)
        h = w.sum(1)
        d = np.where(seen & (h > 1e-12), d + np.clip(resid.sum(1) / np.maximum(h, 1e-12), -1, 1), d)
        d = np.clip(d, -25.0, 25.0)
        if fixed_a is None:
            F = sig(a[:, None] * nodes + d[:, None])
            resid = (r - n * F)[seen]
            w = (n * F * (1 - F))[seen]
            g = float((resid @ nodes).sum())
            hh = float((w @ (nodes * nodes)).sum())
            if hh > 1e-12:
                a = np.full_like(a, float(np.clip(a[0] + np.clip(g / hh, -0.5, 0.5), 0.05, 8.0)))
    return a, d


def standard_errors(data, post, nodes, a, d, c, F, P, model, a_prior_sd, c_prior, fixed_a):
    """Cross-product (XPD) information per item, delta method to (a, b, c)."""
    J = a.size
    Q1 = 1 - P
    dF = (1 - c[:, None]) * F * (1 - F)  # dP/dd
    grads = [dF * 1.0]  # d
    if model != "1pl" or fixed_a is None:
        grads.append(dF * nodes)  # a
    if model == "3pl":
        grads.append(1 - F)  # c
    scores = [data.scores(post, g / P, g / Q1) for g in grads]
    k = len(grads)
    nan = np.full(J, np.nan)
    se_a, se_b, se_c = nan.copy(), nan.copy(), nan.copy()
    if model == "1pl":
        info_d = data.item_sum(scores[0] * scores[0])
        var_d = 1.0 / np.maximum(info_d, 1e-300)
        var_a = 0.0
        if fixed_a is None:
            sa = data.person_sum(scores[1])
            var_a = 1.0 / max(float(sa @ sa), 1e-300)
            se_a[:] = math.sqrt(var_a)
        se_b = np.sqrt(var_d / a**2 + var_a * d**2 / a**4)
        return se_a, se_b, se_c
    info = np.empty((J, k, k))
    for i in range(k):
        for j in range(i, k):
            info[:, i, j] = info[:, j, i] = data.item_sum(scores[i] * scores[j])
    if a_prior_sd is not None:
        la = np.log(a)
        info[:, 1, 1] += np.maximum(-(la - 1.0) / (a_prior_sd**2 * a * a), 0.0)
    if model == "3pl" and c_prior is not None:
        al, be = c_prior
        cc = np.clip(c, 1e-6, 1 - 1e-6)
        info[:, 2, 2] += (al - 1) / cc**2 + (be - 1) / (1 - cc) ** 2
    ok = np.isfinite(info).all(axis=(1, 2)) & (np.linalg.det(info) > 0)
    cov = np.full_like(info, np.nan)
    if ok.any():
        cov[ok] = np.linalg.inv(info[ok])
    var_d, var_a, cov_da = cov[:, 0, 0], cov[:, 1, 1], cov[:, 0, 1]
    se_a = np.sqrt(var_a)
    # b = -d/a: db/dd = -1/a, db/da = d/a^2
    var_b = var_d / a**2 + var_a * d**2 / a**4 - 2 * cov_da * d / a**3
    se_b = np.sqrt(np.maximum(var_b, 0))
    if model == "3pl":
        se_c = np.sqrt(cov[:, 2, 2])
    return se_a, se_b, se_c
