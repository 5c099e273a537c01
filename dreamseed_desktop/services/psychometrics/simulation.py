"""What-if simulation of a CAT design on the real bank, in chunks (progress + cancel).

Simulees are drawn from N(theta_mean, theta_sd) (or given), answer according to the bank's own
parameters, and go through :func:`dreamseed_desktop.cat.simulation.run_simulees` in chunks of
``CHUNK`` so the caller can show progress and cancel between chunks. Deterministic for a seed:
one ``SeedSequence`` is spawned into the ability stream and one stream per chunk.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from dreamseed_desktop.cat.bank import ItemBank
from dreamseed_desktop.cat.config import CatConfig
from dreamseed_desktop.cat.reliability import reliability_of_simulation
from dreamseed_desktop.cat.simulation import DEFAULT_BANDS, run_simulees
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.psychometrics.dto import (
    BankParameters,
    CalibrationCancelled,
    ProgressSink,
    SimulationBand,
    WhatIfResult,
)

__all__ = ["CHUNK", "MAX_EXAMINEES", "bank_from_parameters", "what_if"]

CHUNK = 100
MAX_EXAMINEES = 100_000


def bank_from_parameters(params: BankParameters) -> ItemBank:
    """An engine bank (ids = item codes, content labels from subject/grade/strand)."""
    n = len(params.codes)
    return ItemBank(
        item_ids=params.codes, a=np.array(params.a), b=np.array(params.b), c=np.array(params.c),
        subject=(params.subject or "",) * n if n else (),
        grade=tuple("" if g is None else str(g) for g in params.grade),
        strand=tuple(s or "" for s in params.strand))


def what_if(params: BankParameters, config: CatConfig, n_examinees: int, seed: int,
            theta_mean: float = 0.0, theta_sd: float = 1.0,
            true_theta: Sequence[float] | None = None,
            progress: ProgressSink | None = None) -> WhatIfResult:
    """Simulate ``n_examinees`` through ``config`` on the bank in ``params``."""
    if not params.codes:
        raise ValidationError("The bank has no active items for this subject.", field="subject")
    if true_theta is None and not 1 <= n_examinees <= MAX_EXAMINEES:
        raise ValidationError("Simulate between 1 and {max} students.",
                              params={"max": MAX_EXAMINEES}, field="n_examinees")
    if not theta_sd > 0:
        raise ValidationError("The ability spread must be positive.", field="theta_sd")
    bank = bank_from_parameters(params)
    ss = np.random.SeedSequence(seed)
    th_seed, run_seq = ss.spawn(2)
    if true_theta is None:
        th = np.random.default_rng(th_seed).normal(theta_mean, theta_sd, n_examinees)
    else:
        th = np.asarray(true_theta, dtype=np.float64)
    chunks = [th[i:i + CHUNK] for i in range(0, th.size, CHUNK)]
    est, se, lengths = (np.empty(th.size) for _ in range(3))
    counts = np.zeros(len(bank), dtype=np.int64)
    reasons: dict[str, int] = {}
    pos = 0
    for part, child in zip(chunks, run_seq.spawn(len(chunks))):
        if progress is not None:
            if progress.cancelled:
                raise CalibrationCancelled()
            progress.report(pos, th.size, f"Simulated {pos} of {th.size} students")
        run = run_simulees(bank, config, part, int(child.generate_state(1)[0]))
        est[pos:pos + part.size], se[pos:pos + part.size] = run.theta, run.se
        lengths[pos:pos + part.size] = run.lengths
        counts += run.counts
        for reason, n in run.reasons.items():
            reasons[reason] = reasons.get(reason, 0) + n
        pos += part.size
    if progress is not None:
        progress.report(th.size, th.size, "Done")
    err = est - th
    rates = counts / max(th.size, 1)
    corr = (float(np.corrcoef(est, th)[0, 1])
            if th.size > 1 and np.std(est) > 0 and np.std(th) > 0 else None)
    return WhatIfResult(
        subject=params.subject, n_items_in_bank=len(bank), n_examinees=int(th.size), seed=seed,
        config=config.to_dict(), rmse=float(np.sqrt(np.mean(err ** 2))), bias=float(np.mean(err)),
        correlation=corr, mean_length=float(lengths.mean()),
        lengths=tuple(int(v) for v in lengths), stop_reasons=dict(sorted(reasons.items())),
        bands=_bands(th, err, se, lengths), item_codes=bank.item_ids,
        exposure=tuple(float(r) for r in rates), exposure_target=float(config.exposure_target),
        share_never_used=float(np.mean(counts == 0)), true_theta=tuple(th.tolist()),
        theta=tuple(est.tolist()), marginal_reliability=_finite(reliability_of_simulation(th, se)))


def _finite(v: float) -> float | None:
    return float(v) if math.isfinite(v) else None


def _bands(th: np.ndarray, err: np.ndarray, se: np.ndarray, lengths: np.ndarray
           ) -> tuple[SimulationBand, ...]:
    out = []
    for lo, hi in zip(DEFAULT_BANDS[:-1], DEFAULT_BANDS[1:]):
        m = (th >= lo) & (th < hi)
        n = int(m.sum())
        out.append(SimulationBand(
            lo=None if math.isinf(lo) else lo, hi=None if math.isinf(hi) else hi, n=n,
            rmse=float(np.sqrt(np.mean(err[m] ** 2))) if n else None,
            bias=float(np.mean(err[m])) if n else None,
            mean_se=float(np.mean(se[m])) if n else None,
            mean_length=float(np.mean(lengths[m])) if n else None))
    return tuple(out)
