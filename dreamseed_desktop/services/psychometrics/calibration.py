"""Recalibrate items from stored attempts (MML-EM in :mod:`dreamseed_desktop.cat`) and accept
the result into the bank as a new bank version.

* Each exam session counts as one examinee (a student who sat several sessions is a different
  "person" each time, because their ability changes between sittings).
* Items with fewer than ``min_responses`` answers are estimated with the others (their answers
  still inform θ) but are not offered for acceptance, nor are estimates less precise than
  ``max_se_a`` / ``max_se_b`` or outside the bank's allowed ranges (0 < a ≤ 10, −10 ≤ b ≤ 10,
  0 ≤ c < 1).
* Scale: MML fixes θ ~ N(0, 1) in the calibration sample. With ``link_to_bank`` the estimates
  are put on the bank's scale by mean/mean linking over the eligible items
  (A = mean(a_new) / mean(a_old), B = mean(b_old) − A·mean(b_new); b* = A·b + B, a* = a / A,
  SE(b*) = A·SE(b), SE(a*) = SE(a) / A). Mean/mean is used rather than mean/sigma because the
  spread of noisy new b estimates is inflated by their estimation error, which would shrink A.
* Cancel: checked between fetched batches and every 0.1 s while the estimation runs (on a
  helper thread; an abandoned estimation finishes in the background and is dropped).
* Accepting: per item, ``items.bank_version`` + 1, new a/b/c (and model), a row in
  ``item_param_history`` with SEs, fit and ``source = 'calibration'``; the previous version's
  row stays. Sessions and attempts are never touched, so each keeps pointing at the version it
  was scored with. All items are locked and checked against the versions read at calibration
  time: if any changed meanwhile the whole acceptance is refused (Conflict).
"""
from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlalchemy import bindparam, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from dreamseed_desktop.cat.anchoring import AnchorDrift, calibrate_with_anchors
from dreamseed_desktop.cat.calibration import CalibrationResult, calibrate
from dreamseed_desktop.db.items import Item, ItemParamHistory
from dreamseed_desktop.services.core.errors import Conflict, ValidationError
from dreamseed_desktop.services.psychometrics.analysis import date_bounds
from dreamseed_desktop.services.psychometrics.dto import (
    AcceptedCalibration,
    CalibrationCancelled,
    CalibrationRequest,
    CalibrationRun,
    ItemCalibration,
    ProgressSink,
)
from dreamseed_desktop.services.psychometrics.threads import with_pinned_blas

__all__ = ["FETCH_BATCH", "accept_run", "check_request", "load_responses", "run_calibration"]

MODELS = ("1PL", "2PL", "3PL")
SESSION_STATUSES = ("completed", "suspended", "terminated", "in_progress")
FETCH_BATCH = 20_000
POLL_SECONDS = 0.1

_ITEMS = text("""
SELECT id, code, model, a, b, c, bank_version, version, status FROM items
WHERE (CAST(:subject AS text) IS NULL OR subject = :subject)
  AND (CAST(:ids AS bigint[]) IS NULL OR id = ANY(CAST(:ids AS bigint[])))
ORDER BY code, id
""")

_RESPONSES = text("""
SELECT a.exam_session_id, a.item_id, a.correct
FROM attempts a JOIN exam_sessions es ON es.id = a.exam_session_id
WHERE a.item_id = ANY(CAST(:ids AS bigint[]))
  AND es.status IN :statuses
  AND (CAST(:t0 AS timestamptz) IS NULL OR es.started_at >= :t0)
  AND (CAST(:t1 AS timestamptz) IS NULL OR es.started_at < :t1)
""").bindparams(bindparam("statuses", expanding=True))


