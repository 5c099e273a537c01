"""PDF and CSV exports of the statistics screen (one place for the file questions and writes)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from dreamseed_desktop.services.psychometrics.service import ItemAnalysis, PsychometricsService
from dreamseed_desktop.services.stats.reports import ReportService
from dreamseed_desktop.ui.charts import widgets
from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.common.grades import WIDEST, grade_text
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.reports import write_class_report, write_student_report
from dreamseed_desktop.ui.reports.batch import GradeReportBatch, safe_file_name

__all__ = ["ReportExporter"]

PDF_FILTER = "PDF (*.pdf)"
CSV_FILTER = "CSV (*.csv)"


class ReportExporter(QObject):
    """Asks where to save, loads the report data off the GUI thread and writes the file.

    Signals: ``exported(str)`` — path of a written file (or folder for a grade batch).
    """

    exported = Signal(str)

    def __init__(self, ctx: AppContext, reports: ReportService, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reports = reports
        self.parent_widget = parent
        self.batch: GradeReportBatch | None = None

    # ------------------------------------------------------------------ classes
    def class_pdf(self, class_id: int, path: str | None = None) -> None:
        self._export(lambda: self.reports.class_report(class_id), path,
                     lambda d: f"{d.class_name}.pdf", PDF_FILTER, write_class_report)

    def class_csv(self, class_id: int, path: str | None = None) -> None:
        self._export(lambda: self.reports.class_report(class_id), path,
                     lambda d: f"{d.class_name}.csv", CSV_FILTER,
                     lambda d, p: Path(p).write_bytes(self.reports.class_csv(d)))

    # ------------------------------------------------------------------ item analysis
    def item_analysis_csv(self, analysis: ItemAnalysis | None, path: str | None = None) -> None:
        """The item analysis on screen (with infit/outfit and reliability) as CSV."""
        if analysis is None:
            return
        self._export(lambda: analysis, path,
                     lambda d: f"item-analysis {d.subject or 'all'}.csv", CSV_FILTER,
                     lambda d, p: Path(p).write_bytes(PsychometricsService.item_analysis_csv(d)))

    # ------------------------------------------------------------------ students
    def student_pdf(self, student_id: int, class_id: int = -1, path: str | None = None) -> None:
        self._export(lambda: self._student(student_id, class_id), path,
                     lambda d: f"{d.student_number or d.student_id} {d.name}.pdf", PDF_FILTER,
                     write_student_report)

    def student_csv(self, student_id: int, class_id: int = -1, path: str | None = None) -> None:
        self._export(lambda: self._student(student_id, class_id), path,
                     lambda d: f"{d.student_number or d.student_id} {d.name}.csv", CSV_FILTER,
                     lambda d, p: Path(p).write_bytes(self.reports.student_csv(d)))

    def _student(self, student_id: int, class_id: int) -> Any:
        return self.reports.student_report(student_id, class_id=class_id if class_id >= 0 else None)

    # ------------------------------------------------------------------ a whole grade
    def grade_reports(self, grade: int | None = None, folder: str | None = None, *,
                      choices: Sequence[int] = ()) -> None:
        """Every class and student report of ``grade`` into ``folder``; without a grade the user
        picks one of ``choices`` (the 학년 of the classes shown, else those of the school)."""
        if grade is None:
            grades = sorted(set(choices)) or list(range(1, WIDEST + 1))
            labels = [grade_text(g) for g in grades]
            picked, ok = QInputDialog.getItem(self.parent_widget, self.tr("Reports for a grade"),
                                              self.tr("Grade:"), labels, 0, False)
            if not ok or picked not in labels:
                return
            grade = grades[labels.index(picked)]
        if folder is None:
            folder = widgets.ask_directory(self.parent_widget, self.tr("Folder for the reports"))
            if not folder:
                return
        self.batch = GradeReportBatch(self.ctx.runner, self.reports, grade, folder, self.parent_widget)
        self.batch.finished.connect(self._batch_done)
        self.batch.failed.connect(lambda msg: messages.inform(self.parent_widget,
                                                              self.tr("Reports"), msg))
        self.batch.start()

    def _batch_done(self, n_files: int, folder: str) -> None:
        self.ctx.events.status_message.emit(self.tr("%n report(s) written to %1", "", n_files).replace("%1", folder))
        self.exported.emit(folder)

    # ------------------------------------------------------------------ internals
    def _export(self, load: Callable[[], Any], path: str | None, suggest: Callable[[Any], str],
                file_filter: str, write: Callable[[Any, str], Any]) -> None:
        def loaded(data: Any) -> None:
            target = path or widgets.ask_save_path(self.parent_widget, self.tr("Save report"),
                                                   safe_file_name(suggest(data)), file_filter)
            if not target:
                return
            try:
                write(data, target)
            except OSError as exc:
                messages.inform(self.parent_widget, self.tr("Could not save"),
                                self.tr("Could not write {0}: {1}").format(target, exc.strerror or exc))
                return
            self.ctx.events.status_message.emit(self.tr("Saved {0}").format(target))
            self.exported.emit(str(target))

        self.ctx.runner.read(load, loaded, lambda f: messages.show_failure(self.parent_widget, f),
                             owner=self.parent_widget)
