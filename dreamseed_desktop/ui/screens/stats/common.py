"""The services the statistics screen uses, created from the app's Database."""
from __future__ import annotations

from dataclasses import dataclass

from dreamseed_desktop.services.classes.service import ClassService
from dreamseed_desktop.services.classes.enrollment import EnrollmentService
from dreamseed_desktop.services.psychometrics.service import PsychometricsService
from dreamseed_desktop.services.stats.reports import ReportService
from dreamseed_desktop.services.stats.statistics import StatisticsService
from dreamseed_desktop.services.stats.charts import ChartDataService
from dreamseed_desktop.services.core.uow import Database

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