def check_request(req: CalibrationRequest) -> None:
    """Validate a request (typed errors with the offending field)."""
    if req.model.upper() not in MODELS:
        raise ValidationError("The model must be one of: {choices}.",
                              params={"choices": ", ".join(MODELS)}, field="model")
    if req.subject is None and not req.item_ids:
        raise ValidationError("Choose a subject or some items to calibrate.", field="subject")
    if not (req.max_se_a > 0 and req.max_se_b > 0):
        raise ValidationError("The precision limits must be positive.", field="max_se_b")
    if req.a_prior_sd is not None and not (math.isfinite(req.a_prior_sd) and req.a_prior_sd > 0):
        raise ValidationError("The prior spread of a must be positive.", field="a_prior_sd")
    if req.c_prior is not None and not (len(req.c_prior) == 2 and all(
            math.isfinite(v) and v >= 1 for v in req.c_prior)):
        raise ValidationError("Both parameters of the Beta prior on c must be 1 or more.",
                              field="c_prior")
    if req.min_responses < 1:
        raise ValidationError("The minimum number of answers must be 1 or more.",
                              field="min_responses")
    if req.method not in ("link", "anchors"):
        raise ValidationError("Unknown calibration method.", field="method")
    if req.method == "anchors":
        # the new items: the chosen ones and every item in state "pretest" of the selection
        # (checked once the items are loaded, in run_calibration)
        if not (req.drift_z > 0 and req.drift_min_shift >= 0):
            raise ValidationError("The drift limits must be positive.", field="drift_z")
    bad = [st for st in req.statuses if st not in SESSION_STATUSES]
    if bad or not req.statuses:
        raise ValidationError("Unknown session status.", field="statuses")
    date_bounds(req.date_from, req.date_to)


def load_responses(s: Session, req: CalibrationRequest, progress: ProgressSink | None
                   ) -> tuple[list[Any], np.ndarray, np.ndarray, np.ndarray]:
    """Items in scope and their answers as (session id, item id, correct) arrays."""
    ids = list(req.item_ids) if req.item_ids else None
    items = list(s.execute(_ITEMS, {"subject": req.subject, "ids": ids}))
    if not items:
        raise ValidationError("No items match the selection.", field="item_ids")
    t0, t1 = date_bounds(req.date_from, req.date_to)
    result = s.execute(_RESPONSES.execution_options(yield_per=FETCH_BATCH),
                       {"ids": [r.id for r in items], "statuses": list(req.statuses),
                        "t0": t0, "t1": t1})
    chunks: list[np.ndarray] = []
    for part in result.partitions(FETCH_BATCH):
        _check_cancel(progress)
        chunks.append(np.array([(r[0], r[1], 1 if r[2] else 0) for r in part], dtype=np.int64))
        _report(progress, 1, 10, f"Reading answers: {sum(len(c) for c in chunks)}")
    data = np.concatenate(chunks) if chunks else np.zeros((0, 3), dtype=np.int64)
    return items, data[:, 0], data[:, 1], data[:, 2]


