"""Issue 17: the roster wizard with UTF-16 ("Unicode text" from Excel) and with a CP949 file whose
bytes are also valid UTF-8 — previewed, committed, and the stored names checked."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from tests.gui.screens.enrollment.test_enrollment import run_wizard

HEADER = ["name", "email", "student_number", "grade", "class"]


def _text(names: list[str], sep: str) -> str:
    rows = [sep.join(HEADER)] + [sep.join([n, f"w{i}@school.kr", f"4{i:04d}", "1", "1-1"])
                                 for i, n in enumerate(names)]
    return "\r\n".join(rows) + "\r\n"


def _commit(qtbot, wizard):  # type: ignore[no-untyped-def]
    imported = []
    wizard.imported.connect(imported.append)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)
    preview_names = [wizard.preview_page.model.index(r, 1).data()
                     for r in range(wizard.preview_page.model.rowCount())]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10000)
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    return preview_names, imported


@pytest.mark.slow
def test_utf16_unicode_text_end_to_end(qtbot, ctx, school, tmp_path) -> None:
    names = ["홍길동", "김영희"]
    path = tmp_path / "unicode.txt"
    path.write_bytes(_text(names, "\t").encode("utf-16"))
    wizard = run_wizard(qtbot, ctx, path)
    assert wizard.mapping_page.encoding_label.text() == "UTF-16"
    assert wizard.mapping_page.isComplete() and not wizard.mapping_page.error.text()
    preview, imported = _commit(qtbot, wizard)
    assert preview == names
    assert imported and imported[0].created == 2
    assert [ctx.services.people.get_by_email(f"w{i}@school.kr").name for i in range(2)] == names


@pytest.mark.slow
def test_cp949_valid_as_utf8_is_read_as_cp949_and_ambiguity_asks(qtbot, ctx, school, tmp_path) -> None:
    names = ["채창천", "홍치호"]                  # CP949 bytes that are also valid UTF-8
    path = tmp_path / "excel.csv"
    path.write_bytes(_text(names, ",").encode("cp949"))
    wizard = run_wizard(qtbot, ctx, path)
    assert wizard.mapping_page.encoding_label.text() == "CP949"
    preview, imported = _commit(qtbot, wizard)
    assert preview == names and imported[0].created == 2

    mixed = tmp_path / "mixed.csv"               # undecidable: the wizard asks, the user chooses
    mixed.write_bytes(_text(["채창천", "Mia채"], ",").replace("w0@", "m0@").replace("w1@", "m1@")
                      .replace(",4000", ",5000")
                      .encode("cp949"))
    wizard2 = run_wizard(qtbot, ctx, mixed)
    page = wizard2.mapping_page
    assert "can be read as UTF-8 or as CP949" in page.error.text() and not page.isComplete()
    page.encoding_box.setCurrentIndex(page.encoding_box.findData("cp949"))
    assert page.encoding_label.text() == "CP949" and page.isComplete()
    preview2, imported2 = _commit(qtbot, wizard2)
    assert preview2 == ["채창천", "Mia채"] and imported2[0].created == 2
