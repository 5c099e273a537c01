"""Frozen DTOs of the psychometrics services (calibration, what-if simulation, item analysis).

Arrays are plain tuples aligned by position so charts can hand them to ``setData`` directly.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from dreamseed_desktop.services.core.errors import DomainError

__all__ = [
    "BankParameters", "CalibrationCancelled", "CalibrationRequest", "CalibrationRun",
    "AcceptedCalibration", "ItemAnalysis", "ItemAnalysisRow", "ItemCalibration", "ProgressSink",
    "SimulationBand", "WhatIfResult",
]


class ProgressSink(Protocol):
    """What long service calls report to (``ui.workers.Progress`` fits): progress and a cancel flag."""

    def report(self, done: int, total: int, text: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


class CalibrationCancelled(DomainError):
    """The user cancelled a long psychometric job; nothing was changed."""

    default_message = "Cancelled; nothing was changed."


@dataclass(frozen=True)
class BankParameters:
    """Parameters of a set of items (one subject's active bank by default), ordered by code."""

    subject: str | None
    item_ids: tuple[int, ...]
    codes: tuple[str, ...]
    model: tuple[str, ...]
    a: tuple[float, ...]
    b: tuple[float, ...]
    c: tuple[float, ...]
    grade: tuple[int | None, ...]
    strand: tuple[str | None, ...]
    bank_version: tuple[int, ...]


@dataclass(frozen=True)
class ItemAnalysisRow:
    """Observed against expected performance of one item over completed sessions.

    ``p_expected`` is the mean model probability at each answering session's final θ;
    ``z = (correct - expected) / sqrt(sum P(1-P))``; ``flagged`` when ``|z| > z_flag`` with at
    least ``min_attempts`` answers. ``exposure`` = sessions that saw the item / sessions in scope.
    """

    item_id: int
    code: str
    status: str
    a: float
    b: float
    c: float
    n_attempts: int
    n_correct: int
    p_observed: float | None
    p_expected: float | None
    z: float | None
    flagged: bool
    exposure: float
    #: Rasch-style mean squares at each session's final θ: infit = Σ(u−P)² / ΣP(1−P),
    #: outfit = mean of (u−P)² / P(1−P); ≈ 1 under the model (see docs/cat.md)
    infit: float | None = None
    outfit: float | None = None
    #: of ``n_attempts``, answers given to the item as an unscored pretest item
    n_pretest: int = 0


@dataclass(frozen=True)
class ItemAnalysis:
    """Item analysis of a subject (or the whole bank) over a date range."""

    subject: str | None
    date_from: date | None
    date_to: date | None
    n_sessions: int
    min_attempts: int
    z_flag: float
    rows: tuple[ItemAnalysisRow, ...]
    #: marginal reliability of the sessions' θ: var(θ̂) / (var(θ̂) + mean(SE²)) (None if < 2)
    reliability: float | None = None
    n_reliability: int = 0

    @property
    def flagged(self) -> tuple[ItemAnalysisRow, ...]:
        return tuple(r for r in self.rows if r.flagged)


@dataclass(frozen=True)
class CalibrationRequest:
    """What to calibrate: a subject and/or explicit items, answers from a date range.

    * ``model``: "1PL", "2PL" or "3PL";
    * ``min_responses``: items with fewer answers are estimated but not offered for acceptance;
    * ``link_to_bank``: put new estimates on the bank's scale (mean/sigma linking on ``b`` over
      the accepted-eligible items) instead of the sample's N(0, 1) scale;
    * ``statuses``: session statuses whose answers are used;
    * ``max_se_a`` / ``max_se_b``: estimates less precise than this are not offered for
      acceptance (and not used for linking);
    * ``a_prior_sd``: sd of the normal prior on log a (2PL/3PL), None = no prior;
      ``c_prior``: Beta(alpha, beta) prior on c (3PL), None = no prior. Both are stated in the
      result and recorded with an accepted calibration.
    """

    subject: str | None = None
    item_ids: tuple[int, ...] | None = None
    date_from: date | None = None
    date_to: date | None = None
    model: str = "3PL"
    min_responses: int = 50
    link_to_bank: bool = True
    statuses: tuple[str, ...] = ("completed",)
    max_se_a: float = 0.5
    max_se_b: float = 0.5
    a_prior_sd: float | None = 1.5
    c_prior: tuple[float, float] | None = (5.0, 17.0)
    #: "link": free calibration (then mean/mean to the bank if ``link_to_bank``);
    #: "anchors": the ``new_item_ids`` and every item in state "pretest" of the selection are
    #: estimated with every other active item of the selection held fixed (fixed anchors, ability
    #: distribution estimated), after releasing anchors whose displacement has robust z above
    #: ``drift_z`` (and shift >= ``drift_min_shift``)
    method: str = "link"
    new_item_ids: tuple[int, ...] = ()
    drift_z: float = 2.7
    drift_min_shift: float = 0.3


@dataclass(frozen=True)
class ItemCalibration:
    """Old against new parameters of one item. ``version`` is the item row's version when read
    (accepting raises Conflict if someone changed the item since)."""

    item_id: int
    code: str
    n_responses: int
    p_observed: float
    old_model: str
    old_a: float
    old_b: float
    old_c: float
    old_bank_version: int
    version: int
    new_a: float | None
    new_b: float | None
    new_c: float | None
    se_a: float | None
    se_b: float | None
    se_c: float | None
    fit: float | None
    eligible: bool
    note: str = ""
    note_template: str = ""
    note_args: tuple[Any, ...] = ()
    #: fixed-anchor runs: the item was an anchor (kept), its displacement and robust z, and
    #: whether the drift check released it (then it was re-estimated)
    anchor: bool = False
    displacement: float | None = None
    drift_z: float | None = None
    released: bool = False


@dataclass(frozen=True)
class CalibrationRun:
    """Result of :meth:`PsychometricsService.calibrate`; nothing is stored until accepted."""

    request: CalibrationRequest
    model: str
    n_sessions: int
    n_responses: int
    iterations: int
    converged: bool
    log_likelihood: float
    link_slope: float
    link_intercept: float
    created_at: datetime
    items: tuple[ItemCalibration, ...]
    priors: dict[str, str] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)
    method: str = "link"

    @property
    def released(self) -> tuple[ItemCalibration, ...]:
        """Anchors the drift check released (fixed-anchor runs)."""
        return tuple(i for i in self.items if i.released)

    def record(self) -> dict[str, Any]:
        """What an accepted version stores about how it was made (item_param_history.calibration)."""
        req = self.request
        return {
            "method": self.summary.get("method", self.method) if self.method == "anchors" else (
                "free calibration, mean/mean link to the bank" if req.link_to_bank
                else "free calibration, sample scale N(0, 1)"),
            "model": self.model, "priors": self.priors,
            "anchors": [i.code for i in self.items if i.anchor and not i.released],
            "released_anchors": [i.code for i in self.released],
            "drift_rule": (f"|robust z| > {req.drift_z:g} and |shift| >= {req.drift_min_shift:g}"
                           if self.method == "anchors" else None),
            "ability_distribution": self.summary.get("ability_distribution"),
            "link": [self.link_slope, self.link_intercept],
            "quadrature": self.summary.get("quadrature"), "iterations": self.iterations,
            "converged": self.converged, "log_likelihood": self.log_likelihood,
            "n_sessions": self.n_sessions, "n_responses": self.n_responses,
            "date_from": req.date_from.isoformat() if req.date_from else None,
            "date_to": req.date_to.isoformat() if req.date_to else None,
            "run_at": self.created_at.isoformat(),
        }

    @property
    def eligible(self) -> tuple[ItemCalibration, ...]:
        return tuple(i for i in self.items if i.eligible)


