"""Start-up timing lines, for ``benchmarks/bench_start.py`` and for finding where start-up time goes.

With the environment variable ``DREAMSEED_START_TIMING`` set, the GUI writes one line per
start-up step to stderr — ``dreamseed-start <seconds since the entry point> <event>`` — and the
line ``dreamseed-start <seconds> sign-in dialog shown`` when the sign-in dialog is on screen.
With ``DREAMSEED_START_TIMING=exit`` the program then closes the dialog at once and quits the
normal way (stopping this PC's database), so a benchmark can time a whole start in a
subprocess; ``=exit-filled`` waits first for a first demo start's background sittings (the line
``demo sittings taken``). Without the variable nothing is written. Standard library only: the entry point
imports it before anything else.
"""
from __future__ import annotations

import logging
import os
import sys
import time

__all__ = ["ENV", "SIGN_IN_SHOWN", "enabled", "exit_at_sign_in", "mark", "restart_clock", "wait_for_demo"]

ENV = "DREAMSEED_START_TIMING"
#: the event a benchmark waits for
SIGN_IN_SHOWN = "sign-in dialog shown"
EXIT_FILLED = "exit-filled"

log = logging.getLogger(__name__)
_clock = [time.perf_counter()]


def restart_clock() -> None:
    """Count from now (the entry point calls this first)."""
    _clock[0] = time.perf_counter()


def enabled() -> bool:
    return bool(os.environ.get(ENV))


def exit_at_sign_in() -> bool:
    """``DREAMSEED_START_TIMING=exit`` (or ``exit-filled``): quit once the sign-in dialog is shown."""
    return os.environ.get(ENV) in ("exit", EXIT_FILLED)


def wait_for_demo() -> bool:
    """``DREAMSEED_START_TIMING=exit-filled``: quit only once the demo's past sittings are taken."""
    return os.environ.get(ENV) == EXIT_FILLED


def mark(event: str) -> None:
    """One timing line (when enabled), also in the debug log."""
    elapsed = time.perf_counter() - _clock[0]
    log.debug("start-up %.3f s: %s", elapsed, event)
    if enabled():
        print(f"dreamseed-start {elapsed:.3f} {event}", file=sys.stderr, flush=True)
