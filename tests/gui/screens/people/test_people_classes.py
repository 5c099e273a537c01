"""People (lazy paged model) and classes: model checks, dialogs, validation, deactivate."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dreamseed_desktop.ui.screens.classes.screen import ClassesScreen
from dreamseed_desktop.ui.screens.people.person_dialog import PersonDialog
from dreamseed_desktop.ui.screens.people.screen import PeopleScreen


def wait_idle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=10000)


@pytest.mark.slow
def test_people_paging_search_and_filters(qtbot, qtmodeltester, ctx, school):
    people = ctx.services.people
    for i in range(30):
        people.create_student(f"extra{i}@school.kr", f"추가학생{i:02d}", 2,
                              student_number=f"9{i:04d}", organization_id=school.org_id)
    screen = PeopleScreen(ctx)
    screen.model._page_size = 10
    pages: list[int] = []                           # rows held after each page arrives
    screen.model.page_loaded.connect(pages.append)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.total == 38)
    assert pages[0] == 10                           # the first round trip brought one page
    # the shown view may already have asked for the next page: wait for it before checking
    qtbot.waitUntil(lambda: not screen.model.is_loading())
    assert screen.model.rowCount() == 38 or screen.model.canFetchMore()
    qtmodeltester.check(screen.model)       # the tester calls fetchMore too
    while screen.model.canFetchMore() or screen.model.is_loading():
        screen.model.fetchMore()
        qtbot.waitUntil(lambda: not screen.model.is_loading())
    rows = screen.model.rows()
    assert len(rows) == 38 and len({p.id for p in rows}) == 38       # keyset pages, no repeats
    assert [p.name for p in rows] == sorted(p.name for p in rows)
    assert "38 of 38" in screen.status.text()

    screen.search.setText("추가학생")
    qtbot.waitUntil(lambda: screen.model.total == 30 and not screen.model.is_loading())
    narrowed = []                                   # (rows shown, status) at the moment of narrowing
    screen.model.narrowed.connect(lambda n: narrowed.append(
        (n, [screen.model.row_at(r).name for r in range(n)], screen.status.text())))
    screen.search.setText("추가학생0")              # one more character: shown rows filtered at once
    qtbot.waitUntil(lambda: bool(narrowed))
    count, names, status = narrowed[0]
    assert count == 10 and all("추가학생0" in name for name in names)
    assert status == "Searching…"
    qtbot.waitUntil(lambda: screen.model.total == 10 and not screen.model.is_loading())
    assert "10 of 10" in screen.status.text()
    screen.search.setText("")
    screen.role_filter.setCurrentIndex(screen.role_filter.findData("teacher"))
    qtbot.waitUntil(lambda: screen.model.total == 1)
    assert screen.model.row_at(0).email == "kim@school.kr"


@pytest.mark.slow
def test_person_dialog_create_validation_edit(qtbot, ctx, school):
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.field("name").setText("새학생")
    dialog.field("email").setText("s1@school.kr")          # already used
    dialog.field("password").setText("short")
    dialog.submit()
    assert "at least 8" in dialog.field_error("password")   # checked before any round trip
    dialog.field("password").setText("long enough pw")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.field_error("email") != "")
    assert "already used" in dialog.field_error("email")
    dialog.field("email").setText("new@school.kr")
    dialog.field("grade").setValue(3)
    with qtbot.waitSignal(dialog.saved):
        dialog.submit()
    created = dialog.result_value
    assert (created.role, created.grade, created.has_password) == ("student", 3, True)

    edit = PersonDialog(ctx, created)
    qtbot.addWidget(edit)
    assert not edit.role_box.isEnabled()
    assert edit.field("grade").maximum() == 6            # 학년 as schools count them
    edit.field("grade").setValue(2)
    edit.field("class_no").setValue(4)
    edit.field("seat_no").setValue(17)
    edit.field("student_number").setText("00777")
    with qtbot.waitSignal(edit.saved):
        edit.submit()
    saved = edit.result_value
    assert (saved.grade, saved.class_no, saved.seat_no, saved.student_number) == (2, 4, 17, "00777")

    teacher = PersonDialog(ctx)
    qtbot.addWidget(teacher)
    teacher.role_box.setCurrentIndex(teacher.role_box.findData("teacher"))
    assert "grade" not in teacher.values() and "subject" in teacher.values()


@pytest.mark.slow
def test_deactivate_and_reactivate_selection(qtbot, ctx, school, answer_yes):
    screen = PeopleScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.role_filter.setCurrentIndex(screen.role_filter.findData("student"))
    qtbot.waitUntil(lambda: screen.model.total == 6)
    wait_idle(qtbot, ctx)
    screen.select_rows([0, 1])
    assert screen.findChild(object, "deactivateButton").isEnabled()
    assert not screen.findChild(object, "editButton").isEnabled()   # single row only
    with qtbot.waitSignal(ctx.events.people_changed):
        screen.deactivate()
    assert "Deactivate 2 people?" in answer_yes[0]
    qtbot.waitUntil(lambda: screen.model.total == 4)                 # deactivated are hidden
    screen.show_inactive.setChecked(True)
    qtbot.waitUntil(lambda: screen.model.total == 6)
    wait_idle(qtbot, ctx)
    inactive = [r for r in range(screen.model.rowCount()) if not screen.model.row_at(r).is_active]
    assert len(inactive) == 2
    screen.select_rows(inactive)
    with qtbot.waitSignal(ctx.events.people_changed):
        screen.reactivate()
    qtbot.waitUntil(lambda: all(screen.model.row_at(r).is_active for r in range(screen.model.rowCount())))


@pytest.mark.slow
def test_classes_create_edit_delete_and_roster_signal(qtbot, qtmodeltester, ctx, school, answer_yes):
    screen = ClassesScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    wait_idle(qtbot, ctx)
    qtmodeltester.check(screen.model)
    dialog = screen.dialog_for(None)
    qtbot.addWidget(dialog)
    dialog.field("name").setText("1-1")                      # duplicate in this school year
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.field_error("name") != "")
    dialog.field("name").setText("2-3")
    dialog.field("grade").setValue(2)
    dialog.teacher_box.setCurrentIndex(dialog.teacher_box.findData(school.teacher_id))
    with qtbot.waitSignal(dialog.saved):
        dialog.submit()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    row = screen.model.find_row(dialog.result_value.id)
    assert screen.model.row_at(row).teacher_name == "김선생"

    proxy_row = next(r for r in range(screen.proxy.rowCount()) if screen.proxy.dto_at(r).name == "1-1")
    screen.select_rows([proxy_row])
    with qtbot.waitSignal(ctx.events.open_class_requested) as blocker:
        screen.open_roster()
    assert blocker.args == [school.class_id]
    screen.delete()                                            # has students: refused
    qtbot.waitUntil(lambda: screen.findChild(object, "failureBox") is not None)
    refused = screen.findChild(object, "failureBox")
    assert "still has 2 students" in refused.text()
    assert refused.windowTitle() == "Could not complete"       # not "Changed by someone else"
    assert screen.model.rowCount() == 2


@pytest.mark.slow
def test_export_school_roster(qtbot, ctx, school, tmp_path):
    screen = PeopleScreen(ctx)
    qtbot.addWidget(screen)
    # a user exports a list they can see: the first page's count would otherwise overwrite
    # the export message in the shared status line
    qtbot.waitUntil(lambda: bool(screen.status.text()) and not screen.model.is_loading())
    target = tmp_path / "school.csv"
    screen.export_to(target)
    qtbot.waitUntil(lambda: "Exported to" in screen.status.text())
    text = target.read_bytes().decode("utf-8-sig")
    assert "김선생" in text and "학생06" in text


def test_person_dialog_student_without_email(qtbot, ctx, school):
    """A student may be saved without an email (the 학번 from 반/번호 is their sign-in); a
    teacher may not, and is told so before any round trip."""
    teacher = PersonDialog(ctx)
    qtbot.addWidget(teacher)
    teacher.role_box.setCurrentIndex(teacher.role_box.findData("teacher"))
    teacher.field("name").setText("새선생")
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())   # the school's level (the grade box's range)
    teacher.submit()
    assert "email" in teacher.field_error("email").lower()
    assert not ctx.runner.is_busy()
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    assert "student number" in dialog.field("email").placeholderText()
    dialog.field("name").setText("이메일없음")
    dialog.field("grade").setValue(2)
    dialog.field("class_no").setValue(3)
    dialog.field("seat_no").setValue(7)
    dialog.field("password").setText("long enough pw")
    with qtbot.waitSignal(dialog.saved):
        dialog.submit()
    created = dialog.result_value
    assert (created.email, created.student_number, created.has_password) == (None, "20307", True)
    screen = PeopleScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.search.setText("20307")
    qtbot.waitUntil(lambda: screen.model.total == 1 and not screen.model.is_loading())
    assert screen.model.row_at(0).name == "이메일없음"
    email_col = [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in
                 range(screen.model.columnCount())].index("Email")
    assert screen.model.index(0, email_col).data() == ""


def test_new_initial_passwords_for_a_selection(qtbot, ctx, school, answer_yes, monkeypatch, tmp_path,
                                               connect_as):
    """An admin selects students on the people screen, gives them new initial passwords and
    gets the printable sheet; the new passwords work (and must be changed), the old do not."""
    import pypdf

    from dreamseed_desktop.services.core.auth import AuthService
    from dreamseed_desktop.services.core.errors import PermissionDenied

    people = ctx.services.people
    a = people.create_student(None, "가나다", 2, class_no=1, seat_no=1, password="old password 1")
    b = people.create_student(None, "라마바", 2, class_no=3, seat_no=2, password="old password 1")
    screen = PeopleScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.search.setText("2")                      # 학번 20101 and 20302 (and others with a 2)
    qtbot.waitUntil(lambda: not screen.model.is_loading() and screen.model.find_row(a.id) >= 0
                    and screen.model.find_row(b.id) >= 0)
    screen.select_rows([screen.model.find_row(a.id), screen.model.find_row(b.id)])
    sheet = tmp_path / "sheet.pdf"
    monkeypatch.setattr("dreamseed_desktop.ui.screens.people.screen.QFileDialog.getSaveFileName",
                        lambda *_a, **_k: (str(sheet), ""))
    screen.reset_passwords()
    assert answer_yes and "Give 2 people" in answer_yes[0]
    qtbot.waitUntil(lambda: sheet.exists() and "sheet saved" in screen.status.text())
    pages = [page.extract_text() for page in pypdf.PdfReader(str(sheet)).pages]
    assert len(pages) == 2                           # one page per class
    found = {}
    for text, (who, number) in zip(pages, ((a, "20101"), (b, "20302")), strict=True):
        assert who.name in text and number in text
        words = text.split()                         # table row: 번호, 이름, 학번, initial password
        found[number] = words[words.index(number) + 1]
    for number, password in found.items():
        identity = AuthService(connect_as(None)).login(number, password)
        assert identity.must_change_password
        with pytest.raises(PermissionDenied):
            AuthService(connect_as(None)).login(number, "old password 1")
