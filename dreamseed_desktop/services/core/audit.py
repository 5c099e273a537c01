"""Write audit_log rows from inside a service's unit of work.

Clients never insert audit rows themselves: a signed-in staff member's entry is written by the
server function ``auth.record_action``, which takes the actor (and organization) from the
session token and refuses actions only the server records (sign-in, proctor, kiosk, a
student's own exam actions). The owner connection (CLI, seeding) inserts directly.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from dreamseed_desktop.db.audit import AuditEntry
from dreamseed_desktop.services.core.uow import Identity


def record(session: Session, identity: Identity, action: str, object_type: str,
           object_id: object | None = None, *, affected_user_ids: Iterable[int] = (),
           organization_id: int | None = None, details: dict[str, Any] | None = None) -> None:
    """Append one audit entry in the caller's transaction (so it commits or rolls back with it)."""
    affected = sorted({int(u) for u in affected_user_ids})
    org = organization_id if organization_id is not None else identity.organization_id
    oid = None if object_id is None else str(object_id)
    if identity.token:
        session.execute(text("SELECT auth.record_action(:a, :t, :o, :u, :org, CAST(:d AS jsonb))"),
                        {"a": action, "t": object_type, "o": oid, "u": affected, "org": org,
                         "d": json.dumps(details or {}, default=str)})
        return
    session.add(AuditEntry(
        actor_user_id=identity.user_id,
        organization_id=org,
        action=action,
        object_type=object_type,
        object_id=oid,
        affected_user_ids=affected,
        details=details or {},
    ))
