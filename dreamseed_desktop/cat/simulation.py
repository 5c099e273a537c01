"""Monte-Carlo simulation of a CAT design and Sympson-Hetter parameter estimation.

Every run is deterministic for a fixed ``seed``: a ``numpy.random.SeedSequence``
is spawned into independent streams for true abilities, responses and
selection randomness.

Reported statistics (:class:`SimulationReport`):

* ``rmse``, ``bias`` (mean of estimate - true), ``correlation``;
* test length mean/min/max and the count of each stop reason;
* by theta band (true theta, default edges -inf,-2,-1,0,1,2,inf): count,
  RMSE, bias and mean reported SE (conditional SE);
* exposure rate of each item (share of examinees who saw it): max, mean,
  share of the bank never used, and the number of items above the target;
* overlap rate: mean number of items shared by two examinees divided by the
  mean test length, computed exactly from item counts as
  ``sum_i n_i (n_i - 1) / (N (N - 1) mean_length)``.
"""
from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .bank import ItemBank
from .config import CatConfig
from .errors import InputError
from .reliability import reliability_of_simulation
from .selection import ExposureCounts, ItemSelector
from .session import CatSession, plan_pretest

__all__ = ["SimulationReport", "compute_sympson_hetter", "run_simulees", "simulate"]

DEFAULT_BANDS = (-math.inf, -2.0, -1.0, 0.0, 1.0, 2.0, math.inf)


@dataclass
class SimulationReport:
    n_examinees: int
    seed: int | None
    rmse: float
    bias: float
    correlation: float
    mean_length: float
    min_length: int
    max_length: int
    stop_reasons: dict[str, int]
    bands: list[dict[str, Any]]
    exposure_max: float
    exposure_mean: float
    share_never_used: float
    items_over_target: int
    overlap_rate: float
    algorithm_version: str
    config: dict[str, Any]
    exposure_rates: dict[str, float] = field(default_factory=dict)
    #: 1 - mean(SE^2) / var(true theta) (see :mod:`.reliability`)
    marginal_reliability: float = float("nan")
    #: answers collected per pretest item (``config.pretest_items`` with a pretest bank)
    pretest_answers: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Run:
    true_theta: NDArray[np.float64]
    theta: NDArray[np.float64]
    se: NDArray[np.float64]
    lengths: NDArray[np.int64]
    counts: NDArray[np.int64]  # administrations per item
    selected: NDArray[np.int64]  # SH "selected" events per item
    reasons: dict[str, int]
    items: list[list[int]] = field(default_factory=list)  # administered bank indices (keep_items)
    responses: list[list[int]] = field(default_factory=list)  # 0/1 answers (keep_items)
    pretest: list[list[tuple[str, int]]] = field(default_factory=list)  # (pretest item, 0/1) per simulee


