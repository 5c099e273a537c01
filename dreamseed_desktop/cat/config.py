"""Frozen, JSON-serialisable description of a whole CAT design.

A :class:`CatConfig` is stored with every exam session so that a score can
be reproduced exactly.  ``to_dict`` / ``to_json`` give a flat JSON object
whose keys are the field names below; ``content_targets`` and
``exposure_parameters`` are JSON objects (``{"math": 0.5, ...}``,
``{"ITEM1": 0.42, ...}``).  ``from_dict`` rejects unknown keys so that a
typo can never silently change a design; missing keys take the defaults.

Example (defaults)::

    {"algorithm_version": "dreamseed-cat/1.0", "estimator": "eap",
     "grid_min": -6.0, "grid_max": 6.0, "grid_points": 121,
     "prior_mean": 0.0, "prior_sd": 1.0, "mle_min": -4.0, "mle_max": 4.0,
     "start_theta": null, "randomesque_k": 1,
     "exposure_control": "none", "exposure_target": 0.25,
     "exposure_parameters": {}, "content_key": "subject",
     "content_targets": {}, "min_items": 5, "max_items": 30,
     "se_target": 0.3, "time_limit_seconds": null, "min_information": 0.0}
"""
from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from .errors import InputError
from .estimation import ESTIMATORS, QuadratureGrid

__all__ = ["ALGORITHM_VERSION", "CatConfig"]

ALGORITHM_VERSION = "dreamseed-cat/1.0"

EXPOSURE_METHODS = ("none", "restricted", "sympson_hetter")
START_RULES = ("fisher", "kl", "pwi")
# keys added after dreamseed-cat/1.0: written by to_dict only when not at their default, so
# stored designs and the exam server's settings schema (exam.default_config) stay unchanged
OPTIONAL_KEYS = {"start_selection": "fisher", "start_selection_items": 5}
CONTENT_KEYS = ("subject", "grade", "strand")
#: unscored pretest items an exam may carry (docs/cat.md, "Pretest seeding")
MAX_PRETEST_ITEMS = 10


