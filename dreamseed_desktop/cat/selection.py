"""Item selection: maximum information, randomesque, Sympson-Hetter, content balancing.

Selection rule (the reference a server-side implementation must reproduce)
-------------------------------------------------------------------------
1. *Eligible* items: not yet administered in this session, not excluded
   (items the student saw in earlier sessions) and not blocked by
   Sympson-Hetter earlier in this session.
2. *Content balancing* (only when ``content_targets`` is non-empty): among
   target areas that still have eligible items, take the area with the
   largest deficit ``target_share * (n + 1) - administered_in_area`` where
   ``n`` is the number of items administered so far and target shares are
   the targets normalised to sum 1; ties go to the alphabetically first area
   name.  Eligible items are restricted to that area.  If no target area has
   eligible items, all eligible items compete.
3. Fisher information of every eligible item at the current theta estimate
   (the start theta before the first answer; with the MLE estimator, the EAP
   estimate while all answers are correct or all wrong).
4. With ``randomesque_k = 1`` (deterministic): let ``M`` be the largest
   information; the chosen item is the **lowest bank index** (row order of
   the bank) among items with information ``>= M * (1 - 1e-12)``.  The
   relative tolerance makes ties robust to last-bit rounding differences
   between implementations (e.g. PL/pgSQL).  With ``k > 1`` items are ranked
   by information descending (exactly equal values by lowest index) and one
   of the first ``k`` is drawn uniformly (``rng.integers(k)``).
5. *Restricted maximum exposure* (``exposure_control = "restricted"``,
   applied after step 2): with ``N`` the number of sessions of the exam
   started so far (the current one included) and ``n_i`` the number of
   those sessions that were given item ``i``, only items with
   ``n_i < r * N`` compete (``r`` = ``exposure_target``).  If none of the
   step-2 items qualifies, the least used of them (smallest ``n_i``)
   compete instead.  An item is only given while its running exposure rate
   is below ``r``, so after ``N`` sessions every item's rate is below
   ``r + 1/N`` whatever the ability distribution of the group.
6. *Sympson-Hetter* (walks the exact ranking of step 4, ``k > 1`` form):
   the chosen candidate is administered with probability
   ``K_i`` (``rng.random() < K_i``); otherwise it is blocked for the rest of
   the session and step 4 is repeated on the remaining items.  If every
   candidate is blocked, the last one considered is administered.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from .bank import ItemBank
from .cells import ThetaCells, information_from_exponent
from .config import CatConfig

__all__ = ["ExposureCounts", "ItemSelector", "Selection", "max_information", "rank_items", "restrict_exposure"]


#: Relative tolerance of the tie rule: items whose information is within
#: ``TIE_RTOL`` of the maximum count as tied (so float rounding differences
#: between implementations cannot reorder them) and the lowest index wins.
TIE_RTOL = 1e-12

#: Sympson-Hetter on banks of at most this many items ranks by one vectorised pass over the
#: whole bank (every item's information, then a partial sort of the eligible ones); larger banks
#: search through the θ cells' bounds (``cells.py``). Chosen by measurement
#: (benchmarks/bench_exposure.py prints both ways at every bank size): the two cost the same up
#: to about 500 items, the search less from about 800 on, growing far more slowly.
FULL_PASS_MAX_ITEMS = 500
#: Eligible pools up to this size are ranked whole in the vectorised pass (measured: a
#: partial sort costs more than it saves below it).
SMALL_POOL = 128


def max_information(a: NDArray[np.float64], c: NDArray[np.float64]) -> NDArray[np.float64]:
    """Maximum over theta of the 3PL item information (Lord, 1980)::

        I* = a^2 / (8 (1-c)^2) * (1 - 20 c - 8 c^2 + (1 + 8 c)^(3/2))

    which is ``a^2 / 4`` for ``c = 0``.
    """
    a = np.asarray(a, dtype=np.float64)
    c = np.asarray(c, dtype=np.float64)
    return a * a / (8.0 * (1.0 - c) ** 2) * (1.0 - 20.0 * c - 8.0 * c * c + (1.0 + 8.0 * c) ** 1.5)


@dataclass
class Selection:
    """Outcome of one selection step."""

    index: int  # bank index, -1 when nothing is eligible
    considered: list[int] = field(default_factory=list)  # candidates drawn (SH "selected" events)
    blocked: list[int] = field(default_factory=list)  # candidates rejected by SH


@dataclass
class ExposureCounts:
    """Running exposure of one exam's items for the restricted maximum-exposure rule.

    ``counts[j]`` = sessions that were given bank item ``j``; ``sessions`` =
    sessions started (the current one included).  The server keeps the same
    two numbers per exam.
    """

    counts: NDArray[np.int64]
    sessions: int = 0

    @classmethod
    def for_bank(cls, n_items: int) -> ExposureCounts:
        return cls(np.zeros(n_items, dtype=np.int64))

    def allowed(self, target: float) -> NDArray[np.bool_]:
        """Items whose running exposure rate is below ``target`` (``n_i < r * N``)."""
        return self.counts < target * max(self.sessions, 1)


def restrict_exposure(mask: NDArray[np.bool_], exposure: ExposureCounts, target: float) -> NDArray[np.bool_]:
    """``mask`` limited to items below the exposure target; the least used of
    ``mask`` when none is (rule 5 of the module docstring)."""
    if not mask.any():
        return mask
    limited = mask & exposure.allowed(target)
    if limited.any():
        return limited
    least = exposure.counts[mask].min()
    return mask & (exposure.counts == least)


def rank_items(info: NDArray[np.float64], eligible: NDArray[np.bool_], top: int | None = None) -> NDArray[np.int64]:
    """Eligible bank indices by information descending, ties by lowest index.

    With ``top`` only the first ``top`` entries are computed (partial sort).
    """
    idx = np.flatnonzero(eligible)
    if idx.size == 0:
        return idx
    vals = info[idx]
    if top is not None and top < idx.size:
        # threshold = top-th largest value; keep everything >= it, then sort exactly
        thr = np.partition(vals, idx.size - top)[idx.size - top]
        keep = vals >= thr
        idx, vals = idx[keep], vals[keep]
    order = np.lexsort((idx, -vals))
    ranked = idx[order]
    return ranked if top is None else ranked[:top]


class ItemSelector:
    """Stateless selection helper bound to one bank and configuration."""

    def __init__(self, bank: ItemBank, config: CatConfig) -> None:
        self.bank = bank
        self.config = config
        self.k = int(config.randomesque_k)
        # precomputed terms of I = a^2 (1-c) e / ((1+e)^2 (1+c e)),  e = exp(-a (theta - b))
        self._a = bank.a
        self._ab = bank.a * bank.b
        self._k = bank.a * bank.a * (1.0 - bank.c)
        self._c = bank.c
        #: item parameters as Python lists (fast scalar access in sessions)
        self.params = (bank.a.tolist(), bank.b.tolist(), bank.c.tolist())
        # items in descending order of their maximum information (an upper bound
        # at any theta): selection evaluates items chunk by chunk in this order
        # and stops once the k-th best value found beats every remaining bound,
        # so the result is exactly the full-bank result at a fraction of the cost.
        bound = max_information(bank.a, bank.c) * (1.0 + 1e-9) + 1e-300
        self._order = np.argsort(-bound, kind="stable")
        self._bound = bound[self._order]
        self._sa, self._sab = self._a[self._order], self._ab[self._order]
        self._sk, self._sc = self._k[self._order], self._c[self._order]
        self._amax, self._bmax = float(bank.a.max()), float(bank.b.max())
        #: the bounded search's θ cells (built on first use)
        self._cells = ThetaCells(bank.a, bank.b, bank.c)
        self.full_pass = bank.a.size <= FULL_PASS_MAX_ITEMS
        #: True when selection is plain maximum information (no randomesque,
        #: exposure control or content balancing): sessions use a fast path
        self.plain = False
        self.sh: NDArray[np.float64] | None = None
        if config.exposure_control == "sympson_hetter":
            params = config.exposure_parameter_map()
            self.sh = np.array([params.get(i, 1.0) for i in bank.item_ids], dtype=np.float64)
        self.area_of: NDArray[np.int64] | None = None
        self.area_names: list[str] = []
        self.area_share: NDArray[np.float64] = np.zeros(0)
        targets = {k: v for k, v in config.content_targets if v > 0}
        if targets:
            labels = bank.content(config.content_key)
            if not labels:
                raise ValueError(f"content balancing on {config.content_key!r} but the bank has no such labels")
            self.area_names = sorted(targets)
            code = {name: j for j, name in enumerate(self.area_names)}
            self.area_of = np.array([code.get(lbl, -1) for lbl in labels], dtype=np.int64)
            total = sum(targets.values())
            self.area_share = np.array([targets[n] / total for n in self.area_names])
        self.restricted = config.exposure_control == "restricted"
        self.plain = self.k == 1 and self.sh is None and self.area_of is None and not self.restricted

    def _chunk_info(self, theta: float, lo: int, hi: int) -> NDArray[np.float64]:
        e = self._sa[lo:hi] * -theta
        e += self._sab[lo:hi]
        if self._amax * (self._bmax - theta) > 700.0:  # exp would overflow for some item
            np.minimum(e, 700.0, out=e)
        np.exp(e, out=e)
        den = self._sc[lo:hi] * e
        den += 1.0
        one_e = e + 1.0
        one_e *= one_e
        den *= one_e
        e *= self._sk[lo:hi]
        e /= den
        return e

    def top_items(self, theta: float, mask: NDArray[np.bool_],
                  k: int = 1) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
        """The ``k`` best eligible items by the ranking rule, with their information.

        Exact (same result as ranking the whole bank) thanks to the
        maximum-information bounds; usually touches a small part of a big bank.
        """
        if k == 1:
            return self._top1(theta, mask)
        settled = self._cells.top_items(theta, mask, k)
        if settled is not None:
            return settled
        n = self._order.size
        idx_parts: list[NDArray[np.int64]] = []
        info_parts: list[NDArray[np.float64]] = []
        found = 0
        lo, size = 0, 32
        while lo < n:
            hi = min(lo + size, n)
            idx = self._order[lo:hi]
            keep = mask[idx]
            if keep.any():
                info = self._chunk_info(theta, lo, hi)[keep]
                idx_parts.append(idx[keep])
                info_parts.append(info)
                found += info.size
            lo, size = hi, size * 2
            if lo < n and found >= k:
                allv = np.concatenate(info_parts) if len(info_parts) > 1 else info_parts[0]
                kth = allv.max() if k == 1 else np.partition(allv, allv.size - k)[allv.size - k]
                if kth > self._bound[lo]:
                    break
        if not idx_parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        idx = np.concatenate(idx_parts)
        info = np.concatenate(info_parts)
        order = np.lexsort((idx, -info))[:k]
        return idx[order], info[order]

    def _top1(self, theta: float, mask: NDArray[np.bool_]) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
        best_j, best_v = self._top1_scalar(theta, mask)
        if best_j < 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        return np.array([best_j]), np.array([best_v])

    def _top1_scalar(self, theta: float, mask: NDArray[np.bool_]) -> tuple[int, float]:
        """Best item under the tie rule: lowest index among info >= max * (1 - TIE_RTOL)."""
        n = self._order.size
        best_v = -np.inf
        parts: list[tuple[NDArray[np.int64], NDArray[np.float64]]] = []
        lo, size = 0, 32
        keep = 1.0 - TIE_RTOL
        while lo < n:
            hi = min(lo + size, n)
            idx = self._order[lo:hi]
            info = np.where(mask[idx], self._chunk_info(theta, lo, hi), -np.inf)
            m = float(info.max())
            if m > -np.inf:
                parts.append((idx, info))
                best_v = max(best_v, m)
            lo, size = hi, size * 2
            if lo < n and best_v * keep > self._bound[lo]:
                break
        if not parts:
            return -1, -np.inf
        thr = best_v * keep
        if len(parts) == 1:  # common case: one chunk, usually one item near the maximum
            idx, info = parts[0]
            near = np.flatnonzero(info >= thr)
            p = near[0] if near.size == 1 else near[int(idx[near].argmin())]
            return int(idx[p]), float(info[p])
        best_j, best_val = n, best_v
        for idx, info in parts:
            near = np.flatnonzero(info >= thr)
            if near.size:
                p = near[int(idx[near].argmin())]
                if idx[p] < best_j:
                    best_j, best_val = int(idx[p]), float(info[p])
        return best_j, best_val

    def best_index(self, theta: float, eligible: NDArray[np.bool_]) -> int:
        """Most informative eligible item (ties: lowest index), -1 if none."""
        return self._top1_scalar(theta, eligible)[0]

    def best_information(self, theta: float, eligible: NDArray[np.bool_]) -> float | None:
        """Information of the most informative eligible item (None if none)."""
        _, info = self.top_items(theta, eligible, 1)
        return float(info[0]) if info.size else None

    def information(self, theta: float) -> NDArray[np.float64]:
        """Fisher information of every bank item at ``theta``.

        Algebraically identical to :func:`.models.item_information`
        (``a^2 f^2 Q / P``), rearranged as
        ``a^2 (1-c) e / ((1+e)^2 (1+c e))`` with ``e = exp(-a (theta - b))``
        so the whole bank costs one exponential and a few in-place products.
        """
        e = self._a * -theta
        e += self._ab
        return information_from_exponent(e, self._c, self._k)

    def area_counts(self, administered: list[int]) -> NDArray[np.int64]:
        if self.area_of is None:
            return np.zeros(0, dtype=np.int64)
        codes = self.area_of[np.asarray(administered, dtype=np.int64)] if administered else np.zeros(0, np.int64)
        return np.bincount(codes[codes >= 0], minlength=len(self.area_names))

    def content_mask(self, eligible: NDArray[np.bool_], administered: list[int]) -> NDArray[np.bool_]:
        """Restrict ``eligible`` to the content area with the largest deficit."""
        if self.area_of is None:
            return eligible
        counts = self.area_counts(administered)
        n = len(administered)
        deficit = self.area_share * (n + 1) - counts
        has = np.bincount(self.area_of[eligible & (self.area_of >= 0)], minlength=len(self.area_names)) > 0
        if not has.any():
            return eligible
        deficit = np.where(has, deficit, -np.inf)
        area = int(np.argmax(deficit))  # first max = alphabetically first name
        return eligible & (self.area_of == area)

    def select(
        self,
        theta: float,
        eligible: NDArray[np.bool_],
        administered: list[int],
        rng: np.random.Generator | None,
        info: NDArray[np.float64] | None = None,
        exposure: ExposureCounts | None = None,
    ) -> Selection:
        """Choose the next item (see module docstring); ``eligible`` is not modified.

        ``exposure`` is required by the restricted maximum-exposure rule.
        """
        mask = self.content_mask(eligible, administered)
        if self.restricted:
            if exposure is None:
                raise ValueError("restricted exposure control needs the exam's exposure counts")
            mask = restrict_exposure(mask, exposure, self.config.exposure_target)
        if self.sh is None and info is None:
            ranked, _ = self.top_items(theta, mask, self.k)
            if ranked.size == 0:
                return Selection(-1)
            j = int(ranked[self._draw(len(ranked), rng)])
            return Selection(j, [j])
        if not mask.any():
            return Selection(-1)
        if info is None:
            return self._sympson_hetter(theta, mask, rng)
        if self.sh is None:
            ranked = rank_items(info, mask, self.k)
            j = int(ranked[self._draw(len(ranked), rng)])
            return Selection(j, [j])
        # Sympson-Hetter: walk the ranking, drawing randomesque picks
        queue = rank_items(info, mask).tolist()
        sel = Selection(-1)
        while queue:
            pos = self._draw(min(self.k, len(queue)), rng)
            j = int(queue.pop(pos))
            sel.considered.append(j)
            if rng is None:
                raise ValueError("Sympson-Hetter needs a random generator")
            if rng.random() < self.sh[j] or not queue:
                sel.index = j
                return sel
            sel.blocked.append(j)
        return sel

    def _sympson_hetter(self, theta: float, mask: NDArray[np.bool_],
                        rng: np.random.Generator | None) -> Selection:
        """The Sympson-Hetter walk over the ranking of ``mask`` by information, fetching the
        ranking lazily: the best ``4k`` (at least 32) items through the bounded search of
        :meth:`top_items`, twice as many whenever fewer than ``k`` are left. The walk draws and
        blocks exactly as over the whole ranking (the ranking's order is the same: information
        descending, ties by lowest index), but a step costs what the few items it looks at
        cost, not a sort of the whole bank."""
        assert self.sh is not None
        if rng is None:
            raise ValueError("Sympson-Hetter needs a random generator")
        total = int(np.count_nonzero(mask))
        fetched = min(max(4 * self.k, 32), total)
        if self.full_pass:
            info = self.information(theta)
            if total <= SMALL_POOL:
                fetched = total          # a partial sort saves nothing on so few items

            def best(top: int) -> NDArray[np.int64]:
                return rank_items(info, mask, top if top < total else None)
        else:
            def best(top: int) -> NDArray[np.int64]:
                return self.top_items(theta, mask, top)[0]
        queue = best(fetched).tolist()
        sel = Selection(-1)
        while queue or fetched < total:
            if len(queue) < self.k and fetched < total:
                more = min(2 * fetched, total)
                queue.extend(best(more)[fetched:].tolist())
                fetched = more
            pos = self._draw(min(self.k, len(queue)), rng)
            j = int(queue.pop(pos))
            sel.considered.append(j)
            if rng.random() < self.sh[j] or (not queue and fetched >= total):
                sel.index = j
                return sel
            sel.blocked.append(j)
        return sel

    @staticmethod
    def _draw(k: int, rng: np.random.Generator | None) -> int:
        if k <= 1:
            return 0
        if rng is None:
            raise ValueError("randomesque selection needs a random generator")
        return int(rng.integers(k))


START_RULES = ("fisher", "kl", "pwi")


def posterior_criterion(rule: str, a: NDArray[np.float64], b: NDArray[np.float64],
                        c: NDArray[np.float64], points: NDArray[np.float64],
                        log_post: NDArray[np.float64], theta_hat: float) -> NDArray[np.float64]:
    """Selection criterion of every item that averages over the posterior instead of using
    one point estimate (better while the estimate is still poor, i.e. for the first items).

    * ``"pwi"``: posterior-weighted Fisher information (van der Linden 1998),
      ``sum_k pi_k I_i(theta_k)``;
    * ``"kl"``: posterior-weighted Kullback-Leibler information (Chang & Ying 1996),
      ``sum_k pi_k [P(t) log(P(t)/P(theta_k)) + Q(t) log(Q(t)/Q(theta_k))]`` at ``t = theta_hat``.

    ``points``/``log_post``: the EAP grid and the unnormalised log-posterior on it.
    """
    post = np.exp(log_post - log_post.max())
    post /= post.sum()
    keep = post > 1e-12 * post.max()  # negligible grid points add nothing
    pts, w = points[keep], post[keep]
    e = np.exp(-a[:, None] * (pts[None, :] - b[:, None]))
    F = 1.0 / (1.0 + e)
    P = np.clip(c[:, None] + (1.0 - c[:, None]) * F, 1e-12, 1 - 1e-12)
    if rule == "pwi":
        d1 = a[:, None] * (1.0 - c[:, None]) * F * (1.0 - F)
        return (d1 * d1 / (P * (1.0 - P))) @ w
    if rule == "kl":
        F0 = 1.0 / (1.0 + np.exp(-a * (theta_hat - b)))
        P0 = np.clip(c + (1.0 - c) * F0, 1e-12, 1 - 1e-12)[:, None]
        kl = P0 * np.log(P0 / P) + (1.0 - P0) * np.log((1.0 - P0) / (1.0 - P))
        return kl @ w
    raise ValueError(f"unknown selection rule {rule!r}; expected one of {START_RULES}")