def run_simulees(
    bank: ItemBank, config: CatConfig, true_theta: ArrayLike, seed: int | None, keep_items: bool = False,
    pretest_bank: ItemBank | None = None,
) -> _Run:
    """Run one CAT per true theta; returns raw per-examinee results.

    With ``config.pretest_items`` and a ``pretest_bank`` (new items with their true parameters),
    each simulee also gets pretest items (:func:`.session.plan_pretest`) answered from their own
    random stream, so the scored part is exactly the run without them."""
    th = np.asarray(true_theta, dtype=np.float64)
    ss = np.random.SeedSequence(seed)
    resp_rng, sel_rng = (np.random.default_rng(s) for s in ss.spawn(2))
    pre_rng = np.random.default_rng(np.random.SeedSequence(seed).spawn(3)[2])
    use_pretest = pretest_bank is not None and config.pretest_items > 0 and len(pretest_bank) > 0
    pretest_runs: list[list[tuple[str, int]]] = []
    selector = ItemSelector(bank, config)
    n_items = len(bank)
    counts = np.zeros(n_items, dtype=np.int64)
    selected = np.zeros(n_items, dtype=np.int64)
    est = np.empty(th.size)
    ses = np.empty(th.size)
    lengths = np.empty(th.size, dtype=np.int64)
    reasons: dict[str, int] = {}
    items: list[list[int]] = []
    answers: list[list[int]] = []
    a, b, c = bank.a, bank.b, bank.c
    # restricted maximum exposure: the simulees are one exam's sessions, in order
    exposure = ExposureCounts.for_bank(n_items) if config.exposure_control == "restricted" else None
    for k, t in enumerate(th):
        if use_pretest and pretest_bank is not None:
            positions, chosen = plan_pretest(config.pretest_items, config.min_items, pretest_bank.item_ids, pre_rng)
            s = CatSession(bank, config, rng=sel_rng, selector=selector, clock=_zero_clock, exposure=exposure,
                           pretest_items=chosen, pretest_positions=positions)
            pre_set = set(chosen)
            while (iid := s.next_item()) is not None:
                if iid in pre_set:
                    q = pretest_bank.index_of(iid)
                    pa, pb, pc = pretest_bank.a[q], pretest_bank.b[q], pretest_bank.c[q]
                    s.record_answer(iid, pre_rng.random() < pc + (1.0 - pc) / (1.0 + math.exp(-pa * (t - pb))))
                    continue
                m = bank.index_of(iid)
                p = c[m] + (1.0 - c[m]) / (1.0 + math.exp(-a[m] * (t - b[m])))
                s.record_answer(iid, resp_rng.random() < p)
            pretest_runs.append([(i, u) for _, i, u in s.pretest_responses])
        else:
            s = CatSession(bank, config, rng=sel_rng, selector=selector, clock=_zero_clock, exposure=exposure)
            while True:
                j = s.next_index()
                if j is None:
                    break
                p = c[j] + (1.0 - c[j]) / (1.0 + math.exp(-a[j] * (t - b[j])))
                s.record_index(j, resp_rng.random() < p)
        est[k], ses[k] = s.theta, s.se
        lengths[k] = s.n_administered
        counts[s.administered] += 1
        np.add.at(selected, np.asarray(s.considered, dtype=np.int64), 1)
        reasons[s.stop_reason or "unknown"] = reasons.get(s.stop_reason or "unknown", 0) + 1
        if keep_items:
            items.append(list(s.administered))
            answers.append(list(s.responses))
    return _Run(th, est, ses, lengths, counts, selected, reasons, items, answers, pretest_runs)


def _zero_clock() -> float:
    return 0.0


def compute_sympson_hetter(
    bank: ItemBank,
    config: CatConfig,
    n_examinees: int = 1000,
    iterations: int = 12,
    seed: int | None = 0,
    target: float | None = None,
    margin: float = 0.9,
) -> CatConfig:
    """Estimate Sympson-Hetter parameters by iterative simulation.

    Start with ``K_i = 1``; each iteration simulates ``n_examinees``
    abilities from the prior, measures ``P(S_i)`` = share of examinees for
    whom item ``i`` was *selected* (drawn as a candidate), and computes the
    classic update ``K*_i = min(1, r' / P(S_i))`` (1 when never selected)
    with ``r' = margin * r`` (``r`` = exposure target).  The classic update
    oscillates (items flip between capped and uncapped), so it is damped:
    ``K_i <- sqrt(K_i * K*_i)``; the margin absorbs Monte-Carlo noise.
    Returns a config with ``exposure_control="sympson_hetter"`` and the
    final parameters (items with ``K = 1`` are omitted).
    """
    r = float(config.exposure_target if target is None else target)
    ss = np.random.SeedSequence(seed)
    cfg = config.with_changes(exposure_control="sympson_hetter", exposure_target=r, exposure_parameters={})
    k_par = np.ones(len(bank))
    for child in ss.spawn(iterations):
        th_rng, run_seed = child.spawn(2)
        thetas = np.random.default_rng(th_rng).normal(config.prior_mean, config.prior_sd, n_examinees)
        cfg = cfg.with_changes(exposure_parameters=dict(zip(bank.item_ids, k_par.tolist())))
        run = run_simulees(bank, cfg, thetas, int(run_seed.generate_state(1)[0]))
        p_sel = run.selected / n_examinees
        r_eff = margin * r
        k_new = np.where(p_sel > r_eff, r_eff / np.maximum(p_sel, 1e-12), 1.0)
        k_par = np.sqrt(k_par * k_new)
    params = {iid: float(round(v, 6)) for iid, v in zip(bank.item_ids, k_par) if v < 1.0}
    return cfg.with_changes(exposure_parameters=params)


