"""Calibration and simulation run with BLAS on one thread, and the limit is given back after.

The process runs with BLAS on two threads here (set by the test), so each check can fail: the
calibration's estimation and the ``simulate`` / ``calibrate`` commands must see one thread, and
two again afterwards; the cancellable estimation pins BLAS on its own helper thread.
"""
from __future__ import annotations

import argparse
import threading
from collections.abc import Iterator

import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from dreamseed_desktop.cli import cat_cmds
from dreamseed_desktop.services.psychometrics import calibration
from dreamseed_desktop.services.psychometrics.threads import pinned_blas


def blas_threads() -> set[int]:
    return {int(p["num_threads"]) for p in threadpool_info() if p["user_api"] == "blas"}


@pytest.fixture(autouse=True)
def two_blas_threads() -> Iterator[None]:
    if not blas_threads():
        pytest.fail("numpy reports no BLAS library: nothing to pin")
    with threadpool_limits(limits=2, user_api="blas"):
        assert blas_threads() == {2}
        yield


class _Progress:
    cancelled = False

    def report(self, done: int, total: int, text: str = "") -> None:
        pass


def test_pinned_blas_limits_and_restores() -> None:
    with pinned_blas():
        assert blas_threads() == {1}
    assert blas_threads() == {2}


def test_the_calibration_estimates_on_one_blas_thread() -> None:
    seen = calibration._estimate_cancellably(blas_threads, None)
    assert seen == {1}
    assert blas_threads() == {2}


def test_the_cancellable_estimation_pins_blas_on_its_helper_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    # OpenBLAS does not report a limit set on another thread through threadpool_info (it does
    # apply it: bench_psychometrics measures the difference), so this checks the wiring: the
    # estimation runs inside with_pinned_blas on the helper thread
    calls: list[str] = []
    pinned = calibration.with_pinned_blas

    def spy(run):  # type: ignore[no-untyped-def]
        calls.append(threading.current_thread().name)
        return pinned(run)

    monkeypatch.setattr(calibration, "with_pinned_blas", spy)
    assert calibration._estimate_cancellably(lambda: 42, _Progress()) == 42  # type: ignore[arg-type]
    assert calls == ["calibration-em"]


@pytest.mark.parametrize(("command", "inner"), [("run_simulate", "_run_simulate"),
                                                ("run_calibrate", "_run_calibrate")])
def test_the_commands_run_on_one_blas_thread(monkeypatch: pytest.MonkeyPatch, command: str,
                                             inner: str) -> None:
    seen: list[set[int]] = []
    monkeypatch.setattr(cat_cmds, inner, lambda args: seen.append(blas_threads()) or 0)
    assert getattr(cat_cmds, command)(argparse.Namespace()) == 0
    assert seen == [{1}]
    assert blas_threads() == {2}
