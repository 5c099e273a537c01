"""One real exam through the exam API, then every screen and file a student or teacher sees for
that session: the end screen, the results table and session record, the proctor console, the
statistics history, the student and class PDFs and CSVs. Each shows the same numbers under the
same names (issue 13)."""
from __future__ import annotations

import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt

from dreamseed_desktop.services.exams.api import SessionResult
from dreamseed_desktop.services.stats.reports import read_csv
from dreamseed_desktop.ui.exam_window.view import ExamWindow
from dreamseed_desktop.ui.qtmodels.dto_table import DtoTableModel
from dreamseed_desktop.ui.reports.class_report import write_class_report
from dreamseed_desktop.ui.reports.student_report import write_student_report
from dreamseed_desktop.ui.score_text import CORRECT, INTERVAL, PERCENT, SE, THETA, fmt_interval, fmt_se, fmt_theta
from dreamseed_desktop.ui.screens.exams.console import console_columns
from dreamseed_desktop.ui.screens.exams.results import RESULT_COLUMNS, SessionRecordDialog
from tests.fixtures.school import seed_school


def _pdf_text(path: Path) -> str:
    """The PDF's text as poppler reads it, spaces removed (table cells are laid out by position)."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True)
    return "".join(out.stdout.split())


def _cells(model: DtoTableModel, row: int) -> dict[str, str]:
    """Header -> shown text of one row (headers as the user sees them)."""
    return {str(model.headerData(c, Qt.Orientation.Horizontal)): str(model.data(model.index(row, c)) or "")
            for c in range(model.columnCount())}


@pytest.mark.slow
def test_one_session_same_numbers_everywhere(qtbot, db_url, connect_as, ctx_for, tmp_path) -> None:
    sch = seed_school(db_url, bank_size=60)     # quiz_a: 8 items, the end screen shows number correct
    student = ctx_for("student1").services.exam_api
    state = student.start(sch.exams["quiz_a"])
    with psycopg.connect(db_url) as conn:
        keys = dict(conn.execute("SELECT item_id, correct_choice FROM item_keys").fetchall())
    k = 0
    while (item := student.next_item(state.session_id)) is not None:
        key = keys[item.item_id]
        student.submit(state.session_id, item.seq, item.item_id, key if k % 3 else 1 + key % 4, 2000, uuid.uuid4())
        k += 1
    result = student.finish(state.session_id)
    n, right = result.answered, result.n_correct
    assert n == 8 and right is not None and 0 < right < n
    pct = round(100 * right / n, 1)
    assert result.percent_correct == pct
    correct_text, pct_text = f"{right} / {n}", f"{pct:.1f}%"

    # the student's end screen
    window = ExamWindow()
    qtbot.addWidget(window)
    window.show_finished(result)
    end = window.message_page.body.text()
    assert f"You answered {right} of your {n} items correctly ({pct:.0f}% correct)." in end
    assert "/ 100" not in end and "score" not in end.lower()

    teacher = ctx_for("teacher1").services
    # results table and session record
    (row,) = [r for r in teacher.results.results(sch.exams["quiz_a"]) if r.session_id == state.session_id]
    theta, se = row.theta, row.se
    assert theta is not None and se is not None
    model = DtoTableModel(RESULT_COLUMNS, key=lambda r: r.student_id)
    model.set_rows([row])
    cells = _cells(model, 0)
    assert cells["Correct / answered"] == correct_text and cells["% correct"] == pct_text
    assert cells["θ (ability)"] == fmt_theta(theta) and cells["SE of θ"] == fmt_se(se)
    assert cells["95% interval of θ"] == fmt_interval(theta, se)
    assert "Score" not in cells
    record = teacher.results.session_record(state.session_id)
    assert (record.score.n_correct, record.score.n_answered, record.theta, record.se) == (right, n, theta, se)
    dialog = SessionRecordDialog(record)
    qtbot.addWidget(dialog)
    header = dialog.findChild(type(window.message_page.body), "recordHeader").text()
    for shown in (f"Correct / answered: {correct_text}", f"% correct: {pct_text}",
                  f"θ (ability): {fmt_theta(theta)}", f"SE of θ: {fmt_se(se)}"):
        assert shown in header

    # proctor console
    (live,) = [r for r in teacher.proctor.live_sessions(sch.exams["quiz_a"]) if r.session_id == state.session_id]
    assert (live.n_correct, live.answered, live.theta, live.se) == (right, n, theta, se)
    shown = {str(c.header): (c.display or str)(c.value(type("R", (), {"live": live, "status": live.status,
                                                                       "remaining_sec": None})()))
             for c in console_columns() if c.header in (CORRECT, THETA, SE)}
    assert shown == {CORRECT: correct_text, THETA: fmt_theta(theta), SE: fmt_se(se)}

    # statistics: the student's history
    (h,) = [x for x in teacher.statistics.student_exam_history(sch.students["student1"])
            if x.session_id == state.session_id]
    assert (h.score.n_correct, h.score.n_answered, h.score.percent_correct, h.theta, h.standard_error) == \
        (right, n, pct, theta, se)
    assert h.score.stop_reason == "max_items" and h.score.complete

    # reports: student CSV and PDF, class CSV and PDF
    report = teacher.reports.student_report(sch.students["student1"])
    (csv_row,) = [r for r in read_csv(teacher.reports.student_csv(report))
                  if int(r["session_id"]) == state.session_id]
    assert (int(csv_row["number_correct"]), int(csv_row["items_answered"])) == (right, n)
    assert float(csv_row["percent_correct"]) == pct
    assert float(csv_row["theta"]) == pytest.approx(theta, abs=1e-6)
    assert float(csv_row["theta_se"]) == pytest.approx(se, abs=1e-6)
    pdf = tmp_path / "student.pdf"
    write_student_report(report, pdf)
    text = _pdf_text(pdf)
    for shown in (correct_text, pct_text, fmt_theta(theta), fmt_se(se), fmt_interval(theta, se),
                  CORRECT, PERCENT, THETA, SE, INTERVAL):
        assert shown.replace(" ", "") in text, shown
    klass = teacher.reports.class_report(sch.classes["8A"])
    (crow,) = [r for r in read_csv(teacher.reports.class_csv(klass)) if r["student_number"] == "S0"]
    assert float(crow["latest_theta"]) == pytest.approx(theta, abs=1e-6)
    assert float(crow["latest_theta_se"]) == pytest.approx(se, abs=1e-6)
    assert float(crow["mean_percent_correct"]) == pytest.approx(pct, abs=1e-6)
    pdf = tmp_path / "class.pdf"
    write_class_report(klass, pdf)
    text = _pdf_text(pdf)
    for shown in (fmt_theta(theta), fmt_se(se), fmt_interval(theta, se), SE, INTERVAL):
        assert shown.replace(" ", "") in text, shown
    assert "Score" not in text
    assert isinstance(result, SessionResult)
