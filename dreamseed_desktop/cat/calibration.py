"""Item calibration by marginal maximum likelihood with EM (Bock-Aitkin).

Model: ``P = c + (1 - c) F``, ``F = 1 / (1 + exp(-(a theta + d)))`` with
``b = -d / a`` (logistic metric, no 1.7 constant); ``theta ~ N(0, 1)``
(fixes the scale), approximated by ``n_quad`` evenly spaced nodes on
``[-quad_range, quad_range]`` with normalised normal weights.

* E-step: posterior weight of every person at every node given the current
  items; expected counts ``n_iq`` (answers) and ``r_iq`` (correct answers).
* M-step, per item and vectorised over items:

  - 2PL: Newton steps on ``(a, d)`` maximising
    ``sum_q r log F + (n - r) log(1 - F)`` plus the log-prior of ``a``
    (normal on ``log a``, mean 0, sd ``a_prior_sd``; ``None`` = none).
  - 1PL: one discrimination shared by all items (``fixed_a`` fixes it,
    e.g. 1.0 for Rasch); Newton on each ``d`` and on the common ``a``.
  - 3PL: Fisher-scoring steps on ``(a, d, c)`` jointly, with a
    Beta(alpha, beta) prior on ``c`` (default Beta(5, 17), mean 0.23) and
    the prior on ``a``.

* Convergence: largest change of any ``a``, ``d`` or ``c`` below ``tol``.
* Standard errors: cross-product of per-person scores (the "XPD" or
  empirical-information approximation) item by item, plus the prior
  curvature, transformed to ``(a, b, c)`` by the delta method.  For the 1PL
  the common ``a`` gets one SE shared by all items.
* Item fit: RMSD between pseudo-observed and model proportions at the
  nodes, weighted by expected answers:
  ``sqrt(sum_q n_iq (r_iq / n_iq - P_iq)^2 / sum_q n_iq)``
  (values above about 0.1 suggest misfit).

Data may be sparse (each person answered a few items); persons and items
with no answers are allowed.

Items that cannot be estimated are left uncalibrated (NaN parameters) with a
reason in ``flags`` and their answers are left out of the likelihood:
``no_answers``, ``all_correct`` / ``all_wrong`` (the maximum likelihood
estimate of ``b`` is infinite) and ``too_few_answers`` (fewer than
``min_answers``).  Estimates that end on a search bound (``a`` at 0.05 or 8,
``|d|`` at 25) are kept but flagged ``at_bound``.  Persons with one usable
answer (or none) are counted in the result: MML handles them (their
posterior is mostly the prior), but they carry little information.

Priors are explicit arguments and are reported by :meth:`CalibrationResult.summary`:
``a_prior_sd=None`` and ``c_prior=None`` give plain marginal maximum
likelihood (this reproduces published estimates of classic data sets, see
docs/cat.md).
"""
from __future__ import annotations

import csv
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._calib_data import make_data

__all__ = ["CalibrationResult", "calibrate", "calibrate_long", "load_responses_csv"]

MODELS = ("1pl", "2pl", "3pl")
# flags that leave an item uncalibrated (others, like ``at_bound``, are warnings)
UNCALIBRATED = ("no_answers", "all_correct", "all_wrong", "too_few_answers")
REASONS = {
    "no_answers": "no answers",
    "all_correct": "every answer correct: difficulty cannot be estimated",
    "all_wrong": "every answer wrong: difficulty cannot be estimated",
    "too_few_answers": "fewer answers than the minimum",
    "at_bound": "estimate stopped at a search bound",
}


def _finite_or_none(v: float) -> float | None:
    return float(v) if math.isfinite(v) else None


