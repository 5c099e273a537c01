"""Report data (Qt-free) for student and class reports, and their CSV exports.

:class:`ReportService` assembles everything a printed report shows from the statistics, chart
data, people and class services; the PDF is drawn by ``ui.reports`` from these DTOs, and the
CSV exports here contain the same figures.

CSV files are UTF-8 with a BOM (Korean Excel detects the encoding), CRLF line ends, and text
cells that a spreadsheet would run as a formula (starting with ``= + - @``, tab or CR) get a
leading ``'``. Numbers are written as plain numbers (a negative θ stays a number).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dreamseed_desktop.services.classes.enrollment import EnrollmentService
from dreamseed_desktop.services.classes.service import ClassService
from dreamseed_desktop.services.core.csv_safety import BOM, unescape_cell
from dreamseed_desktop.services.core.csv_safety import escape_cell as escape_text
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.people.organizations import OrganizationService
from dreamseed_desktop.services.people.service import PeopleService
from dreamseed_desktop.services.stats.charts import (
    ChartDataService,
    LearningCurve,
    ThetaDistribution,
    ThetaOverTime,
    ThetaTrajectory,
)
from dreamseed_desktop.services.stats.statistics import (
    ClassExamStats,
    ExamHistoryEntry,
    StandingEntry,
    StatisticsService,
    StudentExamStats,
)

__all__ = ["ClassReportData", "ReportService", "StudentReportData", "escape_cell", "read_csv",
           "to_csv", "unescape_cell"]



@dataclass(frozen=True)
class StudentReportData:
    """Everything on a student's report."""

    school_name: str
    generated_at: datetime
    student_id: int
    name: str
    student_number: str | None
    grade: int | None
    class_names: tuple[str, ...]
    stats: StudentExamStats
    history: tuple[ExamHistoryEntry, ...]
    curves: tuple[LearningCurve, ...]
    class_name: str | None
    class_average: ThetaOverTime | None
    latest_trajectory: ThetaTrajectory | None


@dataclass(frozen=True)
class ClassReportData:
    """Everything on a class report."""

    school_name: str
    generated_at: datetime
    class_id: int
    class_name: str
    subject: str | None
    grade: int
    school_year: int
    teacher_name: str | None
    stats: ClassExamStats
    distribution: ThetaDistribution
    over_time: ThetaOverTime
    standing: tuple[StandingEntry, ...]


