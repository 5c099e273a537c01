"""Screens never import each other (they talk through AppEvents); ui never imports db."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SCREENS = Path(__file__).resolve().parents[3] / "dreamseed_desktop" / "ui" / "screens"
MINE = ("organizations", "people", "classes", "enrollment", "items", "audit", "launcher")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.mark.slow
def test_screens_do_not_import_each_other():
    for screen in MINE:
        for path in (SCREENS / screen).rglob("*.py"):
            for module in imported_modules(path):
                if module.startswith("dreamseed_desktop.ui.screens."):
                    other = module.split(".")[3]
                    assert other == screen, f"{path.name} imports screen '{other}'"
