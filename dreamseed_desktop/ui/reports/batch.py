"""Reports for a whole grade: every class report and every student report, with progress.

Two phases, both cancellable:

1. data — a background task (``TaskRunner.long``) reads each class's and student's report
   data, reporting progress;
2. drawing — PDFs are drawn on the GUI thread (charts are widgets), one file per event-loop
   turn, under a :class:`QProgressDialog`, so the window stays responsive.

Files: ``<folder>/<class name>/<class name> - class report.pdf`` and
``<folder>/<class name>/<student number> <name>.pdf``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dreamseed_desktop.services.stats.reports import (
    ClassReportData,
    ReportService,
    StudentReportData,
)
from dreamseed_desktop.ui.workers import Cancelled, Failure, Progress, TaskRunner

from .class_report import write_class_report
from .student_report import write_student_report

__all__ = ["GradeReportBatch", "ReportJob", "safe_file_name"]


def safe_file_name(text: str) -> str:
    """A file name without path separators or characters Windows refuses."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", text).strip(" .")
    return cleaned or "report"


@dataclass(frozen=True)
class ReportJob:
    """One PDF to draw."""

    path: Path
    data: ClassReportData | StudentReportData


class GradeReportBatch(QObject):
    """Writes all reports of ``grade`` into ``folder``.

    Signals: ``finished(int, str)`` — files written and the folder (also after a cancel, with
    the files written so far); ``failed(str)`` — a message for the user.
    """

    finished = Signal(int, str)
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, reports: ReportService, grade: int, folder: str | Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._reports = reports
        self.grade = grade
        self.folder = Path(folder)
        self._parent = parent
        self._jobs: list[ReportJob] = []
        self._done = 0
        self.dialog: QProgressDialog | None = None

    def start(self) -> None:
        self._runner.long(self.collect, self._draw_all, self._failed,
                          title=self.tr("Collecting report data…"), parent=self._parent, write=False)

    # ------------------------------------------------------------------ phase 1 (worker)
    def collect(self, progress: Progress) -> list[ReportJob]:
        classes = self._reports.grade_classes(self.grade)
        rosters = [(cid, name, self._reports.class_student_ids(cid)) for cid, name in classes]
        total = sum(1 + len(ids) for _, _, ids in rosters)
        jobs: list[ReportJob] = []
        for cid, name, student_ids in rosters:
            folder = self.folder / safe_file_name(name)
            progress.check()
            jobs.append(ReportJob(folder / safe_file_name(f"{name} - class report.pdf"),
                                  self._reports.class_report(cid)))
            progress.report(len(jobs), total, name)
            for sid in student_ids:
                progress.check()
                data = self._reports.student_report(sid, class_id=cid)
                label = f"{data.student_number or data.student_id} {data.name}"
                jobs.append(ReportJob(folder / safe_file_name(f"{label}.pdf"), data))
                progress.report(len(jobs), total, label)
        return jobs

    # ------------------------------------------------------------------ phase 2 (GUI thread)
    def _draw_all(self, jobs: list[ReportJob]) -> None:
        self._jobs, self._done = jobs, 0
        self.dialog = QProgressDialog(self.tr("Writing PDF reports…"), self.tr("Cancel"), 0,
                                      len(jobs), self._parent)
        self.dialog.setObjectName("gradeReportProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        QTimer.singleShot(0, self._step)

    def _step(self) -> None:
        dialog = self.dialog
        assert dialog is not None
        if dialog.wasCanceled() or self._done >= len(self._jobs):
            dialog.close()
            dialog.deleteLater()
            self.dialog = None
            self.finished.emit(self._done, str(self.folder))
            return
        job = self._jobs[self._done]
        try:
            job.path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(job.data, ClassReportData):
                write_class_report(job.data, job.path)
            else:
                write_student_report(job.data, job.path)
        except OSError as exc:
            dialog.close()
            self.failed.emit(self.tr("Could not write {0}: {1}").format(job.path, exc.strerror or exc))
            return
        self._done += 1
        dialog.setValue(self._done)
        dialog.setLabelText(job.path.name)
        QTimer.singleShot(0, self._step)

    def _failed(self, failure: Failure) -> None:
        if isinstance(failure.error, Cancelled):
            self.finished.emit(0, str(self.folder))
        else:
            self.failed.emit(failure.message)

