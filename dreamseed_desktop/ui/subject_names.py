"""The school's names for subject and strand codes, through Qt's translation system.

Items, classes and exams store codes (``math``, ``algebra``); the school names them
(``수학``/``Mathematics``, ``대수``/``Algebra``) in its subjects list
(:mod:`dreamseed_desktop.services.items.subjects`). After sign-in the main window loads the
school's :class:`SubjectCatalog` into one :class:`SubjectNames` translator installed on the
application, so every place that shows a subject — tables, combo boxes, charts, PDFs — calls
:func:`subject_label` / :func:`strand_label` and gets the name in the interface language (a code
the school has no name for shows as itself). ``AppEvents.subjects_changed`` is emitted when
the names arrive or change, and screens that show subjects reload.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from dreamseed_desktop.services.items.subjects import SubjectCatalog
from dreamseed_desktop.ui import i18n

if TYPE_CHECKING:
    from dreamseed_desktop.ui.context import AppContext
    from dreamseed_desktop.ui.workers import Failure

log = logging.getLogger(__name__)
T = TypeVar("T")

__all__ = ["SubjectNames", "current_catalog", "install_catalog", "load_subject_names", "strand_label",
           "subject_label"]

SUBJECT_CONTEXT = "Subject"
STRAND_CONTEXT = "Strand"     # disambiguation = the subject's code


class SubjectNames(QTranslator):
    """A translator for the contexts "Subject" (source = code) and "Strand" (source = strand
    code, disambiguation = subject code), answering from the school's catalog."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = SubjectCatalog()

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        """The school's name, or None (a null QString: "not mine", Qt asks the next catalog;
        an empty string would count as a translation)."""
        language = i18n.current_language()
        if context == SUBJECT_CONTEXT:
            subject = self.catalog.get(source)
            return subject.name(language) if subject else None
        if context == STRAND_CONTEXT:
            name = self.catalog.strand_name(disambiguation or "", source, language)
            return None if name == source else name
        return None


_installed: list[SubjectNames] = []


def install_catalog(catalog: SubjectCatalog) -> None:
    """Use ``catalog``'s names from now on (installs the translator on first use)."""
    if not _installed:
        translator = SubjectNames(QCoreApplication.instance())
        _installed.append(translator)
        translator.catalog = catalog
        QCoreApplication.installTranslator(translator)
    _installed[0].catalog = catalog


def current_catalog() -> SubjectCatalog:
    """The installed catalog (empty before the first load)."""
    return _installed[0].catalog if _installed else SubjectCatalog()


def subject_label(code: str | None) -> str:
    """The school's name of a subject code in the interface language (the code if unnamed)."""
    if not code:
        return ""
    return QCoreApplication.translate(SUBJECT_CONTEXT, code)


def strand_label(subject: str | None, code: str | None) -> str:
    """The school's name of a strand of ``subject`` (the code if unnamed)."""
    if not code:
        return ""
    return QCoreApplication.translate(STRAND_CONTEXT, code, subject or "")


def load_subject_names(ctx: AppContext) -> None:
    """Load the signed-in user's school's names in the background, install them and emit
    ``subjects_changed`` (the main window calls this after sign-in; the subjects screen after
    a change). Until they arrive, the previous school's names are dropped: codes show."""
    install_catalog(SubjectCatalog())

    def loaded(catalog: SubjectCatalog) -> None:
        install_catalog(catalog)
        ctx.events.subjects_changed.emit()

    def failed(failure: Failure) -> None:
        log.warning("could not load the school's subject names: %s", failure.message)

    ctx.runner.read(ctx.services.subjects.catalog, loaded, failed, key="subject-names")


def subject_choices(current: str | None = None, *, none_text: str | None = None) -> list[tuple[str, str]]:
    """(name, code) of the school's active subjects for a combo box, led by ``none_text``
    (code "") when given; a ``current`` code that is retired or unknown is kept as a choice."""
    choices = [(none_text, "")] if none_text is not None else []
    choices += [(subject_label(s.code), s.code) for s in current_catalog().active()]
    if current and all(code != current for _text, code in choices):
        choices.append((subject_label(current), current))
    return choices


def ensure_subject_names(ctx: AppContext) -> None:
    """Load the names unless some are installed already (a screen opened without the main
    window, e.g. in a test or a dialog of its own, still shows names once they arrive)."""
    if not current_catalog().subjects:
        load_subject_names(ctx)


def read_with_names(ctx: AppContext, fn: Callable[[], T]) -> Callable[[], tuple[T, SubjectCatalog | None]]:
    """``fn`` for a worker, also fetching the school's names when none are installed yet (a
    screen's first load after sign-in then never shows a code before the names arrive); pair
    with :func:`install_then`."""
    needed = not current_catalog().subjects
    subjects = ctx.services.subjects

    def work() -> tuple[T, SubjectCatalog | None]:
        return fn(), (subjects.catalog() if needed else None)

    return work


def install_then(callback: Callable[[T], None]) -> Callable[[tuple[T, SubjectCatalog | None]], None]:
    """The GUI-thread side of :func:`read_with_names`: install fetched names, then ``callback``."""
    def done(result: tuple[T, SubjectCatalog | None]) -> None:
        value, catalog = result
        if catalog is not None and not current_catalog().subjects:
            install_catalog(catalog)
        callback(value)

    return done
