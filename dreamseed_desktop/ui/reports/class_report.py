"""The class report: summary, θ distribution, average θ over time, scores, student table."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from dreamseed_desktop.services.stats.reports import ClassReportData
from dreamseed_desktop.ui.charts.class_stats import ScoreHistogramChart, ThetaHistogramChart
from dreamseed_desktop.ui.charts.feed import feed_distribution, feed_over_time, feed_scores
from dreamseed_desktop.ui.charts.learning_curve import ClassThetaOverTimeChart

from .chart_images import chart_image
from .formatting import fmt_date, fmt_num
from .pdf_document import PdfDocument

translate = QCoreApplication.translate

__all__ = ["write_class_report"]

HALF = (760, 320)


def write_class_report(data: ClassReportData, path: str | Path) -> int:
    """Write the class's PDF report to ``path``; returns the page count."""
    heading = translate("ClassReport", "Class report")
    doc = PdfDocument(path, f"{heading} — {data.class_name}", data.school_name, data.generated_at)
    doc.draw_text(0, doc.y, heading, 18, bold=True)
    doc.y += doc.line_height(18) + 2
    st, dist = data.stats, data.distribution
    rate = f"{100.0 * st.completed_exams / st.total_exams:.0f}%" if st.total_exams else "–"
    doc.key_values([
        (translate("ClassReport", "Class"), data.class_name),
        (translate("ClassReport", "School year"), str(data.school_year)),
        (translate("ClassReport", "Grade"), str(data.grade)),
        (translate("ClassReport", "Subject"), data.subject or "–"),
        (translate("ClassReport", "Teacher"), data.teacher_name or "–"),
        (translate("ClassReport", "Students tested"), f"{st.n_students_tested} / {st.n_students}"),
        (translate("ClassReport", "Sessions (completed)"),
         f"{st.completed_exams} / {st.total_exams} ({rate})"),
        (translate("ClassReport", "Latest session"), fmt_date(st.latest_exam_date)),
        (translate("ClassReport", "Average θ"), fmt_num(st.average_theta)),
        (translate("ClassReport", "SD of latest θ"), fmt_num(dist.sd)),
        (translate("ClassReport", "Average score"), fmt_num(st.average_score, 1)),
    ])
    doc.heading(translate("ClassReport", "Ability distribution"))
    doc.paragraph(translate("ClassReport", "Latest θ of each tested student; the dashed line is "
                            "the class mean."), 8.5, "#444444")
    doc.image(chart_image(ThetaHistogramChart, lambda c: feed_distribution(c, dist), HALF), 72)
    doc.heading(translate("ClassReport", "Average θ over time"))
    doc.image(chart_image(ClassThetaOverTimeChart, lambda c: feed_over_time(
        c, [(data.class_name, data.over_time)]), HALF), 72)
    doc.heading(translate("ClassReport", "Average scores"))
    doc.image(chart_image(ScoreHistogramChart, lambda c: feed_scores(
        c, [s.average_score for s in st.students if s.average_score is not None]), HALF), 72)
    doc.heading(translate("ClassReport", "Students"))
    latest = dict(zip(dist.student_ids, dist.theta))
    rank = {e.student_id: e.rank for e in data.leaderboard}
    rows = [[s.student_number or "–", s.name or "–", f"{s.completed_exams}/{s.total_exams}",
             fmt_num(s.average_score, 1), fmt_num(s.average_theta),
             fmt_num(latest.get(s.student_id)), str(rank.get(s.student_id, "–")),
             fmt_date(s.latest_exam_date)] for s in st.students]
    headers = [translate("ClassReport", "Number"), translate("ClassReport", "Name"),
               translate("ClassReport", "Sessions"), translate("ClassReport", "Avg. score"),
               translate("ClassReport", "Avg. θ"), translate("ClassReport", "Latest θ"),
               translate("ClassReport", "Rank"), translate("ClassReport", "Latest")]
    doc.table(headers, rows, [12, 18, 10, 11, 10, 10, 8, 14], right_align=(2, 3, 4, 5, 6))
    return doc.finish()
