"""Write audit_log rows from inside a service's unit of work."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from dreamseed_desktop.db.audit import AuditEntry
from dreamseed_desktop.services.core.uow import Identity


def record(session: Session, identity: Identity, action: str, object_type: str,
           object_id: object | None = None, *, affected_user_ids: Iterable[int] = (),
           organization_id: int | None = None, details: dict[str, Any] | None = None) -> None:
    """Append one audit entry in the caller's transaction (so it commits or rolls back with it)."""
    session.add(AuditEntry(
        actor_user_id=identity.user_id,
        organization_id=organization_id if organization_id is not None else identity.organization_id,
        action=action,
        object_type=object_type,
        object_id=None if object_id is None else str(object_id),
        affected_user_ids=sorted({int(u) for u in affected_user_ids}),
        details=details or {},
    ))
