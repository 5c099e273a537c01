"""Student launcher: the exams assigned to me, with Start / Resume.

The test window itself belongs to ``ui.exam_window`` (``open_exam_window(inputs, exam_id)``);
this screen only lists exams (``ExamApi.my_exams``) and hands over.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QWidget

from dreamseed_desktop.services.exams.api import ExamInfo
from dreamseed_desktop.ui import exam_window
from dreamseed_desktop.ui.common.list_screen import ListScreen
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.exam_window.inputs import inputs_from_context
from dreamseed_desktop.ui.subject_names import ensure_subject_names, install_then, read_with_names

if TYPE_CHECKING:
    from dreamseed_desktop.ui.exam_window.view import ExamWindow
from dreamseed_desktop.ui.qtmodels.exams import MyExamsModel
from dreamseed_desktop.ui.qtmodels.proxy import SearchProxy


class LauncherScreen(ListScreen):
    """My exams; Start/Resume opens the test window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.model = MyExamsModel()
        self.proxy = SearchProxy()
        self.proxy.setSourceModel(self.model)
        super().__init__(ctx, self.tr("My exams"), self.proxy, parent)
        self.start_action = self.add_action(self.tr("&Start or resume"), self.start,
                                            shortcut="Return", needs_selection=True,
                                            name="startButton")
        self.add_action(self.tr("&Refresh"), self.reload, shortcut="F5", name="refreshButton")
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_start())
        self.window_ref: ExamWindow | None = None
        ctx.events.sessions_changed.connect(lambda _e: self.reload())
        ctx.events.subjects_changed.connect(self.reload)
        ensure_subject_names(ctx)

    def reload(self) -> None:
        api = self.ctx.services.exam_api
        self.ctx.runner.read(read_with_names(self.ctx, api.my_exams), install_then(self._loaded), self.show_failure,
                             key="my-exams", owner=self)

    def _loaded(self, exams: list[ExamInfo]) -> None:
        self.model.set_rows(exams)
        open_count = sum(1 for e in exams if e.can_start or e.can_resume)
        self.set_status(self.tr("%n exam(s) ready to take", "", open_count))
        if not self.selected():      # preselect the first exam that can be taken
            ready = [r for r in range(self.proxy.rowCount())
                     if self.proxy.dto_at(r).can_start or self.proxy.dto_at(r).can_resume]
            if ready:
                self.select_rows(ready[:1])
        self._update_start()

    def _update_start(self) -> None:
        rows = self.selected()
        exam = rows[0] if len(rows) == 1 else None
        ok = exam is not None and (exam.can_start or exam.can_resume)
        self.start_action.setEnabled(ok)
        button = self.findChild(QPushButton, "startButton")
        if button is not None and exam is not None:
            button.setText(self.tr("&Resume") if exam.can_resume else self.tr("&Start"))

    def activate_selected(self) -> None:
        self.start()

    def start(self) -> None:
        rows = self.selected()
        if len(rows) != 1 or not (rows[0].can_start or rows[0].can_resume):
            return
        exam = rows[0]
        self.window_ref = exam_window.open_exam_window(
            inputs_from_context(self.ctx), exam.exam_id, None, title=exam.title, kiosk=True,
            on_exit=lambda: self.ctx.events.sessions_changed.emit(exam.exam_id))


def create_screen(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return LauncherScreen(ctx, parent)
