"""Architecture check: the import-linter contracts of pyproject.toml hold (layer table of
ARCHITECTURE.md: cat is pure numpy, db knows no services/ui, services are Qt-free, ui never
touches the db layer, and the layers entry points > bootstrap > ui > client | services > db >
cat | config)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# import-linter 2.x ships the ``lint-imports`` console script but no ``python -m`` entry;
# calling its click command from the running interpreter avoids depending on PATH.
RUN_LINT_IMPORTS = ("import sys; from importlinter.cli import lint_imports_command; "
                    "sys.exit(lint_imports_command())")


def test_import_contracts_are_kept() -> None:
    result = subprocess.run([sys.executable, "-c", RUN_LINT_IMPORTS, "--no-cache"], cwd=ROOT,
                            check=False, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 broken" in result.stdout and " KEPT" in result.stdout
