"""Architecture check: ruff is clean with the ``[tool.ruff]`` settings of pyproject.toml.

The whole repository is checked (package, tests, benchmarks, scripts, migrations). A second test
feeds ruff a file with known violations under the same settings, so a configuration that selects
nothing (or a ruff that silently checks no file) cannot pass unnoticed.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", *args], cwd=ROOT,
                          check=False, capture_output=True, text=True, timeout=300)


def test_repository_is_ruff_clean() -> None:
    result = ruff("--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All checks passed" in result.stdout, result.stdout


def test_ruff_reports_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import sys\nimport os\n\nx = '" + "x" * 130 + "'\n"
                   "try:\n    pass\nexcept Exception:\n    pass\n", encoding="utf-8")
    result = ruff("--config", str(ROOT / "pyproject.toml"), "--output-format", "concise", str(bad))
    assert result.returncode == 1, result.stdout + result.stderr
    for code in ("F401", "I001", "E501", "BLE001"):   # pyflakes, isort, line length, blind except
        assert code in result.stdout, (code, result.stdout)
