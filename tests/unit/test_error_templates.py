"""Service error messages as templates + params, and their Korean catalog entries.

* every template in the catalog has a finished Korean translation with the same placeholders,
  and both format with sample params;
* every template/fixed message raised by any module under ``services/`` (and the student PC's
  journal), and every fixed message raised by the SQL functions, is in the catalog;
* no DomainError in those modules is built from an f-string (AST scan), so messages with
  values stay translatable;
* ``ui.i18n.domain_message`` translates the template, fills in the values (labels translated
  too) and falls back to the English text when anything goes wrong.
"""
from __future__ import annotations

import ast
import importlib
import inspect
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from dreamseed_desktop.services.core import errors
from dreamseed_desktop.services.core.errors import (
    AccountLocked,
    AlreadyEnrolled,
    BulkValidationError,
    DomainError,
    NotFound,
    ValidationError,
)

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ROOT / "dreamseed_desktop" / "services"
TRANSLATIONS = ROOT / "resources" / "translations"
# every module whose messages reach users: all of services/ and the student PC's journal
SCANNED = (
    *sorted(p.relative_to(ROOT).as_posix() for p in SERVICES.rglob("*.py")
            if "__pycache__" not in p.parts),
    "dreamseed_desktop/client/journal.py",
)
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def domain_catalog(name: str = "dreamseed_ko") -> dict[str, tuple[str | None, str]]:
    """source -> (translation type attribute, translation text) of the DomainError context."""
    root = ET.parse(TRANSLATIONS / f"{name}.ts").getroot()
    out: dict[str, tuple[str | None, str]] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "DomainError":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):   # no longer in the code
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = "".join(forms) if forms else translation.text or ""
            out[message.findtext("source") or ""] = (translation.get("type"), text)
    return out


def error_classes() -> set[type[DomainError]]:
    """Every DomainError subclass defined or imported by a scanned module."""
    classes: set[type[DomainError]] = set()
    for module_path in SCANNED:
        dotted = ".".join(Path(module_path).with_suffix("").parts)
        module = importlib.import_module(dotted)
        classes.update(obj for obj in vars(module).values()
                       if inspect.isclass(obj) and issubclass(obj, DomainError))
    return classes


def error_class_names() -> set[str]:
    return {cls.__name__ for cls in error_classes()}


def module_constants(tree: ast.Module) -> dict[str, str]:
    """``NAME = "text"`` assignments at module level (messages kept in a constant)."""
    out = {}
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                out.update({t.id: value.value for t in targets if isinstance(t, ast.Name)})
    return out


def _call_name(node: ast.Call) -> str | None:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _message_arg(node: ast.Call) -> ast.expr | None:
    if node.args:
        return node.args[0]
    return next((kw.value for kw in node.keywords if kw.arg == "message"), None)


def _is_built_string(node: ast.expr | None) -> bool:
    """f-strings, ``"...".format(...)``, ``"..." % x`` and concatenations with them."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "format":
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add)):
        return any(isinstance(side, (ast.Constant, ast.JoinedStr)) or _is_built_string(side)
                   for side in (node.left, node.right))
    return False


def built_messages(source: str, names: set[str]) -> list[tuple[int, str]]:
    """(line, code) of every DomainError-subclass call whose message is built from values."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _call_name(node) in names \
                and _is_built_string(_message_arg(node)):
            found.append((node.lineno, ast.unparse(node)[:120]))
    return found


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def service_messages(names: set[str]) -> list[tuple[str, int, str, set[str] | None]]:
    """(module, line, message, param keys or None) raised by the scanned modules.

    Fixed messages are the constant first argument of a DomainError-subclass call; templates
    are also every other (non-docstring) string constant with a ``{name}`` placeholder, e.g.
    the ``missing=`` templates handed to helpers.
    """
    out = []
    for module in SCANNED:
        tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        constants = module_constants(tree)
        seen: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) in names:
                arg = _message_arg(node)
                if isinstance(arg, ast.Name) and arg.id in constants:   # raise X(SOME_MESSAGE)
                    out.append((module, node.lineno, constants[arg.id], None))
                elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    params = next((kw.value for kw in node.keywords if kw.arg == "params"), None)
                    keys = ({k.value for k in params.keys if isinstance(k, ast.Constant)}
                            if isinstance(params, ast.Dict) else None)
                    out.append((module, node.lineno, arg.value, keys))
                    seen.add(id(arg))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and id(node) not in seen and id(node) not in skip \
                    and PLACEHOLDER.search(node.value) and " " in node.value:
                out.append((module, node.lineno, node.value, None))
    return out


# ---- catalog --------------------------------------------------------------------------------

