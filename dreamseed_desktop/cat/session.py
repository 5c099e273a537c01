"""One adaptive test: item selection, incremental scoring and stopping rules.

Typical use by the exam service::

    session = CatSession(bank, config, excluded_item_ids=seen_before, rng=seed)
    item_id = session.next_item()          # None when the test is over
    while item_id is not None:
        correct = ask_student(item_id)
        session.record_answer(item_id, correct)
        item_id = session.next_item()
    theta, se = session.theta, session.se
    reason = session.stop_reason

To resume an interrupted test (e.g. after a restart), build a new session
with the same bank, config and exclusions and call :meth:`CatSession.replay`
with the stored answers in order; theta, SE and eligibility are restored
exactly (only randomesque/Sympson-Hetter draws for *future* items differ
unless the random generator state is restored too).

Stopping rules (checked by :meth:`CatSession.should_stop`, first match wins)::

    "max_items"        administered >= max_items
    "time_limit"       elapsed seconds >= time_limit_seconds (if set)
    "no_items"         no eligible item left
    "min_information"  best eligible item's information at theta < min_information
                       (only after min_items)
    "se_target"        administered >= min_items and SE <= se_target (if set)

The rules combine: the test ends as soon as any rule fires.  ``min_items``
only delays the SE and information rules, never the hard limits.

Pretest seeding (``pretest_items``/``pretest_positions``, as the exam server does it): at a
pretest position of the sitting (1-based, counting every item given), :meth:`CatSession.next_item`
gives the next pretest item instead of a scored one — after the time-limit check and before the
other rules, which count scored items only. Its answer is kept in :attr:`CatSession.pretest_responses`
and never reaches the estimator, so θ, SE and every stopping decision equal those of the same
scored answers without pretest items. :func:`plan_pretest` draws the positions and items.
"""
from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

from .bank import ItemBank
from .config import CatConfig
from .estimation import ThetaEstimator
from .selection import ExposureCounts, ItemSelector, Selection, posterior_criterion

__all__ = ["CatSession", "check_stop", "plan_pretest"]


def plan_pretest(n: int, min_items: int, pool: Sequence[str],
                 rng: np.random.Generator) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """``min(n, len(pool))`` distinct random positions among the first ``min_items + n`` of a
    sitting, and as many distinct pretest items of ``pool`` in the order they will be given."""
    k = min(int(n), len(pool))
    if k <= 0:
        return (), ()
    positions = np.sort(rng.choice(np.arange(1, int(min_items) + k + 1), size=k, replace=False))
    items = rng.choice(np.array(list(pool), dtype=object), size=k, replace=False)
    return tuple(int(p) for p in positions), tuple(str(i) for i in items)


def check_stop(
    config: CatConfig, n_administered: int, se: float, elapsed: float | None,
    n_eligible: int, best_information: float | None,
) -> str | None:
    """Pure stopping-rule evaluation (see module docstring); ``None`` = go on."""
    if n_administered >= config.max_items:
        return "max_items"
    if config.time_limit_seconds is not None and elapsed is not None and elapsed >= config.time_limit_seconds:
        return "time_limit"
    if n_eligible == 0:
        return "no_items"
    if n_administered >= config.min_items:
        if config.min_information > 0 and best_information is not None and best_information < config.min_information:
            return "min_information"
        if config.se_target is not None and se <= config.se_target:
            return "se_target"
    return None


