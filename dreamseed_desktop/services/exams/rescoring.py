"""Re-estimate a session's θ/SE (and score) after a staff correction of one of its answers.

The session's own CAT design is used (``meta['cat_config']`` as stored at start; the engine's
defaults otherwise), so a corrected session is scored the way it was scored the first time:
θ/SE with the design's estimator on its quadrature grid, ``theta_after``/``se_after`` rewritten
for every answer, and — for a finished session — θ and SE on the session row (number correct and
percent correct are read from the attempts, so they follow by themselves). One rule for every
session: no score is picked by which engine wrote it. Item parameters are the bank's current ones.
"""
from __future__ import annotations

import dataclasses
import math
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dreamseed_desktop.cat.config import CatConfig
from dreamseed_desktop.cat.estimation import ThetaEstimator
from dreamseed_desktop.db.exams import Attempt, ExamSession
from dreamseed_desktop.db.items import Item


def session_config(meta: dict[str, Any] | None) -> CatConfig:
    """The CAT design stored with a session (unknown keys from newer versions are ignored)."""
    raw = (meta or {}).get("cat_config") or {}
    known = {f.name for f in dataclasses.fields(CatConfig)}
    try:
        return CatConfig.from_dict({k: v for k, v in raw.items() if k in known})
    except (TypeError, ValueError):
        return CatConfig()


def rescore_session(s: Session, session: ExamSession) -> dict[str, Any]:
    """Recompute the session's estimates in the caller's transaction; returns old and new."""
    config = session_config(session.meta)
    estimator = ThetaEstimator(config.estimator, grid=config.grid,
                               mle_bounds=(config.mle_min, config.mle_max))
    rows = s.execute(
        select(Attempt, Item.a, Item.b, Item.c).join(Item, Item.id == Attempt.item_id)
        .where(Attempt.exam_session_id == session.id).order_by(Attempt.seq)).all()
    theta = se = None
    for attempt, a, b, c in rows:
        estimator.add_response(a, b, c, attempt.correct)
        theta, se = estimator.estimate()
        attempt.theta_after = theta
        attempt.se_after = se if math.isfinite(se) else None
    old = {"theta": session.theta, "standard_error": session.standard_error}
    if session.status == "completed" and rows:
        session.theta = theta
        session.standard_error = se if se is not None and math.isfinite(se) else None
        session.version += 1
    new = {"theta": session.theta, "standard_error": session.standard_error}
    return {"old": old, "new": new}
