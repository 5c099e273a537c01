"""The roster wizard with a NEIS Excel export, in Korean (issue 15): the header under the
title rows is found, NEIS columns are mapped (성별/생년월일 recognised, not stored), the preview
numbers rows as the sheet does and highlights a bad one; the fixed file imports with initial
passwords. Screenshot of the preview."""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from tests.db.classes.test_roster_neis import PUPILS, neis_workbook
from tests.gui.screens.enrollment.test_enrollment import run_wizard

SHOTS = Path(__file__).resolve().parents[4] / "docs" / "screenshots"


def test_neis_workbook_in_the_wizard(qtbot, korean, ctx, school, tmp_path) -> None:
    bad = tmp_path / "학생명부_오류.xlsx"
    neis_workbook(bad, [*PUPILS, (4, 9, 1, "학년오류", "남", datetime(2010, 5, 5))])
    wizard = run_wizard(qtbot, ctx, bad)
    mapping = wizard.mapping_page
    assert mapping.encoding_label.text() == "엑셀 통합 문서 (xlsx)"
    assert mapping.field_boxes["name"].currentText() == "성명"
    assert mapping.field_boxes["gender"].currentText() == "성별"
    assert mapping.isComplete()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: "행" in preview.summary.text() and "확인" not in preview.summary.text())
    assert not preview.isComplete()
    model = preview.model
    assert model.error_rows() == [4]                        # the 5th pupil ...
    assert "9행" in preview.errors.toPlainText()            # ... is sheet row 9 (title rows above)
    if os.environ.get("DREAMSEED_SCREENSHOTS"):
        wizard.resize(1000, 620)
        wizard.grab().save(str(SHOTS / "roster_import_neis_preview_ko.png"))
    wizard.reject()

    good = tmp_path / "학생명부.xlsx"
    neis_workbook(good)
    wizard = run_wizard(qtbot, ctx, good)
    imported = []
    wizard.imported.connect(imported.append)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete)
    wizard.next()
    qtbot.waitUntil(lambda: bool(imported))
    assert imported[0].created == 4 and len(imported[0].initial_passwords) == 4
