"""Re-estimate a session's θ/SE (and score) after a staff correction of one of its answers.

The session's own CAT design is used (``meta['cat_config']`` as stored at start; the engine's
defaults otherwise), so a corrected session is scored the way it was scored the first time:
θ/SE with the design's estimator on its quadrature grid, ``theta_after``/``se_after`` rewritten
for every answer, and — for a finished session — θ, SE and score on the session row. Scores
follow the rule of the engine that ran the session: the server-side exam API reports
100·Φ((θ − prior mean)/prior SD), sessions recorded through the services report the percentage
of correct answers. Item parameters are the bank's current ones.
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
from dreamseed_desktop.services.exams.scoring import SERVER_ENGINE_PREFIX, percent_correct


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
    old = {"theta": session.theta, "standard_error": session.standard_error, "score": session.score}
    if session.status == "completed" and rows:
        session.theta = theta
        session.standard_error = se if se is not None and math.isfinite(se) else None
        session.score = _score(session, config, theta, [r[0].correct for r in rows])
        session.version += 1
    new = {"theta": session.theta, "standard_error": session.standard_error, "score": session.score}
    return {"old": old, "new": new}


def _score(session: ExamSession, config: CatConfig, theta: float | None,
           correct: list[bool]) -> float | None:
    if str((session.meta or {}).get("engine", "")).startswith(SERVER_ENGINE_PREFIX):
        if theta is None:
            return None
        z = (theta - config.prior_mean) / config.prior_sd
        return round(100.0 * 0.5 * (1.0 + math.erf(z / math.sqrt(2.0))), 1)
    return percent_correct(sum(correct), len(correct))
