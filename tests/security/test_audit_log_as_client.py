"""The audit log viewer's service through dreamseed_client: admins read their own school only."""
from __future__ import annotations

import pytest

from dreamseed_desktop.services.core.audit_log import AuditLogService
from dreamseed_desktop.services.core.errors import PermissionDenied, ValidationError
from dreamseed_desktop.services.people.organizations import OrganizationService


def test_admin_reads_own_school_entries_newest_first(school, connect_as):
    admin = connect_as("admin")
    other = connect_as("admin_b")
    OrganizationService(admin).update(school.org, expected_version=1, address="1 North Road")
    OrganizationService(other).update(school.org_b, expected_version=1, address="9 South Road")

    page = AuditLogService(admin).list()
    actions = [e.action for e in page.items]
    assert page.total == len(page.items) >= 2          # the login and the update at least
    assert "auth.login" in actions
    assert any(a.startswith("organization.") for a in actions)
    assert all(e.actor_user_id == school.users["admin"] for e in page.items)
    assert [e.at for e in page.items] == sorted((e.at for e in page.items), reverse=True)
    # the other school's admin sees only their own entries
    assert {e.actor_user_id for e in AuditLogService(other).list().items} == {school.users["admin_b"]}

    only_org = AuditLogService(admin).list(action="organization.")
    assert only_org.total >= 1 and all(e.action.startswith("organization.") for e in only_org.items)
    found = AuditLogService(admin).list(search="Admin")          # actor name, case-insensitive
    assert found.total == page.total
    assert AuditLogService(admin).list(search="no such text 100%_").total == 0


def test_teachers_and_bad_input_are_refused(school, connect_as):
    with pytest.raises(PermissionDenied):
        AuditLogService(connect_as("teacher1")).list()
    admin = AuditLogService(connect_as("admin"))
    with pytest.raises(ValidationError):
        admin.list(search="x" * 500)
    with pytest.raises(ValidationError):
        admin.list(offset=-1)