class CatSession:
    """State of one student's adaptive test.

    ``rng`` may be a ``numpy.random.Generator``, an int seed or ``None``
    (fresh entropy; only matters for randomesque k > 1 and Sympson-Hetter).
    ``start_theta`` overrides the configured start (prior information, e.g.
    the student's previous score).  ``clock`` returns seconds (monotonic).
    ``exposure`` is the exam's running exposure (shared by its sessions) for
    the restricted maximum-exposure rule: the session counts itself when it
    starts and counts each item when it is given (a lone session gets its own).
    """

    def __init__(
        self,
        bank: ItemBank,
        config: CatConfig | None = None,
        *,
        excluded_item_ids: Iterable[str] = (),
        start_theta: float | None = None,
        rng: np.random.Generator | int | None = None,
        clock: Callable[[], float] = time.monotonic,
        selector: ItemSelector | None = None,
        exposure: ExposureCounts | None = None,
        pretest_items: Sequence[str] = (),
        pretest_positions: Iterable[int] = (),
    ) -> None:
        self.bank = bank
        self.config = config or CatConfig()
        self._rng = rng
        self.selector = selector or ItemSelector(bank, self.config)
        self.estimator = ThetaEstimator(self.config.estimator, self.config.grid,
                                        (self.config.mle_min, self.config.mle_max))
        self.start_theta = self.config.first_theta if start_theta is None else float(start_theta)
        self._clock = clock
        self._t0: float | None = None
        self._eligible = np.ones(len(bank), dtype=bool)
        for iid in excluded_item_ids:
            if iid in bank:
                self._eligible[bank.index_of(iid)] = False
        self.excluded_count = int((~self._eligible).sum())
        self._n_eligible = len(bank) - self.excluded_count
        self.administered: list[int] = []
        self._answered: set[int] = set()
        self.responses: list[int] = []
        self.considered: list[int] = []  # every SH candidate drawn (for exposure simulation)
        self._pending: int | None = None
        self.stop_reason: str | None = None
        if exposure is None and self.config.exposure_control == "restricted":
            exposure = ExposureCounts.for_bank(len(bank))
        self.exposure = exposure
        self.pretest_items = tuple(str(i) for i in pretest_items)
        self.pretest_positions = frozenset(int(p) for p in pretest_positions)
        self.pretest_responses: list[tuple[int, str, int]] = []   # (position, item id, 0/1)
        self.sequence: list[str] = []                               # every item given, in order
        self._pending_pretest: str | None = None

    @property
    def rng(self) -> np.random.Generator:
        """The session's random generator (created on first use from the seed)."""
        if not isinstance(self._rng, np.random.Generator):
            self._rng = np.random.default_rng(self._rng)
        return self._rng

    # ----------------------------------------------------------------- scoring
    @property
    def theta(self) -> float:
        """Current estimate (the start theta before any answer)."""
        if not self.responses:
            return self.start_theta
        return self.estimator.theta()

    @property
    def selection_theta(self) -> float:
        """Theta at which the next item is chosen.

        The current estimate, except for the MLE estimator while the answers
        are all correct or all wrong: no finite MLE exists then (the reported
        value is the bound), so items are chosen at the EAP estimate instead.
        """
        if not self.responses:
            return self.start_theta
        est = self.estimator
        if est.method == "mle" and not est.mixed:
            return est.eap()[0]
        return est.theta()

    @property
    def se(self) -> float:
        return self.estimator.estimate()[1]

    @property
    def n_administered(self) -> int:
        return len(self.administered)

    @property
    def administered_ids(self) -> list[str]:
        return [self.bank.item_ids[i] for i in self.administered]

    def elapsed(self) -> float | None:
        return None if self._t0 is None else self._clock() - self._t0

    def start(self) -> None:
        """Start the clock (called implicitly by the first :meth:`next_item`)."""
        if self._t0 is None:
            self._t0 = self._clock()
            if self.exposure is not None:
                self.exposure.sessions += 1

    # --------------------------------------------------------------- selection
    def should_stop(self) -> bool:
        """Evaluate the stopping rules; sets :attr:`stop_reason` when true."""
        if self.stop_reason is not None:
            return True
        cfg = self.config
        n_elig = self._n_eligible
        n_adm = len(self.administered)
        if (n_adm < cfg.max_items and n_elig and cfg.time_limit_seconds is None
                and (n_adm < cfg.min_items or (cfg.se_target is None and cfg.min_information <= 0))):
            return False  # fast path: no rule can fire
        best = None
        if cfg.min_information > 0 and n_elig and n_adm >= cfg.min_items:
            best = self.selector.best_information(self.selection_theta, self._eligible)
        # the SE is only computed when the SE rule can fire (cheaper MAP/MLE steps)
        se = self.se if cfg.se_target is not None and n_adm >= cfg.min_items else math.inf
        elapsed = None if cfg.time_limit_seconds is None else self.elapsed()
        reason = check_stop(cfg, n_adm, se, elapsed, n_elig, best)
        if reason is not None:
            self.stop_reason = reason
            return True
        return False

    def next_index(self) -> int | None:
        """Bank index of the next item, or ``None`` when the test is over.

        Repeated calls without an answer return the same pending item.
        """
        if self._t0 is None:
            self.start()
        if self._pending is not None:
            return self._pending
        if self.should_stop():
            return None
        crit = None
        cfg = self.config
        if cfg.start_selection != "fisher" and len(self.administered) < cfg.start_selection_items:
            bank = self.bank
            crit = posterior_criterion(cfg.start_selection, bank.a, bank.b, bank.c, self.estimator.grid.points,
                                       self.estimator.log_posterior(), self.selection_theta)
        elif self.selector.plain:  # plain maximum information: no draws, no bookkeeping
            j = self.selector.best_index(self.selection_theta, self._eligible)
            if j < 0:
                self.stop_reason = "no_items"
                return None
            self.considered.append(j)
            self._set_pending(j)
            return j
        sel: Selection = self.selector.select(self.selection_theta, self._eligible, self.administered, self.rng,
                                              info=crit, exposure=self.exposure)
        self.considered.extend(sel.considered)
        for j in sel.blocked:
            self._eligible[j] = False
        self._n_eligible -= len(sel.blocked)
        if sel.index < 0:
            self.stop_reason = "no_items"
            return None
        self._set_pending(sel.index)
        return sel.index

    def _set_pending(self, j: int) -> None:
        self._pending = j
        if self.exposure is not None:
            self.exposure.counts[j] += 1

    def next_item(self) -> str | None:
        """Item id of the next item (scored or pretest), or ``None`` when the test is over."""
        if self._pending_pretest is not None:
            return self._pending_pretest
        if self._pending is None and self.stop_reason is None and self.pretest_items:
            if self._t0 is None:
                self.start()
            cfg = self.config
            elapsed = None if cfg.time_limit_seconds is None else self.elapsed()
            if elapsed is not None and cfg.time_limit_seconds is not None and elapsed >= cfg.time_limit_seconds:
                self.stop_reason = "time_limit"
                return None
            given = len(self.pretest_responses)
            if len(self.sequence) + 1 in self.pretest_positions and given < len(self.pretest_items):
                self._pending_pretest = self.pretest_items[given]
                return self._pending_pretest
        j = self.next_index()
        return None if j is None else self.bank.item_ids[j]

    # ----------------------------------------------------------------- answers
    def record_index(self, index: int, correct: bool | int) -> None:
        """Record the answer to the item at bank ``index`` (normally the pending one)."""
        index = int(index)
        if self._pending is not None and index != self._pending:
            raise ValueError("answer does not match the pending item")
        if index in self._answered:
            raise ValueError("item already answered in this session")
        self._pending = None
        elig = self._eligible
        if elig[index]:
            self._n_eligible -= 1
            elig[index] = False
        self._answered.add(index)
        self.administered.append(index)
        u = 1 if correct else 0
        self.responses.append(u)
        a, b, c = self.selector.params
        self.estimator.add_response(a[index], b[index], c[index], u)

    def record_answer(self, item_id: str, correct: bool | int) -> None:
        """Record the answer to ``item_id`` and update theta incrementally (a pretest item's
        answer is only kept)."""
        if self._pending_pretest is not None:
            if item_id != self._pending_pretest:
                raise ValueError("answer does not match the pending item")
            self._pending_pretest = None
            self.pretest_responses.append((len(self.sequence) + 1, item_id, 1 if correct else 0))
            self.sequence.append(item_id)
            return
        self.record_index(self.bank.index_of(item_id), correct)
        self.sequence.append(item_id)

    def replay(self, answers: Iterable[tuple[str, bool | int]]) -> None:
        """Record stored ``(item_id, correct)`` answers in order (resuming a test)."""
        self.start()
        for item_id, correct in answers:
            self._pending = None
            self.record_answer(item_id, correct)

    def result(self) -> dict[str, Any]:
        """JSON-ready summary to store with the exam session (``se`` None when infinite)."""
        theta, se = (self.theta, self.se)
        return {
            "theta": theta,
            "se": se if math.isfinite(se) else None,
            "n_items": self.n_administered,
            "items": self.administered_ids,
            "responses": list(self.responses),
            "stop_reason": self.stop_reason,
            "algorithm_version": self.config.algorithm_version,
            "config": self.config.to_dict(),
        }
