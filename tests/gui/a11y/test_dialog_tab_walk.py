"""Keyboard only through every dialog (issue 19, the sweep of issue 15): as a teacher and an admin,
every dialog a screen opens ("…" buttons: new/edit person, class, school, subject, strand,
accommodations, exam, item editor, CSV/QTI import, roster, …) is walked with Tab and Shift+Tab
(tests/gui/a11y/test_tab_walk.py's walk): every enabled control is reached, none is mouse-only,
nothing keeps the focus, Shift+Tab walks the ring backwards, and the focused control carries
the visible focus ring (dialogs had none before: ui.a11y.focus_ring.install_dialog_focus_rings)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.gui.a11y.test_tab_walk import describe, focus_target, mouse_only, tab_stops, walk
from tests.gui.dialog_walk import EXPECTED, answer_cancel, each_dialog, staff_window
from tests.gui.test_korean_everywhere import qsettings  # noqa: F401


def walk_dialog(dialog: QDialog) -> list[str]:
    dialog.activateWindow()
    QApplication.processEvents()
    expected = tab_stops(dialog)
    first = next(focus_target(w) for w in dialog.findChildren(QWidget) if id(focus_target(w)) in expected)
    problems = []
    forward, trap = walk(first, Qt.Key.Key_Tab)
    if trap:
        problems.append(trap)
    reached = {id(first)} | {id(w) for w in forward}
    missed = [describe(w) for w in dialog.findChildren(QWidget) if id(w) in expected and id(w) not in reached]
    if missed:
        problems.append(f"Tab never reaches {missed}")
    unreachable = mouse_only(dialog)
    if unreachable:
        problems.append(f"controls without Tab focus {unreachable}")
    if not trap:
        backward, back_trap = walk(first, Qt.Key.Key_Backtab)
        if back_trap:
            problems.append(back_trap)
        elif [id(w) for w in backward] != [id(w) for w in reversed(forward)]:
            problems.append("Shift+Tab does not walk Tab's ring backwards")
    return problems


@pytest.mark.slow
@pytest.mark.parametrize("who", ["teacher", "admin"])
def test_tab_walks_every_dialog(qtbot, korean, ctx_for, school, qsettings, who,  # noqa: F811
                                monkeypatch: pytest.MonkeyPatch) -> None:
    answer_cancel(monkeypatch)
    ctx, window = staff_window(qtbot, ctx_for, school, qsettings, who)
    found: list[str] = []

    def check(key: str, button: str, dialog: QDialog) -> None:
        found.extend(f"{key} [{button}] {type(dialog).__name__}: {p}" for p in walk_dialog(dialog))

    walked = each_dialog(qtbot, window, ctx, check)
    assert {w.split(":")[0] for w in walked} >= EXPECTED[who], walked
    assert not found, "\n".join(found)
