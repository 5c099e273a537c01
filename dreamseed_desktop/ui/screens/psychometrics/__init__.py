"""Psychometrics screen (admins): bank information, calibration, what-if simulation.

Entry point for the main window: ``create_screen(ctx, parent=None)`` (alias
``create_psychometrics_screen``).
"""
from __future__ import annotations

from .screen import PsychometricsScreen, create_screen

create_psychometrics_screen = create_screen

__all__ = ["PsychometricsScreen", "create_psychometrics_screen", "create_screen"]
