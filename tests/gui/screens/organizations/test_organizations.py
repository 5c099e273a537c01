"""Organizations screen: model check, create/edit/delete through the dialog."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from dreamseed_desktop.ui.screens.organizations.screen import OrganizationDialog, OrganizationsScreen


@pytest.mark.slow
def test_list_create_edit_delete(qtbot, qtmodeltester, ctx_for, school, answer_yes):
    ctx = ctx_for(school.sysadmin_email)     # organizations are the server admin's to manage
    screen = OrganizationsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.proxy)

    dialog = OrganizationDialog(ctx, None, screen)
    qtbot.addWidget(dialog)
    dialog.field("name").setText("부산중학교")
    with qtbot.waitSignal(dialog.saved):
        dialog.submit()
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)

    # duplicate name: error next to the name field, dialog stays open
    dup = OrganizationDialog(ctx, None, screen)
    qtbot.addWidget(dup)
    dup.field("name").setText("부산중학교")
    dup.submit()
    qtbot.waitUntil(lambda: dup.field_error("name") != "")
    assert "already exists" in dup.field_error("name")

    # required field shown without a round trip
    empty = OrganizationDialog(ctx, None, screen)
    qtbot.addWidget(empty)
    empty.submit()
    assert empty.field_error("name") == "This field is required."

    row = next(i for i in range(screen.proxy.rowCount()) if screen.proxy.dto_at(i).name == "부산중학교")
    screen.select_rows([row])
    org = screen.selected()[0]
    edit = OrganizationDialog(ctx, org, screen)
    qtbot.addWidget(edit)
    name = edit.field("name")
    assert isinstance(name, QLineEdit)
    name.setText("부산중학교 (분교)")
    with qtbot.waitSignal(edit.saved):
        edit.submit()
    assert edit.result_value.version == org.version + 1

    # a stale edit (old version) gets the conflict banner
    stale = OrganizationDialog(ctx, org, screen)
    qtbot.addWidget(stale)
    stale.submit()
    qtbot.waitUntil(lambda: not stale.banner.isHidden())
    assert "Someone else changed" in stale.banner.text()

    screen.reload()
    qtbot.waitUntil(lambda: any(screen.proxy.dto_at(i).name == "부산중학교 (분교)"
                                for i in range(screen.proxy.rowCount())))
    row = next(i for i in range(screen.proxy.rowCount())
               if screen.proxy.dto_at(i).name == "부산중학교 (분교)")
    screen.select_rows([row])
    screen.delete()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert answer_yes and "부산중학교" in answer_yes[0]

    screen.search.setText("서울")
    assert screen.proxy.rowCount() == 1
    screen.search.setText("nothing-like-this")
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == 0)
