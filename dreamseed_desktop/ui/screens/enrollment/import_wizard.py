"""Roster CSV import wizard: file → encoding → column mapping → preview → commit → summary.

The preview and the commit run through ``RosterService`` (services/classes/roster_csv.py) on the task
runner; the commit is all-or-nothing, and any row the database rejects at commit time is shown
highlighted in the preview again. The headers and the preview table are split into cells by
``services.classes.roster_parse`` (``decode`` / ``csv_rows`` / ``map_columns``), the same code the import
uses, so comma-, tab- and semicolon-delimited files show the columns the import will read.
"""
from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from dreamseed_desktop.services.classes.roster_parse import ALL_FIELDS, map_columns, read_file, read_rows
from dreamseed_desktop.services.core.errors import BulkValidationError, DomainError, ValidationError
from dreamseed_desktop.ui.a11y.tones import set_tone
from dreamseed_desktop.ui.common.list_screen import make_table
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.i18n import domain_message
from dreamseed_desktop.ui.qtmodels.csv_preview import CsvPreviewModel
from dreamseed_desktop.ui.reports.password_sheet import PasswordSheetRow, write_password_sheet
from dreamseed_desktop.ui.workers import Failure, Progress

AUTO = "auto"


class RosterImportWizard(QWizard):
    """Signals: imported(RosterResult) after a successful commit."""

    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: bytes = b""
        self.plan: Any = None
        self.result_value: Any = None
        self.setWindowTitle(self.tr("Import roster CSV"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.summary_page):
            self.addPage(page)
        self.resize(820, 560)

    def load_file(self, path: Path) -> None:
        self.data = read_file(path)

    def mapping(self) -> dict[str, str]:
        return self.mapping_page.mapping()

    def encoding(self) -> str:
        return self.mapping_page.encoding()


class FilePage(QWizardPage):
    """Step 1: choose the file."""

    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose the roster file"))
        self.setSubTitle(self.tr("A CSV file (UTF-8 or CP949) or an Excel workbook such as the student "
                                 "list exported from NEIS, with a header row: name, grade, class, number, "
                                 "student number, email (staff), role, subject."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.error = QLabel()
        set_tone(self.error, "error")
        row = QHBoxLayout()
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path_edit)
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Roster file"), "",
                                              self.tr("Roster files (*.csv *.txt *.xlsx *.xls)"))
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:  # Qt override
        return Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:  # Qt override
        try:
            self._wizard.load_file(Path(self.path_edit.text().strip()))
        except OSError as exc:
            self.error.setText(str(exc))
            return False
        except DomainError as exc:          # e.g. over the size limit: refused before reading
            self.error.setText(domain_message(exc))
            return False
        return True


class MappingPage(QWizardPage):
    """Step 2: detected encoding (changeable) and which column holds which field."""

    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Encoding and columns"))
        self.setSubTitle(self.tr("Check the detected encoding and which column holds which field."))
        self.encoding_label = QLabel()
        self.encoding_label.setObjectName("detectedEncoding")
        self.encoding_box = QComboBox()
        self.encoding_box.setObjectName("encodingBox")
        for text, code in ((self.tr("Automatic"), AUTO), ("UTF-8", "utf-8"), ("CP949 (EUC-KR)", "cp949"),
                           ("UTF-16", "utf-16")):
            self.encoding_box.addItem(text, code)
        self.error = QLabel()
        set_tone(self.error, "error")
        self.error.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Detected encoding:"), self.encoding_label)
        self.form.addRow(self.tr("&Read as:"), self.encoding_box)
        self.field_boxes: dict[str, QComboBox] = {}
        labels = {"name": self.tr("Name"), "email": self.tr("Email"), "role": self.tr("Role"),
                  "student_number": self.tr("Student number"), "grade": self.tr("Grade"),
                  "class": self.tr("Class"), "seat_no": self.tr("Seat no."), "subject": self.tr("Subject"),
                  "gender": self.tr("Gender (not stored)"),
                  "birth_date": self.tr("Date of birth (not stored)")}
        for field in ALL_FIELDS:
            box = QComboBox()
            box.setObjectName(f"map_{field}")
            self.field_boxes[field] = box
            self.form.addRow(labels.get(field, field) + ":", box)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        self.encoding_box.currentIndexChanged.connect(lambda _i: self._read_headers())
        self._headers: list[str] = []

    def initializePage(self) -> None:  # Qt override
        self.encoding_box.setCurrentIndex(0)
        self._read_headers()

    def _read_headers(self) -> None:
        self.error.clear()
        try:
            rows, _first, used = read_rows(self._wizard.data, self.encoding())
        except csv.Error as exc:  # the preview step reports it per line as well
            self.encoding_label.setText("—")
            self.error.setText(domain_message(ValidationError(
                "Broken CSV: {reason}.", params={"reason": str(exc)})))
            self._headers = []
        except Exception as exc:  # noqa: BLE001 - DomainError from the parser, or any decode failure
            self.encoding_label.setText("—")
            self.error.setText(domain_message(exc) if isinstance(exc, DomainError) else str(exc))
            self._headers = []
        else:
            self.encoding_label.setText(self.tr("Excel workbook (%1)").replace("%1", used)
                                        if used in ("xlsx", "xls") else used.upper())
            self._headers = [h.strip() for h in rows[0]] if rows else []
        try:
            auto = map_columns(self._headers) if self._headers else {}
        except Exception as exc:  # noqa: BLE001 - shown on the page like the parser's errors
            auto = {}
            self.error.setText(domain_message(exc) if isinstance(exc, DomainError) else str(exc))
        for field, box in self.field_boxes.items():
            box.clear()
            box.addItem(self.tr("(not in file)"), "")
            for header in self._headers:
                box.addItem(header, header)
            if field in auto:
                box.setCurrentIndex(auto[field] + 1)
        self.completeChanged.emit()

    def encoding(self) -> str:
        return str(self.encoding_box.currentData())

    def mapping(self) -> dict[str, str]:
        return {f: str(b.currentData()) for f, b in self.field_boxes.items() if b.currentData()}

    def isComplete(self) -> bool:  # Qt override
        chosen = self.mapping()
        return bool(self._headers) and "name" in chosen


class PreviewPage(QWizardPage):
    """Step 3: every row, bad ones highlighted with their reason; Import commits all or none."""

    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._ready = False
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Rows with problems are highlighted. Nothing is imported until "
                                 "every row is correct."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.model = CsvPreviewModel(self)
        self.view = make_table(self.model, sortable=False)
        self.view.setObjectName("previewView")
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.errors = QPlainTextEdit()
        self.errors.setObjectName("previewErrors")
        self.errors.setReadOnly(True)
        self.errors.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors)

    def initializePage(self) -> None:  # Qt override
        wizard = self._wizard
        self._ready = False
        self.summary.setText(self.tr("Checking the file…"))
        self.errors.clear()
        try:
            rows, first_line, _used = read_rows(wizard.data, wizard.encoding())
            self.model.set_table(rows, first_line)
        except Exception:  # noqa: BLE001 - the service reports the same problem with a message below
            self.model.set_table([])
        service = wizard.ctx.services.roster
        data, encoding, mapping = wizard.data, wizard.encoding(), wizard.mapping()
        wizard.ctx.runner.read(lambda: service.preview(data, encoding=encoding, mapping=mapping),
                               self._previewed, self._failed, key="roster-preview", owner=self)

    def _previewed(self, plan: Any) -> None:
        self._wizard.plan = plan
        self.show_errors(list(plan.errors))
        parts = [self.tr("%n row(s) read", "", plan.row_count),
                 self.tr("%n new", "", len(plan.to_create)),
                 self.tr("%n updated", "", len(plan.to_update)),
                 self.tr("%n unchanged", "", plan.unchanged),
                 self.tr("%n enrollment(s)", "", len(plan.enrollments))]
        text = ", ".join(parts) + "."
        if plan.errors:
            text += " " + self.tr("%n row(s) have problems; fix the file and try again.", "",
                                  len(plan.errors))
        if plan.warnings:
            text += " " + self.tr("%n warning(s): read them below before importing.", "",
                                  len(plan.warnings))
            self.errors.appendPlainText("\n".join(domain_message(w) for w in plan.warnings))
        self.summary.setText(text)
        self._ready = plan.ok and plan.has_changes
        self.completeChanged.emit()

    def show_errors(self, errors: list[Any]) -> None:
        self.model.set_line_errors({e.row: domain_message(e) for e in errors if e.row is not None})
        self.errors.setPlainText("\n".join(domain_message(e) for e in errors))

    def _failed(self, failure: Failure) -> None:
        self.summary.setText(failure.message)
        errors = getattr(failure.error, "errors", None)
        if errors:
            self.show_errors(list(errors))
        elif failure.row is not None:
            self.show_errors([failure.error])
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # Qt override
        return self._ready

    def validatePage(self) -> bool:  # Qt override
        """Commit in the background; move on only when it succeeded."""
        wizard = self._wizard
        if wizard.result_value is not None:
            return True
        plan, service = wizard.plan, wizard.ctx.services.roster

        def work(progress: Progress) -> Any:
            progress.report(0, 0, self.tr("Importing…"))
            return service.commit(plan)

        self._ready = False
        self.completeChanged.emit()
        wizard.ctx.runner.long(work, self._committed, self._commit_failed,
                               title=self.tr("Importing roster"), parent=wizard)
        return False

    def _committed(self, result: Any) -> None:
        self._wizard.result_value = result
        self._wizard.imported.emit(result)
        self._ready = True
        self._wizard.next()

    def _commit_failed(self, failure: Failure) -> None:
        if isinstance(failure.error, BulkValidationError):
            self.show_errors(list(failure.error.errors))
        self.summary.setText(failure.message)
        self._ready = not isinstance(failure.error, BulkValidationError)
        self.completeChanged.emit()


