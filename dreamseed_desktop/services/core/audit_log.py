"""Read the audit log (admins): newest first, filtered by action prefix and free text.

Row-level security limits a signed-in admin to their own organization's entries; on the
owner connection (CLI, tests) ``organization_id`` narrows the list explicitly.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, func, literal_column, or_, select

from dreamseed_desktop.db.audit import AuditEntry
from dreamseed_desktop.db.people import User
from dreamseed_desktop.services.core.errors import PermissionDenied, ValidationError
from dreamseed_desktop.services.core.paging import DEFAULT_PAGE_SIZE, Page, check_paging
from dreamseed_desktop.services.core.uow import Database

MAX_SEARCH_LENGTH = 200


@dataclass(frozen=True)
class AuditEntryDTO:
    """One audit entry as the viewer shows it."""

    id: int
    at: datetime
    actor_user_id: int | None
    actor_name: str | None
    client_addr: str | None
    action: str
    object_type: str
    object_id: str | None
    affected_user_ids: tuple[int, ...]
    details: dict[str, Any]
    #: for sentences with names: the actor's role, the object's current name (an exam's title, a
    #: class's, a person's, a school's, an item's code; None when gone or unnamed), the class of an
    #: exam or sitting, and the first affected person's name
    actor_role: str | None = None
    object_name: str | None = None
    class_name: str | None = None
    affected_name: str | None = None


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class AuditLogService:
    """Paged, read-only access to ``audit_log``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, *, action: str | None = None, search: str | None = None,
             organization_id: int | None = None, actor_user_id: int | None = None,
             since: datetime | None = None, until: datetime | None = None,
             offset: int = 0, limit: int = DEFAULT_PAGE_SIZE) -> Page[AuditEntryDTO]:
        """Entries newest first. ``action`` is a prefix ("enrollment." or "auth.login");
        ``search`` matches action, object, actor name or client address (case-insensitive)."""
        if self._db.identity.role not in (None, "admin"):
            raise PermissionDenied("Only administrators can read the audit log.")
        offset, limit = check_paging(offset, limit)
        org = organization_id if organization_id is not None else self._db.identity.organization_id
        conditions = []
        if org is not None:
            conditions.append(AuditEntry.organization_id == org)
        if action:
            conditions.append(AuditEntry.action.startswith(action, autoescape=True))
        if actor_user_id is not None:
            conditions.append(AuditEntry.actor_user_id == actor_user_id)
        if since is not None:
            conditions.append(AuditEntry.at >= since)
        if until is not None:
            conditions.append(AuditEntry.at < until)
        if search:
            text = unicodedata.normalize("NFC", search).strip()
            if "\x00" in text or len(text) > MAX_SEARCH_LENGTH:
                raise ValidationError(
                    "Search text must be at most {max_len} characters without NUL.",
                    params={"max_len": MAX_SEARCH_LENGTH}, field="search")
            pattern = _like_pattern(text)
            conditions.append(or_(
                AuditEntry.action.ilike(pattern, escape="\\"),
                AuditEntry.object_type.ilike(pattern, escape="\\"),
                AuditEntry.object_id.ilike(pattern, escape="\\"),
                User.name.ilike(pattern, escape="\\"),
                cast(AuditEntry.client_addr, String).ilike(pattern, escape="\\"),
            ))
        base = (select(AuditEntry, User.name)
                .outerjoin(User, User.id == AuditEntry.actor_user_id)
                .where(*conditions))
        named = base.add_columns(User.role, _OBJECT_NAME, _CLASS_NAME, _AFFECTED_NAME)
        with self._db.session(readonly=True) as s:
            total = s.execute(select(func.count()).select_from(base.subquery())).scalar_one()
            rows = s.execute(named.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
                             .offset(offset).limit(limit)).all()
        items = tuple(AuditEntryDTO(
            id=e.id, at=e.at, actor_user_id=e.actor_user_id, actor_name=name,
            client_addr=None if e.client_addr is None else str(e.client_addr),
            action=e.action, object_type=e.object_type, object_id=e.object_id,
            affected_user_ids=tuple(e.affected_user_ids or ()), details=dict(e.details or {}),
            actor_role=role, object_name=object_name, class_name=class_name, affected_name=affected,
        ) for e, name, role, object_name, class_name, affected in rows)
        return Page(items, total, offset, limit)


# The names an entry's sentence needs, looked up in the same statement (the page's rows only) and
# through row-level security (what the reader may see; a deleted object has no name any more).
_ID = "(CASE WHEN audit_log.object_id ~ '^[0-9]{1,18}$' THEN audit_log.object_id::bigint END)"
_OBJECT_NAME = literal_column(f"""(CASE audit_log.object_type
    WHEN 'exam' THEN (SELECT e.title FROM public.exams e WHERE e.id = {_ID})
    WHEN 'exam_session' THEN (SELECT e.title FROM public.exam_sessions es JOIN public.exams e ON e.id = es.exam_id
                              WHERE es.id = {_ID})
    WHEN 'class' THEN (SELECT c.name FROM public.classes c WHERE c.id = {_ID})
    WHEN 'user' THEN (SELECT u.name FROM public.users u WHERE u.id = {_ID})
    WHEN 'organization' THEN (SELECT o.name FROM public.organizations o WHERE o.id = {_ID})
    WHEN 'item' THEN (SELECT i.code FROM public.items i WHERE i.id = {_ID})
    WHEN 'subject' THEN (SELECT sj.name_ko FROM public.subjects sj WHERE sj.id = {_ID})
    WHEN 'strand' THEN (SELECT st.name_ko FROM public.strands st WHERE st.id = {_ID}) END)""", String)
_CLASS_NAME = literal_column(f"""(CASE audit_log.object_type
    WHEN 'exam' THEN (SELECT c.name FROM public.exams e JOIN public.classes c ON c.id = e.class_id
                      WHERE e.id = {_ID})
    WHEN 'exam_session' THEN (SELECT c.name FROM public.exam_sessions es JOIN public.classes c ON c.id = es.class_id
                              WHERE es.id = {_ID}) END)""", String)
_AFFECTED_NAME = literal_column(
    "(SELECT u.name FROM public.users u WHERE u.id = (CASE WHEN jsonb_typeof(audit_log.affected_user_ids) = 'array' "
    "THEN (audit_log.affected_user_ids ->> 0)::integer END))", String)