def simulate(
    bank: ItemBank,
    config: CatConfig | None = None,
    n_examinees: int = 1000,
    seed: int | None = 0,
    true_theta: ArrayLike | None = None,
    bands: Sequence[float] = DEFAULT_BANDS,
    include_item_rates: bool = False,
    responses_out: list[tuple[int, str, int]] | None = None,
    theta_mean: float | None = None,
    theta_sd: float | None = None,
    pretest_bank: ItemBank | None = None,
) -> SimulationReport:
    """Simulate ``n_examinees`` through the design and summarise (see module docstring).

    True abilities are drawn from ``N(theta_mean, theta_sd)`` (default: the
    design's prior) unless given, so a design can be checked on a group
    stronger or weaker than the one it assumes.
    With ``responses_out`` (a list) every simulated answer is appended to it
    as ``(simulee_number, item_id, correct)`` (long format, e.g. to test
    calibration on CAT data).
    With ``config.pretest_items`` > 0, ``pretest_bank`` holds the new items (true parameters;
    ids not in ``bank``) seeded unscored into every sitting; their answers go to
    ``responses_out`` too and are counted in ``pretest_answers``; every other figure is the
    same as without them.
    """
    cfg = config or CatConfig()
    ss = np.random.SeedSequence(seed)
    th_seed, run_seed = ss.spawn(2)
    if true_theta is None:
        mean = cfg.prior_mean if theta_mean is None else float(theta_mean)
        sd = cfg.prior_sd if theta_sd is None else float(theta_sd)
        if not (math.isfinite(mean) and math.isfinite(sd) and sd >= 0):
            raise InputError("The mean ability must be a finite number and its SD a finite number of 0 or more.")
        th = np.random.default_rng(th_seed).normal(mean, sd, n_examinees)
    else:
        th = np.asarray(true_theta, dtype=np.float64)
        n_examinees = th.size
    if cfg.pretest_items > 0 and pretest_bank is not None:
        clash = set(pretest_bank.item_ids) & set(bank.item_ids)
        if clash:
            raise InputError("Pretest items must not be in the bank: {items}.", items=", ".join(sorted(clash)[:3]))
    run = run_simulees(bank, cfg, th, int(run_seed.generate_state(1)[0]), keep_items=responses_out is not None,
                       pretest_bank=pretest_bank)
    if responses_out is not None:
        for k, (items, answers) in enumerate(zip(run.items, run.responses, strict=True)):
            responses_out.extend((k, bank.item_ids[j], u) for j, u in zip(items, answers, strict=True))
            if run.pretest:
                responses_out.extend((k, iid, u) for iid, u in run.pretest[k])
    report = summarise(bank, cfg, run, seed, bands, include_item_rates)
    for answered in run.pretest:
        for iid, _ in answered:
            report.pretest_answers[iid] = report.pretest_answers.get(iid, 0) + 1
    return report


def summarise(
    bank: ItemBank, cfg: CatConfig, run: _Run, seed: int | None,
    bands: Sequence[float] = DEFAULT_BANDS, include_item_rates: bool = False,
) -> SimulationReport:
    n = run.true_theta.size
    err = run.theta - run.true_theta
    corr = float(np.corrcoef(run.theta, run.true_theta)[0, 1]) if n > 1 and np.std(run.theta) > 0 else float("nan")
    band_rows = []
    for lo, hi in itertools.pairwise(bands):
        m = (run.true_theta >= lo) & (run.true_theta < hi)
        cnt = int(m.sum())
        band_rows.append({
            "lo": None if math.isinf(lo) else lo, "hi": None if math.isinf(hi) else hi, "n": cnt,
            "rmse": float(np.sqrt(np.mean(err[m] ** 2))) if cnt else None,
            "bias": float(np.mean(err[m])) if cnt else None,
            "mean_se": float(np.mean(run.se[m])) if cnt else None,
            "mean_length": float(np.mean(run.lengths[m])) if cnt else None,
        })
    rates = run.counts / max(n, 1)
    mean_len = float(run.lengths.mean()) if n else 0.0
    pairs = n * (n - 1)
    overlap = float((run.counts * (run.counts - 1)).sum() / (pairs * mean_len)) if pairs and mean_len else 0.0
    return SimulationReport(
        n_examinees=n, seed=seed,
        rmse=float(np.sqrt(np.mean(err ** 2))), bias=float(np.mean(err)), correlation=corr,
        mean_length=mean_len, min_length=int(run.lengths.min()), max_length=int(run.lengths.max()),
        stop_reasons=dict(sorted(run.reasons.items())), bands=band_rows,
        exposure_max=float(rates.max()), exposure_mean=float(rates.mean()),
        share_never_used=float(np.mean(run.counts == 0)),
        items_over_target=int(np.sum(rates > cfg.exposure_target)),
        overlap_rate=overlap, algorithm_version=cfg.algorithm_version, config=cfg.to_dict(),
        exposure_rates={iid: float(r) for iid, r in zip(bank.item_ids, rates)} if include_item_rates else {},
        marginal_reliability=reliability_of_simulation(run.true_theta, run.se),
    )