class SummaryPage(QWizardPage):
    """Step 4: what was written; the initial passwords of new students as a printable sheet."""

    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import finished"))
        self.label = QLabel()
        self.label.setObjectName("importSummary")
        self.label.setWordWrap(True)
        self.passwords = QLabel()
        self.passwords.setObjectName("initialPasswords")
        self.passwords.setWordWrap(True)
        self.sheet_button = QPushButton(self.tr("Save password sheet (PDF)…"))
        self.sheet_button.setObjectName("passwordSheetButton")
        self.sheet_button.clicked.connect(self._ask_sheet_path)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.passwords)
        layout.addWidget(self.sheet_button)
        layout.addStretch(1)

    def sheet_rows(self) -> list[PasswordSheetRow]:
        """The new students' rows for the sheet, with 학년/반 from the imported file."""
        r = self._wizard.result_value
        plan = self._wizard.plan
        if r is None or plan is None:
            return []
        by_key = {row.key: row for row in plan.to_create}
        out = []
        for name, number, email, password in r.initial_passwords:
            row = by_key.get(email or f"#{number}")
            if row is not None and row.grade is not None and row.class_no is not None:
                label = self.tr("Grade %1, class %2").replace("%1", str(row.grade)) \
                    .replace("%2", str(row.class_no))
            elif row is not None and row.grade is not None:
                label = self.tr("Grade %1").replace("%1", str(row.grade))
            else:
                label = ""
            out.append(PasswordSheetRow(label, row.seat_no if row else None, name, number, password))
        return out

    def save_sheet(self, path: str) -> int:
        org_name = ""
        plan = self._wizard.plan
        if plan is not None:
            org_name = self._wizard.ctx.services.organizations.get(plan.organization_id).name
        return write_password_sheet(path, org_name, self.sheet_rows(), datetime.now())

    def _ask_sheet_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save password sheet"),
                                              self.tr("initial-passwords.pdf"), self.tr("PDF (*.pdf)"))
        if path:
            self.save_sheet(path)

    def initializePage(self) -> None:  # Qt override
        r = self._wizard.result_value
        if r is None:
            return
        self.label.setText(self.tr("Created: %1\nUpdated: %2\nUnchanged: %3\nEnrollments: %4")
                           .replace("%1", str(r.created)).replace("%2", str(r.updated))
                           .replace("%3", str(r.unchanged)).replace("%4", str(r.enrolled)))
        issued = len(r.initial_passwords)
        self.passwords.setText(self.tr("%n new student(s) got an initial password. Save the sheet "
                                       "now: the passwords are not shown again.", "", issued)
                               if issued else self.tr("No initial passwords were set."))
        self.sheet_button.setVisible(issued > 0)
