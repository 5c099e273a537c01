"""Minimal school for the exam tests: one organization, a teacher, a class, students, items."""
from __future__ import annotations

from dataclasses import dataclass

from dreamseed_desktop.db.classes import Classroom, Enrollment
from dreamseed_desktop.db.items import Item, ItemKey
from dreamseed_desktop.db.people import Organization, Student, Teacher, User
from dreamseed_desktop.services.uow import Database


@dataclass(frozen=True)
class School:
    org_id: int
    teacher_user_id: int
    class_id: int
    student_ids: tuple[int, ...]
    student_user_ids: tuple[int, ...]


def seed_school(db: Database, *, n_students: int = 3, n_items: int = 40) -> School:
    with db.session() as s:
        org = Organization(name="서울고등학교", type="school")
        s.add(org)
        s.flush()
        tu = User(organization_id=org.id, email="teacher@school.kr", role="teacher", name="김선생")
        s.add(tu)
        s.flush()
        teacher = Teacher(user_id=tu.id, organization_id=org.id, subject="math")
        s.add(teacher)
        s.flush()
        cls = Classroom(organization_id=org.id, teacher_id=teacher.id, name="2-3", subject="math",
                        grade=8, school_year=2026)
        s.add(cls)
        s.flush()
        students, users = [], []
        names = ["강민서", "이도윤", "박서연", "최하준", "정지우", "윤서준"]
        for k in range(n_students):
            u = User(organization_id=org.id, email=f"s{k}@school.kr", role="student",
                     name=names[k % len(names)] + ("" if k < len(names) else str(k)))
            s.add(u)
            s.flush()
            st = Student(user_id=u.id, organization_id=org.id, grade=8, student_number=f"{k + 1:05d}")
            s.add(st)
            s.flush()
            s.add(Enrollment(student_id=st.id, class_id=cls.id))
            students.append(st.id)
            users.append(u.id)
        for k in range(n_items):
            it = Item(code=f"M{k:03d}", subject="math", grade=7 + k % 2,
                      strand="algebra" if k % 3 else "geometry", model="2PL",
                      a=0.8 + (k % 5) * 0.2, b=-2.0 + 4.0 * k / max(n_items - 1, 1), c=0.0,
                      stem=f"<p>{k} + {k} = ?</p>",
                      choices=[str(2 * k + d) for d in (-1, 0, 1, 2)])
            s.add(it)
            s.flush()
            s.add(ItemKey(item_id=it.id, correct_choice=2))
        return School(org.id, tu.id, cls.id, tuple(students), tuple(users))
