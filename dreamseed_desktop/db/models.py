"""Import every model so ``Base.metadata`` is complete (alembic, tests)."""
from __future__ import annotations

from dreamseed_desktop.db.audit import AuditEntry
from dreamseed_desktop.db.base import Base
from dreamseed_desktop.db.classes import Classroom, Enrollment
from dreamseed_desktop.db.exams import Attempt, Exam, ExamSession
from dreamseed_desktop.db.items import Item, ItemKey, ItemParamHistory, ItemStats
from dreamseed_desktop.db.people import Organization, Student, Teacher, User

__all__ = [
    "AuditEntry", "Attempt", "Base", "Classroom", "Enrollment", "Exam", "ExamSession", "Item",
    "ItemKey", "ItemParamHistory", "ItemStats", "Organization", "Student", "Teacher", "User",
]
