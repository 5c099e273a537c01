"""Roster import wizard: the preview splits cells like the import (semicolon/tab, CP949).

The wizard reads headers and preview cells with ``services.classes.roster_parse`` (decode, csv_rows,
map_columns); before, it split them with a comma-only ``csv.reader`` and showed a semicolon
file as one column although the import itself read it correctly.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dreamseed_desktop.ui import i18n
from tests.gui.screens.enrollment.test_enrollment import run_wizard

HEADERS = ["이름", "이메일", "역할", "학번", "학년", "반"]
ROWS = [["홍길동", "hong@school.kr", "학생", "30001", "1", "1-1"],
        ["김영희", "kim.yh@school.kr", "학생", "30002", "1", "1-1"]]


def write_roster(path: Path, delimiter: str, rows: list[list[str]], encoding: str = "cp949") -> Path:
    lines = [delimiter.join(HEADERS), *(delimiter.join(r) for r in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.mark.slow
@pytest.mark.parametrize("delimiter", [";", "\t"], ids=["semicolon", "tab"])
def test_delimited_cp949_file_previews_and_imports_the_same_columns(
        qtbot, qtmodeltester, ctx, school, tmp_path, delimiter):
    path = write_roster(tmp_path / "roster.csv", delimiter, ROWS)
    wizard = run_wizard(qtbot, ctx, path)
    page = wizard.mapping_page
    assert page.encoding_label.text() == "CP949"
    assert page.field_boxes["name"].count() == 1 + len(HEADERS)   # "(not in file)" + headers
    assert wizard.mapping() == {"name": "이름", "email": "이메일", "role": "역할",
                                "student_number": "학번", "grade": "학년", "class": "반"}
    assert page.isComplete()

    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    qtmodeltester.check(preview.model)
    model = preview.model
    assert model.columnCount() == len(HEADERS) + 2                 # "Line" + cells + "Problem"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 7)] == HEADERS
    assert [model.index(0, c).data() for c in range(1, 7)] == ROWS[0]
    assert [model.index(1, c).data() for c in range(1, 7)] == ROWS[1]
    assert "2 new" in preview.summary.text() and "2 enrollments" in preview.summary.text()

    imported = []
    wizard.imported.connect(imported.append)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10000)
    assert imported and imported[0].created == 2 and imported[0].enrolled == 2


@pytest.mark.slow
def test_semicolon_file_bad_rows_in_korean(qtbot, qapp, ctx, school, tmp_path):
    """A bad row of a semicolon file is highlighted on its line with a Korean message that
    carries the row's values (templates translated, then filled in)."""
    rows = [ROWS[0], ["김영희", "hong@school.kr", "학생", "30002", "1", "1-1"],
            ["박민수", "park@school.kr", "학생", "30003", "십", "1-1"]]
    path = write_roster(tmp_path / "bad.csv", ";", rows)
    i18n.install_language("ko", qapp)
    try:
        wizard = run_wizard(qtbot, ctx, path)
        wizard.next()
        preview = wizard.preview_page
        qtbot.waitUntil(lambda: preview.errors.toPlainText() != "", timeout=10000)
        assert not preview.isComplete()
        assert preview.model.error_rows() == [1, 2]                # file lines 3 and 4
        text = preview.errors.toPlainText().splitlines()
        assert text == ["3행: 중복된 이메일 hong@school.kr (2번째 줄에도 있음).",
                        "4행: 올바른 학년이 아닙니다: '십' (1부터 6까지의 숫자를 입력하세요)."]
        problem = preview.model.index(1, preview.model.columnCount() - 1).data()
        assert "hong@school.kr" in problem and "2번째 줄" in problem
        preview.view.resizeColumnsToContents()
        shot = tmp_path / "roster_preview_ko.png"
        assert wizard.grab().save(str(shot)) and shot.stat().st_size > 0
    finally:
        i18n.install_language("en", qapp)
