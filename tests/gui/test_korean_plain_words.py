"""A Korean teacher or student understands what a number is without help (issue 15): θ is named
"능력(θ)" on every teacher and student screen, chart and report; an item's IRT parameters are
named (변별도 a, 난이도 b, 추측도 c); the subject dialog names the subject, not its code."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from dreamseed_desktop.ui.screens.items.detail import ItemDetail
from dreamseed_desktop.ui.screens.subjects.screen import SubjectsScreen
from tests.fixtures.school import Roster

CATALOG = Path(__file__).resolve().parents[2] / "resources" / "translations" / "dreamseed_ko.ts"
#: contexts whose texts teachers and students read (screens, charts, reports, the test window);
#: the psychometrics screen and the command-line tools are for the school's assessment expert
TEACHER_AND_STUDENT = {"ClassesTab", "Columns", "MyResults", "ThetaHistogramChart",
                       "ThetaOverTimeChart", "ClassComparisonChart", "ThetaTrajectoryChart",
                       "ClassReport", "StudentReport", "SessionRecordDialog", "ExamWindow"}


def test_theta_is_named_in_plain_words_for_teachers_and_students() -> None:
    bare = []
    for context in ET.parse(CATALOG).getroot():
        if context.findtext("name") not in TEACHER_AND_STUDENT:
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            text = translation.text or ""
            # "θ=0.52 ± 0.31" read-outs follow a titled axis; every other θ says what it is
            if re.search(r"θ(?!\s*=)", text) and "능력" not in text:
                bare.append((context.findtext("name"), text))
    assert bare == []


def test_item_parameters_are_named(qtbot, korean) -> None:
    from dreamseed_desktop.services.items.service import ItemDTO

    detail = ItemDetail(True)
    qtbot.addWidget(detail)
    detail.show_item(ItemDTO(id=1, code="M-1", subject="math", grade=10, strand=None, model="3PL", a=1.518,
                             b=-1.058, c=0.198, stem="1 + 1 = ?", choices=("1", "2"), status="active",
                             content_version=1, bank_version=3, version=1, key=2))
    assert detail.params.text() == ("3PL 모형 · 변별도 a = 1.518 · 난이도 b = -1.058 · 추측도 c = 0.198 · "
                                    "문항 은행 버전 3")
    from PySide6.QtCore import QCoreApplication  # the item bank's column headers too

    assert [QCoreApplication.translate("Columns", p) for p in "abc"] == ["변별도 a", "난이도 b", "추측도 c"]


def test_the_subject_dialog_names_the_subject(qtbot, korean, ctx, school: Roster) -> None:
    screen = SubjectsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    row = next(i for i, s in enumerate(screen.model.rows()) if s.code == "korean")
    screen.select_rows([row])
    screen.edit_subject()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
    assert dialog.windowTitle() == "과목 편집: 국어"
    dialog.reject()
