"""Representative operations of the staff services run as dreamseed_client with real tokens.

The services are tested as the owner by their own suites; here they must also work through
row-level security (and stay inside the signed-in user's organization / classes).
"""
from __future__ import annotations

import uuid

import pytest

from dreamseed_desktop.services.classes.enrollment import EnrollmentService
from dreamseed_desktop.services.classes.service import ClassService
from dreamseed_desktop.services.core.errors import DomainError, NotFound, PermissionDenied
from dreamseed_desktop.services.exams.admin import ExamAdminService, ExamDraft
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.exams.results import ExamResultsService
from dreamseed_desktop.services.exams.sessions import ExamSessionService, SessionFilter
from dreamseed_desktop.services.items.rules import ItemInput
from dreamseed_desktop.services.items.service import ItemService
from dreamseed_desktop.services.people.organizations import OrganizationService
from dreamseed_desktop.services.people.service import PeopleService
from dreamseed_desktop.services.stats.statistics import StatisticsService
from tests.fixtures.school import School


@pytest.mark.slow
def test_sysadmin_creates_an_organization_and_its_admin(school: School, connect_as) -> None:
    root = connect_as("root")
    org = OrganizationService(root).create("East High")
    admin = PeopleService(root).create_admin("east.admin@school.test", "East Admin", organization_id=org.id,
                                            password="east admin pw 1")
    assert admin.organization_id == org.id
    assert {o.name for o in OrganizationService(root).list()} >= {"North High", "South High", "East High"}
    assert [o.name for o in OrganizationService(connect_as("admin")).list()] == ["North High"]
    with pytest.raises(DomainError):
        OrganizationService(connect_as("admin")).create("Rogue High")


@pytest.mark.slow
def test_admin_manages_people_classes_enrollment_and_items(school: School, connect_as) -> None:
    db = connect_as("admin")
    people = PeopleService(db)
    t = people.create_teacher("new.teacher@school.test", "New Teacher", subject="math", password="teacher pw 12")
    s = people.create_student("new.student@school.test", "New Student", 2, student_number="N1")
    assert {p.id for p in people.list().items} >= {t.id, s.id, school.users["student1"]}
    assert school.users["student_b"] not in {p.id for p in people.list().items}      # other school
    people.update(s.id, s.version, name="Renamed Student")
    classes = ClassService(db)
    cls = classes.create("2C", 2, subject="math", teacher_id=people.get(t.id).teacher_id)
    enroll = EnrollmentService(db)
    assert enroll.bulk_enroll(cls.id, [school.students["student1"], people.get(s.id).student_id]) == 2
    assert len(enroll.list_class_students(cls.id)) == 2
    with pytest.raises(DomainError):
        enroll.enroll(school.students["student_b"], cls.id)     # student of another school
    items = ItemService(db)
    item = items.create(ItemInput(code="new-1", subject="math", stem="2+2?", choices=("3", "4"), key=2,
                                  a=1.2, b=0.3, c=0.1, grade=8))
    assert items.get(item.id).key == 2
    items.retire(item.id)
    admin_b_people = PeopleService(connect_as("admin_b"))
    with pytest.raises(NotFound):
        admin_b_people.get(s.id)


@pytest.mark.slow
def test_teacher_sees_only_own_classes_and_their_results(school: School, connect_as) -> None:
    # student1 takes quiz_a (8A, teacher1) and student3 quiz_b (8B, teacher2)
    for key, exam in (("student1", "quiz_a"), ("student3", "quiz_b")):
        api = ExamApi(connect_as(key))
        sid = api.start(school.exams[exam]).session_id
        while (item := api.next_item(sid)) is not None:
            api.submit(sid, item.seq, item.item_id, 1, 700, uuid.uuid4())
    db = connect_as("teacher1")
    assert [c.name for c in ClassService(db).list()] == ["8A"]
    with pytest.raises(NotFound):
        ClassService(db).get(school.classes["8B"])
    sessions = ExamSessionService(db).list(SessionFilter())
    assert {r.student_id for r in sessions.items} == {school.students["student1"]}
    results = ExamResultsService(db).results(school.exams["quiz_a"])
    assert [r.student_id for r in results if r.session_id] == [school.students["student1"]]
    with pytest.raises(DomainError):
        ExamResultsService(db).results(school.exams["quiz_b"])
    stats = StatisticsService(db).class_exam_stats(school.classes["8A"])
    assert stats.total_exams == 1
    with pytest.raises(NotFound):
        StatisticsService(db).class_exam_stats(school.classes["8B"])
    items = ItemService(db).list(subject="math")
    assert items.total >= 60 and all(i.key is None for i in items.items)        # no keys for teachers
    with pytest.raises(PermissionDenied):
        ItemService(db).retire(items.items[0].id)


@pytest.mark.slow
def test_teacher_enrolls_and_creates_exams_for_own_class_only(school: School, connect_as) -> None:
    db = connect_as("teacher1")
    enroll = EnrollmentService(db)
    enroll.enroll(school.students["student3"], school.classes["8A"])
    assert school.students["student3"] in {s.student_id for s in enroll.list_class_students(school.classes["8A"])}
    with pytest.raises(DomainError):
        enroll.enroll(school.students["student1"], school.classes["8B"])
    admin = ExamAdminService(db)
    assert [c.id for c in admin.classes()] == [school.classes["8A"]]
    exam = admin.create_exam(ExamDraft.from_template(next(iter(_templates())), class_id=school.classes["8A"],
                                                     title="Unit test", subject="math"))
    assert exam.class_id == school.classes["8A"]
    with pytest.raises(DomainError):
        admin.create_exam(ExamDraft.from_template(next(iter(_templates())), class_id=school.classes["8B"],
                                                  title="Not mine", subject="math"))
    # the exam the teacher made can be taken through the exam API
    state = ExamApi(connect_as("student3")).start(exam.id)
    assert state.status == "in_progress"


def _templates():
    from dreamseed_desktop.services.exams.admin import EXAM_TEMPLATES
    return EXAM_TEMPLATES
