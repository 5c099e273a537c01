"""Charts never query (no runtime import of services or db); this area's screens import no
other screen."""
from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[4] / "dreamseed_desktop" / "ui"


def runtime_imports(path: Path) -> set[str]:
    """Modules imported outside ``if TYPE_CHECKING:`` blocks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for n in ast.walk(node))
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_charts_never_import_services_or_db():
    for path in (UI / "charts").glob("*.py"):
        for module in runtime_imports(path):
            assert not module.startswith(("dreamseed_desktop.services", "dreamseed_desktop.db",
                                          "sqlalchemy")), f"{path.name} imports {module}"


def test_screens_of_this_area_import_no_other_screen():
    for screen in ("stats", "psychometrics"):
        for path in (UI / "screens" / screen).rglob("*.py"):
            for module in runtime_imports(path):
                if module.startswith("dreamseed_desktop.ui.screens."):
                    assert module.split(".")[3] == screen, f"{path} imports {module}"