def test_every_catalog_template_has_korean_with_the_same_placeholders() -> None:
    catalog = domain_catalog()
    templates = {source: t for source, t in catalog.items() if placeholders(source)}
    assert len(templates) >= 60
    for source, (kind, korean) in templates.items():
        assert kind is None and korean, f"unfinished: {source!r}"
        assert placeholders(korean) == placeholders(source), source
        sample = {name: f"<{name}>" for name in placeholders(source)}
        english, filled = source.format(**sample), korean.format(**sample)
        assert all(v in english and v in filled for v in sample.values()), source
        assert "{" not in filled and filled != english, source


@pytest.mark.parametrize("catalog_name", ["dreamseed_ko"])
def test_no_unfinished_domain_error_entries(catalog_name: str) -> None:
    unfinished = [s for s, (kind, text) in domain_catalog(catalog_name).items()
                  if kind is not None or not text.strip()]
    assert unfinished == []


def test_every_service_message_is_in_the_catalog_with_matching_params() -> None:
    catalog = domain_catalog()
    messages = service_messages(error_class_names())
    assert len(messages) > 150
    missing = [(m, line, text) for m, line, text, _ in messages if text not in catalog]
    assert missing == []
    mismatched = [(m, line, text, keys) for m, line, text, keys in messages
                  if keys is not None and keys != placeholders(text)]
    assert mismatched == []
    classes = error_classes()
    assert {"CalibrationCancelled", "ExamPaused", "NotFound"} <= {c.__name__ for c in classes}
    for cls in classes:
        assert cls.default_message in catalog, cls
    for _field, message in errors._CONSTRAINT_MESSAGES.values():
        assert message in catalog, message
    for template in errors.SERVER_TEMPLATES:
        assert template in catalog, template


def _sql_messages() -> list[str]:
    texts = []
    sources = sorted((ROOT / "migrations" / "versions").glob("*.py"))   # revisions hold their SQL
    raise_re = re.compile(r"RAISE\s+EXCEPTION\s+'((?:[^']|'')*)'", re.IGNORECASE)
    message_re = re.compile(r"(?:message\s*:=|constant\s+text\s*:=)\s*"
                            r"(?:pg_catalog\.format\()?'((?:[^']|'')*)'", re.IGNORECASE)
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for pattern in (raise_re, message_re):
            texts.extend(m.group(1).replace("''", "'") for m in pattern.finditer(text))
    return texts


def test_every_sql_message_has_a_catalog_entry() -> None:
    catalog = domain_catalog()
    messages = _sql_messages()
    assert len(messages) >= 30
    for message in messages:
        if "%" in message:   # formatted by the database: parsed back into a template
            sample = message.replace("%s", "7").replace("%", "7")
            parsed = errors.parse_server_message(sample)
            assert parsed is not None, message
            assert parsed[0] in catalog, message
        else:
            assert message in catalog, message


# ---- no f-strings ---------------------------------------------------------------------------

def test_scan_finds_built_messages() -> None:
    names = {"NotFound", "ValidationError"}
    bad = ('raise NotFound(f"Class {x} does not exist.")\n'
           'errs.append(ValidationError("Row " + str(n)))\n'
           'raise ValidationError(message="{} is bad".format(v))\n'
           'raise NotFound("Gone %s" % x)\n')
    good = 'raise NotFound("Class {id} does not exist.", params={"id": x})\n'
    assert sorted(line for line, _ in built_messages(bad, names)) == [1, 2, 3, 4]
    assert built_messages(good, names) == []


def test_services_build_no_messages_from_values() -> None:
    names = error_class_names()
    found = {module: built_messages((ROOT / module).read_text(encoding="utf-8"), names)
             for module in SCANNED}
    assert {m: f for m, f in found.items() if f} == {}


# ---- errors keep English ----------------------------------------------------------------------

def test_message_is_the_formatted_english_and_str_keeps_its_shape() -> None:
    error = NotFound("Class {id} does not exist.", params={"id": 12}, field="class_id")
    assert error.message == "Class 12 does not exist."
    assert error.template == "Class {id} does not exist." and error.params == {"id": 12}
    assert str(error) == "class_id: Class 12 does not exist."
    assert str(ValidationError("Too long.", row=3)) == "row 3: Too long."
    plain = ValidationError("A name is required.")
    assert plain.template == plain.message == "A name is required." and plain.params == {}
    rows = [ValidationError("Duplicate email {email} (also on line {line}).",
                            params={"email": "a@b.kr", "line": 2}, row=5)]
    bulk = BulkValidationError(rows)
    assert str(bulk) == "1 row(s) have problems; nothing was changed."
    assert bulk.params == {"count": 1} and bulk.errors[0].params["line"] == 2
    assert AlreadyEnrolled("Already enrolled").student_ids == ()


def test_database_formatted_messages_become_templates() -> None:
    error = errors._from_app_raise(
        "DS422", 'The exam\'s adaptive-test settings are invalid (unknown setting "foo"). '
                 "Ask your teacher.")
    assert isinstance(error, ValidationError) and error.params == {"setting": "foo"}
    assert str(error).startswith("The exam's adaptive-test settings are invalid (unknown setting")
    assert errors.parse_server_message("Exam not found.") is None


