"""Roster editor (bulk enroll/unenroll, Already enrolled) and the roster CSV import wizard."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from dreamseed_desktop.services.core.errors import NotFound
from dreamseed_desktop.ui.screens.enrollment.import_wizard import RosterImportWizard
from dreamseed_desktop.ui.screens.enrollment.screen import EnrollmentScreen


def wait_idle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=10000)


def open_screen(qtbot, ctx, school) -> EnrollmentScreen:
    screen = EnrollmentScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.class_id() == school.class_id and screen.enrolled.rowCount() == 2)
    qtbot.waitUntil(lambda: screen.available.total == 4)
    wait_idle(qtbot, ctx)
    return screen


def select(view, rows) -> None:
    from PySide6.QtCore import QItemSelectionModel

    sel = view.selectionModel()
    sel.clearSelection()
    for row in rows:
        sel.select(view.model().index(row, 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_bulk_enroll_unenroll_and_filters(qtbot, qtmodeltester, ctx, school, answer_yes):
    screen = open_screen(qtbot, ctx, school)
    qtmodeltester.check(screen.enrolled)
    qtmodeltester.check(screen.enrolled_proxy)
    qtmodeltester.check(screen.available)
    assert "(4)" in screen.right_box.title()

    select(screen.available_view, [0, 1, 2])
    with qtbot.waitSignal(ctx.events.enrollment_changed) as blocker:
        screen.enroll_button.click()
    assert blocker.args == [school.class_id]
    qtbot.waitUntil(lambda: screen.enrolled.rowCount() == 5 and screen.available.total == 1)
    assert "3 students enrolled" in screen.status.text()

    screen.enrolled_grade.setCurrentIndex(screen.enrolled_grade.findData(2))
    grades = {screen.enrolled_proxy.dto_at(r).grade for r in range(screen.enrolled_proxy.rowCount())}
    assert grades == {2}
    screen.enrolled_grade.setCurrentIndex(0)
    screen.enrolled_filter.setText("학생01")
    assert screen.enrolled_proxy.rowCount() == 1
    screen.enrolled_filter.clear()

    select(screen.enrolled_view, [0, 1])
    with qtbot.waitSignal(ctx.events.enrollment_changed):
        screen.unenroll_button.click()
    assert "2 students" in answer_yes[-1]
    qtbot.waitUntil(lambda: screen.enrolled.rowCount() == 3 and screen.available.total == 3)

    screen.available_filter.setText("학생0")
    qtbot.waitUntil(lambda: screen.available.total == 3)
    screen.available_grade.setCurrentIndex(screen.available_grade.findData(3))
    qtbot.waitUntil(lambda: all(screen.available.row_at(r).grade == 3
                                for r in range(screen.available.rowCount())))


def test_already_enrolled_offers_the_rest(qtbot, ctx, school, answer_yes):
    screen = open_screen(qtbot, ctx, school)
    chosen = [screen.available.row_at(r).student_id for r in (0, 1)]
    ctx.services.enrollment.enroll(chosen[0], school.class_id)   # someone else was faster
    select(screen.available_view, [0, 1])
    menu_entry = screen.available_view.actions()[0]          # right-click "Enroll selected"
    with qtbot.waitSignal(ctx.events.enrollment_changed):
        menu_entry.trigger()
    assert "Enroll the other 1" in answer_yes[0]
    qtbot.waitUntil(lambda: screen.enrolled.rowCount() == 4)
    assert {s.student_id for s in screen.enrolled.rows()} >= set(chosen)


def test_export_roster(qtbot, ctx, school, tmp_path):
    screen = open_screen(qtbot, ctx, school)
    target = tmp_path / "roster.csv"
    screen.export_to(school.class_id, target)
    qtbot.waitUntil(lambda: target.exists() and "Exported" in screen.status.text())
    text = target.read_bytes().decode("utf-8-sig")
    assert "학생01" in text and "학생02" in text


GOOD = ("이름,이메일,학번,학년,반\n"
        "홍길동,hong@school.kr,10001,1,1-1\n"
        "성춘향,chun@school.kr,10002,1,1-1\n")
BAD = ("name,email,student_number,grade\n"
       "좋은학생,good@school.kr,20001,2\n"
       "나쁜학년,bad1@school.kr,20002,15\n"
       ",noname@school.kr,20003,1\n")


def run_wizard(qtbot, ctx, path: Path) -> RosterImportWizard:
    wizard = RosterImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def test_wizard_good_utf8_file(qtbot, qtmodeltester, ctx, school, tmp_path):
    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8-sig")
    wizard = run_wizard(qtbot, ctx, path)
    assert wizard.mapping_page.encoding_label.text() == "UTF-8-SIG"
    assert wizard.mapping()["student_number"] == "학번"
    imported = []
    wizard.imported.connect(imported.append)
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(page.isComplete, timeout=10000)
    qtmodeltester.check(page.model)
    assert "2 new" in page.summary.text()
    wizard.next()                                   # commit page: runs the import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10000)
    assert imported and imported[0].created == 2 and imported[0].enrolled == 2
    assert "Created: 2" in wizard.summary_page.label.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    # the new students got initial passwords; the sheet lists them (and says so once)
    assert "2 new students got an initial password" in wizard.summary_page.passwords.text()
    assert wizard.summary_page.sheet_button.isVisible()
    rows = wizard.summary_page.sheet_rows()
    assert sorted((r.name, r.student_number, r.class_label) for r in rows) == [
        ("성춘향", "10002", "Grade 1"), ("홍길동", "10001", "Grade 1")]
    assert all(len(r.password) == 11 for r in rows)
    sheet = tmp_path / "sheet.pdf"
    assert wizard.summary_page.save_sheet(str(sheet)) == 1 and sheet.stat().st_size > 1000


@pytest.mark.slow
def test_wizard_cp949_file_detected(qtbot, ctx, school, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(GOOD.encode("cp949"))
    wizard = run_wizard(qtbot, ctx, path)
    assert wizard.mapping_page.encoding_label.text() == "CP949"
    assert wizard.mapping_page.isComplete()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)
    assert wizard.preview_page.model.index(0, 1).data() == "홍길동"


@pytest.mark.slow
def test_wizard_bad_rows_highlighted_nothing_imported(qtbot, ctx, school, tmp_path):
    from PySide6.QtCore import Qt

    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    wizard = run_wizard(qtbot, ctx, path)
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: "problems" in page.summary.text(), timeout=10000)
    assert not page.isComplete()
    assert page.model.error_rows() == [1, 2]        # file lines 3 and 4
    bad = page.model.index(1, 0)
    assert page.model.data(bad, Qt.ItemDataRole.BackgroundRole) is not None
    assert "Row 3" in page.errors.toPlainText() and "Row 4" in page.errors.toPlainText()
    assert page.model.index(0, page.model.columnCount() - 1).data() == ""
    with pytest.raises(NotFound, match="Nobody"):   # no row was imported: the file had errors
        ctx.services.people.get_by_email("good@school.kr")
