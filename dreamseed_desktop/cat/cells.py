"""θ cells: the bounded search of item selection for large banks.

Ranking the eligible items by information at θ needs every item's information — unless a
bound says which items cannot be among the best. The bank-wide bound (each item's maximum
information, :func:`.selection.max_information`) ignores θ, so for a large bank the search
still evaluates thousands of items. Within a narrow θ cell ``[t0, t1]`` the 3PL information,
unimodal in θ with its peak at ``b + ln((1 + sqrt(1 + 8c)) / 2) / a`` (Birnbaum), is at most
its value at the peak clamped to the cell; that bound is close to the information itself.

A cell keeps the :data:`CELL_KEEP` items with the largest bounds, in descending order, plus the
largest bound of the items it left out. A search walks the kept items in that order, computing
the real information chunk by chunk, and stops once the ``k``-th best value found exceeds the
next bound — the result is exactly the ranking of the whole bank (information descending, ties
by lowest index). When the kept items do not settle it (most of them ineligible), the caller
falls back to the bank-wide bounds. Cells are built on first use (one vectorised pass over the
bank) and kept; θ outside ``±CELL_WIDTH * CELL_LIMIT`` has no cell.

This mirrors the server's selection bands (docs/security.md, "Banded candidate sets").
"""
from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

__all__ = ["CELL_KEEP", "CELL_LIMIT", "CELL_WIDTH", "ThetaCells", "information_from_exponent"]

#: Width of a θ cell.
CELL_WIDTH = 0.05
#: Items kept per cell, in order of their bound (the best at any θ of the cell are among the
#: first few; a walk that needs more falls back to the bank-wide bounds).
CELL_KEEP = 256
#: Cells exist for |θ| < CELL_WIDTH * CELL_LIMIT.
CELL_LIMIT = 200

Cell = tuple[NDArray[np.int64], NDArray[np.float64], float]


class ThetaCells:
    """The θ cells of one bank (3PL parameters ``a``, ``b``, ``c`` in bank order)."""

    def __init__(self, a: NDArray[np.float64], b: NDArray[np.float64], c: NDArray[np.float64]) -> None:
        # the terms of I = a^2 (1-c) e / ((1+e)^2 (1+c e)),  e = exp(-a (θ - b)), as
        # ItemSelector.information computes it (same operations, so the same values)
        self._a, self._ab, self._c = a, a * b, c
        self._k = a * a * (1.0 - c)
        self._peak = b + np.log((1.0 + np.sqrt(1.0 + 8.0 * c)) / 2.0) / a
        self._cells: dict[int, Cell] = {}

    @property
    def built(self) -> int:
        """How many cells have been built so far."""
        return len(self._cells)

    def cell(self, theta: float) -> Cell | None:
        """(kept items by bound descending, their bounds, the largest bound left out) of the cell
        holding ``theta``; None outside the cells."""
        key = math.floor(theta / CELL_WIDTH)
        if not -CELL_LIMIT <= key < CELL_LIMIT:
            return None
        cell = self._cells.get(key)
        if cell is None:
            t0, t1 = key * CELL_WIDTH, (key + 1) * CELL_WIDTH
            # the margin covers the rounding of the information computed at other θ
            bound = self.info_at(np.clip(self._peak, t0, t1)) * (1.0 + 1e-9) + 1e-300
            n = bound.size
            if n > CELL_KEEP:
                part = np.argpartition(-bound, CELL_KEEP)
                top, rest = part[:CELL_KEEP], float(bound[part[CELL_KEEP]])
            else:
                top, rest = np.arange(n), -math.inf
            order = top[np.argsort(-bound[top], kind="stable")]
            cell = (order, bound[order], rest)
            self._cells[key] = cell
        return cell

    def top_items(self, theta: float, mask: NDArray[np.bool_],
                  k: int) -> tuple[NDArray[np.int64], NDArray[np.float64]] | None:
        """The ``k`` best items of ``mask`` at ``theta`` with their information (the ranking rule
        of :func:`.selection.rank_items`), or None when the cell does not settle them."""
        cell = self.cell(theta)
        if cell is None:
            return None
        order, bound, rest = cell
        n = order.size
        idx_parts: list[NDArray[np.int64]] = []
        info_parts: list[NDArray[np.float64]] = []
        found = 0
        lo, size = 0, 2 * k
        while lo < n:
            hi = min(lo + size, n)
            idx = order[lo:hi]
            idx = idx[mask[idx]]
            if idx.size:
                idx_parts.append(idx)
                info_parts.append(self.info_of(theta, idx))
                found += idx.size
            lo, size = hi, size * 2
            if found >= k:
                allv = np.concatenate(info_parts) if len(info_parts) > 1 else info_parts[0]
                kth = np.partition(allv, allv.size - k)[allv.size - k]
                if kth > (bound[lo] if lo < n else rest):
                    idx = np.concatenate(idx_parts) if len(idx_parts) > 1 else idx_parts[0]
                    best = np.lexsort((idx, -allv))[:k]
                    return idx[best], allv[best]
        return None

    def info_of(self, theta: float, idx: NDArray[np.int64]) -> NDArray[np.float64]:
        """Information of the items ``idx`` at ``theta``."""
        e = self._a[idx] * -theta
        e += self._ab[idx]
        return information_from_exponent(e, self._c[idx], self._k[idx])

    def info_at(self, thetas: NDArray[np.float64]) -> NDArray[np.float64]:
        """Information of every item at its own θ (``thetas[j]`` for item ``j``)."""
        e = self._a * -thetas
        e += self._ab
        return information_from_exponent(e, self._c, self._k)


def information_from_exponent(e: NDArray[np.float64], c: NDArray[np.float64],
                              k: NDArray[np.float64]) -> NDArray[np.float64]:
    """``k e / ((1 + e)^2 (1 + c e))`` after ``e = exp(min(e, 700))``, in place in ``e``: the 3PL
    information ``a^2 (1-c) e / ((1+e)^2 (1+c e))`` for ``e = -a (θ - b)`` and ``k = a^2 (1-c)``
    (ItemSelector.information and the cells compute it the same way, so with the same values)."""
    np.minimum(e, 700.0, out=e)
    np.exp(e, out=e)
    den = c * e
    den += 1.0
    one_e = e + 1.0
    one_e *= one_e
    den *= one_e
    e *= k
    e /= den
    return e