# ---- the UI's translation -----------------------------------------------------------------

@pytest.fixture
def korean(qapp):
    from dreamseed_desktop.ui import i18n

    i18n.install_language("ko", qapp)
    yield i18n
    i18n.install_language("en", qapp)


def test_korean_not_found_with_value(korean) -> None:
    error = NotFound("Class {id} does not exist.", params={"id": 12}, field="class_id")
    assert korean.domain_message(error) == "12번 학급을 찾을 수 없습니다."
    row_error = ValidationError("Duplicate email {email} (also on line {line}).",
                                params={"email": "hong@school.kr", "line": 2}, row=3)
    assert korean.domain_message(row_error) == "3행: 중복된 이메일 hong@school.kr (2번째 줄에도 있음)."
    bulk = BulkValidationError([row_error, row_error])
    assert korean.domain_message(bulk) == "2개 행에 문제가 있어 아무것도 변경하지 않았습니다."
    locked = AccountLocked("Too many failed sign-ins. The account is locked for 12 more minute(s).")
    assert korean.domain_message(locked) == "로그인에 여러 번 실패했습니다. 계정이 앞으로 12분 동안 잠겨 있습니다."


def test_korean_errors_raised_by_the_services(korean) -> None:
    from dreamseed_desktop.services.classes.roster_parse import parse
    from dreamseed_desktop.services.core.validation import clean_grade
    from dreamseed_desktop.services.exams.records import check_finite
    from dreamseed_desktop.services.items.rules import clean_params

    def message(fn, *args, **kwargs) -> str:
        with pytest.raises(DomainError) as info:
            fn(*args, **kwargs)
        return korean.domain_message(info.value)

    assert message(clean_grade, "십") == "올바른 학년이 아닙니다: '십' (1부터 6까지의 숫자를 입력하세요)."
    assert message(clean_grade, 13) == "학년은 1에서 6 사이여야 합니다."
    assert message(check_finite, 200.0, "score", low=0, high=100, label="Score") == \
        "점수 값은 0에서 100 사이여야 합니다."
    assert message(clean_params, "3PL", "x", 0, 0) == "변별도 a 값은 숫자여야 합니다."
    _rows, row_errors, _mapping = parse("name,email,role\n김,kim@school.kr,boss\n")
    assert [korean.domain_message(e) for e in row_errors] == \
        ["2행: 알 수 없는 역할 'boss'입니다. 학생, 교사, 관리자 중 하나를 입력하세요."]


def test_every_catalog_label_is_translated(korean) -> None:
    from dreamseed_desktop.ui.i18n_messages import LABELS

    for label in LABELS:
        korean_text = QCoreApplication.translate("DomainError", label)
        assert korean_text != label and not re.search(r"[A-Za-z]{2,}", korean_text), label


def test_falls_back_to_english_when_the_translation_does_not_fit(korean, monkeypatch) -> None:
    error = NotFound("Class {id} does not exist.", params={"id": 12})
    monkeypatch.setattr(QCoreApplication, "translate",
                        staticmethod(lambda _c, _t, *_a: "{class_id}번 학급이 없습니다 {0.__x__}"))
    assert korean.domain_message(error) == "Class 12 does not exist."
    monkeypatch.undo()
    unknown = ValidationError("Nothing like {thing}.", params={"thing": "this"})
    assert korean.domain_message(unknown) == "Nothing like this."


def test_english_ui_shows_the_english_message(qapp) -> None:
    from dreamseed_desktop.ui import i18n

    i18n.install_language("en", qapp)
    error = NotFound("Class {id} does not exist.", params={"id": 12})
    assert i18n.domain_message(error) == "Class 12 does not exist."
    row = ValidationError("A name is required.")
    assert i18n.domain_message(BulkValidationError([row])) == \
        "1 row has problems; nothing was changed."
    assert i18n.domain_message(BulkValidationError([row, row, row])) == \
        "3 rows have problems; nothing was changed."
    locked = AccountLocked("Too many failed sign-ins. The account is locked for 1 more minute(s).")
    assert i18n.domain_message(locked) == \
        "Too many failed sign-ins. The account is locked for 1 more minute."


def test_counted_templates_have_plural_entries_in_both_catalogs() -> None:
    from dreamseed_desktop.ui.i18n_messages import PLURAL_PARAMS

    for name in ("dreamseed_ko", "dreamseed_en"):
        root = ET.parse(TRANSLATIONS / f"{name}.ts").getroot()
        numerus = {m.findtext("source") for c in root.iter("context")
                   if c.findtext("name") == "DomainError" for m in c.iter("message")
                   if m.get("numerus") == "yes"}
        counted = {source for source in domain_catalog("dreamseed_ko")
                   if placeholders(source) & set(PLURAL_PARAMS) and "(s)" in source}
        assert counted and counted <= numerus, (name, counted - numerus)
