"""Classes: create (teacher of the same organization), list filters, update with versions, delete."""
from __future__ import annotations

from datetime import date

import pytest

from dreamseed_desktop.services.classes.service import current_school_year
from dreamseed_desktop.services.core.errors import Conflict, NotFound, ValidationError
from tests.fixtures.people import School, Services


@pytest.mark.slow
def test_create_and_get(svc: Services, school: School) -> None:
    k = svc.classes.get(school.klass.id)
    assert (k.name, k.grade, k.school_year, k.subject) == ("1-1", 1, 2026, "math")
    assert (k.teacher_id, k.teacher_name, k.student_count) == (school.teacher.teacher_id, "김선생", 0)
    no_teacher = svc.classes.create("자율반", 2, organization_id=school.org.id)
    assert no_teacher.teacher_name is None and no_teacher.school_year == current_school_year()


def test_school_year_starts_in_march() -> None:
    assert current_school_year(date(2027, 2, 28)) == 2026
    assert current_school_year(date(2027, 3, 1)) == 2027


def test_create_rejects_bad_input(svc: Services, school: School) -> None:
    org = school.org.id
    with pytest.raises(ValidationError, match="already exists in 2026"):
        svc.classes.create("1-1", 1, school_year=2026, organization_id=org)
    with pytest.raises(ValidationError, match="between 1 and 6"):
        svc.classes.create("x", 0, organization_id=org)
    with pytest.raises(ValidationError, match="School year"):
        svc.classes.create("x", 1, school_year=1999, organization_id=org)
    with pytest.raises(NotFound, match="Teacher 999"):
        svc.classes.create("x", 1, teacher_id=999, organization_id=org)
    other = svc.orgs.create("다른학교")
    with pytest.raises(ValidationError, match="another organization"):
        svc.classes.create("x", 1, teacher_id=school.teacher.teacher_id, organization_id=other.id)
    with pytest.raises(NotFound):
        svc.classes.get(12345)


def test_same_name_allowed_in_another_year(svc: Services, school: School) -> None:
    again = svc.classes.create("1-1", 1, school_year=2027, organization_id=school.org.id)
    assert again.id != school.klass.id


def test_list_filters(svc: Services, school: School) -> None:
    org = school.org.id
    svc.classes.create("2-1", 2, school_year=2026, organization_id=org)
    svc.classes.create("1-1", 1, school_year=2025, organization_id=org,
                       teacher_id=school.teacher.teacher_id)
    other = svc.orgs.create("다른학교")
    svc.classes.create("1-1", 1, school_year=2026, organization_id=other.id)
    listed = svc.classes.list(organization_id=org)
    assert [(c.school_year, c.name) for c in listed] == [(2026, "1-1"), (2026, "2-1"), (2025, "1-1")]
    assert len(svc.classes.list(organization_id=org, teacher_id=school.teacher.teacher_id)) == 2
    assert [c.name for c in svc.classes.list(organization_id=org, school_year=2026, grade=2)] == ["2-1"]
    assert len(svc.classes.list()) == 4


def test_update_and_conflict(svc: Services, school: School) -> None:
    k = school.klass
    svc.enrollment.enroll(school.students[0].student_id, k.id)
    changed = svc.classes.update(k.id, k.version, name="1-1 심화", subject=None, teacher_id=None)
    assert (changed.name, changed.subject, changed.teacher_id, changed.student_count) == (
        "1-1 심화", None, None, 1)
    with pytest.raises(Conflict):
        svc.classes.update(k.id, k.version, grade=2)
    svc.classes.create("1-2", 1, school_year=2026, organization_id=school.org.id)
    with pytest.raises(ValidationError, match="already exists"):
        svc.classes.update(k.id, changed.version, name="1-2")
    with pytest.raises(NotFound):
        svc.classes.update(999, 1, name="x")


def test_delete_only_empty_classes(svc: Services, school: School) -> None:
    k = school.klass
    svc.enrollment.enroll(school.students[0].student_id, k.id)
    with pytest.raises(Conflict, match="still has 1 students"):
        svc.classes.delete(k.id)
    svc.enrollment.unenroll(school.students[0].student_id, k.id)
    with pytest.raises(Conflict):
        svc.classes.delete(k.id, expected_version=k.version + 5)
    svc.classes.delete(k.id, expected_version=k.version)
    with pytest.raises(NotFound):
        svc.classes.get(k.id)