@dataclass
class CalibrationResult:
    model: str
    item_ids: list[str]
    a: NDArray[np.float64]
    b: NDArray[np.float64]
    c: NDArray[np.float64]
    se_a: NDArray[np.float64]
    se_b: NDArray[np.float64]
    se_c: NDArray[np.float64]
    fit: NDArray[np.float64]
    n_obs: NDArray[np.int64]
    iterations: int
    converged: bool
    log_likelihood: float
    person_ids: list[str] = field(default_factory=list)
    theta_eap: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    flags: list[str] = field(default_factory=list)
    a_prior_sd: float | None = None
    c_prior: tuple[float, float] | None = None
    n_quad: int = 41
    quad_range: float = 5.0
    tol: float = 1e-4
    max_change: float = math.nan
    min_answers: int = 1
    n_answers_used: int = 0
    person_answers: NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, np.int64))

    @property
    def calibrated(self) -> NDArray[np.bool_]:
        """Items that got estimates (not left uncalibrated)."""
        return np.array([f.split(";")[0] not in UNCALIBRATED for f in self.flags], dtype=bool) \
            if self.flags else np.isfinite(self.b)

    def priors(self) -> dict[str, str]:
        """Priors as stated to the user: ``{"a": "lognormal(0, 1.5)" | "none" | "not used", "c": ...}``."""
        a = "not used" if self.model == "1pl" else (
            "none" if self.a_prior_sd is None else f"lognormal(0, {self.a_prior_sd:g})")
        c = "not used" if self.model != "3pl" else (
            "none" if self.c_prior is None else f"beta({self.c_prior[0]:g}, {self.c_prior[1]:g})")
        return {"a": a, "c": c}

    def summary(self) -> dict[str, Any]:
        """What was done, as a JSON-ready dict (model, priors, quadrature, convergence, flags)."""
        pa = self.person_answers
        items = []
        for k, iid in enumerate(self.item_ids):
            items.append({"item_id": iid, "n_obs": int(self.n_obs[k]),
                          "calibrated": bool(self.calibrated[k]),
                          "flags": [f for f in (self.flags[k].split(";") if self.flags else []) if f]})
        return {
            "model": self.model,
            "priors": self.priors(),
            "a_prior_sd": None if self.model == "1pl" else self.a_prior_sd,
            "c_prior": list(self.c_prior) if (self.model == "3pl" and self.c_prior) else None,
            "ability_distribution": "N(0, 1)",
            "quadrature": {"points": self.n_quad, "range": [-self.quad_range, self.quad_range],
                           "kind": "evenly spaced, normal weights"},
            "iterations": self.iterations, "converged": self.converged, "tolerance": self.tol,
            "max_change_last_iteration": _finite_or_none(self.max_change),
            "log_likelihood": _finite_or_none(self.log_likelihood),
            "min_answers": self.min_answers,
            "n_items": len(self.item_ids), "n_items_calibrated": int(self.calibrated.sum()),
            "n_persons": int(pa.size), "n_answers_used": self.n_answers_used,
            "n_persons_one_answer": int((pa == 1).sum()),
            "n_persons_no_usable_answer": int((pa == 0).sum()),
            "items": items,
        }

    def to_records(self) -> list[dict[str, Any]]:
        """Rows with item_id,a,b,c,se_a,se_b,se_c,fit,n_obs (NaN SE = fixed parameter)."""
        rows = []
        for k, iid in enumerate(self.item_ids):
            rows.append({
                "item_id": iid, "a": float(self.a[k]), "b": float(self.b[k]), "c": float(self.c[k]),
                "se_a": float(self.se_a[k]), "se_b": float(self.se_b[k]), "se_c": float(self.se_c[k]),
                "fit": float(self.fit[k]), "n_obs": int(self.n_obs[k]),
                "flag": self.flags[k] if self.flags else "",
            })
        return rows

    def save_csv(self, path: str | Path) -> None:
        """Write ``item_id,a,b,c,se_a,se_b,se_c,fit,n_obs,flag``; fixed/undefined values are blank
        (an uncalibrated item has blank parameters and its reason in ``flag``)."""
        cols = ["item_id", "a", "b", "c", "se_a", "se_b", "se_c", "fit", "n_obs", "flag"]
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for row in self.to_records():
                w.writerow({k: ("" if isinstance(v, float) and not math.isfinite(v) else
                                (f"{v:.6f}" if isinstance(v, float) else v)) for k, v in row.items()})


