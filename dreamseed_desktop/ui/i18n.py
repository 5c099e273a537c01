"""Languages: Qt translators for our strings and Qt's own, and user-facing domain messages.

All user-visible text goes through ``tr()``. The service layer writes its error messages in
English; :func:`domain_message` looks them up in the ``DomainError`` translation context
(the known messages are listed in :mod:`dreamseed_desktop.ui.i18n_messages`) and falls back to
the English text for messages we do not know. Messages with values are templates: the
template is translated, then filled with the error's ``params`` (``label``/``*_label`` params
are translated too); if that fails the English ``error.message`` is shown.

Switching the language is saved in the settings and applied at the next start (the menu says
so and offers to restart now).
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dreamseed_desktop.config.paths import resources_dir
from dreamseed_desktop.services.core.errors import DomainError, parse_server_message

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"ko": "한국어", "en": "English"}
DEFAULT_LANGUAGE = "ko"
CATALOG = "dreamseed"

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def normalise_language(lang: str | None) -> str:
    lang = (lang or DEFAULT_LANGUAGE).lower()[:2]
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def install_language(lang: str, app: QCoreApplication | None = None) -> str:
    """Install our catalog and Qt's for ``lang`` (replacing earlier ones); returns the code."""
    app = app or QCoreApplication.instance()
    lang = normalise_language(lang)
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale("ko_KR" if lang == "ko" else "en_US"))
    sources = [(translations_dir(), f"{CATALOG}_{lang}"),
               (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{lang}")]
    for directory, name in sources:
        translator = QTranslator(app)
        if translator.load(name, str(directory)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        elif name.startswith(CATALOG):
            log.warning("translation catalog %s not found in %s", name, directory)
    return lang


def current_language() -> str:
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def _param_text(name: str, value: object) -> object:
    if isinstance(value, str) and (name == "label" or name.endswith("_label")):
        return QCoreApplication.translate("DomainError", value)
    return value


def _translated_text(error: DomainError) -> str:
    """The error's template translated and filled in; the English message if anything fails."""
    english = str(getattr(error, "message", "") or error)
    try:
        template = getattr(error, "template", None) or english
        params = dict(getattr(error, "params", None) or {})
        if not params:
            parsed = parse_server_message(template)
            if parsed is not None:
                template, params = parsed[0], dict(parsed[1])
        translated = QCoreApplication.translate("DomainError", template)
        if not params:
            return translated
        if translated == template:  # not in the catalog: the formatted English text
            return english
        values = {name: _param_text(name, value) for name, value in params.items()}
        return translated.format_map(values)
    except Exception as exc:  # a broken catalog entry must never take the UI down
        log.warning("could not translate domain message %r: %r", english, exc)
        return english


def domain_message(error: DomainError) -> str:
    """The user-facing (translated when known) text of a domain error."""
    text = _translated_text(error)
    if error.row is not None:
        text = QCoreApplication.translate("DomainError", "Row %1: %2").replace(
            "%1", str(error.row)).replace("%2", text)
    return text


def generic_error_message() -> str:
    return QCoreApplication.translate(
        "DomainError", "Something went wrong. The details were written to the log file.")


def tr(context: str, text: str) -> str:
    """Translate outside a QObject (same as QCoreApplication.translate)."""
    return QCoreApplication.translate(context, text)


_area_translators: dict[str, dict[str, QTranslator]] = {}


def install_area_catalog(catalog: str, lang: str | None = None) -> bool:
    """Install an area's own catalog (``<catalog>_<lang>.qm``) beside the main one; idempotent.

    The exam window and the charts keep their texts in separate catalogs so each area can be
    translated without touching the shared file. ``lang`` defaults to the current QLocale.
    Returns True when a translator for ``lang`` is installed (English needs none).
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    if lang is None:
        lang = "ko" if QLocale().language() == QLocale.Language.Korean else "en"
    installed = _area_translators.setdefault(catalog, {})
    for code, old in list(installed.items()):
        if code != lang:
            QCoreApplication.removeTranslator(old)
            del installed[code]
    if lang in installed or lang == "en":
        return lang in installed
    translator = QTranslator(app)
    if not translator.load(f"{catalog}_{lang}", str(translations_dir())):
        log.warning("%s translation catalog for %s not found", catalog, lang)
        return False
    QCoreApplication.installTranslator(translator)
    installed[lang] = translator
    return True
