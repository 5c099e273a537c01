"""Teacher exam administration: exam list + create/edit dialog, live proctor console, results.

Entry points for the main window's navigation slot: :func:`create_exams_screen` and the
``create_screen(ctx, parent)`` shape that ``ui.navigation`` looks for.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QWidget

__all__ = ["create_exams_screen", "create_screen"]


def create_exams_screen(services: Any, events: Any = None, parent: QWidget | None = None) -> QWidget:
    """Build the Exams screen.

    ``services`` is the :class:`~dreamseed_desktop.ui.context.AppContext` (it carries ``db``,
    ``runner`` and ``events``); ``events`` overrides ``services.events`` when given.
    """
    from dreamseed_desktop.ui.exam_window.i18n import install_exam_translator
    from dreamseed_desktop.ui.screens.exams.screen import ExamsScreen

    install_exam_translator()
    ctx = services
    if events is not None and getattr(ctx, "events", None) is not events:
        try:
            ctx.events = events
        except AttributeError:  # pragma: no cover - read-only context
            pass
    return ExamsScreen(ctx, parent)


def create_screen(ctx: Any, parent: QWidget | None = None) -> QWidget:
    """``ui.navigation``'s factory shape."""
    return create_exams_screen(ctx, None, parent)
