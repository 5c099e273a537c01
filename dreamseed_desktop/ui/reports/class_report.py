"""The class report: per-subject means with SE, θ distribution, θ over time, students with θ and SE."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from dreamseed_desktop.services.stats.reports import ClassReportData
from dreamseed_desktop.ui.charts.class_stats import ThetaHistogramChart
from dreamseed_desktop.ui.charts.feed import (
    feed_distribution,
    feed_over_time,
    subject_label,
)
from dreamseed_desktop.ui.charts.learning_curve import ClassThetaOverTimeChart
from dreamseed_desktop.ui.score_text import (
    INTERVAL,
    SE,
    definitions,
    fmt_interval,
    fmt_mean,
    fmt_percent,
    fmt_se,
    fmt_theta,
    name,
)

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
    rate = f"{100.0 * st.complete_exams / st.total_exams:.0f}%" if st.total_exams else "–"
    rows_kv = [
        (translate("ClassReport", "Class"), data.class_name),
        (translate("ClassReport", "School year"), str(data.school_year)),
        (translate("ClassReport", "Grade"), str(data.grade)),
        (translate("ClassReport", "Subject"), subject_label(data.subject) if data.subject else "–"),
        (translate("ClassReport", "Teacher"), data.teacher_name or "–"),
        (translate("ClassReport", "Students tested"), f"{st.n_students_tested} / {st.n_students}"),
        (translate("ClassReport", "Sessions that count (all)"),
         f"{st.complete_exams} / {st.total_exams} ({rate})"),
        (translate("ClassReport", "Latest session"), fmt_date(st.latest_exam_date)),
    ]
    rows_kv.append((translate("ClassReport", "SD of latest θ"), fmt_num(dist.sd)))
    doc.key_values(rows_kv)
    if st.subjects:
        doc.heading(translate("ClassReport", "Per subject (sessions that count)"))
        doc.table([translate("ClassReport", "Subject"), translate("ClassReport", "Counted / sessions"),
                   translate("ClassReport", "Ended short (not averaged)"), translate("ClassReport", "Mean θ"),
                   translate("ClassReport", "Mean % correct")],
                  [[subject_label(x.subject), f"{x.complete_exams} / {x.total_exams}", str(x.short_exams),
                    fmt_mean(x.theta), fmt_mean(x.percent_correct, percent=True)] for x in st.subjects],
                  [10, 16, 22, 22, 22], right_align=(1, 2, 3, 4))
        doc.paragraph(translate("ClassReport", "Mean θ and mean % correct: each student's latest counted "
                                "session in the subject (the students of the distribution below)."),
                      8.5, "#444444")
    doc.heading(translate("ClassReport", "Ability distribution"))
    doc.paragraph(translate("ClassReport", "θ of each student's latest counted session in %1; the "
                            "dashed line is the class mean.").replace("%1", subject_label(dist.subject)),
                  8.5, "#444444")
    doc.image(chart_image(ThetaHistogramChart, lambda c: feed_distribution(c, dist), HALF), 72)
    doc.heading(translate("ClassReport", "Average θ over time"))
    doc.image(chart_image(ClassThetaOverTimeChart, lambda c: feed_over_time(
        c, [(data.class_name, data.over_time)]), HALF), 72)
    doc.heading(translate("ClassReport", "Students"))
    standing = {(e.student_id, e.subject): e for e in data.standing}
    rows = []
    for s in st.students:
        for sub in s.subjects or ():
            e = standing.get((s.student_id, sub.subject))
            rows.append([s.student_number or "–", s.name or "–", subject_label(sub.subject),
                         f"{sub.complete_exams}/{sub.total_exams}", fmt_percent(sub.percent_correct.mean),
                         fmt_theta(e.score.theta) if e else "–", fmt_se(e.score.se) if e else "–",
                         fmt_interval(e.score.theta, e.score.se) if e else "–",
                         str(e.rank) if e else "–", fmt_date(sub.latest_exam_date)])
        if not s.subjects:
            rows.append([s.student_number or "–", s.name or "–", "–", "0/0", "–", "–", "–", "–", "–", "–"])
    headers = [translate("ClassReport", "Number"), translate("ClassReport", "Name"),
               translate("ClassReport", "Subject"), translate("ClassReport", "Counted"),
               translate("ClassReport", "Mean % correct"), translate("ClassReport", "Latest θ"),
               name(SE), name(INTERVAL), translate("ClassReport", "Rank (ties)"),
               translate("ClassReport", "Latest")]
    doc.table(headers, rows, [8, 10, 8, 7, 13, 8, 7, 14, 9, 10], size_pt=8.0,
              right_align=(3, 5, 6, 7, 8))
    doc.paragraph(translate("ClassReport", "Latest θ: the student's latest session that counts. "
                            "Rank (ties): 1 + the number of classmates whose 95% interval lies "
                            "wholly above this student's, so students whose intervals overlap share "
                            "a rank."), 8, "#666666")
    doc.paragraph(definitions(), 8, "#666666")
    return doc.finish()
