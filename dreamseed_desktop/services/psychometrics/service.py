"""Psychometric tools for admins: item analysis, recalibration, bank versions, what-if simulation.

Qt-free; long calls (:meth:`PsychometricsService.calibrate`, :meth:`~PsychometricsService.what_if`)
take an optional ``progress`` (anything with ``report(done, total, text)`` and a ``cancelled``
flag, e.g. ``ui.workers.Progress``) and raise :class:`CalibrationCancelled` when cancelled —
nothing is written by either. The database work of ``calibrate`` is one read-only transaction;
the estimation runs after it is closed. ``accept_calibration`` is one write transaction.

See :mod:`.psychometrics_calibration` for the calibration and versioning rules and
:mod:`.psychometrics_simulation` for the simulation.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from dreamseed_desktop.cat.config import CatConfig
from dreamseed_desktop.services.core import audit
from dreamseed_desktop.services.core.access import require_role
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.psychometrics.analysis import (
    bank_parameters,
    item_analysis,
    item_analysis_csv,
    subjects,
)
from dreamseed_desktop.services.psychometrics.calibration import (
    accept_run,
    check_request,
    load_responses,
    run_calibration,
)
from dreamseed_desktop.services.psychometrics.dif import dif, dif_groups
from dreamseed_desktop.services.psychometrics.dto import (
    AcceptedCalibration,
    BankParameters,
    CalibrationCancelled,
    CalibrationRequest,
    CalibrationRun,
    DifGroup,
    DifResult,
    DifRow,
    ItemAnalysis,
    ItemAnalysisRow,
    ItemCalibration,
    ProgressSink,
    SimulationBand,
    WhatIfResult,
)
from dreamseed_desktop.services.psychometrics.simulation import what_if

__all__ = [
    "DifGroup", "DifResult", "DifRow",
    "AcceptedCalibration", "BankParameters", "CalibrationCancelled", "CalibrationRequest",
    "CalibrationRun", "ItemAnalysis", "ItemAnalysisRow", "ItemCalibration", "PsychometricsService",
    "SimulationBand", "WhatIfResult",
]

STAFF = ("admin", "teacher")


class PsychometricsService:
    """Item analysis, calibration and simulation over the unit of work of ``db``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ reads
    def subjects(self) -> list[tuple[str, int]]:
        """(subject, number of items) for every subject in the bank, by name."""
        with self._db.session(readonly=True) as s:
            return subjects(s)

    def bank_parameters(self, subject: str | None, *, status: str | None = "active") -> BankParameters:
        """Parameters of a subject's items (all subjects when None; all statuses when None)."""
        with self._db.session(readonly=True) as s:
            return bank_parameters(s, subject, status)

    def item_analysis(self, subject: str | None = None, *, date_from: date | None = None,
                      date_to: date | None = None, min_attempts: int = 30,
                      z_flag: float = 3.0) -> ItemAnalysis:
        """Observed vs expected p-correct, misfit flags and exposure of each item."""
        require_role(self._db.identity, *STAFF)
        with self._db.session(readonly=True) as s:
            return item_analysis(s, subject, date_from, date_to, min_attempts, z_flag)

    def dif_groups(self, subject: str | None) -> list[DifGroup]:
        """Classes with completed sessions in the subject (groups for a DIF analysis)."""
        require_role(self._db.identity, *STAFF)
        with self._db.session(readonly=True) as s:
            return dif_groups(s, subject)

    def dif(self, subject: str | None, reference: Sequence[int], focal: Sequence[int], *,
            date_from: date | None = None, date_to: date | None = None,
            min_answers: int = 20) -> DifResult:
        """Mantel-Haenszel DIF (ETS A/B/C) between two groups of classes, matched on θ."""
        require_role(self._db.identity, *STAFF)
        with self._db.session(readonly=True) as s:
            return dif(s, subject, reference, focal, date_from, date_to, min_answers)

    @staticmethod
    def item_analysis_csv(analysis: ItemAnalysis) -> bytes:
        """An item analysis as a CSV file (UTF-8 with BOM; infit/outfit and reliability named)."""
        return item_analysis_csv(analysis)

    # ------------------------------------------------------------------ calibration
    def calibrate(self, request: CalibrationRequest,
                  progress: ProgressSink | None = None) -> CalibrationRun:
        """Estimate new parameters from stored answers; nothing is written (see ``accept``)."""
        require_role(self._db.identity, "admin")
        check_request(request)
        with self._db.session(readonly=True) as s:
            items, sessions, item_ids, correct = load_responses(s, request, progress)
        return run_calibration(items, sessions, item_ids, correct, request, progress)

    def accept_calibration(self, run: CalibrationRun,
                           item_ids: Sequence[int] | None = None) -> AcceptedCalibration:
        """Store the run's eligible items (or the chosen ones) as a new bank version each."""
        require_role(self._db.identity, "admin")
        with self._db.session() as s:
            result = accept_run(s, run, item_ids)
            req = run.request
            audit.record(s, self._db.identity, "items.recalibrated", "item_bank", req.subject,
                         details={"model": run.model, "n_items": result.n_items,
                                  "item_ids": sorted(result.bank_versions),
                                  "date_from": req.date_from.isoformat() if req.date_from else None,
                                  "date_to": req.date_to.isoformat() if req.date_to else None,
                                  "n_responses": run.n_responses, "n_sessions": run.n_sessions,
                                  "log_likelihood": run.log_likelihood,
                                  "priors": run.priors,
                                  "method": run.record()["method"],
                                  "anchors": run.record()["anchors"],
                                  "released_anchors": run.record()["released_anchors"],
                                  "quadrature": run.summary.get("quadrature"),
                                  "iterations": run.iterations, "converged": run.converged,
                                  "link": [run.link_slope, run.link_intercept]})
            return result

    # ------------------------------------------------------------------ simulation
    def what_if(self, subject: str | None, config: CatConfig, *, n_examinees: int = 1000,
                seed: int = 0, theta_mean: float = 0.0, theta_sd: float = 1.0,
                progress: ProgressSink | None = None, grades: tuple[int, ...] = (),
                strands: tuple[str, ...] = ()) -> WhatIfResult:
        """Simulate ``n_examinees`` through ``config`` on the subject's active bank (only the
        items of ``grades`` and ``strands`` when given: an exam's pool)."""
        require_role(self._db.identity, *STAFF)
        with self._db.session(readonly=True) as s:
            params = pool_parameters(bank_parameters(s, subject, "active"), grades, strands)
        return what_if(params, config, n_examinees, seed, theta_mean, theta_sd, progress=progress)




def pool_parameters(params: BankParameters, grades: tuple[int, ...] = (),
                    strands: tuple[str, ...] = ()) -> BankParameters:
    """The items of ``params`` whose grade is in ``grades`` and strand in ``strands`` (an empty
    filter keeps everything), the way an exam's item filter narrows its pool."""
    if not grades and not strands:
        return params
    keep = [k for k in range(len(params.codes))
            if (not grades or params.grade[k] in grades) and (not strands or params.strand[k] in strands)]

    def pick(values: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(values[k] for k in keep)

    return replace(params, item_ids=pick(params.item_ids), codes=pick(params.codes), model=pick(params.model),
                   a=pick(params.a), b=pick(params.b), c=pick(params.c), grade=pick(params.grade),
                   strand=pick(params.strand), bank_version=pick(params.bank_version))
