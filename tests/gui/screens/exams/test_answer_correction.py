"""A teacher corrects an answer from the results screen's session record (issue 13): right/wrong
with a required reason, through the audited server function; the record, the results table and
the statistics show the re-scored θ/SE; the audit log keeps old, new and the reason. Korean and
English texts."""
from __future__ import annotations

import math
import uuid

import numpy as np
import psycopg
import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.cat.config import CatConfig
from dreamseed_desktop.cat.estimation import eap
from dreamseed_desktop.ui.i18n import install_language
from dreamseed_desktop.ui.qtmodels.audit import detail_lines
from dreamseed_desktop.ui.score_text import fmt_se, fmt_theta
from dreamseed_desktop.ui.screens.exams.correction import AnswerCorrectionDialog
from dreamseed_desktop.ui.screens.exams.screen import ExamsScreen
from tests.fixtures.school import seed_school


def _take_exam(ctx_for, exam_id: int) -> int:
    api = ctx_for("student1").services.exam_api
    state = api.start(exam_id)
    k = 0
    while (item := api.next_item(state.session_id)) is not None:
        api.submit(state.session_id, item.seq, item.item_id, 1 + k % 4, 1500, uuid.uuid4())
        k += 1
    api.finish(state.session_id)
    return state.session_id


def _open_record(qtbot, ctx, exam_id: int):
    screen = ExamsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    view = screen.open_results(ctx.services.exam_admin.get_exam(exam_id))
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and any(
        r.session_id for r in view.model.rows()), timeout=20000)
    row = next(i for i, r in enumerate(view.model.rows()) if r.session_id)
    view.view.selectRow(view.proxy.mapFromSource(view.model.index(row, 0)).row())
    view.open_selected()
    qtbot.waitUntil(lambda: view.record_dialog is not None and view.record_dialog.isVisible(), timeout=20000)
    return screen, view, view.record_dialog


def _select(dialog, seq: int) -> None:
    row = next(i for i, it in enumerate(dialog.record.items) if it.seq == seq)
    dialog.table.selectionModel().select(
        dialog.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


@pytest.mark.slow
def test_teacher_corrects_an_answer_and_every_screen_shows_the_new_theta(qtbot, db_url, ctx_for,
                                                                          monkeypatch) -> None:
    sch = seed_school(db_url, bank_size=60)
    exam_id = sch.exams["quiz_a"]
    session = _take_exam(ctx_for, exam_id)
    ctx = ctx_for("teacher1")
    sessions_changed = []
    ctx.events.sessions_changed.connect(sessions_changed.append)
    _screen, view, dialog = _open_record(qtbot, ctx, exam_id)
    assert dialog.correct_button.isVisible() and not dialog.correct_button.isEnabled()   # nothing selected
    _select(dialog, 1)
    assert dialog.correct_button.isEnabled()
    first = dialog.record.items[0]
    old_theta, old_se = dialog.record.score.theta, dialog.record.score.se

    asked: list[AnswerCorrectionDialog] = []
    monkeypatch.setattr(AnswerCorrectionDialog, "open", lambda self: asked.append(self))
    dialog.correct_button.click()
    ask = asked[0]
    assert ask.wrong.isChecked() is first.correct            # the change is the default choice
    assert not ask.ok.isEnabled()                             # a reason is required
    ask.reason.setText("   ")
    assert not ask.ok.isEnabled()
    ask.reason.setText("answer key was wrong")
    assert ask.ok.isEnabled()
    ask.ok.click()
    qtbot.waitUntil(lambda: dialog.record.items[0].correct is not first.correct, timeout=20000)

    # the server re-scored with the session's stored design: θ/SE equal an EAP of the new answers
    with psycopg.connect(db_url) as conn:
        rows = conn.execute("SELECT a.correct, i.a, i.b, i.c FROM attempts a JOIN items i ON i.id = a.item_id "
                            "WHERE a.exam_session_id = %s ORDER BY a.seq", (session,)).fetchall()
        theta, se, meta = conn.execute("SELECT theta, standard_error, meta FROM exam_sessions WHERE id = %s",
                                       (session,)).fetchone()
    u, a, b, c = (np.array(col, dtype=float) for col in zip(*rows))
    expect = eap(u, a, b, c, CatConfig.from_dict(meta["cat_config"]).grid)
    assert math.isclose(theta, expect[0], abs_tol=1e-9) and math.isclose(se, expect[1], abs_tol=1e-9)
    assert theta != old_theta

    # the record, the results table and (through sessions_changed) the statistics show it
    assert dialog.record.score.theta == theta and fmt_theta(theta) in dialog.header.text()
    assert fmt_se(se) in dialog.header.text()
    assert f"{fmt_theta(old_theta)} → {fmt_theta(theta)}" in dialog.message.text()
    assert f"{fmt_se(old_se)} → {fmt_se(se)}" in dialog.message.text()
    qtbot.waitUntil(lambda: any(r.session_id == session and r.theta == theta for r in view.model.rows()),
                    timeout=20000)
    assert sessions_changed == [exam_id]
    history = ctx.services.statistics.student_exam_history(sch.students["student1"])
    assert [h.theta for h in history if h.session_id == session] == [theta]

    # the audit log: who, old, new and the reason
    entry = ctx_for("admin").services.audit_log.list(action="attempt.correct").items[0]
    assert entry.details["reason"] == "answer key was wrong"
    assert entry.details["old"]["correct"] is first.correct and entry.details["new"]["correct"] is not first.correct
    assert entry.details["old"]["theta"] == old_theta and entry.details["new"]["theta"] == theta
    assert "answer key was wrong" in detail_lines(entry)


def test_correction_dialog_in_korean_and_english(qtbot, db_url, ctx_for) -> None:
    from dreamseed_desktop.services.exams.results import RecordItem

    item = RecordItem(3, 11, "M011", "algebra", 0.2, 2, True, 1500, 0.1, 0.5, attempt_id=99)
    texts = {}
    for lang in ("ko", "en"):
        install_language(lang, QApplication.instance())
        dialog = AnswerCorrectionDialog(item)
        qtbot.addWidget(dialog)
        texts[lang] = (dialog.windowTitle(), dialog.ok.text(), dialog.wrong.text())
    install_language("en", QApplication.instance())
    assert texts["en"] == ("Correct an answer", "Correct and re-score", "Mark as &wrong")
    assert texts["ko"][0] != texts["en"][0] and all(any("\uac00" <= ch <= "\ud7a3" for ch in t)
                                                     for t in texts["ko"])
