"""The engine's and the security check's English templates reach the admin in Korean.

``cat`` and ``db`` do not use Qt, so their texts are listed in ``cli/engine_messages.py`` for
lupdate. This test fails when a template raised or reported there is missing from that list, has
no Korean translation, or its Korean translation has other ``{placeholders}``.
"""
from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from dreamseed_desktop.cat.calibration import REASONS
from dreamseed_desktop.cli import engine_messages
from dreamseed_desktop.db.roles import HARDENING_CHECKS

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "dreamseed_desktop"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def templates_in(path: Path, name: str) -> list[str]:
    """The constant first arguments of every ``name(...)`` call in ``path``; fails on a
    non-constant one (an f-string or a variable cannot be translated)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == name:
            arg = node.args[0]
            assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), \
                f"{path.name}:{node.lineno}: {name}(...) needs a constant template"
            found.append(arg.value)
    return found


def korean(context: str) -> dict[str, str]:
    root = ET.parse(ROOT / "resources" / "translations" / "dreamseed_ko.ts").getroot()
    out = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                tr = message.find("translation")
                if tr is not None and not tr.get("type"):
                    out[message.findtext("source") or ""] = tr.text or ""
    return out


def test_every_template_is_listed_and_translated() -> None:
    cat = [t for f in sorted((PACKAGE / "cat").glob("*.py")) for t in templates_in(f, "InputError")]
    security = (templates_in(PACKAGE / "db" / "client_isolation.py", "Finding")
                + [what + ": {name}" for what, _ in HARDENING_CHECKS])
    assert len(cat) > 30 and len(security) > 25
    for context, used, listed in (("CatError", cat, engine_messages.CAT_ERRORS),
                                  ("CatReason", list(REASONS.values()), engine_messages.CAT_REASONS),
                                  ("SecurityCheck", security, engine_messages.SECURITY_FINDINGS)):
        assert set(used) <= set(listed), f"not in cli/engine_messages.py: {sorted(set(used) - set(listed))}"
        catalog = korean(context)
        for text in used:
            assert catalog.get(text), f"[{context}] no Korean for {text!r}"
            assert set(PLACEHOLDER.findall(catalog[text])) == set(PLACEHOLDER.findall(text)), text


def test_the_check_finds_a_missing_template(tmp_path: Path) -> None:
    source = tmp_path / "x.py"
    source.write_text('raise InputError("A new refusal {x}.", x=1)\n', encoding="utf-8")
    assert templates_in(source, "InputError") == ["A new refusal {x}."]
    assert "A new refusal {x}." not in engine_messages.CAT_ERRORS
    source.write_text('raise InputError(f"{x} bad")\n', encoding="utf-8")
    try:
        templates_in(source, "InputError")
    except AssertionError as exc:
        assert "constant template" in str(exc)
    else:
        raise AssertionError("an f-string template was not caught")