def load_responses_csv(path: str | Path) -> tuple[list[str], list[str], NDArray[np.int8]]:
    """Read long-format ``person_id,item_id,correct`` (correct in 0/1/true/false)."""
    persons, items, correct = [], [], []
    truthy = {"1", "true", "t", "yes", "y", "1.0"}
    falsy = {"0", "false", "f", "no", "n", "0.0"}
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        need = {"person_id", "item_id", "correct"}
        if not need <= {f.strip() for f in reader.fieldnames or []}:
            raise ValueError(f"responses CSV {path} needs columns {sorted(need)}")
        for row in reader:
            row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            v = row["correct"].lower()
            if v == "":
                continue  # unanswered
            if v not in truthy | falsy:
                raise ValueError(f"bad correct value {row['correct']!r}")
            persons.append(row["person_id"])
            items.append(row["item_id"])
            correct.append(1 if v in truthy else 0)
    return persons, items, np.asarray(correct, dtype=np.int8)


def _codes(ids: Sequence[Any]) -> tuple[list[str], NDArray[np.int64]]:
    labels: dict[str, int] = {}
    out = np.empty(len(ids), dtype=np.int64)
    for k, v in enumerate(ids):
        out[k] = labels.setdefault(str(v), len(labels))
    return list(labels), out


def calibrate_long(
    person_ids: Sequence[Any], item_ids: Sequence[Any], correct: ArrayLike, model: str = "2pl", **kwargs: Any
) -> CalibrationResult:
    """Calibrate from long-format arrays with arbitrary person/item ids.

    Item order in the result is the order of first appearance.
    Keyword arguments are passed to :func:`calibrate`.
    """
    correct = np.asarray(correct)
    if not (len(person_ids) == len(item_ids) == correct.shape[0]):
        raise ValueError("person_ids, item_ids and correct must have equal length")
    pids, p = _codes(person_ids)
    iids, i = _codes(item_ids)
    res = calibrate(p, i, correct, model=model, n_persons=len(pids), n_items=len(iids), **kwargs)
    res.item_ids = iids
    res.person_ids = pids
    return res


def _sig(z: NDArray[np.float64]) -> NDArray[np.float64]:
    return 1.0 / (1.0 + np.exp(-z))


