"""Lazy table model of people (PersonDTO pages from PeopleService.list)."""
from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QObject

from dreamseed_desktop.ui.qtmodels.dto_table import Column
from dreamseed_desktop.ui.qtmodels.labels import role_label
from dreamseed_desktop.ui.qtmodels.paged import Fetch, PagedTableModel
from dreamseed_desktop.ui.subject_names import subject_label
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP
from dreamseed_desktop.ui.workers import TaskRunner

PEOPLE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.name,
           dim_if=lambda p: not p.is_active),
    Column(QT_TRANSLATE_NOOP("Columns", "Email"), lambda p: p.email or "",
           dim_if=lambda p: not p.is_active, stretch=True, latin=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda p: p.role, display=role_label),
    Column(QT_TRANSLATE_NOOP("Columns", "Grade"), lambda p: p.grade, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Class no."), lambda p: p.class_no, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Seat no."), lambda p: p.seat_no, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Student no."), lambda p: p.student_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Subject"), lambda p: p.subject, display=subject_label),  # type: ignore[arg-type]
    Column(QT_TRANSLATE_NOOP("Columns", "Active"), lambda p: p.is_active),
)


class PeopleModel(PagedTableModel):
    """Admins, teachers and students, one SQL page at a time (ordered by name)."""

    def __init__(self, fetch: Fetch, runner: TaskRunner, parent: QObject | None = None,
                 *, page_size: int = 200) -> None:
        super().__init__(PEOPLE_COLUMNS, fetch, runner, parent, page_size=page_size,
                         keyset=lambda p: (p.name, p.id), matches=person_matches)


def person_matches(person: Any, query: dict[str, Any]) -> bool:
    """The service's search rule on one row: part of name, email or student number."""
    needle = unicodedata.normalize("NFC", str(query.get("search", ""))).casefold()
    return any(needle in unicodedata.normalize("NFC", value).casefold()
               for value in (person.name, person.email or "", person.student_number or ""))
