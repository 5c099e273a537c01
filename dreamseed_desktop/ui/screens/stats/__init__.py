"""Statistics screen (admins): classes, a student's learning curve and sessions, item analysis.

Entry point for the main window: ``create_screen(ctx, parent=None)`` (alias
``create_stats_screen``).
"""
from __future__ import annotations

from .screen import StatsScreen, create_screen

create_stats_screen = create_screen

__all__ = ["StatsScreen", "create_screen", "create_stats_screen"]
