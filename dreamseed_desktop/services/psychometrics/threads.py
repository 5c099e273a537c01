"""BLAS threads pinned for calibration and simulation.

numpy's BLAS (OpenBLAS here) starts one thread per core for every matrix product. The EM
calibration and the CAT simulation multiply many small matrices, so those threads mostly wait
for each other, and on a PC where the GUI, the embedded database and other programs share two
cores the same 5,000 x 100 calibration took 1.4-1.8 s with the default threads and 0.6 s with
one (benchmarks/bench_blas.py prints both, on the calling thread and on a worker thread).
:func:`pinned_blas` limits BLAS to ``BLAS_THREADS`` for the duration of a call (threadpoolctl;
the limit is restored afterwards).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from threadpoolctl import threadpool_limits

#: BLAS threads during calibration and simulation
BLAS_THREADS = 1

T = TypeVar("T")


@contextmanager
def pinned_blas(threads: int = BLAS_THREADS) -> Iterator[None]:
    """BLAS limited to ``threads`` inside the block."""
    with threadpool_limits(limits=threads, user_api="blas"):
        yield


def with_pinned_blas(run: Callable[[], T], threads: int = BLAS_THREADS) -> T:
    """``run()`` with BLAS limited to ``threads``."""
    with pinned_blas(threads):
        return run()
