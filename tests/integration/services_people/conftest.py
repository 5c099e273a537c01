"""Fixtures for the people services: the services on a fresh database and a small school."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from dreamseed_desktop.services.classes.service import ClassDTO, ClassService
from dreamseed_desktop.services.classes.enrollment import EnrollmentService
from dreamseed_desktop.services.people.organizations import OrganizationDTO, OrganizationService
from dreamseed_desktop.services.people.service import PeopleService, PersonDTO
from dreamseed_desktop.services.classes.roster_csv import RosterService
from dreamseed_desktop.services.core.uow import Database


@dataclass
class Services:
    db: Database
    orgs: OrganizationService
    people: PeopleService
    classes: ClassService
    enrollment: EnrollmentService
    roster: RosterService


@dataclass
class School:
    org: OrganizationDTO
    teacher: PersonDTO
    students: list[PersonDTO]
    klass: ClassDTO


@pytest.fixture
def svc(owner_db: Database) -> Services:
    return Services(owner_db, OrganizationService(owner_db), PeopleService(owner_db),
                    ClassService(owner_db), EnrollmentService(owner_db), RosterService(owner_db))


@pytest.fixture
def school(svc: Services) -> School:
    org = svc.orgs.create("서울고등학교")
    teacher = svc.people.create_teacher("kim@seoul.kr", "김선생", subject="math",
                                        organization_id=org.id)
    students = [svc.people.create_student(f"s{i}@seoul.kr", f"학생{i:02d}", 1 + i % 3,
                                          student_number=f"{i:05d}", organization_id=org.id)
                for i in range(1, 7)]
    klass = svc.classes.create("1-1", 1, school_year=2026, subject="math",
                               teacher_id=teacher.teacher_id, organization_id=org.id)
    return School(org, teacher, students, klass)
