"""How a session's score is defined (one place for the rule every writer and reader uses)."""
from __future__ import annotations

#: ``meta['engine']`` of sessions the server-side exam API runs (baseline migration): their
#: status, timing and answers belong to the exam window and the proctor console.
SERVER_ENGINE_PREFIX = "postgresql/exam-api"


def percent_correct(n_correct: int, n: int) -> float | None:
    """The score of a session recorded through the services: % of answers correct."""
    return round(100.0 * n_correct / n, 2) if n else None
