"""Architecture check: the package is mypy clean ("Type everything, mypy clean", ARCHITECTURE.md).

mypy runs with the ``[tool.mypy]`` settings of pyproject.toml (per-module overrides for libraries
without type information, ``warn_unused_ignores``) and a fresh cache directory, so a stale
``.mypy_cache`` can neither hide an error nor invent one; a cold run takes about 10 s.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_package_is_mypy_clean(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "dreamseed_desktop", f"--cache-dir={tmp_path / 'mypy'}"],
        cwd=ROOT, check=False, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success: no issues found"), result.stdout
