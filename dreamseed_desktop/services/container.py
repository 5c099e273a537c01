"""The one typed bundle of service objects the app runs on.

:class:`Services` is a frozen dataclass with one field per service; every instance shares one
:class:`~dreamseed_desktop.services.core.uow.Database` (and so the signed-in identity). The
composition root (``dreamseed_desktop.bootstrap.build_services``) builds it once per database;
screens and dialogs receive it through their context as ``ctx.services`` and never construct a
service themselves. A new service the user interface needs is a new field here plus one line in
``build_services`` — mypy then checks every call site.

The type lives in the service layer (not in ``bootstrap``) so ``ui`` can name it without
importing the composition root.
"""
from __future__ import annotations

from dataclasses import dataclass

from dreamseed_desktop.services.classes.enrollment import EnrollmentService
from dreamseed_desktop.services.classes.roster_csv import RosterService
from dreamseed_desktop.services.classes.service import ClassService
from dreamseed_desktop.services.core.audit_log import AuditLogService
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.admin import ExamAdminService
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.exams.presence import ExamPresence
from dreamseed_desktop.services.exams.proctor import ProctorService
from dreamseed_desktop.services.exams.results import ExamResultsService
from dreamseed_desktop.services.items.authoring import ItemAuthoring
from dreamseed_desktop.services.items.csv_io import ItemCsvService
from dreamseed_desktop.services.items.qti import QtiService
from dreamseed_desktop.services.items.service import ItemService
from dreamseed_desktop.services.items.subjects import SubjectService
from dreamseed_desktop.services.maintenance.backups import BackupService
from dreamseed_desktop.services.people.accommodations import AccommodationService
from dreamseed_desktop.services.people.organizations import OrganizationService
from dreamseed_desktop.services.people.service import PeopleService
from dreamseed_desktop.services.people.setup import SetupService
from dreamseed_desktop.services.psychometrics.service import PsychometricsService
from dreamseed_desktop.services.stats.charts import ChartDataService
from dreamseed_desktop.services.stats.overview import ClassOverviewService
from dreamseed_desktop.services.stats.reports import ReportService
from dreamseed_desktop.services.stats.statistics import StatisticsService

__all__ = ["Services"]


@dataclass(frozen=True)
class Services:
    """Every service the desktop app uses, sharing :attr:`db` (engine + signed-in identity)."""

    db: Database
    # core
    auth: AuthService
    audit_log: AuditLogService
    # people and organizations
    organizations: OrganizationService
    people: PeopleService
    accommodations: AccommodationService
    # first run: the school and its first administrator (before anyone can sign in)
    setup: SetupService
    # classes
    classes: ClassService
    enrollment: EnrollmentService
    roster: RosterService
    # item bank
    items: ItemService
    item_csv: ItemCsvService
    # the school's subjects and strands (영역) with their Korean/English names
    subjects: SubjectService
    item_authoring: ItemAuthoring
    item_qti: QtiService
    # exams: the student's API (server-side CAT) and the staff's administration
    exam_api: ExamApi
    exam_presence: ExamPresence
    exam_admin: ExamAdminService
    proctor: ProctorService
    results: ExamResultsService
    # statistics, charts, reports, psychometrics
    statistics: StatisticsService
    charts: ChartDataService
    class_overview: ClassOverviewService
    reports: ReportService
    psychometrics: PsychometricsService
    # backups of this PC's embedded database (None on a school server: its backups are made there)
    backups: BackupService | None = None
