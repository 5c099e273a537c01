"""Import every model so ``Base.metadata`` is complete (alembic, tests)."""
from __future__ import annotations

from dreamseed_desktop.db.audit import AuditEntry
from dreamseed_desktop.db.base import Base
from dreamseed_desktop.db.classes import Classroom, Enrollment
from dreamseed_desktop.db.content import ItemAsset, ItemContentVersion, ItemVersionKey, Passage, PassageVersion
from dreamseed_desktop.db.exams import Attempt, Exam, ExamSession
from dreamseed_desktop.db.items import Item, ItemKey, ItemParamHistory, ItemStats, Strand, Subject
from dreamseed_desktop.db.people import Organization, Student, StudentAccommodations, Teacher, User

# Tables in the public schema that only SQL functions touch (no ORM access by design).
# Each entry says why; the migration-vs-model test ignores exactly these.
SERVER_ONLY_TABLES: dict[str, str] = {
    "exam_kiosk_settings": "proctor quit-password hash; read only by a SECURITY DEFINER check",
}

__all__ = [
    "SERVER_ONLY_TABLES",
    "AuditEntry", "Attempt", "Base", "Classroom", "Enrollment", "Exam", "ExamSession", "Item",
    "ItemAsset", "ItemContentVersion", "ItemKey", "ItemParamHistory", "ItemStats", "ItemVersionKey",
    "Organization", "Passage", "PassageVersion", "Strand", "Student", "StudentAccommodations",
    "Subject", "Teacher", "User",
]
