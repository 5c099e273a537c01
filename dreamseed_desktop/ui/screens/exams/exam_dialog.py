"""Create / edit an exam: template, class, subject and pool, CAT design, schedule, kiosk options.

Signals: ``saved(object)`` — the service returned this ExamSummary; the dialog then accepts.
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.cat.config import CatConfig
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.exams.admin import (
    EXAM_TEMPLATES,
    EXAM_TYPES,
    RESULT_DISPLAY,
    ClassOption,
    ExamAdminService,
    ExamDraft,
    ExamSummary,
    validate_draft,
)
from dreamseed_desktop.ui.i18n import domain_message
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP
from dreamseed_desktop.ui.workers import Failure, TaskRunner

EXAM_TYPE_TEXT = {
    "placement": QT_TRANSLATE_NOOP("ExamType", "placement"),
    "practice": QT_TRANSLATE_NOOP("ExamType", "practice"),
    "diagnostic": QT_TRANSLATE_NOOP("ExamType", "diagnostic"),
    "formative": QT_TRANSLATE_NOOP("ExamType", "formative"),
    "midterm": QT_TRANSLATE_NOOP("ExamType", "midterm"),
    "final": QT_TRANSLATE_NOOP("ExamType", "final"),
}


def _qdt(value: datetime | None) -> QDateTime:
    when = value or (datetime.now(UTC) + timedelta(hours=1)).replace(minute=0, second=0)
    return QDateTime.fromSecsSinceEpoch(int(when.timestamp()))


def parse_targets(text: str) -> dict[str, float]:
    """``"algebra=0.6, geometry=0.4"`` → dict; ValidationError on a malformed pair."""
    out: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in text.replace(";", ",").split(","))):
        name, sep, value = part.partition("=")
        try:
            if not sep or not name.strip():
                raise ValueError(part)
            out[name.strip()] = float(value)
        except ValueError as exc:
            raise ValidationError("Write content targets as strand=share, e.g. algebra=0.6.",
                                  field="content_targets") from exc
    return out


class ExamDialog(QDialog):
    """Three tabs: exam, adaptive test (CatConfig), schedule & test window."""

    saved = Signal(object)

    def __init__(self, admin: ExamAdminService, runner: TaskRunner, classes: list[ClassOption],
                 subjects: list[str],
                 exam: ExamSummary | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit exam") if exam else self.tr("New exam"))
        self._admin, self._runner, self._exam = admin, runner, exam
        self.fields: dict[str, QWidget] = {}
        tabs = QTabWidget(self)
        tabs.addTab(self._exam_tab(classes, subjects), self.tr("Exam"))
        tabs.addTab(self._cat_tab(), self.tr("Adaptive test"))
        tabs.addTab(self._schedule_tab(), self.tr("Schedule && test window"))
        self.tabs = tabs
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._load(exam)
        self.subject.currentTextChanged.connect(lambda _t: self._refresh_pool())
        self.grades.textChanged.connect(lambda _t: self._refresh_pool())
        self._refresh_pool()

    # ------------------------------------------------------------------ building
    def _form(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return page, form

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> Any:
        widget.setObjectName(name)
        self.fields[name] = widget
        form.addRow(label, widget)
        return widget

    def _exam_tab(self, classes: list[ClassOption], subjects: list[str]) -> QWidget:
        page, form = self._form()
        self.template = self._add(form, "template", self.tr("Template"), QComboBox())
        names = {"quick": self.tr("Quick check (5–15 items, 15 min)"),
                 "standard": self.tr("Standard (10–30 items, 40 min)"),
                 "precise": self.tr("Precise (15–40 items, 60 min)")}
        for key in EXAM_TEMPLATES:
            self.template.addItem(names.get(key, key), key)
        self.template.setCurrentIndex(list(EXAM_TEMPLATES).index("standard"))
        self.template.activated.connect(lambda _i: self._apply_template())
        self.class_box = self._add(form, "class_id", self.tr("Class"), QComboBox())
        for c in classes:
            self.class_box.addItem(f"{c.name} ({c.school_year}, {c.n_students})", c.id)
        self.title = self._add(form, "title", self.tr("Title"), QLineEdit())
        self.title.setMaxLength(200)
        self.subject = self._add(form, "subject", self.tr("Subject"), QComboBox())
        self.subject.setEditable(True)
        self.subject.addItems(subjects)
        self.exam_type = self._add(form, "exam_type", self.tr("Exam type"), QComboBox())
        for t in EXAM_TYPES:
            self.exam_type.addItem(QCoreApplication.translate("ExamType", EXAM_TYPE_TEXT.get(t, t)), t)
        self.grades = self._add(form, "grades", self.tr("Item grades"), QLineEdit())
        self.grades.setPlaceholderText(self.tr("all grades, or e.g. 7, 8"))
        self.strands = self._add(form, "strands", self.tr("Item strands"), QLineEdit())
        self.strands.setPlaceholderText(self.tr("all strands, or e.g. algebra, geometry"))
        self.pool_label = QLabel(page)
        self.pool_label.setObjectName("poolLabel")
        form.addRow(self.tr("Item pool"), self.pool_label)
        return page

    def _cat_tab(self) -> QWidget:
        page, form = self._form()
        self.estimator = self._add(form, "estimator", self.tr("Ability estimator"), QComboBox())
        # the server-side CAT scores with EAP only (MAP/MLE exist in the numpy engine for studies)
        self.estimator.addItem(self.tr("EAP (expected a posteriori)"), "eap")
        self.randomesque = self._add(form, "randomesque_k",
                                     self.tr("Choose among the k most informative items"), QSpinBox())
        self.randomesque.setRange(1, 10)
        self.exposure = self._add(form, "exposure_control", self.tr("Exposure control"), QComboBox())
        self.exposure.addItem(self.tr("None"), "none")
        # the server keeps every item's running exposure rate in this exam below the maximum,
        # whatever the group's ability (docs/cat.md); nothing to pre-compute
        self.exposure.addItem(self.tr("Restricted maximum exposure"), "restricted")
        self.exposure.setToolTip(self.tr("Restricted: an item is given only while fewer than the maximum "
                                         "share of this exam's students have seen it, so no item is seen "
                                         "by more than that share of the class."))
        self.exposure_target = self._add(form, "exposure_target", self.tr("Maximum exposure rate"),
                                         QDoubleSpinBox())
        self.exposure_target.setRange(0.05, 1.0)
        self.exposure_target.setSingleStep(0.05)
        self.targets = self._add(form, "content_targets", self.tr("Content targets (strand=share)"),
                                 QLineEdit())
        self.targets.setPlaceholderText("algebra=0.6, geometry=0.4")
        self.min_items = self._add(form, "min_items", self.tr("Minimum items"), QSpinBox())
        self.min_items.setRange(1, 200)
        self.max_items = self._add(form, "max_items", self.tr("Maximum items"), QSpinBox())
        self.max_items.setRange(1, 200)
        self.se_target = self._add(form, "se_target", self.tr("Stop when SE ≤ (0 = off)"),
                                   QDoubleSpinBox())
        self.se_target.setRange(0.0, 1.0)
        self.se_target.setSingleStep(0.05)
        self.time_limit = self._add(form, "time_limit", self.tr("Time limit, minutes (0 = none)"),
                                    QSpinBox())
        self.time_limit.setRange(0, 360)
        return page

    def _schedule_tab(self) -> QWidget:
        page, form = self._form()
        self.has_open = self._add(form, "has_opens", self.tr("Opens at a set time"), QCheckBox())
        self.opens = self._add(form, "opens_at", self.tr("Opens"), QDateTimeEdit())
        self.has_close = self._add(form, "has_closes", self.tr("Closes at a set time"), QCheckBox())
        self.closes = self._add(form, "closes_at", self.tr("Closes"), QDateTimeEdit())
        for box, edit in ((self.has_open, self.opens), (self.has_close, self.closes)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            box.toggled.connect(edit.setEnabled)
        self.show_result = self._add(form, "show_result", self.tr("At the end, show"), QComboBox())
        texts = {"none": self.tr("Nothing (just “finished”)"),
                 "correct": self.tr("Number correct of items answered and % correct"),
                 "theta": self.tr("θ (ability) with its 95% interval")}
        for key in RESULT_DISPLAY:
            self.show_result.addItem(texts[key], key)
        self.confirm = self._add(form, "confirm_answers", self.tr("Ask “are you sure?” before "
                                                                   "each answer"), QCheckBox())
        self.resume_days = self._add(form, "resume_days", self.tr("Unfinished tests can be resumed "
                                                                 "for (days)"), QSpinBox())
        self.resume_days.setRange(0, 30)
        self.quit_password = self._add(form, "quit_password", self.tr("Proctor quit password"),
                                       QLineEdit())
        self.quit_password.setEchoMode(QLineEdit.EchoMode.Password)
        return page

    # ------------------------------------------------------------------ values
    def _load(self, exam: ExamSummary | None) -> None:
        cfg = exam.cat_config if exam else EXAM_TEMPLATES["standard"][1]
        self._set_config(cfg)
        if exam is None:
            self.exam_type.setCurrentIndex(self.exam_type.findData(EXAM_TEMPLATES["standard"][0]))
            self.confirm.setChecked(True)
            self.resume_days.setValue(3)
            self.quit_password.setPlaceholderText(self.tr("none (only the lab PC's password)"))
            for _box, edit in ((self.has_open, self.opens), (self.has_close, self.closes)):
                edit.setDateTime(_qdt(None))
                edit.setEnabled(False)
            return
        self.template.setEnabled(False)
        self.class_box.setCurrentIndex(max(0, self.class_box.findData(exam.class_id)))
        self.class_box.setEnabled(False)
        self.title.setText(exam.title)
        self.subject.setCurrentText(exam.subject)
        self.exam_type.setCurrentIndex(max(0, self.exam_type.findData(exam.exam_type)))
        self.grades.setText(", ".join(str(g) for g in exam.item_filter.get("grades", [])))
        self.strands.setText(", ".join(exam.item_filter.get("strands", [])))
        for flag, edit, value in ((self.has_open, self.opens, exam.opens_at),
                                  (self.has_close, self.closes, exam.closes_at)):
            flag.setChecked(value is not None)
            edit.setDateTime(_qdt(value))
            edit.setEnabled(value is not None)
        self.show_result.setCurrentIndex(max(0, self.show_result.findData(exam.show_result)))
        self.confirm.setChecked(exam.confirm_answers)
        self.resume_days.setValue(exam.resume_days)
        self.quit_password.setPlaceholderText(
            self.tr("unchanged (set)") if exam.has_quit_password else self.tr("none"))

    def _apply_template(self) -> None:
        exam_type, cfg = EXAM_TEMPLATES[self.template.currentData()]
        self.exam_type.setCurrentIndex(self.exam_type.findData(exam_type))
        self._set_config(cfg)

    def _set_config(self, cfg: CatConfig) -> None:
        self.estimator.setCurrentIndex(max(0, self.estimator.findData(cfg.estimator)))
        self.randomesque.setValue(cfg.randomesque_k)
        if self.exposure.findData(cfg.exposure_control) < 0:
            # an older exam's Sympson–Hetter design stays as it was saved (not offered for new ones:
            # its parameters only hold for the group they were simulated for)
            self.exposure.addItem("Sympson–Hetter", cfg.exposure_control)
        self.exposure.setCurrentIndex(max(0, self.exposure.findData(cfg.exposure_control)))
        self.exposure_target.setValue(cfg.exposure_target)
        self.targets.setText(", ".join(f"{k}={v:g}" for k, v in cfg.content_targets))
        self.min_items.setValue(cfg.min_items)
        self.max_items.setValue(cfg.max_items)
        self.se_target.setValue(cfg.se_target or 0.0)
        self.time_limit.setValue(int((cfg.time_limit_seconds or 0) // 60))

    def _grades(self) -> tuple[int, ...]:
        try:
            return tuple(int(g) for g in self.grades.text().replace(" ", "").split(",") if g)
        except ValueError as exc:
            raise ValidationError("Write grades as numbers, e.g. 7, 8.", field="grades") from exc

    def _strands(self) -> tuple[str, ...]:
        return tuple(s.strip() for s in self.strands.text().split(",") if s.strip())

    def draft(self) -> ExamDraft:
        """The form as an ExamDraft (ValidationError names the bad field)."""
        base = self._exam.cat_config if self._exam else CatConfig()
        targets = parse_targets(self.targets.text())
        try:
            cfg = base.with_changes(
                estimator=self.estimator.currentData(), randomesque_k=self.randomesque.value(),
                exposure_control=self.exposure.currentData(),
                exposure_target=round(self.exposure_target.value(), 4),
                content_key="strand" if targets else base.content_key, content_targets=targets,
                min_items=self.min_items.value(), max_items=self.max_items.value(),
                se_target=self.se_target.value() or None,
                time_limit_seconds=float(self.time_limit.value() * 60) or None)
        except ValueError as exc:
            raise ValidationError(str(exc), field="min_items") from exc
        when = {name: (datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)
                       if flag.isChecked() else None)
                for name, flag, edit in (("opens_at", self.has_open, self.opens),
                                         ("closes_at", self.has_close, self.closes))}
        password = self.quit_password.text()
        return ExamDraft(
            class_id=int(self.class_box.currentData() or 0), title=self.title.text(),
            subject=self.subject.currentText().strip(), exam_type=self.exam_type.currentData(),
            cat_config=cfg, grades=self._grades(), strands=self._strands(), **when,
            show_result=self.show_result.currentData(), confirm_answers=self.confirm.isChecked(),
            resume_days=self.resume_days.value(),
            quit_password=password if password else (None if self._exam else ""))

    # ------------------------------------------------------------------ actions
    def _refresh_pool(self) -> None:
        subject = self.subject.currentText().strip()
        try:
            grades, strands = self._grades(), self._strands()
        except ValidationError:
            return
        if not subject:
            self.pool_label.setText("")
            return
        self._runner.read(lambda: self._admin.pool_size(subject, grades, strands),
                          lambda n: self.pool_label.setText(self.tr("%n item(s)", "", n)),
                          lambda _f: None, key="exam-dialog-pool", owner=self)

    def show_error(self, error: ValidationError | str, field: str | None = None) -> None:
        text = domain_message(error) if isinstance(error, ValidationError) else str(error)
        self.error.setText(text)
        name = field or getattr(error, "field", None)
        aliases = {"cat_config": "min_items", "quit_password": "quit_password"}
        widget = self.fields.get(aliases.get(name or "", name or ""))
        if widget is not None:
            page = widget.parentWidget()
            while page is not None and self.tabs.indexOf(page) < 0:
                page = page.parentWidget()
            if page is not None:
                self.tabs.setCurrentWidget(page)
            widget.setFocus()

    def submit(self) -> None:
        try:
            draft = self.draft()
            validate_draft(draft)
        except ValidationError as err:
            self.show_error(err)
            return
        self.buttons.setEnabled(False)
        exam = self._exam
        if exam is None:
            work = lambda: self._admin.create_exam(draft)  # noqa: E731
        else:
            work = lambda: self._admin.update_exam(exam.id, draft, exam.version)  # noqa: E731
        self._runner.write(work, self._done, self._failed, owner=self)

    def _done(self, summary: ExamSummary) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(summary)
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self.buttons.setEnabled(True)
        self.show_error(failure.message, failure.field)

