"""Early role and organization checks shared by every service.

Row-level security in the database is the real guard; these give a clear message first.
"""
from __future__ import annotations

from dreamseed_desktop.services.core.errors import PermissionDenied, ValidationError
from dreamseed_desktop.services.core.uow import Identity


def require_role(identity: Identity, *roles: str) -> None:
    """Refuse callers whose role is not in ``roles``.

    An identity without a role is the owner connection of the admin CLI and the tests; the
    database's row-level security is the real guard for client sessions, this check only
    gives a clear message early.
    """
    if identity.role is not None and identity.role not in roles:
        raise PermissionDenied()


def resolve_org(identity: Identity, organization_id: int | None) -> int:
    """The organization to act on: the given one, else the signed-in user's."""
    org = organization_id if organization_id is not None else identity.organization_id
    if org is None:
        raise ValidationError("Choose an organization first.", field="organization_id")
    if (identity.role is not None and identity.organization_id is not None
            and org != identity.organization_id):
        raise PermissionDenied("You can only manage your own organization.")
    return org