@dataclass(frozen=True)
class CatConfig:
    """CAT design.  All fields have defaults; see docs/cat.md for meanings.

    * ``estimator``: ``"eap"`` | ``"map"`` | ``"mle"`` (used for selection and score).
    * ``grid_*`` / ``prior_*``: EAP/MAP quadrature grid and normal prior.
    * ``mle_min`` / ``mle_max``: closed interval of the bounded MLE.
    * ``start_theta``: theta used to choose the first item; ``None`` means
      the prior mean (a session may pass prior information instead).
    * ``randomesque_k``: pick uniformly among the ``k`` most informative items.
    * ``exposure_control``: ``"none"``, ``"restricted"`` (restricted maximum
      exposure: an item is only given while its running exposure rate in the
      exam is below ``exposure_target``; holds for any group of students) or
      ``"sympson_hetter"`` (``exposure_parameters`` maps item_id -> K,
      missing = 1; the parameters only hold for the ability distribution
      they were simulated for).
    * ``content_key`` / ``content_targets``: content balancing over the bank's
      ``subject``/``grade``/``strand`` labels, target proportions per label.
    * stopping: ``min_items``, ``max_items``, ``se_target`` (``None`` = off),
      ``time_limit_seconds`` (``None`` = off), ``min_information`` (stop when
      the best remaining item has less information; 0 = only when none left).
    * ``pretest_items``: unscored pretest items seeded at random positions among the first
      ``min_items + n`` (:class:`~.session.CatSession` ``pretest_items``/``pretest_positions``);
      they never change θ, SE or the stopping rules, which count scored items only.
    * ``start_selection``: rule for the first ``start_selection_items`` items: ``"fisher"``
      (maximum Fisher information at the estimate, as later items), ``"kl"``
      (posterior-weighted Kullback-Leibler information) or ``"pwi"`` (posterior-weighted
      Fisher information); see :func:`.selection.posterior_criterion`. The exam server
      selects by Fisher information only (simulation and what-if use all three).
    """

    algorithm_version: str = ALGORITHM_VERSION
    estimator: str = "eap"
    grid_min: float = -6.0
    grid_max: float = 6.0
    grid_points: int = 121
    prior_mean: float = 0.0
    prior_sd: float = 1.0
    mle_min: float = -4.0
    mle_max: float = 4.0
    start_theta: float | None = None
    randomesque_k: int = 1
    exposure_control: str = "none"
    exposure_target: float = 0.25
    exposure_parameters: tuple[tuple[str, float], ...] = field(default=())
    content_key: str = "subject"
    content_targets: tuple[tuple[str, float], ...] = field(default=())
    min_items: int = 5
    max_items: int = 30
    se_target: float | None = 0.3
    time_limit_seconds: float | None = None
    min_information: float = 0.0
    pretest_items: int = 0
    start_selection: str = "fisher"
    start_selection_items: int = 5

    def __post_init__(self) -> None:
        # Accept mappings for the two pair-valued fields and normalise them.
        for name in ("exposure_parameters", "content_targets"):
            val = getattr(self, name)
            pairs = val.items() if isinstance(val, Mapping) else val
            norm = tuple(sorted((str(k), float(v)) for k, v in pairs))
            object.__setattr__(self, name, norm)
        if self.estimator not in ESTIMATORS:
            raise InputError("{key} must be one of {choices}.", key="estimator", choices=", ".join(ESTIMATORS))
        if self.exposure_control not in EXPOSURE_METHODS:
            raise InputError("{key} must be one of {choices}.", key="exposure_control",
                             choices=", ".join(EXPOSURE_METHODS))
        if self.start_selection not in START_RULES:
            raise InputError("{key} must be one of {choices}.", key="start_selection",
                             choices=", ".join(START_RULES))
        if int(self.start_selection_items) < 0:
            raise InputError("{key} must be 0 or more.", key="start_selection_items")
        if self.content_key not in CONTENT_KEYS:
            raise InputError("{key} must be one of {choices}.", key="content_key",
                             choices=", ".join(str(k) for k in CONTENT_KEYS))
        if int(self.grid_points) < 2 or not self.grid_max > self.grid_min:
            raise InputError("The grid needs grid_points of at least 2 and grid_max above grid_min.")
        if not self.prior_sd > 0:
            raise InputError("{key} must be positive.", key="prior_sd")
        if not self.mle_max > self.mle_min:
            raise InputError("mle_max must be above mle_min.")
        if self.randomesque_k < 1:
            raise InputError("{key} must be at least 1.", key="randomesque_k")
        if not 0 < self.exposure_target <= 1:
            raise InputError("exposure_target must be above 0 and at most 1.")
        if self.min_items < 0 or self.max_items < 1 or self.min_items > self.max_items:
            raise InputError("The design needs 0 <= min_items <= max_items and max_items of at least 1.")
        if self.se_target is not None and not self.se_target > 0:
            raise InputError("{key} must be positive or null.", key="se_target")
        if not 0 <= int(self.pretest_items) <= MAX_PRETEST_ITEMS:
            raise InputError("pretest_items must be between 0 and {maximum}.", maximum=MAX_PRETEST_ITEMS)
        if self.time_limit_seconds is not None and not self.time_limit_seconds > 0:
            raise InputError("{key} must be positive or null.", key="time_limit_seconds")
        for _, v in self.content_targets:
            if v < 0 or not math.isfinite(v):
                raise InputError("Content targets must be 0 or more.")
        for _, v in self.exposure_parameters:
            if not 0 <= v <= 1:
                raise InputError("Exposure parameters must be between 0 and 1.")

    # ------------------------------------------------------------------ helpers
    @functools.cached_property
    def grid(self) -> QuadratureGrid:
        """The EAP/MAP quadrature grid and prior described by this config."""
        return QuadratureGrid(self.grid_min, self.grid_max, int(self.grid_points), self.prior_mean, self.prior_sd)

    @property
    def first_theta(self) -> float:
        return self.prior_mean if self.start_theta is None else float(self.start_theta)

    def exposure_parameter_map(self) -> dict[str, float]:
        return dict(self.exposure_parameters)

    def with_changes(self, **changes: Any) -> CatConfig:
        """Copy with some fields replaced (mappings accepted for pair fields)."""
        return replace(self, **changes)

    # ------------------------------------------------------------ serialisation
    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["exposure_parameters"] = dict(self.exposure_parameters)
        d["content_targets"] = dict(self.content_targets)
        if self.start_selection == OPTIONAL_KEYS["start_selection"]:
            for key in OPTIONAL_KEYS:
                d.pop(key)
        return d

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), indent=indent, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CatConfig:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise InputError("The design has unknown keys: {keys}.", keys=", ".join(sorted(unknown)))
        kw = dict(data)
        for name in ("grid_points", "randomesque_k", "min_items", "max_items", "start_selection_items",
                     "pretest_items"):
            if name in kw:
                kw[name] = int(kw[name])
        return cls(**kw)

    @classmethod
    def from_json(cls, text: str) -> CatConfig:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise InputError("The design JSON must be an object.")  # bad content, not a bad argument
        return cls.from_dict(data)
