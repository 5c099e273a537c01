"""Teacher exam administration: exam list + create/edit dialog, live proctor console, results.

Entry point for the main window's navigation: :func:`create_screen`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QWidget

    from dreamseed_desktop.ui.context import AppContext

__all__ = ["create_screen"]


def create_screen(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    """Build the Exams screen."""
    from dreamseed_desktop.ui.screens.exams.screen import ExamsScreen

    return ExamsScreen(ctx, parent)
