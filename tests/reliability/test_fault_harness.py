"""The small fault harness: 8 students, 1 PostgreSQL crash, 2 client kills, network faults.

The full run (60 clients, 3 crashes, 10 kills) is ``python benchmarks/fault_harness.py``.
"""
from __future__ import annotations

import pytest

from tests.reliability.harness.runner import HarnessConfig, format_report, run_harness


@pytest.mark.slow
def test_no_answer_lost_or_doubled_under_faults() -> None:
    report = run_harness(HarnessConfig(clients=8, items=30, restarts=1, kills=2, net_faults=4,
                                       timeout=150.0))
    text = format_report(report)
    assert report.restarts == 1 and report.kills == 2, text
    assert report.lost == 0 and report.duplicated == 0, text
    assert report.sessions == 8 and report.sessions_finished == 8, text
    assert report.theta_checked == 8, text
    assert report.answers_journaled >= 8 * 30, text
    assert report.submits_sent >= report.answers_journaled, text
    # a reply lost after the server committed forces a replay the server must recognise
    assert report.duplicates_refused >= 1, text
    assert report.stored + report.duplicates_refused >= report.answers_journaled, text
    assert not report.violations, text
    # a crash or an outage makes the exam window wait and retry, never show its error screen
    # (a bare psycopg error from the pool once did, after every PostgreSQL crash)
    assert report.client_failures == 0, text
