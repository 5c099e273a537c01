"""No English in the Korean UI's dialogs: as a teacher and an admin at 1366×768, every button
of every screen that opens a dialog ("…") is pressed and the dialog is walked like the screens
(tests/gui/test_korean_everywhere.py): labels, buttons, tabs, placeholders, headers, tooltips.
File pickers and number prompts answer "cancel" so the walk never blocks."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from tests.gui.dialog_walk import EXPECTED, answer_cancel, each_dialog, staff_window
from tests.gui.test_korean_everywhere import FOREIGN_DATE, english_words, qsettings, school_data, visible_texts  # noqa: F401

#: examples of codes the school types as they are (the subject dialog's "e.g. physics")
CODE_EXAMPLES = {"physics"}


@pytest.mark.slow
@pytest.mark.parametrize("who", ["teacher", "admin"])
def test_no_english_in_any_dialog(qtbot, korean, ctx_for, school, qsettings, who,  # noqa: F811
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    answer_cancel(monkeypatch)
    ctx, window = staff_window(qtbot, ctx_for, school, qsettings, who)
    data = school_data(school) | CODE_EXAMPLES
    found: list[str] = []

    def scan(key: str, button: str, dialog: QDialog) -> None:
        for where, text in visible_texts(dialog):
            bad = english_words(text, data) + FOREIGN_DATE.findall(text)
            if bad:
                found.append(f"{key} [{button}] {type(dialog).__name__}: {where}: {text!r} → {bad}")

    walked = each_dialog(qtbot, window, ctx, scan)
    assert {w.split(":")[0] for w in walked} >= EXPECTED[who], walked   # the dialogs were really opened
    assert not found, "\n".join(sorted(set(found)))
