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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._calib_data import make_data
from ._calib_steps import mstep_1pl, mstep_2pl, mstep_3pl, sig, standard_errors
from .errors import InputError

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
    "fixed": "anchor: parameters held fixed",
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
    #: fixed-anchor calibration: which items were fixed, their displacement (free b - fixed b)
    fixed: NDArray[np.bool_] = field(default_factory=lambda: np.zeros(0, bool))
    displacement: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    se_displacement: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    theta_mean: float = 0.0
    theta_sd: float = 1.0
    distribution_estimated: bool = False

    @property
    def calibrated(self) -> NDArray[np.bool_]:
        """Items that got estimates (not left uncalibrated)."""
        return np.array([f.split(";")[0] not in UNCALIBRATED for f in self.flags], dtype=bool) \
            if self.flags else np.isfinite(self.b)

    def aligned(self, ids: Sequence[str]) -> CalibrationResult:
        """The same result with items in the order of ``ids`` (ids not calibrated here get NaN
        parameters and the flag ``no_answers``)."""
        pos = {iid: k for k, iid in enumerate(self.item_ids)}
        take = np.array([pos.get(str(i), -1) for i in ids], dtype=np.int64)
        have = take >= 0

        def pick(arr: NDArray[Any], fill: Any) -> NDArray[Any]:
            if arr.size == 0:
                return arr
            out = np.full(take.size, fill, dtype=arr.dtype)
            out[have] = arr[take[have]]
            return out

        flags = [self.flags[k] if k >= 0 else "no_answers" for k in take.tolist()] if self.flags else []
        return replace(
            self, item_ids=[str(i) for i in ids], a=pick(self.a, np.nan), b=pick(self.b, np.nan),
            c=pick(self.c, np.nan), se_a=pick(self.se_a, np.nan), se_b=pick(self.se_b, np.nan),
            se_c=pick(self.se_c, np.nan), fit=pick(self.fit, np.nan), n_obs=pick(self.n_obs, 0),
            flags=flags, fixed=pick(self.fixed, False), displacement=pick(self.displacement, np.nan),
            se_displacement=pick(self.se_displacement, np.nan))

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
            "method": (f"fixed anchors ({int(self.fixed.sum())} items)" if self.fixed.any()
                       else "free calibration"),
            "anchors": [iid for iid, f in zip(self.item_ids, self.fixed) if f],
            "ability_distribution": (f"N({self.theta_mean:.4f}, {self.theta_sd:.4f}^2), estimated"
                                     if self.distribution_estimated else "N(0, 1), fixed"),
            "theta_mean": self.theta_mean, "theta_sd": self.theta_sd,
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
            raise InputError("The responses CSV {path} needs the columns {columns}.", path=str(path),
                             columns=", ".join(sorted(need)))
        for row in reader:
            row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            v = row["correct"].lower()
            if v == "":
                continue  # unanswered
            if v not in truthy | falsy:
                raise InputError("Line {line}: correct must be 0 or 1 (or true/false), not '{value}'.",
                                 line=reader.line_num, value=row["correct"])
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
    person_ids: Sequence[Any], item_ids: Sequence[Any], correct: ArrayLike, model: str = "2pl",
    *, anchor_params: Mapping[str, tuple[float, float, float]] | None = None, **kwargs: Any
) -> CalibrationResult:
    """Calibrate from long-format arrays with arbitrary person/item ids.

    Item order in the result is the order of first appearance.
    ``anchor_params``: item id -> fixed ``(a, b, c)`` (ids without answers are ignored).
    Other keyword arguments are passed to :func:`calibrate`.
    """
    correct = np.asarray(correct)
    if not (len(person_ids) == len(item_ids) == correct.shape[0]):
        raise ValueError("person_ids, item_ids and correct must have equal length")
    pids, p = _codes(person_ids)
    iids, i = _codes(item_ids)
    if anchor_params:
        pos = {iid: k for k, iid in enumerate(iids)}
        kwargs["anchors"] = {pos[str(k)]: tuple(v) for k, v in anchor_params.items() if str(k) in pos}
    res = calibrate(p, i, correct, model=model, n_persons=len(pids), n_items=len(iids), **kwargs)
    res.item_ids = iids
    res.person_ids = pids
    return res


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
    anchors: Mapping[int, tuple[float, float, float]] | None = None,
    estimate_distribution: bool | None = None,
    newton_steps: int = 2,
    dense_limit: int = 40_000_000,
) -> CalibrationResult:
    """MML-EM calibration from integer-coded long data (see module docstring).

    ``person_index`` / ``item_index``: 0-based codes, one entry per answer;
    ``correct``: 0/1.  Returns parameters on the logistic metric.
    ``a_prior_sd``: sd of the normal prior on ``log a`` (2PL/3PL), None = no prior;
    ``c_prior``: Beta(alpha, beta) prior on ``c`` (3PL), None = no prior;
    ``min_answers``: items with fewer answers are left uncalibrated (flag ``too_few_answers``).
    ``anchors``: item index -> fixed ``(a, b, c)`` (fixed-anchor calibration: these items keep
    their parameters, flag ``fixed``, and their displacement is reported);
    ``estimate_distribution``: estimate the mean and SD of the normal ability distribution
    (default: True with anchors; without anchors N(0, 1) fixes the scale).
    ``dense_limit``: largest ``N * J`` handled with dense matrices (faster);
    above it the long/sparse back end is used.
    """
    model = model.lower()
    if model not in MODELS:
        raise InputError("The model must be one of {choices}.", choices=", ".join(MODELS))
    if a_prior_sd is not None and not a_prior_sd > 0:
        raise InputError("The prior SD of log a must be positive.")
    if c_prior is not None and not (c_prior[0] >= 1 and c_prior[1] >= 1):
        raise InputError("The Beta prior on c needs both parameters at least 1.")
    if n_quad < 5 or not quad_range > 0:
        raise InputError("The quadrature needs at least 5 points and a positive range.")
    if min_answers < 1:
        raise InputError("The minimum number of answers must be at least 1.")
    person = np.asarray(person_index, dtype=np.int64)
    item = np.asarray(item_index, dtype=np.int64)
    x = np.asarray(correct).astype(bool)
    if not (person.shape == item.shape == x.shape) or person.ndim != 1:
        raise ValueError("person_index, item_index and correct must be 1-D of equal length")
    N = int(n_persons if n_persons is not None else (person.max() + 1 if person.size else 0))
    J = int(n_items if n_items is not None else (item.max() + 1 if item.size else 0))
    if N == 0 or J == 0:
        raise InputError("There are no responses to calibrate.")

    n_obs = np.bincount(item, minlength=J)
    n_cor = np.bincount(item, weights=x.astype(float), minlength=J)
    fixed = np.zeros(J, dtype=bool)
    fa, fb, fc = np.ones(J), np.zeros(J), np.zeros(J)
    for k, (ka, kb, kc) in (anchors or {}).items():
        if not 0 <= k < J:
            raise ValueError(f"anchor index {k} outside 0..{J - 1}")
        if not (math.isfinite(ka) and ka > 0 and math.isfinite(kb) and 0 <= kc < 1):
            raise ValueError(f"anchor {k} has invalid parameters")
        fixed[k], fa[k], fb[k], fc[k] = True, ka, kb, kc
    if fixed.any() and model == "1pl":
        common = np.unique(fa[fixed])
        if fixed_a is None:
            if common.size != 1:
                raise ValueError("1PL anchors must share one discrimination")
            fixed_a = float(common[0])
        elif not np.allclose(common, fixed_a):
            raise ValueError("1PL anchors must have the fixed discrimination")
    if estimate_distribution is None:
        estimate_distribution = bool(fixed.any())
    if estimate_distribution and not fixed.any():
        raise ValueError("the ability distribution can only be estimated with anchor items")
    flag_lists: list[list[str]] = [[] for _ in range(J)]
    for k in range(J):
        if fixed[k]:
            flag_lists[k].append("fixed")
        elif n_obs[k] == 0:
            flag_lists[k].append("no_answers")
        elif n_cor[k] == n_obs[k]:
            flag_lists[k].append("all_correct")
        elif n_cor[k] == 0:
            flag_lists[k].append("all_wrong")
        elif n_obs[k] < min_answers:
            flag_lists[k].append("too_few_answers")
    seen = np.array([not f for f in flag_lists], dtype=bool)  # items to estimate
    if not seen.any() and not fixed.any():
        raise InputError("No item can be calibrated: every item has no answers, only correct or only wrong "
                         "answers, or fewer than {minimum} answers.", minimum=min_answers)
    use = (seen | fixed)[item]
    person, item, x = person[use], item[use], x[use]
    person_answers = np.bincount(person, minlength=N).astype(np.int64)
    data = make_data(person, item, x, N, J, dense_limit)
    nodes = np.linspace(-quad_range, quad_range, n_quad)
    mu, sd = 0.0, 1.0
    logw = _log_weights(nodes, mu, sd)

    pval = np.clip((n_cor + 0.5) / (n_obs + 1.0), 0.02, 0.98)
    alpha, beta = c_prior if c_prior is not None else (1.0, 1.0)
    c_start = (alpha - 1) / (alpha + beta - 2) if c_prior is not None and alpha + beta > 2 else 0.15
    c = np.where(seen, c_start, 0.0) if model == "3pl" else np.zeros(J)
    f0 = np.clip((pval - c) / (1 - c), 0.05, 0.95)
    a = np.full(J, 1.0 if fixed_a is None else float(fixed_a))
    d = np.log(f0 / (1 - f0)) * math.sqrt(1.0 + a[0] ** 2 / 2.9)
    a[fixed], d[fixed], c[fixed] = fa[fixed], -fa[fixed] * fb[fixed], fc[fixed]

    loglik = -math.inf
    converged = False
    delta = math.inf
    it = 0
    post = np.zeros((N, n_quad))
    for it in range(1, max_iter + 1):  # noqa: B007 - the count is reported after the loop
        F = sig(a[:, None] * nodes + d[:, None])
        P = np.clip(c[:, None] + (1 - c[:, None]) * F, 1e-10, 1 - 1e-10)
        L = data.loglik(np.log(P), np.log1p(-P)) + logw
        mx = L.max(axis=1, keepdims=True)
        np.exp(L - mx, out=post)
        tot = post.sum(axis=1, keepdims=True)
        post /= tot
        loglik = float((np.log(tot) + mx).sum())
        r, n = data.counts(post)
        a_old, d_old, c_old = a.copy(), d.copy(), c.copy()
        moved = 0.0
        if estimate_distribution:
            m1 = float((post @ nodes).mean())
            m2 = float((post @ (nodes * nodes)).mean())
            new_sd = math.sqrt(max(m2 - m1 * m1, 1e-4))
            moved = max(abs(m1 - mu), abs(new_sd - sd))
            mu, sd = m1, new_sd
            logw = _log_weights(nodes, mu, sd)
        if model == "3pl":
            a, d, c = mstep_3pl(a, d, c, r, n, nodes, a_prior_sd, c_prior, newton_steps, seen)
        elif model == "2pl":
            a, d = mstep_2pl(a, d, r, n, nodes, a_prior_sd, newton_steps, seen)
        else:
            a, d = mstep_1pl(a, d, r, n, nodes, fixed_a, newton_steps, seen)
        a[fixed], d[fixed], c[fixed] = fa[fixed], -fa[fixed] * fb[fixed], fc[fixed]
        delta = moved
        if seen.any():
            delta = float(max(delta, np.abs(a - a_old)[seen].max(), np.abs(d - d_old)[seen].max(),
                              np.abs(c - c_old)[seen].max()))
        if delta < tol:
            converged = True
            break

    # final E-step quantities at the converged parameters
    F = sig(a[:, None] * nodes + d[:, None])
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
    se_a, se_b, se_c = standard_errors(data, post, nodes, a, d, c, F, P, model, a_prior_sd, c_prior, fixed_a)
    b = -d / a
    b[fixed] = fb[fixed]  # exactly as given (not -(-a b) / a)
    disp, se_disp = _displacement(fixed & (n_obs > 0), a, d, c, r, n, nodes)
    at_bound = seen & ((a <= 0.05 + 1e-9) | (a >= 8.0 - 1e-9) | (np.abs(d) >= 25.0 - 1e-9))
    for j in np.flatnonzero(at_bound).tolist():
        flag_lists[j].append("at_bound")
    nan = np.full(J, np.nan)
    return CalibrationResult(
        model=model,
        item_ids=[str(v) for v in item_ids] if item_ids is not None else [str(k) for k in range(J)],
        a=np.where(seen | fixed, a, np.nan), b=np.where(seen | fixed, b, np.nan),
        c=np.where(seen | fixed, c, np.nan),
        se_a=np.where(seen, se_a, nan), se_b=np.where(seen, se_b, nan), se_c=np.where(seen, se_c, nan),
        fit=np.where(seen | fixed, fit, nan), n_obs=n_obs, iterations=it, converged=converged,
        log_likelihood=loglik, theta_eap=post @ nodes, flags=[";".join(f) for f in flag_lists],
        a_prior_sd=a_prior_sd, c_prior=c_prior, n_quad=n_quad, quad_range=quad_range, tol=tol,
        max_change=delta, min_answers=min_answers, n_answers_used=int(x.size),
        person_answers=person_answers, fixed=fixed, displacement=disp, se_displacement=se_disp,
        theta_mean=mu, theta_sd=sd, distribution_estimated=bool(estimate_distribution),
    )


