"""Fixtures for chart, report and psychometrics tests.

The offscreen QPA plugin warns "This plugin does not support propagateSizeHints()" whenever a
top-level window is shown; that message says nothing about our code, so it is ignored here.
"""
from __future__ import annotations

import pytest

OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/charts" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
