"""The exam dialog in plain words (issue 15): presets, the class's subject by default, the
school's subjects by name, a pool of 0 that says what to do, the live pool, the quick
simulation (background, cancellable), jargon only under Advanced, Korean, 1366×768."""
from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import Qt

from dreamseed_desktop.services.exams.admin import EXAM_TEMPLATES
from dreamseed_desktop.ui.screens.exams import create_screen
from dreamseed_desktop.ui.screens.exams.exam_dialog import PRESETS
from tests.fixtures.school import email, seed_school
from tests.gui.test_korean_everywhere import english_words, visible_texts


@pytest.fixture
def opened(qtbot, db_url, ctx_for, korean):  # type: ignore[no-untyped-def]
    school = seed_school(db_url, bank_size=40)
    with psycopg.connect(db_url) as conn:     # an English class, and no English items
        conn.execute("INSERT INTO classes (organization_id, teacher_id, name, subject, grade, school_year) "
                     "VALUES (%s, %s, '8C', 'english', 2, 2026)", (school.org, school.teachers["teacher1"]))
    ctx = ctx_for(email("teacher1"))
    widget = create_screen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.list_pane.model.rowCount() == 1)
    widget.last_dialog = None
    widget.list_pane.new_exam()
    qtbot.waitUntil(lambda: widget.last_dialog is not None and widget.last_dialog.isVisible())
    dialog = widget.last_dialog
    qtbot.waitUntil(lambda: dialog.pool > 0)
    return dialog, school


@pytest.mark.slow
def test_presets_subjects_pool_and_estimate(qtbot, opened) -> None:
    dialog, _school = opened
    # presets by their Korean names, each explained; choosing one sets the design
    assert [dialog.template.itemText(i) for i in range(dialog.template.count())] == \
        ["진단평가", "형성평가", "단원평가", "배치고사"]
    assert "학기나 단원을 시작할 때" in dialog.preset_about.text()
    dialog.template.setCurrentIndex(dialog.template.findData("unit"))
    dialog._apply_template()
    unit = EXAM_TEMPLATES["unit"][1]
    assert (dialog.min_items.value(), dialog.max_items.value()) == (unit.min_items, unit.max_items)
    assert dialog.exam_type.currentText() == "단원평가" and dialog.limit_exposure.isChecked()
    assert dialog.precision.currentText() == "보통"          # SE 0.35, in words
    assert {key for key, _n, _a in PRESETS} == set(EXAM_TEMPLATES)

    # the school's subjects by name; a new exam takes its class's subject (8A: 수학)
    names = [dialog.subject.itemText(i) for i in range(dialog.subject.count())]
    assert names[:3] == ["국어", "수학", "영어"]
    assert dialog.subject.currentText() == "수학" and dialog.subject.currentData() == "math"
    assert dialog.pool_label.text() == "40개 문항"
    strands = [dialog.strands.item(i).text() for i in range(dialog.strands.count())]
    assert strands[:2] == ["대수", "함수"]

    # the pool follows ticked strands live
    dialog.strands.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: dialog.pool < 40)
    assert dialog.draft().strands == ("algebra",)

    # what to expect: a quick simulation in the background, in words
    with qtbot.waitSignal(dialog.estimate.finished, timeout=60000) as done:
        dialog.estimate.run_now()
    assert done.args[0].n_examinees == 300
    text = dialog.estimate.text.text()
    assert "문항을 풉니다" in text and "±" in text and "RMSE" not in text
    dialog.advanced.setChecked(True)                       # the jargon only under Advanced
    assert "RMSE" in dialog.estimate.text.text()

    # cancelling stops the run: its result is never shown
    dialog.estimate.run_now()
    dialog.estimate.stop()
    with qtbot.assertNotEmitted(dialog.estimate.finished, wait=1500):
        pass
    assert "취소" in dialog.estimate.text.text()

    # a class whose subject has no questions: the pool says what to do; saving says why not
    dialog.class_box.setCurrentIndex(dialog.class_box.findText("8C", Qt.MatchFlag.MatchStartsWith))
    assert dialog.subject.currentText() == "영어"
    qtbot.waitUntil(lambda: dialog.pool == 0)
    assert "문항 은행에 아직 영어 문항이 없습니다" in dialog.pool_label.text()
    dialog.title.setText("영어 단원평가")
    dialog.submit()
    qtbot.waitUntil(lambda: "문항이 없습니다" in dialog.error.text())
    assert dialog.isVisible()


@pytest.mark.slow
def test_korean_only_and_fits_a_laptop(qtbot, opened) -> None:
    dialog, school = opened
    data = {"north", "high", "quiz", "a"}
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        dialog.advanced.setChecked(False)
        found = [f"{where}: {text}" for where, text in visible_texts(dialog) if english_words(text, data)]
        assert not found, found
    dialog.advanced.setChecked(True)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.estimator.isVisibleTo(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728, hint        # 768 minus a taskbar
    assert dialog.minimumSizeHint().height() <= 728
