"""Keyboard access: every dialog/screen has unique mnemonics, every label with a mnemonic has
a buddy, and the Korean catalog is complete for them."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.connection_dialog import ConnectionDialog
from dreamseed_desktop.ui.login_dialog import LoginDialog
from dreamseed_desktop.ui.screens.classes.screen import ClassDialog
from dreamseed_desktop.ui.screens.enrollment.screen import EnrollmentScreen
from dreamseed_desktop.ui.screens.items.screen import ItemsScreen
from dreamseed_desktop.ui.screens.organizations.screen import OrganizationDialog
from dreamseed_desktop.ui.screens.people.person_dialog import PersonDialog
from dreamseed_desktop.ui.screens.people.screen import PeopleScreen

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(widget: QWidget) -> list[tuple[str, str]]:
    found = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, (QLabel, QAbstractButton)):
            text = child.text()
        elif isinstance(child, QGroupBox):
            text = child.title()
        else:
            continue
        match = MNEMONIC.search(text)
        if match and child.isVisibleTo(widget):
            found.append((match.group(1).lower(), text))
            if isinstance(child, QLabel):
                assert child.buddy() is not None, f"label {text!r} has a mnemonic but no buddy"
    return found


def build(kind: str, ctx):
    return {
        "person": lambda: PersonDialog(ctx),
        "class": lambda: ClassDialog(ctx, None, []),
        "organization": lambda: OrganizationDialog(ctx),
        "login": lambda: LoginDialog(lambda e, p: None, ctx.runner),
        "connection": lambda: ConnectionDialog(lambda u: (True, ""), ctx.runner),
        "people": lambda: PeopleScreen(ctx),
        "items": lambda: ItemsScreen(ctx),
        "enrollment": lambda: EnrollmentScreen(ctx),
    }[kind]()


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("kind", ["person", "class", "organization", "login", "connection",
                                  "people", "items", "enrollment"])
def test_unique_mnemonics(qtbot, ctx, kind, lang):
    i18n.install_language(lang)
    try:
        widget = build(kind, ctx)
        qtbot.addWidget(widget)
        widget.show()
        found = mnemonics(widget)
        letters = [letter for letter, _text in found]
        duplicates = {c: [t for x, t in found if x == c] for c in letters if letters.count(c) > 1}
        assert not duplicates, duplicates
        assert found, "no keyboard mnemonics at all"
        if lang == "ko":
            # names of formats and products stay as they are in Korean (CSV, QTI, PostgreSQL, PgBouncer)
            assert not [t for _l, t in found if re.search(r"[A-Za-z]{3}", re.sub(
                r"CSV|QTI|PostgreSQL|PgBouncer", "", t))], "untranslated label"
        qtbot.waitUntil(lambda: not ctx.runner.is_busy())
    finally:
        i18n.install_language("en")
