"""Response-data back ends for the MML-EM calibration (dense and long/sparse).

Both expose the same operations on a quadrature grid of ``Q`` points:

* ``loglik(logP, logQ)`` -> ``(N, Q)`` log-likelihood of each person at each node;
* ``counts(post)`` -> ``(r, n)``: expected correct answers and expected
  answers of each item at each node (``(J, Q)`` each);
* ``scores(post, g1, g0)`` -> per person-item score contributions
  ``x * post @ g1 - (1 - x) * post @ g0`` over observed cells;
* ``item_sum`` / ``person_sum`` of such scores.

The dense back end keeps 0/1 indicator matrices and uses matrix products
(BLAS); it is used when ``N * J`` is moderate.  The long back end works on
the observation arrays sorted by person, in chunks, so memory grows with
the number of observations only (CAT data: each person saw a few items).
"""
from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from .errors import InputError

Arr = NDArray[np.float64]


class DenseData:
    def __init__(self, person: NDArray[np.int64], item: NDArray[np.int64], x: NDArray[np.bool_],
                 n_persons: int, n_items: int) -> None:
        self.N, self.J = n_persons, n_items
        self.r1 = np.zeros((n_persons, n_items))
        self.r0 = np.zeros((n_persons, n_items))
        np.add.at(self.r1, (person[x], item[x]), 1.0)
        np.add.at(self.r0, (person[~x], item[~x]), 1.0)
        self.obs = self.r1 + self.r0
        if self.obs.max(initial=0) > 1:
            raise InputError("A person answered the same item twice.")
        self.complete = bool(self.obs.min(initial=1) == 1)

    def loglik(self, logp: Arr, logq: Arr) -> Arr:
        if self.complete:
            return self.r1 @ (logp - logq) + logq.sum(axis=0)
        return self.r1 @ logp + self.r0 @ logq  # logp, logq: (J, Q)

    def counts(self, post: Arr) -> tuple[Arr, Arr]:
        r = self.r1.T @ post
        n = np.broadcast_to(post.sum(axis=0), r.shape) if self.complete else self.obs.T @ post
        return r, np.ascontiguousarray(n)

    def scores(self, post: Arr, g1: Arr, g0: Arr) -> Arr:
        return self.r1 * (post @ g1.T) - self.r0 * (post @ g0.T)  # g1, g0: (J, Q)

    def item_sum(self, s: Arr) -> Arr:
        return s.sum(axis=0)

    def person_sum(self, s: Arr) -> Arr:
        return s.sum(axis=1)


class LongData:
    CHUNK = 200_000

    def __init__(self, person: NDArray[np.int64], item: NDArray[np.int64], x: NDArray[np.bool_],
                 n_persons: int, n_items: int) -> None:
        order = np.lexsort((item, person))
        self.person, self.item, self.x = person[order], item[order], x[order]
        key = self.person * n_items + self.item
        if key.size > 1 and np.any(key[1:] == key[:-1]):
            raise InputError("A person answered the same item twice.")
        self.N, self.J = n_persons, n_items
        self.xf = self.x.astype(np.float64)
        starts = (np.flatnonzero(np.r_[True, self.person[1:] != self.person[:-1]]) if self.person.size
                  else np.zeros(0, np.int64))
        self.starts = starts
        # chunk boundaries at person starts, about CHUNK observations each
        bounds = [0]
        for s in starts[1:]:
            if s - bounds[-1] >= self.CHUNK:
                bounds.append(int(s))
        bounds.append(int(self.person.size))
        self.bounds = bounds
        # the same observations sorted by item, for the expected counts
        iorder = np.argsort(self.item, kind="stable")
        item_sorted = self.item[iorder]
        self.i_person = self.person[iorder]
        self.i_x = self.xf[iorder]
        self.i_starts = (np.flatnonzero(np.r_[True, item_sorted[1:] != item_sorted[:-1]])
                         if item_sorted.size else np.zeros(0, np.int64))
        self.i_items = item_sorted[self.i_starts]
        ib = [0]
        for s in self.i_starts[1:]:
            if s - ib[-1] >= self.CHUNK:
                ib.append(int(s))
        ib.append(int(item_sorted.size))
        self.i_bounds = ib

    def _chunks(self):
        for lo, hi in zip(self.bounds[:-1], self.bounds[1:]):
            if hi > lo:
                yield lo, hi

    def loglik(self, logp: Arr, logq: Arr) -> Arr:
        out = np.zeros((self.N, logp.shape[1]))
        for lo, hi in self._chunks():
            it = self.item[lo:hi]
            vals = np.where(self.x[lo:hi, None], logp[it], logq[it])
            st = self.starts[(self.starts >= lo) & (self.starts < hi)]
            out[self.person[st]] = np.add.reduceat(vals, st - lo, axis=0)
        return out

    def counts(self, post: Arr) -> tuple[Arr, Arr]:
        q = post.shape[1]
        r = np.zeros((self.J, q))
        n = np.zeros((self.J, q))
        for lo, hi in zip(self.i_bounds[:-1], self.i_bounds[1:]):
            if hi <= lo:
                continue
            sel = (self.i_starts >= lo) & (self.i_starts < hi)
            st, rows = self.i_starts[sel] - lo, self.i_items[sel]
            po = post[self.i_person[lo:hi]]
            n[rows] = np.add.reduceat(po, st, axis=0)
            po *= self.i_x[lo:hi, None]
            r[rows] = np.add.reduceat(po, st, axis=0)
        return r, n

    def scores(self, post: Arr, g1: Arr, g0: Arr) -> Arr:
        out = np.empty(self.person.size)
        for lo, hi in self._chunks():
            it = self.item[lo:hi]
            g = np.where(self.x[lo:hi, None], g1[it], -g0[it])
            out[lo:hi] = np.einsum("oq,oq->o", post[self.person[lo:hi]], g)
        return out

    def item_sum(self, s: Arr) -> Arr:
        return np.bincount(self.item, weights=s, minlength=self.J).astype(np.float64, copy=False)

    def person_sum(self, s: Arr) -> Arr:
        return np.bincount(self.person, weights=s, minlength=self.N).astype(np.float64, copy=False)


def make_data(person, item, x, n_persons: int, n_items: int, dense_limit: int = 40_000_000):
    """Pick the dense back end when ``N * J <= dense_limit``, else the long one."""
    cls = DenseData if n_persons * n_items <= dense_limit else LongData
    return cls(np.asarray(person, np.int64), np.asarray(item, np.int64), np.asarray(x, bool), n_persons, n_items)
