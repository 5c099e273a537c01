"""Every grade box of the staff screens follows the school's level (issue 15): a high school
(고) offers 1–3학년, an elementary school (초) 1–6학년, named "1학년", never a bare "1"; an
item's curriculum grade shows as "고1", never "10", and the item editor keeps it on save (its
0–6 spin box turned a 고1 item into grade 6 before). Signed in through the client role."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox

from dreamseed_desktop.ui.screens.classes.screen import ClassDialog
from dreamseed_desktop.ui.screens.enrollment.screen import EnrollmentScreen
from dreamseed_desktop.ui.screens.items.editor import ItemEditor
from dreamseed_desktop.ui.screens.items.screen import ItemsScreen
from dreamseed_desktop.ui.screens.people.person_dialog import PersonDialog
from dreamseed_desktop.ui.screens.people.screen import PeopleScreen
from dreamseed_desktop.ui.screens.stats.screen import StatsScreen
from tests.fixtures.school import Roster


def offered(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def grade_boxes(qtbot, ctx, keep: list) -> dict[str, QComboBox | QSpinBox]:  # type: ignore[no-untyped-def]
    """Every grade box a staff member meets, once the school's level has been read (``keep``
    holds the screens and dialogs: qtbot only keeps weak references)."""
    boxes: dict[str, QComboBox | QSpinBox] = {}
    widgets = []
    if ctx.is_admin:
        people = PeopleScreen(ctx)
        person = PersonDialog(ctx)
        widgets += [people, person]
        boxes["people filter"] = people.grade_filter
        boxes["person dialog"] = person.field("grade")
    enrollment = EnrollmentScreen(ctx)
    klass = ClassDialog(ctx, None, [])
    stats = StatsScreen(ctx)
    widgets += [enrollment, klass, stats]
    boxes["enrollment (class)"] = enrollment.enrolled_grade
    boxes["enrollment (students)"] = enrollment.available_grade
    boxes["class dialog"] = klass.field("grade")
    boxes["statistics"] = stats.classes_tab.grade_box
    for widget in widgets:
        qtbot.addWidget(widget)
    keep += widgets
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20000)
    QApplication.processEvents()
    return boxes


@pytest.mark.parametrize("who", ["admin", "teacher"])
def test_a_high_school_offers_grades_1_to_3(qtbot, korean, ctx_for, school: Roster, who) -> None:
    ctx = ctx_for(school.admin_email if who == "admin" else school.teacher_email)
    keep: list[object] = []
    boxes = grade_boxes(qtbot, ctx, keep)
    assert len(boxes) == (6 if who == "admin" else 4)
    for where, box in boxes.items():
        if isinstance(box, QSpinBox):
            assert (box.minimum(), box.maximum()) == (1, 3), where
        else:
            assert offered(box) == ["전체 학년", "1학년", "2학년", "3학년"], where


def test_an_elementary_school_offers_grades_1_to_6_and_a_kept_choice_survives(
        qtbot, korean, ctx_for, school: Roster) -> None:
    ctx = ctx_for(school.admin_email)
    org = ctx.services.organizations.get(school.org_id)
    ctx.services.organizations.update(school.org_id, org.version, school_level="elementary")
    keep: list[object] = []
    boxes = grade_boxes(qtbot, ctx, keep)
    for where, box in boxes.items():
        if isinstance(box, QSpinBox):
            assert box.maximum() == 6, where
        else:
            assert offered(box)[1:] == [f"{g}학년" for g in range(1, 7)], where
    # a school that becomes a middle school again: the list shrinks, a grade still offered stays
    people = boxes["people filter"]
    assert isinstance(people, QComboBox)
    people.setCurrentIndex(people.findData(2))
    from dreamseed_desktop.ui.common.grades import fill_grade_combo

    fill_grade_combo(people, 3, "전체 학년")
    assert people.currentData() == 2 and people.count() == 4


def test_item_grades_are_curriculum_grades_kept_by_the_editor(qtbot, korean, ctx_for, school: Roster) -> None:
    """A 고1 item (curriculum grade 10) reads "고1" in the bank and in the editor; saving it
    from the editor keeps grade 10 (the old 0–6 spin box saved 6)."""
    from dreamseed_desktop.services.items.rules import ItemInput

    ctx = ctx_for(school.admin_email)
    items = ctx.services.items
    item = items.create(ItemInput(code="M-G10-1", subject="math", stem="1 + 1 = ?", choices=("1", "2"),
                                  key=2, a=1.0, b=0.0, c=0.0, model="3PL", grade=10, strand=None))
    screen = ItemsScreen(ctx)
    qtbot.addWidget(screen)
    filter_texts = offered(screen.grade)
    assert filter_texts[0] == "전체 학년"
    assert filter_texts[1:] == ([f"초{g}" for g in range(1, 7)] + [f"중{g}" for g in range(1, 4)]
                                + [f"고{g}" for g in range(1, 4)])
    screen.grade.setCurrentIndex(screen.grade.findData(10))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=20000)
    grade_col = next(c for c in range(screen.model.columnCount())
                     if screen.model.headerData(c, Qt.Orientation.Horizontal) == "학년")
    assert screen.model.index(0, grade_col).data() == "고1"
    editor = ItemEditor(ctx, item.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.code.text() == "M-G10-1", timeout=20000)
    assert editor.grade.currentText() == "고1" and editor.grade.currentData() == 10
    assert editor.draft().grade == 10