def run_calibration(items: Sequence[Any], sessions: np.ndarray, item_ids: np.ndarray,
                    correct: np.ndarray, req: CalibrationRequest,
                    progress: ProgressSink | None) -> CalibrationRun:
    """Estimate, link to the bank's scale and compare with the stored parameters."""
    if correct.size == 0:
        raise ValidationError("There are no stored answers for these items in this period.",
                              field="date_from")
    _check_cancel(progress)
    _report(progress, 2, 10, f"Estimating parameters from {correct.size} answers")
    person_codes, person = np.unique(sessions, return_inverse=True)
    index = {int(r.id): k for k, r in enumerate(items)}
    item = np.fromiter((index[int(i)] for i in item_ids), dtype=np.int64, count=item_ids.size)
    model = req.model.upper()
    drift: dict[str, AnchorDrift] = {}
    if req.method == "anchors":
        unknown = set(req.new_item_ids) - set(index)
        # items in state "pretest" (seeded unscored in exams) are always new items
        new = set(req.new_item_ids) | {int(r.id) for r in items if r.status == "pretest"}
        if not new:
            raise ValidationError("Choose the new items to calibrate against the anchors.",
                                  field="new_item_ids")
        if unknown:
            raise ValidationError("Item {code} is not in the selection.",
                                  params={"code": str(min(unknown))}, field="new_item_ids")
        anchors = {str(r.id): (float(r.a), float(r.b), float(r.c)) for r in items
                   if int(r.id) not in new and r.status == "active"}
        if not anchors:
            raise ValidationError("There are no anchor items: every active item is marked new.",
                                  field="new_item_ids")
        iid_text = [str(int(i)) for i in item_ids]

        def anchored() -> CalibrationResult:
            fit, report = calibrate_with_anchors(
                person.tolist(), iid_text, correct, model.lower(), anchors, z_limit=req.drift_z,
                min_shift=req.drift_min_shift, min_drift_answers=req.min_responses,
                a_prior_sd=req.a_prior_sd, c_prior=req.c_prior)
            drift.update({d.item_id: d for d in report})
            return fit.aligned([str(r.id) for r in items])

        res = _estimate_cancellably(anchored, progress)
    else:
        res = _estimate_cancellably(
            lambda: calibrate(person, item, correct, model=model.lower(), n_persons=person_codes.size,
                              n_items=len(items), item_ids=[str(r.id) for r in items],
                              a_prior_sd=req.a_prior_sd, c_prior=req.c_prior), progress)
    _report(progress, 9, 10, "Comparing with the bank")
    n_obs = np.bincount(item, minlength=len(items))
    n_cor = np.bincount(item, weights=correct.astype(float), minlength=len(items))
    old_a = np.array([float(r.a) for r in items])
    old_b = np.array([float(r.b) for r in items])
    usable = (n_obs >= req.min_responses) & np.isfinite(res.a) & np.isfinite(res.b)
    with np.errstate(invalid="ignore"):
        precise = usable & (np.nan_to_num(res.se_a, nan=np.inf) <= req.max_se_a) \
            & (np.nan_to_num(res.se_b, nan=np.inf) <= req.max_se_b)
    anchor = precise if precise.sum() >= 3 else usable
    slope, intercept = (_linking(old_a[anchor], old_b[anchor], res.a[anchor], res.b[anchor])
                        if req.link_to_bank and req.method == "link" else (1.0, 0.0))
    rows = []
    for k, r in enumerate(items):
        new_a, new_b = res.a[k] / slope, slope * res.b[k] + intercept
        new_c = res.c[k] if model == "3PL" or (res.fixed.size and res.fixed[k]) else 0.0
        template, args = _ineligible_reason(int(n_obs[k]), req.min_responses, new_a, new_b, new_c,
                                            res.flags[k])
        se_a, se_b = res.se_a[k] / slope, res.se_b[k] * slope
        if not template and not (se_a <= req.max_se_a and se_b <= req.max_se_b):
            template, args = "too imprecise (SE of a {0:.2f}, of b {1:.2f})", (float(se_a), float(se_b))
        d = drift.get(str(r.id))
        is_anchor = bool(res.fixed[k]) if res.fixed.size else False
        if is_anchor:
            template, args = "anchor: parameters held fixed", ()
        elif d is not None and d.dropped and not template:
            template, args = "released anchor (drift z {0:.1f}); re-estimated", (d.robust_z,)
        rows.append(ItemCalibration(
            item_id=int(r.id), code=r.code, n_responses=int(n_obs[k]),
            p_observed=float(n_cor[k] / n_obs[k]) if n_obs[k] else math.nan,
            old_model=r.model, old_a=float(r.a), old_b=float(r.b), old_c=float(r.c),
            old_bank_version=int(r.bank_version), version=int(r.version),
            new_a=_num(new_a), new_b=_num(new_b), new_c=_num(new_c),
            se_a=_num(se_a), se_b=_num(se_b),
            se_c=_num(res.se_c[k]) if model == "3PL" else None, fit=_num(res.fit[k]),
            eligible=not template or template.startswith("released anchor"),
            note=template.format(*args), note_template=template, note_args=args,
            anchor=is_anchor or (d is not None), displacement=_num(d.displacement) if d else None,
            drift_z=_num(d.robust_z) if d else None, released=bool(d and d.dropped)))
    _report(progress, 10, 10, "Done")
    return CalibrationRun(
        request=req, model=model, n_sessions=int(person_codes.size), n_responses=int(correct.size),
        iterations=int(res.iterations), converged=bool(res.converged),
        log_likelihood=float(res.log_likelihood), link_slope=slope, link_intercept=intercept,
        created_at=datetime.now(UTC), items=tuple(rows), priors=res.priors(),
        summary=_run_summary(res), method=req.method)


def _run_summary(res: CalibrationResult) -> dict[str, Any]:
    """The engine's summary without the per-item list (items are in the run itself)."""
    out = res.summary()
    out.pop("items", None)
    return out


