"""Issue 16's "done when", end to end with real users through the client roles: a teacher
writes a math item with a fraction, a root and a graph picture in the editor and previews it,
submits it; the admin approves it; a student's exam delivers it (pictures fetched through the
exam API) and the test window draws it — formula and graph pixels checked."""
from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QRect

from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.ui.exam_window.view import ExamWindow
from dreamseed_desktop.ui.screens.items.editor import ItemEditor
from tests.fixtures.school import School, email
from tests.gui.exam_window.test_item_content_render import GRAPH_SVG, ink, red
from tests.gui.screens.items.test_item_editor import CHOICES, STEM


@pytest.fixture
def school(two_schools: School) -> School:
    return two_schools


def write_item(qtbot, ctx, code: str = "M-E2E-1") -> ItemEditor:
    editor = ItemEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.subject.findData("math") >= 0)
    editor.code.setText(code)
    editor.subject.setCurrentIndex(editor.subject.findData("math"))
    editor.grade.setCurrentIndex(editor.grade.findData(2))
    editor.stem.setPlainText(STEM + "\n")
    for edit, text in zip(editor.choices, CHOICES):
        edit.setText(text)
    editor.key.setCurrentIndex(0)
    editor.stem.moveCursor(editor.stem.textCursor().MoveOperation.End)
    editor.add_picture(GRAPH_SVG, editor.stem, alt="y = x^2 의 그래프")
    qtbot.waitUntil(lambda: "asset:" in editor.stem.toPlainText())
    return editor


@pytest.mark.slow
def test_teacher_writes_admin_approves_student_sees_it(qtbot, ctx_for, connect_as, school: School,
                                                       db_url: str) -> None:
    editor = write_item(qtbot, ctx_for(email("teacher1")))
    editor.update_preview()
    assert red(editor.preview.shot.toImage()) > 100
    editor.review_button.click()
    qtbot.waitUntil(lambda: "In review" in editor.status.text())
    item_id = editor.item_id
    assert item_id is not None

    admin = ctx_for(email("admin"))
    review = ItemEditor(admin, item_id)
    qtbot.addWidget(review)
    review.show()
    qtbot.waitUntil(lambda: review.approve_button.isVisible())
    review.approve_button.click()
    qtbot.waitUntil(lambda: "Approved" in review.status.text())

    with psycopg.connect(db_url) as owner:       # the exam may give only this item
        owner.execute("UPDATE items SET status = 'retired' WHERE id <> %s", (item_id,))
    api = ExamApi(connect_as("student1"))
    state = api.start(school.exams["quiz_a"])
    item = api.next_item(state.session_id)
    assert item is not None and item.item_id == item_id and item.content_version == 1
    assert [p.media_type for p in item.media.pictures] == ["image/svg+xml"]

    window = ExamWindow("수학", kiosk=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_item(item, item.seq)
    qtbot.waitUntil(lambda: window.item_page.stem.height() > 150)
    shot = window.grab().toImage()
    assert red(shot) > 100                                     # the graph
    assert ink(shot, QRect(0, 60, 1366, 60)) > 600              # the question line with its formulas
    assert ink(window.item_page.buttons[0].grab().toImage()) > 100       # ① 9/4 drawn as a fraction
