"""What a session's scores are (one place for the rule every writer and reader uses).

A session reports, each under its own name:

* **number correct of items answered** (``n_correct`` / ``n_answered``) and
  **percent correct** (``100 · n_correct / n_answered``) — what the student got right of what
  they saw. In an adaptive test everyone gets items near their level, so this is *not*
  comparable between students; it is shown because students and parents ask for it.
* **θ** (ability on the item bank's logit scale; the calibration group has mean 0 and SD 1)
  with its **SE** and the **95 % interval** θ ± 1.96·SE — the number that *is* comparable
  between students and sittings of the same subject.

There is no other 0–100 number: the former "score" (100·Φ(θ), a percentile of an assumed
calibration population) is not shown anywhere.

A session **counts** in averages when it ended normally (status ``completed``) with at least the
design's minimum number of items; a session ended by the time limit (or by the teacher) before
that is *incomplete* and is listed but not averaged.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

#: ``meta['engine']`` of sessions the server-side exam API runs.
SERVER_ENGINE_PREFIX = "postgresql/exam-api"

#: z for the two-sided 95 % interval
Z95 = 1.959963984540054


def percent_correct(n_correct: int, n: int) -> float | None:
    """% of answered items that were correct (None when nothing was answered)."""
    return round(100.0 * n_correct / n, 1) if n else None


def interval95(theta: float | None, se: float | None) -> tuple[float, float] | None:
    """θ ± 1.96·SE, or None without a finite θ and SE."""
    if theta is None or se is None or not (math.isfinite(theta) and math.isfinite(se)):
        return None
    return theta - Z95 * se, theta + Z95 * se


@dataclass(frozen=True)
class SessionScore:
    """A session's scores with their names (see the module docstring)."""

    n_correct: int
    n_answered: int
    theta: float | None
    se: float | None
    status: str = "completed"          # in_progress | suspended | completed | terminated
    stop_reason: str | None = None     # max_items | se_target | time_limit | student_finished | ...
    min_items: int = 0

    @property
    def percent_correct(self) -> float | None:
        return percent_correct(self.n_correct, self.n_answered)

    @property
    def interval95(self) -> tuple[float, float] | None:
        return interval95(self.theta, self.se)

    @property
    def complete(self) -> bool:
        """Ended normally with at least the design's minimum number of items (counts in averages)."""
        return (self.status == "completed" and self.n_answered > 0
                and self.n_answered >= self.min_items)

    @property
    def completeness(self) -> str:
        """``complete`` | ``short_time_limit`` (time ran out before the minimum) |
        ``short`` (ended early otherwise) | ``terminated`` | ``running``."""
        if self.status in ("in_progress", "suspended"):
            return "running"
        if self.status == "terminated":
            return "terminated"
        if self.complete:
            return "complete"
        return "short_time_limit" if self.stop_reason == "time_limit" else "short"


def overlapping(a: SessionScore, b: SessionScore) -> bool:
    """True when the two 95 % intervals overlap (the θs cannot be told apart)."""
    ia, ib = a.interval95, b.interval95
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


@dataclass(frozen=True)
class MeanWithSE:
    """A mean of several sessions' values with its standard error and 95 % interval.

    ``se`` is the standard error of the mean (sample SD / √n); None for fewer than 2 values.
    """

    n: int
    mean: float | None
    se: float | None

    @property
    def interval95(self) -> tuple[float, float] | None:
        return interval95(self.mean, self.se)


def mean_with_se(values: list[float]) -> MeanWithSE:
    vals = [v for v in values if v is not None and math.isfinite(v)]
    n = len(vals)
    if n == 0:
        return MeanWithSE(0, None, None)
    m = sum(vals) / n
    if n < 2:
        return MeanWithSE(1, m, None)
    var = sum((v - m) ** 2 for v in vals) / (n - 1)
    return MeanWithSE(n, m, math.sqrt(var / n))
