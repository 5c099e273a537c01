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

from dreamseed_desktop.services.classes.service import ClassService
from dreamseed_desktop.services.core.csv_safety import BOM, unescape_cell
from dreamseed_desktop.services.core.csv_safety import escape_cell as escape_text
from dreamseed_desktop.services.classes.enrollment import EnrollmentService
from dreamseed_desktop.services.people.organizations import OrganizationService
from dreamseed_desktop.services.people.service import PeopleService
from dreamseed_desktop.services.stats.statistics import (
    ClassExamStats,
    ExamHistoryEntry,
    LeaderboardEntry,
    StatisticsService,
    StudentExamStats,
)
from dreamseed_desktop.services.stats.charts import (
    ChartDataService,
    LearningCurve,
    ThetaDistribution,
    ThetaOverTime,
    ThetaTrajectory,
)
from dreamseed_desktop.services.core.uow import Database

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
    leaderboard: tuple[LeaderboardEntry, ...]


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
        latest = next((h for h in history if h.status == "completed" and h.total_attempts), None)
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
            leaderboard=self._stats.class_leaderboard(class_id))

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
        """The student's sessions (newest first) with θ, SE, score and items answered."""
        header = ["school", "student_number", "name", "session_id", "started_at", "class",
                  "exam_type", "status", "score", "theta", "standard_error", "items_answered"]
        rows = [[data.school_name, data.student_number, data.name, h.session_id,
                 _iso(h.started_at), h.class_name, h.exam_type, h.status, h.score, h.theta,
                 h.standard_error, h.total_attempts] for h in data.history]
        return to_csv(header, rows)

    @staticmethod
    def class_csv(data: ClassReportData) -> bytes:
        """One line per enrolled student: sessions, averages and latest θ."""
        latest = dict(zip(data.distribution.student_ids, data.distribution.theta))
        rank = {e.student_id: e.rank for e in data.leaderboard}
        header = ["school", "class", "student_number", "name", "total_exams", "completed_exams",
                  "average_score", "average_theta", "latest_theta", "rank", "latest_exam_date"]
        rows = [[data.school_name, data.class_name, st.student_number, st.name, st.total_exams,
                 st.completed_exams, st.average_score, st.average_theta,
                 latest.get(st.student_id), rank.get(st.student_id), _iso(st.latest_exam_date)]
                for st in data.stats.students]
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
