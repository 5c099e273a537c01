"""DreamSeed CAT/IRT engine (numpy + stdlib only).

Public entry points:

* models: :func:`prob`, :func:`item_information`, :func:`test_information`,
  :func:`standard_error_curve` (logistic metric, no 1.7 constant);
* estimation: :func:`eap`, :func:`map_estimate`, :func:`mle`,
  :class:`QuadratureGrid`, :class:`ThetaEstimator`;
* design: :class:`CatConfig`; bank: :class:`ItemBank`, :func:`load_bank_csv`;
* adaptive test: :class:`CatSession` (share one :class:`ItemSelector` per
  bank+config between sessions to skip the per-session set-up);
* simulation: :func:`simulate`, :func:`compute_sympson_hetter`;
* calibration: :func:`calibrate` (MML-EM), :func:`calibrate_long`;
* demo data: :func:`generate_demo_bank`.

See docs/cat.md for formulas and conventions.
"""
from __future__ import annotations

from .bank import ItemBank, load_bank_csv, save_bank_csv
from .calibration import (
    CalibrationResult,
    calibrate,
    calibrate_long,
    load_responses_csv,
)
from .config import ALGORITHM_VERSION, CatConfig
from .demo_bank import demo_item_bank, generate_demo_bank
from .estimation import QuadratureGrid, ThetaEstimator, eap, map_estimate, mle
from .models import (
    item_information,
    log_likelihood,
    prob,
    standard_error_curve,
    test_information,
)
from .selection import ItemSelector, max_information
from .session import CatSession, check_stop
from .simulation import SimulationReport, compute_sympson_hetter, simulate

__all__ = [
    "ALGORITHM_VERSION",
    "CalibrationResult",
    "CatConfig",
    "CatSession",
    "ItemBank",
    "ItemSelector",
    "QuadratureGrid",
    "SimulationReport",
    "ThetaEstimator",
    "calibrate",
    "calibrate_long",
    "check_stop",
    "compute_sympson_hetter",
    "demo_item_bank",
    "eap",
    "generate_demo_bank",
    "item_information",
    "load_bank_csv",
    "load_responses_csv",
    "log_likelihood",
    "map_estimate",
    "max_information",
    "mle",
    "prob",
    "save_bank_csv",
    "simulate",
    "standard_error_curve",
    "test_information",
]
