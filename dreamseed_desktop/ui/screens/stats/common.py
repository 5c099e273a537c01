"""The services the statistics screen uses, created from the app's Database."""
from __future__ import annotations

from dataclasses import dataclass

from dreamseed_desktop.services.classes import ClassService
from dreamseed_desktop.services.enrollment import EnrollmentService
from dreamseed_desktop.services.psychometrics import PsychometricsService
from dreamseed_desktop.services.reports import ReportService
from dreamseed_desktop.services.statistics import StatisticsService
from dreamseed_desktop.services.stats_charts import ChartDataService
from dreamseed_desktop.services.uow import Database

__all__ = ["StatsServices"]


@dataclass
class StatsServices:
    """Service objects sharing the app's Database (and so its signed-in identity)."""

    statistics: StatisticsService
    charts: ChartDataService
    classes: ClassService
    enrollment: EnrollmentService
    psychometrics: PsychometricsService
    reports: ReportService

    @classmethod
    def create(cls, db: Database) -> "StatsServices":
        return cls(StatisticsService(db), ChartDataService(db), ClassService(db),
                   EnrollmentService(db), PsychometricsService(db), ReportService(db))