@dataclass(frozen=True)
class AcceptedCalibration:
    """Items written as a new bank version: item id → new ``bank_version``."""

    n_items: int
    bank_versions: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SimulationBand:
    """Precision in one band of true θ (``lo``/``hi`` None = open-ended)."""

    lo: float | None
    hi: float | None
    n: int
    rmse: float | None
    bias: float | None
    mean_se: float | None
    mean_length: float | None

    @property
    def label(self) -> str:
        if self.lo is None:
            return f"< {self.hi:g}"
        if self.hi is None:
            return f"≥ {self.lo:g}"
        return f"{self.lo:g} – {self.hi:g}"


@dataclass(frozen=True)
class WhatIfResult:
    """A what-if simulation of a CAT design on the real bank."""

    subject: str | None
    n_items_in_bank: int
    n_examinees: int
    seed: int
    config: dict[str, Any]
    rmse: float
    bias: float
    correlation: float | None
    mean_length: float
    lengths: tuple[int, ...]
    stop_reasons: dict[str, int]
    bands: tuple[SimulationBand, ...]
    item_codes: tuple[str, ...]
    exposure: tuple[float, ...]
    exposure_target: float
    share_never_used: float
    true_theta: tuple[float, ...]
    theta: tuple[float, ...]
    #: 1 - mean(SE²) / var(true θ) of the simulees (None when undefined)
    marginal_reliability: float | None = None


@dataclass(frozen=True)
class DifGroup:
    """A class with completed sessions in the subject (a possible DIF group)."""

    class_id: int
    name: str
    grade: int
    n_sessions: int


@dataclass(frozen=True)
class DifRow:
    """Mantel-Haenszel DIF of one item (None/"" when either group has too few answers).

    ``delta`` = MH D-DIF = −2.35 ln α_MH (negative: harder for the focal group at equal θ);
    ``ets_class`` A (negligible), B (moderate), C (large).
    """

    item_id: int
    code: str
    n_reference: int
    n_focal: int
    delta: float | None
    se_delta: float | None
    chi2: float | None
    p_value: float | None
    ets_class: str


@dataclass(frozen=True)
class DifResult:
    """DIF of a subject's items between two groups of classes."""

    subject: str | None
    reference: tuple[int, ...]
    focal: tuple[int, ...]
    min_answers: int
    rows: tuple[DifRow, ...]
