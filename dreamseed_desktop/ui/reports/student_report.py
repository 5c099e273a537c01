"""The student report: summary, learning curve vs class average, latest session, history."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from dreamseed_desktop.services.stats.reports import StudentReportData
from dreamseed_desktop.ui.charts.feed import (
    feed_learning_curves,
    feed_trajectory,
    subject_label,
)
from dreamseed_desktop.ui.charts.learning_curve import LearningCurveChart
from dreamseed_desktop.ui.charts.theta_trajectory import ThetaTrajectoryChart
from dreamseed_desktop.ui.score_text import (
    CORRECT,
    COUNTED,
    ENDED,
    INTERVAL,
    PERCENT,
    SE,
    THETA,
    definitions,
    fmt_correct,
    fmt_interval,
    fmt_mean,
    fmt_percent,
    fmt_se,
    fmt_theta,
    name,
    stop_reason_text,
)

from .chart_images import chart_image
from .formatting import fmt_date, fmt_num, status_label
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
    kv = [
        (translate("StudentReport", "Name"), data.name),
        (translate("StudentReport", "Student number"), data.student_number or "–"),
        (translate("StudentReport", "Grade"), str(data.grade) if data.grade else "–"),
        (translate("StudentReport", "Classes"), ", ".join(data.class_names) or "–"),
        (translate("StudentReport", "Sessions that count (all)"),
         f"{st.complete_exams} / {st.total_exams}"),
        (translate("StudentReport", "Latest session"), fmt_date(st.latest_exam_date)),
    ]
    for sub in st.subjects:
        label = subject_label(sub.subject)
        kv.append((translate("StudentReport", "Mean θ, %1").replace("%1", label), fmt_mean(sub.theta)))
        kv.append((translate("StudentReport", "Mean % correct, %1").replace("%1", label),
                   fmt_mean(sub.percent_correct, percent=True)))
    doc.key_values(kv)
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
    rows = [[fmt_date(h.started_at), subject_label(h.subject) if h.subject else "–",
             status_label(h.status), stop_reason_text(h.score.stop_reason),
             fmt_correct(h.score), fmt_percent(h.score.percent_correct), fmt_theta(h.score.theta),
             fmt_se(h.score.se), fmt_interval(h.score.theta, h.score.se),
             translate("StudentReport", "yes") if h.score.complete else translate("StudentReport", "no")]
            for h in data.history]
    if rows:
        headers = [translate("StudentReport", "Date"), translate("StudentReport", "Subject"),
                   translate("StudentReport", "Status"), name(ENDED), name(CORRECT), name(PERCENT),
                   name(THETA), name(SE), name(INTERVAL), name(COUNTED)]
        doc.table(headers, rows, [9, 7, 9, 10, 14, 8, 9, 7, 14, 7], size_pt=7.5,
                  right_align=(4, 5, 6, 7, 8))
    else:
        doc.paragraph(translate("StudentReport", "No sessions."), 10, "#666666")
    doc.paragraph(definitions(), 8, "#666666")
    return doc.finish()
