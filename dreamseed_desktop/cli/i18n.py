"""The command line's own messages in the admin's language (Korean or English).

The texts go through Qt's translation system like the GUI's: they are written as
``translate("Cli", "English text")`` (lupdate collects them into ``resources/translations``) and
looked up in the same compiled catalog. The CLI keeps its own :class:`QTranslator` instead of
installing one into a ``QCoreApplication``: no application object is needed, and a command run
inside another Qt program (the tests) neither changes nor inherits that program's language.

Language: ``--lang``, else ``DREAMSEED_LANG``, else ``LC_ALL`` / ``LC_MESSAGES`` / ``LANG`` when
they name Korean or English, else the language chosen in the program's settings.
"""
from __future__ import annotations

import argparse
import errno
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTranslator

from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

_state: dict[str, QTranslator | None] = {"translator": None}
_lang = {"code": "en"}


def choose_language(explicit: str | None = None) -> str:
    """``ko`` or ``en`` (see the module docstring for the order)."""
    if explicit:
        return explicit
    for var in ("DREAMSEED_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = (os.environ.get(var) or "").lower()
        if value.startswith(("ko", "en")):
            return value[:2]
    from dreamseed_desktop.config.settings import load_settings

    language = load_settings().language
    return language if language in ("ko", "en") else "ko"


def set_language(lang: str) -> str:
    """Load the catalog of ``lang`` for :func:`translate`; English needs only plural forms."""
    from dreamseed_desktop.i18n_build import TranslationToolError, catalog_name, compiled_catalog

    _lang["code"] = lang
    _state["translator"] = None
    try:
        path = compiled_catalog(catalog_name(lang))
    except TranslationToolError as exc:   # the messages stay in English
        log.warning("translation catalog for %s unavailable: %s", lang, exc)
        return lang
    translator = QTranslator()
    if translator.load(str(path)):
        _state["translator"] = translator
    return lang


def language() -> str:
    return _lang["code"]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the chosen language (``%n`` replaced by ``n`` when given)."""
    translator = _state["translator"]
    out = translator.translate(context, text, disambiguation, n) if translator is not None else ""
    out = out or text
    return out.replace("%n", str(n)) if n >= 0 else out


def fill(text: str, *values: object) -> str:
    """Put ``values`` in place of ``%1``, ``%2`` … (Qt's placeholders, any order in a translation)."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


def error_line(text: str) -> str:
    """``error: <text>`` in the chosen language."""
    return fill(translate("Cli", "error: %1"), text)


def templated(context: str, message: object) -> str:
    """A message that keeps its English ``template`` and ``params`` (the engine's
    :class:`~dreamseed_desktop.cat.errors.InputError`, the security check's
    :class:`~dreamseed_desktop.db.findings.Finding`) in the chosen language; anything else, or a
    translation that does not fit the values, as its English text."""
    template = getattr(message, "template", None)
    params = getattr(message, "params", None)
    if not isinstance(template, str) or not isinstance(params, dict):
        return str(message)
    try:
        return translate(context, template).format_map(params)
    except (KeyError, IndexError, ValueError):
        return str(message)


#: what the operating system said, for the errors a file or folder gives most often
_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Cli", "the file or folder does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("Cli", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Cli", "permission denied"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Cli", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Cli", "a part of the path is not a folder"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Cli", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("Cli", "the disk is read-only"),
}


def os_error(error: OSError) -> str:
    """``<file>: <reason>`` of a file or folder error in the chosen language (the system's own
    words only for rarer errors)."""
    reason = _OS_REASONS.get(error.errno or 0)
    text = translate("Cli", reason) if reason else (error.strerror or str(error))
    return f"{error.filename}: {text}" if error.filename else text


def input_problem(error: Exception) -> str:
    """Why a file, a design or an option given to the CAT tools was refused, in the chosen
    language: a file error, text that is not UTF-8, JSON that does not parse, the engine's
    :class:`~dreamseed_desktop.cat.errors.InputError`, or the tool's own (already translated)
    message."""
    import json

    if isinstance(error, OSError):
        return os_error(error)
    if isinstance(error, UnicodeDecodeError):
        return translate("Cli", "the file is not UTF-8 text (save it as UTF-8 CSV and try again)")
    if isinstance(error, json.JSONDecodeError):
        return fill(translate("Cli", "the design file is not valid JSON (line %1, column %2)"), error.lineno,
                    error.colno)
    if isinstance(error, KeyError):
        return fill(translate("Cli", "a required column or key is missing: %1"), error.args[0] if error.args else "")
    return templated("CatError", error)


def domain(error: Exception, *, with_row: bool = True) -> str:
    """A service's :class:`DomainError` in the chosen language (its template translated, then
    filled with its values, ``label`` params translated too), as the GUI shows it."""
    from dreamseed_desktop.services.core.errors import DomainError, parse_server_message
    from dreamseed_desktop.ui.i18n_messages import PLURAL_PARAMS

    if not isinstance(error, DomainError):
        return str(error)
    english = error.message
    template, params = error.template, dict(error.params)
    if not params:
        parsed = parse_server_message(template)
        if parsed is not None:
            template, params = parsed[0], dict(parsed[1])
    count = next((int(v) for k in PLURAL_PARAMS if isinstance(v := params.get(k), int | str)
                  and str(v).isdigit()), -1)
    translated = translate("DomainError", template, None, count)
    text = translated
    if params:
        values = {k: translate("DomainError", v) if isinstance(v, str) and (k == "label" or k.endswith("_label"))
                  else v for k, v in params.items()}
        try:
            text = english if translated == template else translated.format_map(values)
        except (KeyError, IndexError, ValueError):
            text = english
    where = []
    if with_row and error.row is not None:
        where.append(fill(translate("Cli", "row %1"), error.row))
    if with_row and error.field:
        where.append(error.field)
    return f"{', '.join(where)}: {text}" if where else text


# argparse's own words (it looks them up through its module-level ``_``; see translated_argparse)
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


@contextmanager
def translated_argparse() -> Iterator[None]:
    """argparse's own words (usage, "the following arguments are required" …) in the chosen
    language while the command line is parsed; restored afterwards."""
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An argument parser whose refusal also says what to do (sub-commands use it too)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        text = translate("argparse", "%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message}
        hint = fill(translate("Cli", "Run '%1 --help' to see what it accepts."), self.prog)
        self.exit(2, text + hint + "\n")
