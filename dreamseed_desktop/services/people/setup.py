"""First run: the school and its first administrator, created from the app (issue 15).

A fresh database (no administrator; the demo seeds one) opens the set-up wizard. The server
function ``auth.first_run_setup`` does the work and refuses once any administrator exists, so
the wizard can never be used to take over a database that is already set up; this service
checks the values first (same rules) so the wizard can say what is wrong field by field.
``dreamseed-admin create-admin`` stays for scripted set-ups.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.passwords import hash_for_storage, password_problem
from dreamseed_desktop.services.core.school import clean_level, clean_number_format
from dreamseed_desktop.services.core.uow import Database, Identity
from dreamseed_desktop.services.core.validation import clean_email, clean_name

__all__ = ["SchoolSetup", "SetupService"]


@dataclass(frozen=True)
class SchoolSetup:
    """What the wizard asks: the school and its first administrator."""

    school_name: str
    school_level: str            # elementary | middle | high
    student_number_format: str   # e.g. GCCNN (10101 = 1학년 1반 1번)
    admin_name: str
    admin_email: str
    password: str


class SetupService:
    """``needs_setup`` before sign-in; ``set_up`` creates the school and admin and signs in."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def needs_setup(self) -> bool:
        """True while the database has no administrator (nobody could sign in to manage it)."""
        with self._db.session(token="") as s:
            return bool(s.execute(text("SELECT auth.needs_setup()")).scalar_one())

    @staticmethod
    def check(setup: SchoolSetup) -> SchoolSetup:
        """The cleaned values; ValidationError (with the field) for the first bad one."""
        email = clean_email(setup.admin_email)
        problem = password_problem(setup.password, email)
        if problem:
            raise ValidationError(problem, field="password")
        return SchoolSetup(
            school_name=clean_name(setup.school_name, field="school_name", max_len=200),
            school_level=clean_level(setup.school_level),
            student_number_format=clean_number_format(setup.student_number_format),
            admin_name=clean_name(setup.admin_name), admin_email=email, password=setup.password)

    def set_up(self, setup: SchoolSetup) -> Identity:
        """Create the school and its administrator (server-side refusal when an administrator
        already exists: ``Conflict``), then sign in as that administrator."""
        clean = self.check(setup)
        salt, digest = hash_for_storage(clean.password)
        with self._db.session(token="") as s:
            s.execute(text("SELECT auth.first_run_setup(:school, :level, :fmt, :email, :name, :pw, :salt, :hash)"),
                      {"school": clean.school_name, "level": clean.school_level,
                       "fmt": clean.student_number_format, "email": clean.admin_email,
                       "name": clean.admin_name, "pw": clean.password, "salt": salt, "hash": digest})
        return AuthService(self._db).login(clean.admin_email, clean.password)