def calibrate(
    person_index: ArrayLike,
    item_index: ArrayLike,
    correct: ArrayLike,
    model: str = "2pl",
    *,
    n_persons: int | None = None,
    n_items: int | None = None,
    item_ids: Sequence[str] | None = None,
    n_quad: int = 41,
    quad_range: float = 5.0,
    max_iter: int = 500,
    tol: float = 1e-4,
    a_prior_sd: float | None = 1.5,
    c_prior: tuple[float, float] | None = (5.0, 17.0),
    fixed_a: float | None = None,
    min_answers: int = 1,
    newton_steps: int = 2,
    dense_limit: int = 40_000_000,
) -> CalibrationResult:
    """MML-EM calibration from integer-coded long data (see module docstring).

    ``person_index`` / ``item_index``: 0-based codes, one entry per answer;
    ``correct``: 0/1.  Returns parameters on the logistic metric.
    ``a_prior_sd``: sd of the normal prior on ``log a`` (2PL/3PL), None = no prior;
    ``c_prior``: Beta(alpha, beta) prior on ``c`` (3PL), None = no prior;
    ``min_answers``: items with fewer answers are left uncalibrated (flag ``too_few_answers``).
    ``dense_limit``: largest ``N * J`` handled with dense matrices (faster);
    above it the long/sparse back end is used.
    """
    model = model.lower()
    if model not in MODELS:
        raise ValueError(f"model must be one of {MODELS}")
    if a_prior_sd is not None and not a_prior_sd > 0:
        raise ValueError("the prior sd of log a must be positive")
    if c_prior is not None and not (c_prior[0] >= 1 and c_prior[1] >= 1):
        raise ValueError("the Beta prior on c needs both parameters >= 1")
    if n_quad < 5 or not quad_range > 0:
        raise ValueError("the quadrature needs at least 5 points and a positive range")
    if min_answers < 1:
        raise ValueError("min_answers must be at least 1")
    person = np.asarray(person_index, dtype=np.int64)
    item = np.asarray(item_index, dtype=np.int64)
    x = np.asarray(correct).astype(bool)
    if not (person.shape == item.shape == x.shape) or person.ndim != 1:
        raise ValueError("person_index, item_index and correct must be 1-D of equal length")
    N = int(n_persons if n_persons is not None else (person.max() + 1 if person.size else 0))
    J = int(n_items if n_items is not None else (item.max() + 1 if item.size else 0))
    if N == 0 or J == 0:
        raise ValueError("no responses to calibrate")

    n_obs = np.bincount(item, minlength=J)
    n_cor = np.bincount(item, weights=x.astype(float), minlength=J)
    flag_lists: list[list[str]] = [[] for _ in range(J)]
    for k in range(J):
        if n_obs[k] == 0:
            flag_lists[k].append("no_answers")
        elif n_cor[k] == n_obs[k]:
            flag_lists[k].append("all_correct")
        elif n_cor[k] == 0:
            flag_lists[k].append("all_wrong")
        elif n_obs[k] < min_answers:
            flag_lists[k].append("too_few_answers")
    seen = np.array([not f for f in flag_lists], dtype=bool)
    if not seen.any():
        raise ValueError("no item can be calibrated: every item has no answers, only correct or "
                         f"only wrong answers, or fewer than {min_answers} answers")
    use = seen[item]
    person, item, x = person[use], item[use], x[use]
    person_answers = np.bincount(person, minlength=N).astype(np.int64)
    data = make_data(person, item, x, N, J, dense_limit)
    nodes = np.linspace(-quad_range, quad_range, n_quad)
    logw = -0.5 * nodes * nodes
    logw -= np.log(np.exp(logw).sum())

    pval = np.clip((n_cor + 0.5) / (n_obs + 1.0), 0.02, 0.98)
    alpha, beta = c_prior if c_prior is not None else (1.0, 1.0)
    c_start = (alpha - 1) / (alpha + beta - 2) if c_prior is not None and alpha + beta > 2 else 0.15
    c = np.where(seen, c_start, 0.0) if model == "3pl" else np.zeros(J)
    f0 = np.clip((pval - c) / (1 - c), 0.05, 0.95)
    a = np.full(J, 1.0 if fixed_a is None else float(fixed_a))
    d = np.log(f0 / (1 - f0)) * math.sqrt(1.0 + a[0] ** 2 / 2.9)

    loglik = -math.inf
    converged = False
    delta = math.inf
    it = 0
    post = np.zeros((N, n_quad))
    for it in range(1, max_iter + 1):
        F = _sig(a[:, None] * nodes + d[:, None])
        P = np.clip(c[:, None] + (1 - c[:, None]) * F, 1e-10, 1 - 1e-10)
        L = data.loglik(np.log(P), np.log1p(-P)) + logw
        mx = L.max(axis=1, keepdims=True)
        np.exp(L - mx, out=post)
        tot = post.sum(axis=1, keepdims=True)
        post /= tot
        loglik = float((np.log(tot) + mx).sum())
        r, n = data.counts(post)
        a_old, d_old, c_old = a.copy(), d.copy(), c.copy()
        if model == "3pl":
            a, d, c = _mstep_3pl(a, d, c, r, n, nodes, a_prior_sd, c_prior, newton_steps, seen)
        elif model == "2pl":
            a, d = _mstep_2pl(a, d, r, n, nodes, a_prior_sd, newton_steps, seen)
        else:
            a, d = _mstep_1pl(a, d, r, n, nodes, fixed_a, newton_steps, seen)
        delta = float(max(np.abs(a - a_old)[seen].max(), np.abs(d - d_old)[seen].max(),
                          np.abs(c - c_old)[seen].max()))
        if delta < tol:
            converged = True
            break

    # final E-step quantities at the converged parameters
    F = _sig(a[:, None] * nodes + d[:, None])
    P = np.clip(c[:, None] + (1 - c[:, None]) * F, 1e-10, 1 - 1e-10)
    L = data.loglik(np.log(P), np.log1p(-P)) + logw
    mx = L.max(axis=1, keepdims=True)
    post = np.exp(L - mx)
    tot = post.sum(axis=1, keepdims=True)
    post /= tot
    loglik = float((np.log(tot) + mx).sum())
    r, n = data.counts(post)
    nsum = n.sum(1)
    with np.errstate(invalid="ignore", divide="ignore"):
        fit = np.sqrt((n * (np.where(n > 0, r / np.maximum(n, 1e-300), 0) - P) ** 2).sum(1) / nsum)
    se_a, se_b, se_c = _standard_errors(data, post, nodes, a, d, c, F, P, model, a_prior_sd, c_prior, fixed_a)
    b = -d / a
    at_bound = seen & ((a <= 0.05 + 1e-9) | (a >= 8.0 - 1e-9) | (np.abs(d) >= 25.0 - 1e-9))
    for j in np.flatnonzero(at_bound).tolist():
        flag_lists[j].append("at_bound")
    nan = np.full(J, np.nan)
    return CalibrationResult(
        model=model,
        item_ids=[str(v) for v in item_ids] if item_ids is not None else [str(k) for k in range(J)],
        a=np.where(seen, a, np.nan), b=np.where(seen, b, np.nan), c=np.where(seen, c, np.nan),
        se_a=np.where(seen, se_a, nan), se_b=np.where(seen, se_b, nan), se_c=np.where(seen, se_c, nan),
        fit=np.where(seen, fit, nan), n_obs=n_obs, iterations=it, converged=converged,
        log_likelihood=loglik, theta_eap=post @ nodes, flags=[";".join(f) for f in flag_lists],
        a_prior_sd=a_prior_sd, c_prior=c_prior, n_quad=n_quad, quad_range=quad_range, tol=tol,
        max_change=delta, min_answers=min_answers, n_answers_used=int(x.size),
        person_answers=person_answers,
    )