def _log_weights(nodes: NDArray[np.float64], mu: float, sd: float) -> NDArray[np.float64]:
    """Log quadrature weights of N(mu, sd^2) at ``nodes``, normalised to sum 1."""
    lw = -0.5 * ((nodes - mu) / sd) ** 2
    return lw - np.log(np.exp(lw - lw.max()).sum()) - lw.max()


def _displacement(which: NDArray[np.bool_], a: NDArray[np.float64], d: NDArray[np.float64],
                  c: NDArray[np.float64], r: NDArray[np.float64], n: NDArray[np.float64],
                  nodes: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Displacement of fixed items: the difficulty their answers alone would give (``a``, ``c``
    kept, expected counts of the final E-step) minus the fixed difficulty; and its SE."""
    J = a.size
    disp, se = np.full(J, np.nan), np.full(J, np.nan)
    for k in np.flatnonzero(which).tolist():
        dk = float(d[k])
        info = 0.0
        for _ in range(50):
            F = sig(a[k] * nodes + dk)
            P = np.clip(c[k] + (1 - c[k]) * F, 1e-10, 1 - 1e-10)
            dP = (1 - c[k]) * F * (1 - F)
            g = float(((r[k] - n[k] * P) * dP / (P * (1 - P))).sum())
            info = float((n[k] * dP * dP / (P * (1 - P))).sum())
            if info <= 1e-12:
                break
            step = max(-1.0, min(1.0, g / info))
            dk += step
            if abs(step) < 1e-10:
                break
        if info > 1e-12:
            disp[k] = (-dk / a[k]) - (-d[k] / a[k])
            se[k] = 1.0 / (a[k] * math.sqrt(info))
    return disp, se
