"""My results (students): my finished exams with exactly what each teacher chose to show.

``ExamApi.my_results`` reads them as the signed-in student (row-level security) and leaves out
what the exam does not show (none / number correct / θ); this screen words each result the way
the test window's end screen does and explains the selected one below the list.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dreamseed_desktop.services.exams.my_results import MyResult
from dreamseed_desktop.ui.common.list_screen import ListScreen
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.dates import datetime_text
from dreamseed_desktop.ui.qtmodels.dto_table import Column, DtoTableModel
from dreamseed_desktop.ui.qtmodels.proxy import SearchProxy
from dreamseed_desktop.ui.score_text import fmt_interval, fmt_se, fmt_theta
from dreamseed_desktop.ui.subject_names import ensure_subject_names, subject_label
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

#: a plural text (marked in _plural_texts so lupdate writes its plural forms)
ITEMS_CORRECT = "%1 of %n item(s) correct (%2%)"


def result_text(r: MyResult) -> str:
    """The result in one line, as much as the teacher chose to show."""
    translate = QCoreApplication.translate
    if r.status == "terminated":
        return translate("MyResults", "Ended by your teacher")
    if r.show_result == "correct" and r.n_correct is not None and r.answered:
        n = r.answered
        text = QCoreApplication.translate("MyResults", ITEMS_CORRECT, None, n)
        return text.replace("%1", str(r.n_correct)).replace("%2", f"{r.percent_correct or 0:.0f}")
    if r.show_result == "theta" and r.theta is not None:
        return (translate("MyResults", "θ %1 (95% interval %2)").replace("%1", fmt_theta(r.theta))
                .replace("%2", fmt_interval(r.theta, r.se)))
    return translate("MyResults", "Finished (your teacher does not show results)")


def explanation(r: MyResult | None) -> str:
    """What the selected result means, in the words of the end screen."""
    translate = QCoreApplication.translate
    if r is None:
        return translate("MyResults", "Choose an exam to see what its result means.")
    if r.status == "terminated":
        return translate("MyResults", "Your teacher ended this test before you finished it.")
    if r.show_result == "correct" and r.answered:
        return translate("MyResults", "In this test everyone gets items near their own level, so the share "
                                      "of correct answers is not a grade.")
    if r.show_result == "theta" and r.theta is not None:
        return (translate("MyResults", "θ is your ability estimate on the item bank's scale: 0 is the "
                                       "average of the group the items were calibrated on; most students "
                                       "are between −2 and +2. The standard error is %1.")
                .replace("%1", fmt_se(r.se)))
    return translate("MyResults", "Your teacher chose not to show results for this test. Your answers "
                                  "were saved.")


def _ended(value: object) -> str:
    from datetime import datetime

    return datetime_text(value) if isinstance(value, datetime) else "–"


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Exam"), lambda r: r.title, stretch=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Subject"), lambda r: subject_label(r.subject)),
    Column(QT_TRANSLATE_NOOP("Columns", "Class"), lambda r: r.class_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Finished"), lambda r: r.ended_at, display=_ended),
    Column(QT_TRANSLATE_NOOP("Columns", "Result"), result_text),
]


class MyResultsScreen(ListScreen):
    """The student's finished exams (newest first) and what the selected result means."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.model = DtoTableModel(COLUMNS, key=lambda r: r.session_id)
        self.proxy = SearchProxy()
        self.proxy.setSourceModel(self.model)
        super().__init__(ctx, self.tr("My results"), self.proxy, parent)
        self.add_action(self.tr("&Refresh"), self.reload, shortcut="F5", name="refreshButton")
        self.detail = QLabel()
        self.detail.setObjectName("resultExplanation")
        self.detail.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.detail)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._explain())
        ctx.events.sessions_changed.connect(lambda _e: self.reload())
        ctx.events.subjects_changed.connect(self.reload)
        ensure_subject_names(ctx)
        self._explain()

    def reload(self) -> None:
        api = self.ctx.services.exam_api
        self.ctx.runner.read(api.my_results, self._loaded, self.show_failure, key="my-results", owner=self)

    def _loaded(self, rows: list[MyResult]) -> None:
        self.model.set_rows(rows)
        self.set_status(self.tr("%n finished exam(s)", "", len(rows)) if rows
                        else self.tr("No finished exams yet."))
        if rows and not self.selected():
            self.select_rows([0])
        self._explain()

    def _explain(self) -> None:
        rows = self.selected()
        self.detail.setText(explanation(rows[0] if len(rows) == 1 else None))


def _plural_texts() -> None:  # pragma: no cover - never called: lupdate reads the call
    QCoreApplication.translate("MyResults", "%1 of %n item(s) correct (%2%)", None, 2)
