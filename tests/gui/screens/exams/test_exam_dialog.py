"""Exam dialog (qtbot) on the embedded database: field errors, edit with version, templates."""
from __future__ import annotations

import pytest

from dreamseed_desktop.services.exams.admin import EXAM_TEMPLATES, ExamDraft
from dreamseed_desktop.ui.screens.exams import create_screen
from dreamseed_desktop.ui.screens.exams.exam_dialog import parse_targets
from tests.fixtures.school import email, seed_school


@pytest.fixture
def screen(qtbot, db_url, ctx_for):  # type: ignore[no-untyped-def]
    """The exams screen of North High's admin (signed in), with its two exams listed."""
    school = seed_school(db_url, bank_size=12)
    widget = create_screen(ctx_for(email("admin")))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.list_pane.model.rowCount() == 2, timeout=10000)
    return widget, school


def _open(qtbot, widget, action):  # type: ignore[no-untyped-def]
    widget.last_dialog = None
    action()
    qtbot.waitUntil(lambda: widget.last_dialog is not None and widget.last_dialog.isVisible(),
                    timeout=10000)
    return widget.last_dialog


@pytest.mark.slow
def test_field_errors_and_edit(qtbot, screen) -> None:
    widget, school = screen
    dialog = _open(qtbot, widget, widget.list_pane.new_exam)
    dialog.subject.setCurrentText("math")
    dialog.submit()                                   # no title
    assert dialog.error.text() == "Please enter a title."
    assert dialog.tabs.currentIndex() == 0
    dialog.title.setText("단원평가")
    dialog.submit()                                   # standard template: max 30 > pool of 12
    qtbot.waitUntil(lambda: "fewer items" in dialog.error.text(), timeout=10000)
    assert dialog.tabs.currentIndex() == 1          # the CAT tab, where max items lives
    dialog.max_items.setValue(12)
    dialog.min_items.setValue(4)
    dialog.targets.setText("algebra=0.7, geometry=0.3")
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.submit()
    exam = saved.args[0]
    assert exam.cat_config.content_key == "strand"
    assert dict(exam.cat_config.content_targets) == {"algebra": 0.7, "geometry": 0.3}
    assert exam.cat_config.max_items == 12 and exam.confirm_answers and not exam.has_quit_password
    qtbot.waitUntil(lambda: widget.list_pane.model.rowCount() == 3, timeout=10000)  # + quiz_a/b

    proxy = widget.list_pane.proxy
    widget.list_pane.view.selectRow(next(r for r in range(proxy.rowCount())
                                         if proxy.index(r, 0).data() == "단원평가"))
    dialog = _open(qtbot, widget, widget.list_pane.edit_exam)
    assert dialog.title.text() == "단원평가" and not dialog.class_box.isEnabled()
    dialog.title.setText("단원평가 (수정)")
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.submit()
    assert saved.args[0].version == exam.version + 1
    # a stale edit (someone else saved meanwhile) shows the Conflict message
    widget.ctx.services.exam_admin.update_exam(
        exam.id, ExamDraft(class_id=exam.class_id, title="other", subject="math",
                           cat_config=saved.args[0].cat_config, exam_type=exam.exam_type),
        saved.args[0].version)
    dialog = _open(qtbot, widget, lambda: widget.list_pane._open_dialog(saved.args[0]))
    dialog.submit()
    qtbot.waitUntil(lambda: "Someone else changed" in dialog.error.text(), timeout=10000)
    dialog.reject()


@pytest.mark.slow
def test_template_fills_the_cat_tab(qtbot, screen) -> None:
    widget, _ = screen
    dialog = _open(qtbot, widget, widget.list_pane.new_exam)
    for name, (_exam_type, cfg) in EXAM_TEMPLATES.items():
        dialog.template.setCurrentIndex(dialog.template.findData(name))
        dialog._apply_template()
        assert (dialog.min_items.value(), dialog.max_items.value()) == (cfg.min_items, cfg.max_items)
        assert dialog.time_limit.value() * 60 == cfg.time_limit_seconds
    dialog.reject()


def test_parse_targets() -> None:
    from dreamseed_desktop.services.core.errors import ValidationError

    assert parse_targets(" algebra = 0.6 ; geometry=0.4,") == {"algebra": 0.6, "geometry": 0.4}
    with pytest.raises(ValidationError):
        parse_targets("algebra")


def test_quit_password_needs_eight_characters(qtbot, screen, tmp_path) -> None:
    widget, _ = screen
    dialog = _open(qtbot, widget, widget.list_pane.new_exam)
    dialog.subject.setCurrentText("math")
    dialog.title.setText("단원평가")
    dialog.max_items.setValue(12)
    dialog.min_items.setValue(4)
    dialog.quit_password.setText("seven77")              # 7 characters: refused
    dialog.submit()
    qtbot.waitUntil(lambda: "8 characters" in dialog.error.text(), timeout=10000)
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.quit_password)
    assert dialog.isVisible() and widget.list_pane.model.rowCount() == 2      # nothing saved
    dialog.quit_password.setText("")                     # no exam password: saved
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.submit()
    assert not saved.args[0].has_quit_password


@pytest.mark.slow
def test_restricted_exposure_from_the_dialog_holds_in_simulation(qtbot, screen) -> None:
    """Exactly what the dialog saves (standard template, "Restricted maximum exposure", 0.25),
    simulated on a 500-item bank: max exposure <= 0.27 for an N(0,1) and a stronger N(1,1) group;
    the RMSE cost against no control is small (figures in docs/cat.md)."""
    from dreamseed_desktop.cat import demo_item_bank, simulate

    widget, _ = screen
    dialog = _open(qtbot, widget, widget.list_pane.new_exam)
    dialog.exposure.setCurrentIndex(dialog.exposure.findData("restricted"))
    dialog.exposure_target.setValue(0.25)
    saved = dialog.draft().cat_config
    assert saved.exposure_control == "restricted" and saved.exposure_target == 0.25
    assert saved.to_dict() == EXAM_TEMPLATES["standard"][1].with_changes(
        exposure_control="restricted", exposure_target=0.25).to_dict()
    free = saved.with_changes(exposure_control="none")
    bank = demo_item_bank(500)
    for mean in (0.0, 1.0):
        ctl = simulate(bank, saved, 600, seed=7, theta_mean=mean, theta_sd=1.0)
        ref = simulate(bank, free, 600, seed=7, theta_mean=mean, theta_sd=1.0)
        assert ctl.exposure_max <= 0.27 and ref.exposure_max > 0.8
        assert ctl.rmse <= ref.rmse + 0.03
    dialog.reject()