class ReportService:
    """Builds report DTOs and CSV exports; read-only."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._stats = StatisticsService(db)
        self._charts = ChartDataService(db)
        self._people = PeopleService(db)
        self._orgs = OrganizationService(db)
        self._classes = ClassService(db)
        self._enrollment = EnrollmentService(db)

    def student_report(self, student_id: int, *, class_id: int | None = None) -> StudentReportData:
        """A student's report; ``class_id`` picks the class whose average is shown (default:
        the student's first class)."""
        person = self._people.get_student(student_id)
        classes = self._enrollment.list_student_classes(student_id)
        chosen = next((c for c in classes if c.class_id == class_id), classes[0] if classes else None)
        history = self._stats.student_exam_history(student_id)
        latest = next((h for h in history if h.score.complete), None)
        return StudentReportData(
            school_name=self._school_name(person.organization_id), generated_at=_now(),
            student_id=student_id, name=person.name, student_number=person.student_number,
            grade=person.grade, class_names=tuple(c.name for c in classes),
            stats=self._stats.student_exam_stats(student_id), history=history,
            curves=self._charts.learning_curves(student_id),
            class_name=chosen.name if chosen else None,
            class_average=self._charts.class_theta_over_time(chosen.class_id) if chosen else None,
            latest_trajectory=self._charts.session_trajectory(latest.session_id) if latest else None)

    def class_report(self, class_id: int) -> ClassReportData:
        klass = self._classes.get(class_id)
        return ClassReportData(
            school_name=self._school_name(klass.organization_id), generated_at=_now(),
            class_id=class_id, class_name=klass.name, subject=klass.subject, grade=klass.grade,
            school_year=klass.school_year, teacher_name=klass.teacher_name,
            stats=self._stats.class_exam_stats(class_id),
            distribution=self._charts.class_theta_distribution(class_id),
            over_time=self._charts.class_theta_over_time(class_id),
            standing=self._stats.class_standing(class_id))

    def grade_classes(self, grade: int, *, school_year: int | None = None) -> list[tuple[int, str]]:
        """(class id, name) of every class of a grade, for a whole-grade report run."""
        return [(c.id, c.name) for c in self._classes.list(grade=grade, school_year=school_year)]

    def class_student_ids(self, class_id: int) -> list[int]:
        """students.id of a class's roster, in roster order."""
        return [st.student_id for st in self._enrollment.list_class_students(class_id)]

    def _school_name(self, org_id: int | None) -> str:
        return self._orgs.get(org_id).name if org_id is not None else ""

    # ------------------------------------------------------------------ CSV
    @staticmethod
    def student_csv(data: StudentReportData) -> bytes:
        """The student's sessions (newest first), each score under its own name."""
        header = ["school", "student_number", "name", "session_id", "started_at", "class", "subject",
                  "exam_type", "status", "ended_by", "counts_in_averages", "number_correct",
                  "items_answered", "percent_correct", "theta", "theta_se", "theta_95_low",
                  "theta_95_high"]
        rows = []
        for h in data.history:
            sc = h.score
            ci = sc.interval95
            rows.append([data.school_name, data.student_number, data.name, h.session_id,
                         _iso(h.started_at), h.class_name, h.subject, h.exam_type, h.status,
                         sc.stop_reason, sc.complete, sc.n_correct, sc.n_answered, sc.percent_correct,
                         sc.theta, sc.se, ci[0] if ci else None, ci[1] if ci else None])
        return to_csv(header, rows)

    @staticmethod
    def class_csv(data: ClassReportData) -> bytes:
        """One line per enrolled student and subject: sessions, means with their SE, latest θ
        with its SE and the rank with ties (overlapping 95 % intervals share a rank)."""
        standing = {(e.student_id, e.subject): e for e in data.standing}
        header = ["school", "class", "student_number", "name", "subject", "sessions",
                  "complete_sessions", "short_sessions", "mean_theta", "mean_theta_se",
                  "mean_percent_correct", "mean_percent_correct_se", "latest_theta",
                  "latest_theta_se", "rank_with_ties", "latest_exam_date"]
        rows = []
        for st in data.stats.students:
            for sub in st.subjects or ():
                e = standing.get((st.student_id, sub.subject))
                rows.append([data.school_name, data.class_name, st.student_number, st.name,
                             sub.subject, sub.total_exams, sub.complete_exams, sub.short_exams,
                             sub.theta.mean, sub.theta.se, sub.percent_correct.mean,
                             sub.percent_correct.se, e.score.theta if e else None,
                             e.score.se if e else None, e.rank if e else None,
                             _iso(sub.latest_exam_date)])
            if not st.subjects:
                rows.append([data.school_name, data.class_name, st.student_number, st.name, None, 0,
                             0, 0, None, None, None, None, None, None, None, None])
        return to_csv(header, rows)


def _now() -> datetime:
    return datetime.now().astimezone()


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def escape_cell(value: object) -> str:
    """Text with formula-like starts gets a leading ``'``; numbers and None are written plainly."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(round(value, 6)) if isinstance(value, float) else str(value)
    return escape_text(value)


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """UTF-8-with-BOM CSV bytes, CRLF line ends, every cell through :func:`escape_cell`."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([escape_cell(v) for v in row])
    return (BOM + buf.getvalue()).encode("utf-8")


def read_csv(data: bytes) -> list[dict[str, str]]:
    """Parse an export back (BOM stripped, cells unescaped) — for round-trip checks and re-import."""
    text = data.decode("utf-8-sig")
    return [{k: unescape_cell(v) for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]