def accept_run(s: Session, run: CalibrationRun, item_ids: Sequence[int] | None) -> AcceptedCalibration:
    """Write the eligible (or the chosen eligible) items as a new bank version each."""
    chosen = {i.item_id: i for i in run.eligible}
    if item_ids is not None:
        missing = [i for i in item_ids if i not in chosen]
        if missing:
            codes = {i.item_id: i.code for i in run.items}
            raise ValidationError("Item {code} has no acceptable new parameters.",
                                  params={"code": codes.get(missing[0], str(missing[0]))},
                                  field="item_ids")
        chosen = {i: chosen[i] for i in item_ids}
    if not chosen:
        raise ValidationError("No item has acceptable new parameters.", field="item_ids")
    rows = {r.id: r for r in s.execute(
        select(Item).where(Item.id.in_(list(chosen))).order_by(Item.id).with_for_update()).scalars()}
    stale = [c.code for i, c in chosen.items() if i not in rows or rows[i].version != c.version]
    if stale:
        raise Conflict("Item {code} was changed after the calibration was run. "
                       "Run the calibration again.", params={"code": stale[0]})
    # the outgoing version's parameters must stay on record (older banks may lack the row)
    s.execute(pg_insert(ItemParamHistory).values([
        {"item_id": r.id, "bank_version": r.bank_version, "model": r.model, "a": r.a, "b": r.b,
         "c": r.c, "source": "import"} for r in rows.values()]).on_conflict_do_nothing())
    versions: dict[int, int] = {}
    record = run.record()
    for item_id, cal in chosen.items():
        row = rows[item_id]
        # eligible items always have new a, b and c
        row.model, row.a = run.model, float(cal.new_a or 0.0)
        row.b, row.c = float(cal.new_b or 0.0), float(cal.new_c or 0.0)
        row.bank_version += 1
        row.version += 1
        versions[item_id] = row.bank_version
        s.add(ItemParamHistory(item_id=item_id, bank_version=row.bank_version, model=run.model,
                               a=cal.new_a, b=cal.new_b, c=cal.new_c, se_a=cal.se_a,
                               se_b=cal.se_b, se_c=cal.se_c, fit=cal.fit, source="calibration",
                               calibration=record))
    s.flush()
    return AcceptedCalibration(n_items=len(versions), bank_versions=versions)


def _estimate_cancellably(run: Callable[[], CalibrationResult],
                          progress: ProgressSink | None) -> CalibrationResult:
    """Run the EM estimation on a helper thread so Cancel answers at once.

    The engine has no progress hook; while it runs, progress moves from 2 to 8 (of 10) with the
    elapsed time, and a cancel returns immediately (the abandoned estimation finishes in the
    background and its result is dropped). BLAS runs on one thread meanwhile (``threads``).
    """
    if progress is None:
        return with_pinned_blas(run)
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = with_pinned_blas(run)
        except BaseException as exc:  # noqa: BLE001 - re-raised on the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, name="calibration-em", daemon=True)
    started = time.monotonic()
    worker.start()
    while worker.is_alive():
        worker.join(POLL_SECONDS)
        _check_cancel(progress)
        elapsed = time.monotonic() - started
        _report(progress, min(8, 2 + int(elapsed)), 10, f"Estimating parameters ({elapsed:.0f} s)")
    if "error" in box:
        raise box["error"]
    return box["result"]


def _linking(old_a: np.ndarray, old_b: np.ndarray, new_a: np.ndarray, new_b: np.ndarray
             ) -> tuple[float, float]:
    """Mean/mean constants (A, B) putting new estimates on the old scale (identity if none)."""
    if old_b.size == 0:
        return 1.0, 0.0
    slope = float(np.mean(new_a) / np.mean(old_a))
    if not (np.isfinite(slope) and slope > 0):
        slope = 1.0
    return slope, float(np.mean(old_b) - slope * np.mean(new_b))


def _ineligible_reason(n: int, min_n: int, a: float, b: float, c: float, flag: str = ""
                      ) -> tuple[str, tuple[Any, ...]]:
    """Why an item is not offered for acceptance: (English template, its arguments); "" = eligible.

    The templates are marked for translation in ui/screens/psychometrics/domain_messages.py.
    """
    flags = flag.split(";")
    if "all_correct" in flags:
        return "every answer correct: cannot be estimated", ()
    if "all_wrong" in flags:
        return "every answer wrong: cannot be estimated", ()
    if n < min_n:
        return "only {0} answers (minimum {1})", (n, min_n)
    if not (math.isfinite(a) and math.isfinite(b) and math.isfinite(c)):
        return "could not be estimated", ()
    if not (0 < a <= 10 and -10 <= b <= 10 and 0 <= c < 1):
        return "estimate outside the allowed range", ()
    if "at_bound" in flags:
        return "estimate stopped at a search bound", ()
    return "", ()


def _num(value: float) -> float | None:
    v = float(value)
    return v if math.isfinite(v) else None


def _check_cancel(progress: ProgressSink | None) -> None:
    if progress is not None and progress.cancelled:
        raise CalibrationCancelled()


def _report(progress: ProgressSink | None, done: int, total: int, text_: str) -> None:
    if progress is not None:
        progress.report(done, total, text_)
