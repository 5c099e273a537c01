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

from dreamseed_desktop.i18n_build import (
    CATALOG,
    TranslationToolError,
    catalog_name,
    compiled_catalog,
    translations_dir,
)
from dreamseed_desktop.services.core.errors import DomainError, parse_server_message

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"ko": "한국어", "en": "English"}
DEFAULT_LANGUAGE = "ko"

_installed: list[QTranslator] = []

__all__ = ["CATALOG", "LANGUAGES", "DEFAULT_LANGUAGE", "install_language", "current_language",
           "domain_message", "domain_text", "generic_error_message", "normalise_language",
           "translations_dir"]


def normalise_language(lang: str | None) -> str:
    lang = (lang or DEFAULT_LANGUAGE).lower()[:2]
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def qt_translations_dir() -> Path:
    """Where Qt's own catalogs (``qtbase_ko.qm``: file dialogs, message-box buttons) are."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _catalog_files(lang: str) -> list[Path]:
    """Our catalog and Qt's base catalog for ``lang``, those that exist."""
    files = []
    try:
        files.append(compiled_catalog(catalog_name(lang)))
    except TranslationToolError as exc:   # the program still runs, in its English source texts
        log.error("translation catalog %s unavailable: %s", catalog_name(lang), exc)
    qtbase = qt_translations_dir() / f"qtbase_{lang}.qm"
    if qtbase.is_file():
        files.append(qtbase)
    elif lang != "en":        # Qt's source language is English: no qtbase_en
        log.warning("Qt's own %s catalog is missing (%s)", lang, qtbase)
    return files


def install_language(lang: str | None, app: QCoreApplication | None = None) -> str:
    """Make ``lang`` the user interface language; returns the code that was installed.

    Installs the program's catalog (compiled from ``resources/translations/dreamseed_<lang>.ts``
    when needed, see :mod:`dreamseed_desktop.i18n_build`) and Qt's own ``qtbase_<lang>`` so
    Qt's dialogs speak the language too, replacing the catalogs of an earlier call, and sets
    the default QLocale (numbers, dates, month names).
    """
    app = app or QCoreApplication.instance()
    lang = normalise_language(lang)
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale("ko_KR" if lang == "ko" else "en_US"))
    for path in _catalog_files(lang):
        translator = QTranslator(app)
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        else:
            log.error("could not load translation catalog %s", path)
    return lang


def current_language() -> str:
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def _param_text(name: str, value: object) -> object:
    if isinstance(value, str) and (name == "label" or name.endswith("_label")):
        return QCoreApplication.translate("DomainError", value)
    return value


def _plural_count(params: dict[str, object]) -> int | None:
    """The count that picks a plural form (the first of ``PLURAL_PARAMS`` that is a number)."""
    from dreamseed_desktop.ui.i18n_messages import PLURAL_PARAMS

    for name in PLURAL_PARAMS:
        value = params.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.isdigit():
            return int(value)
    return None


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
        count = _plural_count(params)
        translated = (QCoreApplication.translate("DomainError", template) if count is None
                      else QCoreApplication.translate("DomainError", template, None, count))
        if not params:
            return translated
        if translated == template:  # not in the catalog: the formatted English text
            return english
        values = {name: _param_text(name, value) for name, value in params.items()}
        return translated.format_map(values)
    except Exception as exc:  # noqa: BLE001 - a broken catalog entry must never take the UI down
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


def domain_text(message: str) -> str:
    """A fixed service message (no params) in the user's language."""
    return QCoreApplication.translate("DomainError", message)
