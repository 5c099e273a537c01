"""Printable PDF reports (A4, Korean font embedded, charts included).

* :func:`write_student_report` / :func:`write_class_report` — one PDF from a report DTO of
  :mod:`dreamseed_desktop.services.stats.reports`; return the page count;
* :class:`GradeReportBatch` — every class and student report of a grade with a progress dialog.
"""
from __future__ import annotations

from .class_report import write_class_report
from .student_report import write_student_report

__all__ = ["write_class_report", "write_student_report"]
