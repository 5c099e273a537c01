"""Grades as a Korean school counts them (issue 15), for every grade box of the staff screens.

* A person's or a class's 학년 is counted within the school: 1–6 in an elementary school (초),
  1–3 in a middle (중) or high (고) school. Boxes that offer it (:func:`fill_grade_combo`,
  :func:`follow_school_level`) offer only the grades of the signed-in user's school and name
  them "1학년" ("Grade 1").
* An item's grade is its curriculum grade, counted from the first year of elementary school
  (1–12, ``services.core.school.curriculum_grade``): shown as "고1" ("High school year 1"),
  never as a bare "10" (:func:`curriculum_grade_text`, :func:`fill_curriculum_combo`).

The school's level is read once per box on the task runner (``ctx.services.organizations``);
until it arrives, and when it cannot be read, the box keeps the widest range (1–6).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QSpinBox

from dreamseed_desktop.services.core.school import LEVEL_GRADE_OFFSET, LEVEL_MAX_GRADE, max_grade
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

__all__ = ["WIDEST", "curriculum_grade_text", "fill_curriculum_combo", "fill_grade_combo",
           "follow_school_level", "grade_text"]

#: the most grades a school has (초: 1–6); a box shows this many until the school's level is known
WIDEST = max(LEVEL_MAX_GRADE.values())
LEVEL_NAMES = {
    "elementary": QT_TRANSLATE_NOOP("Grades", "Elementary school"),
    "middle": QT_TRANSLATE_NOOP("Grades", "Middle school"),
    "high": QT_TRANSLATE_NOOP("Grades", "High school"),
}


def grade_text(grade: int) -> str:
    """A 학년 within the school: "1학년" / "Grade 1"."""
    return QCoreApplication.translate("Grades", "Grade %1").replace("%1", str(grade))


def curriculum_grade_text(grade: int | None) -> str:
    """An item's curriculum grade (1–12): "고1" / "High school year 1"; "" for none."""
    if grade is None:
        return ""
    for level in ("high", "middle", "elementary"):
        offset = LEVEL_GRADE_OFFSET[level]
        if offset < grade <= offset + LEVEL_MAX_GRADE[level]:
            level_name = QCoreApplication.translate("Grades", LEVEL_NAMES[level])
            return (QCoreApplication.translate("Grades", "%1 year %2").replace("%1", level_name)
                    .replace("%2", str(grade - offset)))
    return str(grade)


def fill_grade_combo(combo: QComboBox, top: int, all_text: str | None = None) -> None:
    """Offer 학년 1..``top`` (and "all" first when ``all_text`` is given), keeping the chosen
    grade when it is still offered."""
    keep = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    if all_text is not None:
        combo.addItem(all_text, None)
    for grade in range(1, top + 1):
        combo.addItem(grade_text(grade), grade)
    index = combo.findData(keep) if keep is not None else -1
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(blocked)
    if combo.currentData() != keep:
        combo.currentIndexChanged.emit(combo.currentIndex())


def fill_curriculum_combo(combo: QComboBox, first_text: str) -> None:
    """Every curriculum grade (초1 … 고3) after ``first_text`` ("All grades", "Any")."""
    combo.clear()
    combo.addItem(first_text, None)
    for grade in range(1, LEVEL_GRADE_OFFSET["high"] + LEVEL_MAX_GRADE["high"] + 1):
        combo.addItem(curriculum_grade_text(grade), grade)


def follow_school_level(ctx: AppContext, owner: QObject, boxes: list[QComboBox | QSpinBox],
                        all_text: str | None = None,
                        on_top: Callable[[int], None] | None = None) -> None:
    """Limit ``boxes`` to the grades of the signed-in user's school (1–3 for 중/고, 1–6 for 초)
    once its level is read: combo boxes are refilled (see :func:`fill_grade_combo`), spin boxes
    get that maximum. ``on_top`` is told the top grade too."""
    org_id = ctx.identity.organization_id
    if org_id is None:
        return

    def apply(level: str) -> None:
        top = max_grade(level)
        for box in boxes:
            if isinstance(box, QSpinBox):
                box.setMaximum(top)
            else:
                fill_grade_combo(box, top, all_text)
        if on_top is not None:
            on_top(top)

    ctx.runner.read(lambda: ctx.services.organizations.get(org_id).school_level, apply,
                    lambda _failure: None, owner=owner)
