"""Subjects screen (admins) and the school's subject names on the other screens, in Korean."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from dreamseed_desktop.ui.screens.classes.screen import ClassDialog, ClassesScreen
from dreamseed_desktop.ui.screens.subjects.screen import NameDialog, SubjectsScreen
from dreamseed_desktop.ui.subject_names import (
    current_catalog,
    load_subject_names,
    strand_label,
    subject_label,
)


def names_loaded(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(ctx.events.subjects_changed):
        load_subject_names(ctx)


@pytest.mark.slow
def test_admin_adds_renames_and_retires_and_every_screen_follows(qtbot, qtmodeltester, korean, ctx,
                                                                 school, answer_yes) -> None:
    names_loaded(qtbot, ctx)
    assert subject_label("math") == "수학" and strand_label("math", "algebra") == "대수"
    screen = SubjectsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 13)
    qtmodeltester.check(screen.model)
    assert [screen.model.rows()[i].name_ko for i in range(5)] == ["국어", "수학", "영어", "사회", "과학"]
    assert screen.status.text() == "과목 13개"
    screen.select_rows([1])
    assert [s.name_ko for s in screen.strand_model.rows()] == ["대수", "함수", "기하", "확률과 통계"]
    assert screen.strand_title.text() == "수학 영역"

    # a new subject through the dialog; a bad code is shown next to the field, nothing saved
    bad = NameDialog("새 과목", ctx, None, lambda v: ctx.services.subjects.create(
        v["code"], v["name_ko"], v["name_en"], sort_order=v["sort_order"]), screen)
    qtbot.addWidget(bad)
    bad.field("code").setText("물 리")
    bad.field("name_ko").setText("물리")
    bad.field("name_en").setText("Physics")
    bad.submit()
    qtbot.waitUntil(lambda: bad.field_error("code") != "")
    assert "공백 없이" in bad.field_error("code")
    screen.create_subject()
    dialog = next(w for w in screen.findChildren(NameDialog) if w.isVisible())
    dialog.field("code").setText("physics")
    dialog.field("name_ko").setText("물리학")
    dialog.field("name_en").setText("Physics")
    with qtbot.waitSignal(ctx.events.subjects_changed):
        dialog.submit()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 14)
    assert subject_label("physics") == "물리학"

    # the class dialog offers it by name (codes are stored)
    classes = ClassesScreen(ctx)
    qtbot.addWidget(classes)
    form = ClassDialog(ctx, None, [], classes)
    qtbot.addWidget(form)
    box = form.field("subject")
    assert isinstance(box, QComboBox)
    offered = [box.itemText(i) for i in range(box.count())]
    assert offered[:3] == ["(없음)", "국어", "수학"] and "물리학" in offered
    assert box.itemData(offered.index("물리학")) == "physics"

    # retire it: still named, no longer offered
    row = next(i for i in range(screen.proxy.rowCount()) if screen.proxy.dto_at(i).code == "physics")
    screen.select_rows([row])
    with qtbot.waitSignal(ctx.events.subjects_changed):
        screen.toggle_subject()
    assert answer_yes and "물리학" in answer_yes[0]
    assert subject_label("physics") == "물리학"
    assert "physics" not in [s.code for s in current_catalog().active()]
    form2 = ClassDialog(ctx, None, [], classes)
    qtbot.addWidget(form2)
    box2 = form2.field("subject")
    assert isinstance(box2, QComboBox)
    assert "물리학" not in [box2.itemText(i) for i in range(box2.count())]


@pytest.mark.slow
def test_classes_show_the_schools_names(qtbot, korean, ctx, school) -> None:
    ctx.services.classes.create("1-2", 1, subject="math", organization_id=school.org_id)
    screen = ClassesScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 1)
    names_loaded(qtbot, ctx)
    headers = [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(screen.model.columnCount())]
    column = headers.index("과목")
    row = next(r for r in range(screen.model.rowCount()) if screen.model.rows()[r].name == "1-2")
    qtbot.waitUntil(lambda: screen.model.index(row, column).data() == "수학")
