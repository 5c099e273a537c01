"""Fixed-anchor calibration with an anchor drift check.

New items are put on the bank's scale by calibrating them with the operational (anchor)
items' parameters held fixed and the ability distribution's mean and SD estimated (fixed item
parameter calibration, FIPC; Kim 2006) — the standard alternative to a free calibration
followed by mean/mean linking.

Before anchors are trusted, their **drift** is checked: for each anchor, the *displacement* is
the difficulty its own answers give (discrimination and guessing kept, expected counts of the
anchored E-step) minus its fixed difficulty. Anchors whose displacement is an outlier among
the anchors (those with at least ``min_drift_answers`` answers) are flagged with the
**robust z** of Huynh & Meyer (2010)::

    z_i = (D_i - median(D)) / (1.4826 * MAD(D))

An anchor with ``|z| > z_limit`` (default 2.7) *and* ``|D_i - median(D)| >= min_shift``
(default 0.3 logits, so tiny but consistent shifts of a very stable set are not flagged) has
drifted: it is released (re-estimated as a free item) and the calibration is run again with
the remaining anchors, up to ``max_rounds`` times. The report lists every anchor with its
displacement, z and whether it was dropped.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .calibration import CalibrationResult, calibrate_long
from .errors import InputError

__all__ = ["AnchorDrift", "calibrate_with_anchors", "robust_z"]


@dataclass(frozen=True)
class AnchorDrift:
    """One anchor's drift check (from the round in which it was last an anchor)."""

    item_id: str
    b_fixed: float
    displacement: float
    se_displacement: float
    robust_z: float
    dropped: bool
    round: int


def robust_z(values: ArrayLike) -> NDArray[np.float64]:
    """``(v - median) / (1.4826 MAD)`` (NaN stays NaN; all NaN if MAD is 0)."""
    v = np.asarray(values, dtype=np.float64)
    ok = np.isfinite(v)
    out = np.full(v.shape, np.nan)
    if ok.sum() < 3:
        return out
    med = float(np.median(v[ok]))
    mad = float(np.median(np.abs(v[ok] - med)))
    if mad <= 0:
        return out
    out[ok] = (v[ok] - med) / (1.4826 * mad)
    return out


def calibrate_with_anchors(
    person_ids: Sequence[Any], item_ids: Sequence[Any], correct: ArrayLike, model: str,
    anchors: Mapping[str, tuple[float, float, float]], *, z_limit: float = 2.7,
    min_shift: float = 0.3, max_rounds: int = 3, min_drift_answers: int = 50, **kwargs: Any,
) -> tuple[CalibrationResult, list[AnchorDrift]]:
    """Fixed-anchor calibration with drifted anchors released (see module docstring).

    Returns the final calibration (anchors kept fixed, released anchors re-estimated, new
    items estimated) and the drift report of every anchor that had answers. Anchors with fewer
    than ``min_drift_answers`` answers are reported but neither judged nor released (their
    displacement is mostly noise) and do not enter the median and MAD.
    """
    if not anchors:
        raise InputError("Fixed-anchor calibration needs at least one anchor item.")
    if not (z_limit > 0 and min_shift >= 0 and max_rounds >= 1):
        raise ValueError("z_limit must be positive, min_shift >= 0, max_rounds >= 1")
    active = dict(anchors)
    report: dict[str, AnchorDrift] = {}
    for rnd in range(1, max_rounds + 1):
        res = calibrate_long(person_ids, item_ids, correct, model, anchor_params=active, **kwargs)
        shown = [k for k, f in enumerate(res.fixed) if f and np.isfinite(res.displacement[k])]
        idx = [k for k in shown if res.n_obs[k] >= min_drift_answers]
        disp = res.displacement[idx]
        z_of = dict(zip(idx, robust_z(disp).tolist()))
        med = float(np.median(disp)) if disp.size else 0.0
        drop = [k for k in idx if math.isfinite(z_of[k]) and abs(z_of[k]) > z_limit
                and abs(res.displacement[k] - med) >= min_shift]
        if len(active) - len(drop) < 1:
            drop = []  # never release every anchor: the scale would be lost
        for k in shown:
            iid = res.item_ids[k]
            report[iid] = AnchorDrift(iid, float(active[iid][1]), float(res.displacement[k]),
                                      float(res.se_displacement[k]), float(z_of.get(k, math.nan)),
                                      k in drop, rnd)
        if not drop:
            return res, sorted(report.values(), key=lambda r: r.item_id)
        for k in drop:
            active.pop(res.item_ids[k])
    res = calibrate_long(person_ids, item_ids, correct, model, anchor_params=active, **kwargs)
    return res, sorted(report.values(), key=lambda r: r.item_id)
