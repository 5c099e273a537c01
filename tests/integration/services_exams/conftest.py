"""Fixtures of the exam/statistics/item-bank service tests: a tiny school built with plain inserts."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from dreamseed_desktop.db.classes import Classroom, Enrollment
from dreamseed_desktop.db.items import Item, ItemKey
from dreamseed_desktop.db.people import Organization, Student, Teacher, User
from dreamseed_desktop.services.core.uow import Database


@dataclass(frozen=True)
class School:
    """Ids of the fixture school: class 0 holds students 0-2, class 1 holds student 0 only."""

    org_id: int
    teacher_id: int
    class_ids: tuple[int, ...]
    student_ids: tuple[int, ...]
    student_user_ids: tuple[int, ...]
    outsider_id: int           # a student enrolled nowhere
    item_ids: tuple[int, ...]  # 12 items, key = 2, b = -1.1, -0.9, ... (i*0.2 - 1.1)


@pytest.fixture
def school(owner_db: Database) -> School:
    with owner_db.session() as s:
        org = Organization(name="테스트고등학교", type="school")
        s.add(org)
        s.flush()
        tuser = User(organization_id=org.id, email="t@test.kr", role="teacher", name="김선생")
        s.add(tuser)
        s.flush()
        teacher = Teacher(user_id=tuser.id, organization_id=org.id, subject="math")
        s.add(teacher)
        s.flush()
        classes = [Classroom(organization_id=org.id, teacher_id=teacher.id, name=f"1학년 {n}반",
                             subject=subj, grade=10, school_year=2026)
                   for n, subj in ((1, "math"), (2, "english"))]
        s.add_all(classes)
        students, users = [], []
        for n, name in enumerate(("가나다", "라마바", "사아자", "차카타")):
            user = User(organization_id=org.id, email=f"s{n}@test.kr", role="student", name=name)
            s.add(user)
            s.flush()
            student = Student(user_id=user.id, organization_id=org.id, grade=10,
                              student_number=f"{n + 1:05d}")
            s.add(student)
            users.append(user)
            students.append(student)
        s.flush()
        for st in students[:3]:
            s.add(Enrollment(student_id=st.id, class_id=classes[0].id))
        s.add(Enrollment(student_id=students[0].id, class_id=classes[1].id))
        items = [Item(code=f"M-{i:03d}", subject="math", grade=10, strand="algebra", model="3PL",
                      a=1.0 + 0.05 * i, b=round(i * 0.2 - 1.1, 2), c=0.2, stem=f"문항 {i}",
                      choices=["1", "2", "3", "4"]) for i in range(12)]
        s.add_all(items)
        s.flush()
        s.add_all(ItemKey(item_id=it.id, correct_choice=2) for it in items)
        return School(org_id=org.id, teacher_id=teacher.id,
                      class_ids=tuple(c.id for c in classes),
                      student_ids=tuple(st.id for st in students[:3]),
                      student_user_ids=tuple(u.id for u in users[:3]),
                      outsider_id=students[3].id, item_ids=tuple(it.id for it in items))
