"""Item editor with qtbot, as real users through the client role: a teacher writes a math item
with a fraction, a root and a graph picture, the live preview (the test window itself) draws
them, the teacher submits it; the admin approves it; editing it after a student was shown it
makes a new version."""
from __future__ import annotations

import psycopg
from PySide6.QtCore import QRect

from dreamseed_desktop.ui.screens.items.editor import ItemEditor
from tests.fixtures.school import Roster
from tests.gui.exam_window.test_item_content_render import GRAPH_SVG, ink, red

STEM = "함수 $y = x^2$ 의 그래프에서 $\\frac{1}{2} + \\sqrt{x} = 2$ 일 때 x는?"
CHOICES = ("$\\frac{9}{4}$", "$2$", "$\\sqrt{3}$", "4")


def fill(qtbot, editor: ItemEditor) -> None:
    qtbot.waitUntil(lambda: editor.subject.findData("math") >= 0)
    editor.code.setText("M-EDIT-1")
    editor.subject.setCurrentIndex(editor.subject.findData("math"))
    editor.grade.setCurrentIndex(editor.grade.findData(1))
    editor.stem.setPlainText(STEM + "\n")
    for edit, text in zip(editor.choices, CHOICES):
        edit.setText(text)
    editor.key.setCurrentIndex(0)
    editor.stem.moveCursor(editor.stem.textCursor().MoveOperation.End)
    editor.add_picture(GRAPH_SVG, editor.stem, alt="y = x^2 의 그래프")
    qtbot.waitUntil(lambda: "asset:" in editor.stem.toPlainText())


def test_teacher_writes_previews_submits_and_admin_approves(qtbot, ctx_for, school: Roster,
                                                            db_url: str) -> None:
    teacher = ctx_for(school.teacher_email)
    editor = ItemEditor(teacher)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.publish_button.isVisible() and editor.review_button.isVisible()
    fill(qtbot, editor)
    # the preview is the test window at 1366x768: the graph (red curve) and the formulas are drawn
    editor.update_preview()
    shot = editor.preview.shot.toImage()
    assert (shot.width(), shot.height()) == (1366, 768)
    assert red(shot) > 100
    assert ink(shot, QRect(0, 60, 1366, 60)) > 600            # the question's line with its formulas
    assert ink(shot, QRect(0, 320, 1366, 270)) > 300          # the four choices (three with formulas)
    editor.size_box.setCurrentIndex(1)
    editor.update_preview()
    assert editor.preview.shot.size().width() == 1920

    editor.review_button.click()
    qtbot.waitUntil(lambda: "In review" in editor.status.text())
    item_id = editor.item_id
    assert item_id is not None

    admin = ctx_for(school.admin_email)
    review = ItemEditor(admin, item_id)
    qtbot.addWidget(review)
    review.show()
    qtbot.waitUntil(lambda: review.stem.toPlainText().startswith("함수"))
    assert review.approve_button.isVisible() and review.key.currentData() == 1
    review.approve_button.click()
    qtbot.waitUntil(lambda: "Approved" in review.status.text())
    item = admin.services.items.get(item_id)
    assert (item.status, item.key, item.content_version) == ("active", 1, 1)

    # a student was shown version 1: the admin's next edit is version 2, version 1 stays as shown
    with psycopg.connect(db_url) as owner:
        exam = owner.execute("INSERT INTO exams (class_id, title, subject) VALUES (%s, 'q', 'math') RETURNING id",
                             (school.class_id,)).fetchone()[0]
        session = owner.execute(
            "INSERT INTO exam_sessions (student_id, class_id, exam_id, exam_type, status) "
            "VALUES (%s, %s, %s, 'formative', 'in_progress') RETURNING id",
            (school.student_ids[0], school.class_id, exam)).fetchone()[0]
        owner.execute("INSERT INTO exam.shown_items (session_id, seq, item_id, content_version) VALUES (%s, 1, %s, 1)",
                      (session, item_id))
    qtbot.waitUntil(lambda: review.row_version == item.version)
    review.choices[3].setText("$4$")
    review.publish_button.click()
    qtbot.waitUntil(lambda: "new version" in review.status.text())
    # the message stays when the editor reloads the saved item
    qtbot.waitUntil(lambda: review.loaded is not None and review.loaded.version == 2)
    assert "new version" in review.status.text()
    versions = admin.services.item_authoring.versions(item_id)
    assert [(v.version, v.status) for v in versions] == [(2, "approved"), (1, "superseded")]
    assert versions[1].choices[3] == "4" and versions[0].choices[3] == "$4$"


def test_bad_input_gets_a_message_and_saves_nothing(qtbot, ctx_for, school: Roster, monkeypatch) -> None:
    teacher = ctx_for(school.teacher_email)
    editor = ItemEditor(teacher)
    qtbot.addWidget(editor)
    editor.show()
    fill(qtbot, editor)
    shown: list[str] = []
    monkeypatch.setattr("dreamseed_desktop.ui.common.messages.show_failure",
                        lambda _parent, failure: shown.append(failure.message))
    editor.stem.setPlainText("$\\frac{1}{$ 깨진 수식")
    editor.draft_button.click()
    qtbot.waitUntil(lambda: bool(shown))
    assert "cannot be drawn" in shown[0] and editor.item_id is None
    assert teacher.services.items.list(search="M-EDIT-1").total == 0


def test_qti_package_imports_and_exports_through_the_items_screen(qtbot, ctx_for, school: Roster,
                                                                  tmp_path) -> None:
    from dreamseed_desktop.ui.screens.items.screen import ItemsScreen
    from tests.db.items.test_qti import package

    admin = ctx_for(school.admin_email)
    screen = ItemsScreen(admin)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.subject.findData("math") >= 0)        # the school's subjects are loaded
    screen.subject.setCurrentIndex(screen.subject.findData("math"))      # the package names no subject
    path = tmp_path / "tao.zip"
    path.write_bytes(package())
    with qtbot.waitSignal(admin.events.items_changed, timeout=30000):   # emitted after "Imported 2 items"
        screen.import_qti_file(path)
    qtbot.waitUntil(lambda: screen.model.total == 2)
    out = tmp_path / "export.zip"
    screen.export_qti_file(out)
    qtbot.waitUntil(lambda: out.exists() and "Exported" in screen.status.text())
    import zipfile
    assert "items/TAO-MATH-7.xml" in zipfile.ZipFile(out).namelist()


def test_a_closed_editor_leaves_no_window_behind(qtbot, ctx_for, school: Roster) -> None:
    """Each editor drew its preview in a hidden 1366×768 test window; opened from the item bank
    and closed, both stayed alive (and listed as open windows) until the program ended."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from dreamseed_desktop.ui.exam_window.view import ExamWindow
    from dreamseed_desktop.ui.screens.items.screen import ItemsScreen

    screen = ItemsScreen(ctx_for(school.teacher_email))
    qtbot.addWidget(screen)
    screen.show()
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, ExamWindow)}
    for _ in range(2):
        screen.new_item()
        editor = screen.editor
        qtbot.waitUntil(lambda e=editor: e.isVisible())
        editor.reject()
        qtbot.waitUntil(lambda e=editor: not shiboken6.isValid(e))
    qtbot.waitUntil(lambda: {id(w) for w in QApplication.topLevelWidgets()
                             if shiboken6.isValid(w) and isinstance(w, ExamWindow)} <= before)
