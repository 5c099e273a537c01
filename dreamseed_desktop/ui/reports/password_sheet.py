"""The printable initial-password sheet: one page (or more) per class with each student's
name, 번호, 학번 and initial password, and how to sign in (A4, Korean font embedded)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .pdf_document import PdfDocument

translate = QCoreApplication.translate

__all__ = ["PasswordSheetRow", "write_password_sheet"]


@dataclass(frozen=True)
class PasswordSheetRow:
    class_label: str          # e.g. "1학년 3반"
    seat_no: int | None       # 번호
    name: str
    student_number: str | None  # 학번
    password: str


def write_password_sheet(path: str | Path, school_name: str, rows: Sequence[PasswordSheetRow],
                         generated_at: datetime) -> int:
    """Write the sheet (a new page for each class, in 번호 order); returns the page count."""
    title = translate("PasswordSheet", "Initial passwords")
    doc = PdfDocument(path, title, school_name, generated_at)
    ordered = sorted(rows, key=lambda r: (r.class_label, r.seat_no or 0, r.student_number or "", r.name))
    first = True
    for label, group in groupby(ordered, key=lambda r: r.class_label):
        if not first:
            doc.new_page()
        first = False
        doc.draw_text(0, doc.y, f"{title} — {label}", 16, bold=True)
        doc.y += doc.line_height(16) + 2
        how = translate("PasswordSheet", "How to sign in: on the sign-in screen type your student "
                        "number in \"Email or student no.\", then the password below.")
        doc.paragraph(how, 10)
        doc.paragraph(translate("PasswordSheet", "Give each student only their own row and keep "
                                "this sheet safe."), 9, "#444444")
        doc.table([translate("PasswordSheet", "No."), translate("PasswordSheet", "Name"),
                   translate("PasswordSheet", "Student no."),
                   translate("PasswordSheet", "Initial password")],
                  [[str(r.seat_no or ""), r.name, r.student_number or "", r.password] for r in group],
                  [8, 30, 24, 30], size_pt=12, right_align=(0,))
    return doc.finish()