def _mstep_2pl(a, d, r, n, nodes, a_prior_sd, steps, seen):
    """Vectorised Newton steps for (a, d) of every item."""
    a, d = a.copy(), d.copy()
    for _ in range(steps):
        F = _sig(a[:, None] * nodes + d[:, None])
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


def _mstep_3pl(a, d, c, r, n, nodes, a_prior_sd, c_prior, steps, seen):
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
        F = _sig(a[:, None] * nodes + d[:, None])
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


def _mstep_1pl(a, d, r, n, nodes, fixed_a, steps, seen):
    """Newton on each intercept, then (unless fixed) on the shared slope."""
    a, d = a.copy(), d.copy()
    for _ in range(steps):
        F = _sig(a[:, None] * nodes + d[:, None])
        resid = r - n * F
        w = n * F * (1 - F)
        h = w.sum(1)
        d = np.where(seen & (h > 1e-12), d + np.clip(resid.sum(1) / np.maximum(h, 1e-12), -1, 1), d)
        d = np.clip(d, -25.0, 25.0)
        if fixed_a is None:
            F = _sig(a[:, None] * nodes + d[:, None])
            resid = (r - n * F)[seen]
            w = (n * F * (1 - F))[seen]
            g = float((resid @ nodes).sum())
            hh = float((w @ (nodes * nodes)).sum())
            if hh > 1e-12:
                a = np.full_like(a, float(np.clip(a[0] + np.clip(g / hh, -0.5, 0.5), 0.05, 8.0)))
    return a, d


def _standard_errors(data, post, nodes, a, d, c, F, P, model, a_prior_sd, c_prior, fixed_a):
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
