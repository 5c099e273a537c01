"""Architecture check: one composition root builds the services; screens only receive them.

* No module under ``dreamseed_desktop/ui`` constructs a service (any class of
  ``dreamseed_desktop/services`` whose constructor takes the shared ``Database``), nor a
  ``Database`` itself: screens, dialogs and the exam window use ``ctx.services.<name>``.
* ``ui`` loads no module by name (no ``importlib``, no ``__import__``) and keeps no optional
  "only if installed" imports: every import error is a bug, not a feature switch.
* ``cli`` (dreamseed-admin) follows the same rules, except that it opens the owner's Database.
* ``bootstrap.build_services`` fills every field of the ``Services`` dataclass, which is frozen.

The scanner is checked against a snippet that breaks each rule, so these tests can fail.
"""
from __future__ import annotations

import ast
import dataclasses
import functools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "dreamseed_desktop"


@functools.cache
def _service_classes() -> frozenset[str]:
    names: set[str] = set()
    for path in (PACKAGE / "services").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    annotations = [ast.unparse(a.annotation) for a in item.args.args if a.annotation]
                    if "Database" in annotations:
                        names.add(node.name)
    return frozenset(names)


def service_classes() -> set[str]:
    """Classes in services/ whose ``__init__`` takes a parameter annotated ``Database`` (the
    tree is parsed once per run: each parametrized case below asks for it)."""
    return set(_service_classes())


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def wiring_problems(source: str, forbidden_calls: set[str]) -> list[str]:
    """What in ``source`` breaks the wiring rules (empty when it keeps them)."""
    problems: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = _called_name(node)
            if name in forbidden_calls:
                problems.append(f"line {node.lineno}: constructs {name}")
            elif name == "__import__":
                problems.append(f"line {node.lineno}: __import__")
        elif isinstance(node, ast.Import) and any(a.name == "importlib" for a in node.names):
            problems.append(f"line {node.lineno}: imports importlib")
        elif isinstance(node, ast.ImportFrom) and node.module == "importlib":
            problems.append(f"line {node.lineno}: imports from importlib")
        elif isinstance(node, ast.Try) and any(
                h.type is not None and ast.unparse(h.type) in (
                    "ImportError", "ModuleNotFoundError", "(ImportError, AttributeError)")
                for h in node.handlers):
            problems.append(f"line {node.lineno}: optional import (except ImportError)")
    return problems


def test_the_service_scan_finds_the_services() -> None:
    found = service_classes()
    assert {"PeopleService", "ExamApi", "ExamAdminService", "StatisticsService",
            "PsychometricsService", "AuditLogService", "ExamPresence"} <= found
    assert "Database" not in found


def test_the_scanner_catches_each_broken_rule() -> None:
    broken = '''
import importlib
from importlib import import_module
from dreamseed_desktop.services.people.service import PeopleService
from dreamseed_desktop.services import exams

def build(ctx):
    a = PeopleService(ctx.db)
    b = exams.admin.ExamAdminService(ctx.db)
    c = __import__("x")
    try:
        from dreamseed_desktop.ui import exam_window
    except ImportError:
        exam_window = None
'''
    problems = wiring_problems(broken, service_classes() | {"Database"})
    assert len(problems) == 6, problems
    assert wiring_problems("def ok(ctx):\n    return ctx.services.people.list()\n",
                           service_classes()) == []


@pytest.mark.parametrize("path", sorted((PACKAGE / "ui").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(PACKAGE / "ui")))
def test_ui_module_receives_its_services(path: Path) -> None:
    problems = wiring_problems(path.read_text(encoding="utf-8"), service_classes() | {"Database"})
    assert problems == [], f"{path.relative_to(ROOT)}: {problems}"


@pytest.mark.parametrize("path", sorted((PACKAGE / "cli").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(PACKAGE / "cli")))
def test_cli_module_uses_the_same_factory(path: Path) -> None:
    """dreamseed-admin opens a Database on the owner URL but gets its services from
    ``bootstrap.build_services`` too (``cli.admin_cmds.owner_services``)."""
    problems = wiring_problems(path.read_text(encoding="utf-8"), service_classes())
    assert problems == [], f"{path.relative_to(ROOT)}: {problems}"


def test_build_services_fills_every_field_once() -> None:
    from sqlalchemy import create_engine

    from dreamseed_desktop.bootstrap import build_services
    from dreamseed_desktop.services.container import Services
    from dreamseed_desktop.services.core.uow import Database

    engine = create_engine("postgresql+psycopg://nobody@localhost/never")   # never connected
    owner_db = Database(engine)
    services = build_services(owner_db)
    # optional services exist only in one mode and are passed in by the composition root:
    # backups of this PC's embedded database (made on the owner URL, not the shared Database)
    optional = {f.name for f in dataclasses.fields(Services) if f.default is None}
    assert optional == {"backups"}
    assert services.backups is None
    marker = object()
    assert build_services(owner_db, backups=marker).backups is marker  # type: ignore[arg-type]
    fields = [f.name for f in dataclasses.fields(Services) if f.name not in optional]
    assert all(getattr(services, name) is not None for name in fields)
    others = [getattr(services, name) for name in fields if name != "db"]
    assert len({id(s) for s in others}) == len(others)          # one instance per service
    assert all(s._db is owner_db for s in others)  # all share the one Database
    with pytest.raises(dataclasses.FrozenInstanceError):
        services.people = services.people  # type: ignore[misc]
    engine.dispose()
