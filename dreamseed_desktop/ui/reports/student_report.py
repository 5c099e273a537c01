"""The student report: summary, learning curve vs class average, latest session, history."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from dreamseed_desktop.services.stats.reports import StudentReportData
from dreamseed_desktop.ui.charts.feed import feed_learning_curves, feed_trajectory, subject_label
from dreamseed_desktop.ui.charts.learning_curve import LearningCurveChart
from dreamseed_desktop.ui.charts.theta_trajectory import ThetaTrajectoryChart

from .chart_images import chart_image
from .formatting import exam_type_label, fmt_date, fmt_num, status_label
from .pdf_document import PdfDocument

translate = QCoreApplication.translate

__all__ = ["write_student_report"]


def write_student_report(data: StudentReportData, path: str | Path) -> int:
    """Write the student's PDF report to ``path``; returns the page count."""
    heading = translate("StudentReport", "Student report")
    doc = PdfDocument(path, f"{heading} — {data.name}", data.school_name, data.generated_at)
    doc.draw_text(0, doc.y, heading, 18, bold=True)
    doc.y += doc.line_height(18) + 2
    st = data.stats
    doc.key_values([
        (translate("StudentReport", "Name"), data.name),
        (translate("StudentReport", "Student number"), data.student_number or "–"),
        (translate("StudentReport", "Grade"), str(data.grade) if data.grade else "–"),
        (translate("StudentReport", "Classes"), ", ".join(data.class_names) or "–"),
        (translate("StudentReport", "Sessions (completed)"),
         f"{st.completed_exams} / {st.total_exams}"),
        (translate("StudentReport", "Latest session"), fmt_date(st.latest_exam_date)),
        (translate("StudentReport", "Average θ"), fmt_num(st.average_theta)),
        (translate("StudentReport", "Average score"), fmt_num(st.average_score, 1)),
    ])
    doc.heading(translate("StudentReport", "Learning curve"))
    if data.curves:
        doc.paragraph(translate("StudentReport", "θ after each completed session, with ±1 standard "
                                "error; dotted lines are trends, the dashed line is the class "
                                "average."), 8.5, "#444444")
        doc.image(chart_image(LearningCurveChart, lambda c: feed_learning_curves(
            c, data.curves, data.class_average, data.class_name)), 84)
        per_subject = translate("StudentReport", "{n} sessions, latest θ {theta}")
        for curve in data.curves:
            doc.paragraph(f"{subject_label(curve.subject)}: " + per_subject.format(
                n=len(curve.theta), theta=fmt_num(curve.theta[-1])), 9)
    else:
        doc.paragraph(translate("StudentReport", "No completed sessions yet."), 10, "#666666")
    if data.latest_trajectory is not None and data.latest_trajectory.seq:
        traj = data.latest_trajectory
        doc.heading(translate("StudentReport", "Latest session"))
        doc.paragraph(translate("StudentReport", "θ after each item with the 95% band; green = "
                                "correct, red = incorrect, grey diamonds = item difficulty."),
                      8.5, "#444444")
        doc.image(chart_image(ThetaTrajectoryChart, lambda c: feed_trajectory(c, traj)), 78)
    doc.heading(translate("StudentReport", "Session history"))
    subject_of = {sid: subject_label(c.subject) for c in data.curves for sid in c.session_ids}
    rows = [[fmt_date(h.started_at), subject_of.get(h.session_id, "–"), h.class_name or "–",
             exam_type_label(h.exam_type), status_label(h.status),
             fmt_num(h.score, 1), fmt_num(h.theta), fmt_num(h.standard_error), str(h.total_attempts)]
            for h in data.history]
    if rows:
        headers = [translate("StudentReport", "Date"), translate("StudentReport", "Subject"),
                   translate("StudentReport", "Class"), translate("StudentReport", "Type"),
                   translate("StudentReport", "Status"), translate("StudentReport", "Score"),
                   "θ", "SE", translate("StudentReport", "Items")]
        doc.table(headers, rows, [15, 11, 14, 11, 12, 9, 9, 8, 8], right_align=(5, 6, 7, 8))
    else:
        doc.paragraph(translate("StudentReport", "No sessions."), 10, "#666666")
    doc.paragraph(translate("StudentReport", "θ (theta) is the ability estimate on the test's "
                            "scale: 0 is average, most students are between −2 and +2. SE is its "
                            "standard error."), 8, "#666666")
    return doc.finish()
