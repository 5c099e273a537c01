"""What every screen receives: services, events, the task runner and who is signed in.

:class:`Services` creates each service object on first use, importing its module lazily so a
screen whose service is not installed shows a notice instead of breaking the window.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.services.core.errors import Unavailable
from dreamseed_desktop.services.core.uow import Database, Identity
from dreamseed_desktop.ui.app_events import AppEvents
from dreamseed_desktop.ui.workers import TaskRunner

# attribute -> (module under dreamseed_desktop.services, class name)
SERVICE_CLASSES: dict[str, tuple[str, str]] = {
    "organizations": ("people.organizations", "OrganizationService"),
    "people": ("people.service", "PeopleService"),
    "classes": ("classes.service", "ClassService"),
    "enrollment": ("classes.enrollment", "EnrollmentService"),
    "roster": ("classes.roster_csv", "RosterService"),
    "items": ("items.service", "ItemService"),
    "item_csv": ("items.csv_io", "ItemCsvService"),
    "exam_api": ("exams.api", "ExamApi"),
    "audit_log": ("core.audit_log", "AuditLogService"),
    "auth": ("core.auth", "AuthService"),
}


class ServiceMissing(Unavailable):
    """A feature's service module is not part of this installation (yet)."""

    default_message = "This feature is not available in this version."


class Services:
    """Lazily constructed service objects sharing one :class:`Database`."""

    def __init__(self, db: Database, overrides: dict[str, Any] | None = None) -> None:
        self.db = db
        self._cache: dict[str, Any] = dict(overrides or {})

    def available(self, name: str) -> bool:
        try:
            self.get(name)
        except ServiceMissing:
            return False
        return True

    def get(self, name: str) -> Any:
        if name not in self._cache:
            module_name, class_name = SERVICE_CLASSES[name]
            try:
                module = importlib.import_module(f"dreamseed_desktop.services.{module_name}")
                cls = getattr(module, class_name)
            except (ImportError, AttributeError) as exc:
                raise ServiceMissing() from exc
            self._cache[name] = cls(self.db)
        return self._cache[name]

    def __getattr__(self, name: str) -> Any:
        if name in SERVICE_CLASSES:
            return self.get(name)
        raise AttributeError(name)


@dataclass
class AppContext:
    """Injected into every screen and dialog after sign-in."""

    db: Database
    events: AppEvents
    runner: TaskRunner
    settings: Settings
    server_label: str = ""
    services: Services = field(init=False)

    def __post_init__(self) -> None:
        self.services = Services(self.db)

    @property
    def identity(self) -> Identity:
        return self.db.identity

    @property
    def role(self) -> str:
        return self.db.identity.role or "admin"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"
