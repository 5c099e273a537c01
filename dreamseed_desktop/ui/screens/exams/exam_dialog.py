"""Create / edit an exam in plain words: a preset, class, subject and pool, the adaptive design
explained setting by setting (technical terms only under "Advanced"), what to expect from a quick
simulation, schedule and test-window options.

Signals: ``saved(object)`` — the service returned this ExamSummary; the dialog then accepts.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.cat.config import MAX_PRETEST_ITEMS, CatConfig
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
from dreamseed_desktop.services.items.subjects import SubjectCatalog
from dreamseed_desktop.ui.a11y.tones import set_tone
from dreamseed_desktop.ui.common.screen_fit import resize_to_fit
from dreamseed_desktop.ui.dates import datetime_edit_format
from dreamseed_desktop.ui.i18n import domain_message
from dreamseed_desktop.ui.screens.exams.exam_estimate import EstimatePanel, Simulate
from dreamseed_desktop.ui.subject_names import strand_label, subject_label
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP
from dreamseed_desktop.ui.workers import Failure, TaskRunner

EXAM_TYPE_TEXT = {
    "placement": QT_TRANSLATE_NOOP("ExamType", "placement"),
    "practice": QT_TRANSLATE_NOOP("ExamType", "practice"),
    "diagnostic": QT_TRANSLATE_NOOP("ExamType", "diagnostic"),
    "formative": QT_TRANSLATE_NOOP("ExamType", "formative"),
    "unit": QT_TRANSLATE_NOOP("ExamType", "unit test"),
    "midterm": QT_TRANSLATE_NOOP("ExamType", "midterm"),
    "final": QT_TRANSLATE_NOOP("ExamType", "final"),
}
#: the presets in the order offered, with their name and what they are for
PRESETS = (
    ("standard", QT_TRANSLATE_NOOP("ExamDialog", "Diagnostic test"),
     QT_TRANSLATE_NOOP("ExamDialog", "At the start of a term or unit: finds where each student stands "
                                     "(10–30 questions, 40 minutes).")),
    ("quick", QT_TRANSLATE_NOOP("ExamDialog", "Formative check"),
     QT_TRANSLATE_NOOP("ExamDialog", "During a unit: a short check of what was learned "
                                     "(5–15 questions, 15 minutes).")),
    ("unit", QT_TRANSLATE_NOOP("ExamDialog", "Unit test"),
     QT_TRANSLATE_NOOP("ExamDialog", "At the end of a unit: covers its strands; classmates rarely see "
                                     "the same questions (12–25 questions, 45 minutes).")),
    ("precise", QT_TRANSLATE_NOOP("ExamDialog", "Placement test"),
     QT_TRANSLATE_NOOP("ExamDialog", "For grouping or placement: the most precise result "
                                     "(15–40 questions, 60 minutes).")),
)
#: precision choices of the basic settings → the SE of θ at which a test may stop
PRECISION = (
    (0.25, QT_TRANSLATE_NOOP("ExamDialog", "High (longer tests)")),
    (0.30, QT_TRANSLATE_NOOP("ExamDialog", "Good")),
    (0.35, QT_TRANSLATE_NOOP("ExamDialog", "Moderate")),
    (0.45, QT_TRANSLATE_NOOP("ExamDialog", "Rough (shortest tests)")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExamDialog", text)


def _qdt(value: datetime | None) -> QDateTime:
    when = value or (datetime.now(UTC) + timedelta(hours=1)).replace(minute=0, second=0)
    return QDateTime.fromSecsSinceEpoch(int(when.timestamp()))


def parse_targets(text: str, resolve: Callable[[str], str | None] | None = None) -> dict[str, float]:
    """``"algebra=0.6, 기하=0.4"`` → ``{code: share}`` (names are resolved to strand codes by
    ``resolve`` when given); ValidationError on a malformed pair."""
    out: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in text.replace(";", ",").split(","))):
        name, sep, value = part.partition("=")
        try:
            if not sep or not name.strip():
                raise ValueError(part)
            key = name.strip()
            out[(resolve(key) if resolve else None) or key] = float(value)
        except ValueError as exc:
            raise ValidationError("Write content targets as strand=share, e.g. algebra=0.6.",
                                  field="content_targets") from exc
    return out


def _note(sentence: str) -> QLabel:
    """The one-sentence explanation shown under a field."""
    note = QLabel(sentence)
    note.setWordWrap(True)
    note.setObjectName("explanation")
    set_tone(note, "note")
    note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return note


class ExamDialog(QDialog):
    """Three tabs: exam (preset, class, subject, pool), adaptive test (plain settings, what to
    expect, advanced), schedule & test window."""

    saved = Signal(object)

    def __init__(self, admin: ExamAdminService, runner: TaskRunner, classes: list[ClassOption],
                 catalog: SubjectCatalog, exam: ExamSummary | None = None, parent: QWidget | None = None,
                 *, simulate: Simulate | None = None, language: str = "ko") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit exam") if exam else self.tr("New exam"))
        self._admin, self._runner, self._exam, self._catalog = admin, runner, exam, catalog
        self._classes = {c.id: c for c in classes}
        self._language = language
        self.fields: dict[str, QWidget] = {}
        self.pool = -1
        tabs = QTabWidget(self)
        tabs.addTab(self._exam_tab(classes), self.tr("Exam"))
        tabs.addTab(self._cat_tab(runner, simulate), self.tr("Adaptive test"))
        tabs.addTab(self._schedule_tab(), self.tr("Schedule && test window"))
        self.tabs = tabs
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        set_tone(self.error, "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._pool_timer = QTimer(self)
        self._pool_timer.setSingleShot(True)
        self._pool_timer.setInterval(150)
        self._pool_timer.timeout.connect(self._refresh_pool)
        self._load(exam)
        self._wire()
        self._refresh_pool()
        resize_to_fit(self, 900, 640)   # fits a 1366×768 laptop with the taskbar (and smaller screens)

    # ------------------------------------------------------------------ building
    def _form(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return page, form

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget,
             sentence: str | None = None) -> Any:
        widget.setObjectName(name)
        self.fields[name] = widget
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, widget)
        if sentence:
            form.addRow("", _note(sentence))
        return widget

    def _exam_tab(self, classes: list[ClassOption]) -> QWidget:
        page, form = self._form()
        self.template = self._add(form, "template", self.tr("&Kind of test"), QComboBox())
        for key, name, _about in PRESETS:
            self.template.addItem(_tr(name), key)
        self.template.setCurrentIndex(self.template.findData("standard"))
        self.preset_about = QLabel(page)
        self.preset_about.setObjectName("presetAbout")
        self.preset_about.setWordWrap(True)
        self.preset_about.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow("", self.preset_about)
        self.class_box = self._add(form, "class_id", self.tr("&Class"), QComboBox())
        for c in classes:
            self.class_box.addItem(self.tr("%1 (%2, %n student(s))", "", c.n_students)
                                   .replace("%1", c.name).replace("%2", str(c.school_year)), c.id)
        self.title = self._add(form, "title", self.tr("&Title"), QLineEdit())
        self.title.setMaxLength(200)
        self.subject = self._add(form, "subject", self.tr("&Subject"), QComboBox())
        self._fill_subjects(None)
        self.exam_type = self._add(form, "exam_type", self.tr("Exam t&ype"), QComboBox())
        for t in EXAM_TYPES:
            self.exam_type.addItem(QCoreApplication.translate("ExamType", EXAM_TYPE_TEXT.get(t, t)), t)
        self.grades = self._add(form, "grades", self.tr("&Grades of the questions"), QLineEdit(),
                                self.tr("Empty: questions of every grade."))
        self.grades.setPlaceholderText(self.tr("all grades, or e.g. 1, 2"))
        self.strands = self._add(form, "strands", self.tr("St&rands"), QListWidget(),
                                 self.tr("Tick the strands the questions come from; none ticked: all."))
        self.strands.setMaximumHeight(110)
        self.pool_label = QLabel(page)
        self.pool_label.setObjectName("poolLabel")
        self.pool_label.setWordWrap(True)
        self.pool_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow(self.tr("Questions available"), self.pool_label)
        return page

    def _cat_tab(self, runner: TaskRunner, simulate: Simulate | None) -> QWidget:
        page = QWidget(self)
        columns = QHBoxLayout(page)
        basic = QWidget(page)
        form = QFormLayout(basic)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.min_items = self._add(form, "min_items", self.tr("Mi&nimum questions"), QSpinBox(),
                                   self.tr("No student stops before answering this many."))
        self.min_items.setRange(1, 200)
        self.max_items = self._add(form, "max_items", self.tr("Ma&ximum questions"), QSpinBox(),
                                   self.tr("The test ends after this many questions, however precise the "
                                           "result is."))
        self.max_items.setRange(1, 200)
        self.precision = self._add(form, "precision", self.tr("&Precision"), QComboBox(),
                                   self.tr("The test ends early once a student's result is this precise; "
                                           "more precision means more questions."))
        for se, text in PRECISION:
            self.precision.addItem(_tr(text), se)
        self.precision.addItem(self.tr("Off (always the maximum)"), 0.0)
        self.time_limit = self._add(form, "time_limit", self.tr("Time &limit, minutes (0 = none)"),
                                    QSpinBox(), self.tr("When time runs out, the answers so far give "
                                                        "the result."))
        self.time_limit.setRange(0, 360)
        self.limit_exposure = self._add(form, "limit_exposure", self.tr("Limit how often a &question "
                                                                        "is shown"), QCheckBox(),
                                        self.tr("Classmates then rarely get the same questions, so "
                                                "answers passed on help little."))
        columns.addWidget(basic, 1)
        right = QVBoxLayout()
        columns.addLayout(right, 1)
        self.estimate = EstimatePanel(runner, simulate or self._no_simulation, page)
        right.addWidget(self.estimate)

        self.advanced = QCheckBox(self.tr("Show the &advanced (psychometric) settings"), page)
        self.advanced.setObjectName("advancedToggle")
        inner = QGroupBox(self.tr("Advanced"), page)
        inner.setObjectName("advancedBox")
        adv = QFormLayout(inner)
        self.advanced.toggled.connect(inner.setVisible)
        self.advanced.toggled.connect(self.estimate.set_advanced)
        inner.setVisible(False)
        right.addWidget(self.advanced)
        self.estimator = self._add(adv, "estimator", self.tr("Ability estimator"), QComboBox())
        # the server-side CAT scores with EAP only (MAP/MLE exist in the numpy engine for studies)
        self.estimator.addItem(self.tr("EAP (expected a posteriori)"), "eap")
        self.randomesque = self._add(adv, "randomesque_k",
                                     self.tr("Choose among the k most informative items"), QSpinBox())
        self.randomesque.setRange(1, 10)
        self.se_target = self._add(adv, "se_target", self.tr("Stop when SE ≤ (0 = off)"), QDoubleSpinBox())
        self.se_target.setRange(0.0, 1.0)
        self.se_target.setSingleStep(0.05)
        self.exposure = self._add(adv, "exposure_control", self.tr("Exposure control"), QComboBox())
        self.exposure.addItem(self.tr("None"), "none")
        # the server keeps every item's running exposure rate in this exam below the maximum,
        # whatever the group's ability (docs/cat.md); nothing to pre-compute
        self.exposure.addItem(self.tr("Restricted maximum exposure"), "restricted")
        self.exposure.setToolTip(self.tr("Restricted: an item is given only while fewer than the maximum "
                                         "share of this exam's students have seen it, so no item is seen "
                                         "by more than that share of the class."))
        self.exposure_target = self._add(adv, "exposure_target", self.tr("Maximum exposure rate"),
                                         QDoubleSpinBox())
        self.exposure_target.setRange(0.05, 1.0)
        self.exposure_target.setSingleStep(0.05)
        self.targets = self._add(adv, "content_targets", self.tr("Content targets (strand=share)"),
                                 QLineEdit())
        self.targets.setPlaceholderText(self.tr("e.g. algebra=0.6, geometry=0.4"))
        self.pretest = self._add(adv, "pretest_items", self.tr("Unscored pretest items"), QSpinBox())
        self.pretest.setRange(0, MAX_PRETEST_ITEMS)
        self.pretest.setToolTip(self.tr(
            "New items in the state “pretest” (not calibrated yet) given at random places among the first "
            "items. They are never scored and never change θ, its SE or when the test stops; students "
            "cannot tell them apart. Their answers let the item bank calibrate them later."))
        right.addWidget(inner)
        right.addStretch(1)
        return page

    def _schedule_tab(self) -> QWidget:
        page, form = self._form()
        self.has_open = self._add(form, "has_opens", self.tr("Opens at a set time"), QCheckBox())
        self.opens = self._add(form, "opens_at", self.tr("Opens"), QDateTimeEdit())
        self.has_close = self._add(form, "has_closes", self.tr("Closes at a set time"), QCheckBox())
        self.closes = self._add(form, "closes_at", self.tr("Closes"), QDateTimeEdit())
        for box, edit in ((self.has_open, self.opens), (self.has_close, self.closes)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(datetime_edit_format())
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

    def _wire(self) -> None:
        self.template.activated.connect(lambda _i: self._apply_template())
        self.template.currentIndexChanged.connect(lambda _i: self._show_preset())
        self.class_box.currentIndexChanged.connect(lambda _i: self._follow_class())
        self.subject.currentIndexChanged.connect(lambda _i: self._subject_changed())
        self.grades.textChanged.connect(lambda _t: self._pool_timer.start())
        self.strands.itemChanged.connect(lambda _i: self._pool_timer.start())
        self.precision.currentIndexChanged.connect(lambda _i: self._precision_to_se())
        self.se_target.valueChanged.connect(lambda _v: self._se_to_precision())
        self.limit_exposure.toggled.connect(self._limit_to_exposure)
        self.exposure.currentIndexChanged.connect(lambda _i: self._exposure_to_limit())
        for widget in (self.min_items, self.max_items, self.time_limit, self.randomesque,
                       self.exposure_target, self.se_target):
            widget.valueChanged.connect(lambda _v: self._design_changed())
        self.exposure.currentIndexChanged.connect(lambda _i: self._design_changed())
        self.targets.editingFinished.connect(self._design_changed)
        self._show_preset()
        self._se_to_precision()
        self._exposure_to_limit()

    # ------------------------------------------------------------------ values
    def _fill_subjects(self, current: str | None) -> None:
        self.subject.blockSignals(True)
        self.subject.clear()
        for s in self._catalog.active():
            self.subject.addItem(s.name(self._language), s.code)
        if current and self.subject.findData(current) < 0:      # a retired subject of an old exam
            self.subject.addItem(subject_label(current), current)
        self.subject.setCurrentIndex(max(0, self.subject.findData(current)) if current else -1)
        self.subject.blockSignals(False)

    def _fill_strands(self, subject: str | None, ticked: tuple[str, ...] = ()) -> None:
        self.strands.blockSignals(True)
        self.strands.clear()
        known = self._catalog.get(subject)
        codes = [s.code for s in known.active_strands()] if known else []
        codes += [c for c in ticked if c not in codes]
        for code in codes:
            item = QListWidgetItem(strand_label(subject, code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
            self.strands.addItem(item)
        if not codes:
            self.strands.addItem(QListWidgetItem(self.tr("(this subject has no strands)")))
        self.strands.blockSignals(False)

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
            self._follow_class()
            return
        self.template.setEnabled(False)
        self.class_box.setCurrentIndex(max(0, self.class_box.findData(exam.class_id)))
        self.class_box.setEnabled(False)
        self.title.setText(exam.title)
        self._fill_subjects(exam.subject)
        self._fill_strands(exam.subject, tuple(exam.item_filter.get("strands", [])))
        self.exam_type.setCurrentIndex(max(0, self.exam_type.findData(exam.exam_type)))
        self.grades.setText(", ".join(str(g) for g in exam.item_filter.get("grades", [])))
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

    def _follow_class(self) -> None:
        """A new exam takes its class's subject (the teacher can still choose another)."""
        if self._exam is not None:
            return
        option = self._classes.get(self.class_box.currentData())
        subject = option.subject if option else None
        if subject and self.subject.findData(subject) < 0:
            self._fill_subjects(subject)
        index = self.subject.findData(subject) if subject else -1
        self.subject.setCurrentIndex(index if index >= 0 else (0 if self.subject.count() else -1))
        self._subject_changed()

    def _subject_changed(self) -> None:
        self._fill_strands(self.subject.currentData())
        self._pool_timer.start()

    def _show_preset(self) -> None:
        about = {key: text for key, _name, text in PRESETS}
        self.preset_about.setText(_tr(about.get(self.template.currentData(), "")))

    def _apply_template(self) -> None:
        exam_type, cfg = EXAM_TEMPLATES[self.template.currentData()]
        self.exam_type.setCurrentIndex(self.exam_type.findData(exam_type))
        self._set_config(cfg)
        self._design_changed()

    def _set_config(self, cfg: CatConfig) -> None:
        self.estimator.setCurrentIndex(max(0, self.estimator.findData(cfg.estimator)))
        self.randomesque.setValue(cfg.randomesque_k)
        if self.exposure.findData(cfg.exposure_control) < 0:
            # an older exam's Sympson–Hetter design stays as it was saved (not offered for new ones:
            # its parameters only hold for the group they were simulated for)
            self.exposure.addItem("Sympson–Hetter", cfg.exposure_control)
        self.exposure.setCurrentIndex(max(0, self.exposure.findData(cfg.exposure_control)))
        self.exposure_target.setValue(cfg.exposure_target)
        subject = self.subject.currentData() if hasattr(self, "subject") else None
        self.targets.setText(", ".join(f"{strand_label(subject, k)}={v:g}" for k, v in cfg.content_targets))
        self.min_items.setValue(cfg.min_items)
        self.max_items.setValue(cfg.max_items)
        self.se_target.setValue(cfg.se_target or 0.0)
        self.time_limit.setValue(int((cfg.time_limit_seconds or 0) // 60))
        self.pretest.setValue(cfg.pretest_items)

    def _precision_to_se(self) -> None:
        value = self.precision.currentData()
        if value is not None and abs(self.se_target.value() - value) > 1e-9:
            self.se_target.setValue(value)

    def _se_to_precision(self) -> None:
        """The plain choice follows the SE set under Advanced ("custom" when it is none of them)."""
        se = round(self.se_target.value(), 4)
        index = self.precision.findData(se)
        self.precision.blockSignals(True)
        custom = self.precision.findData(-1.0)
        if index < 0:
            text = self.tr("Custom (SE %1)").replace("%1", f"{se:.2f}")
            if custom < 0:
                self.precision.addItem(text, -1.0)
                custom = self.precision.count() - 1
            self.precision.setItemText(custom, text)
            index = custom
        self.precision.setCurrentIndex(index)
        self.precision.blockSignals(False)

    def _limit_to_exposure(self, on: bool) -> None:
        wanted = "restricted" if on else "none"
        if self.exposure.currentData() in ("none", "restricted") and self.exposure.currentData() != wanted:
            self.exposure.setCurrentIndex(self.exposure.findData(wanted))

    def _exposure_to_limit(self) -> None:
        self.limit_exposure.blockSignals(True)
        self.limit_exposure.setChecked(self.exposure.currentData() != "none")
        self.limit_exposure.blockSignals(False)

    def _grades(self) -> tuple[int, ...]:
        try:
            return tuple(int(g) for g in self.grades.text().replace(" ", "").split(",") if g)
        except ValueError as exc:
            raise ValidationError("Write grades as numbers, e.g. 7, 8.", field="grades") from exc

    def _strands(self) -> tuple[str, ...]:
        out = []
        for row in range(self.strands.count()):
            item = self.strands.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            if code and item.checkState() == Qt.CheckState.Checked:
                out.append(str(code))
        return tuple(out)

    def config(self) -> CatConfig:
        """The adaptive design as set (ValidationError names the bad field)."""
        base = self._exam.cat_config if self._exam else CatConfig()
        subject = self.subject.currentData() or ""
        targets = parse_targets(self.targets.text(),
                                lambda text: self._catalog.resolve_strand(subject, text))
        try:
            return base.with_changes(
                estimator=self.estimator.currentData(), randomesque_k=self.randomesque.value(),
                exposure_control=self.exposure.currentData(),
                exposure_target=round(self.exposure_target.value(), 4),
                content_key="strand" if targets else base.content_key, content_targets=targets,
                min_items=self.min_items.value(), max_items=self.max_items.value(),
                se_target=self.se_target.value() or None,
                time_limit_seconds=float(self.time_limit.value() * 60) or None,
                pretest_items=self.pretest.value())
        except ValueError as exc:
            raise ValidationError(str(exc), field="min_items") from exc

    def draft(self) -> ExamDraft:
        """The form as an ExamDraft (ValidationError names the bad field)."""
        cfg = self.config()
        when = {name: (datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)
                       if flag.isChecked() else None)
                for name, flag, edit in (("opens_at", self.has_open, self.opens),
                                         ("closes_at", self.has_close, self.closes))}
        password = self.quit_password.text()
        return ExamDraft(
            class_id=int(self.class_box.currentData() or 0), title=self.title.text(),
            subject=str(self.subject.currentData() or ""), exam_type=self.exam_type.currentData(),
            cat_config=cfg, grades=self._grades(), strands=self._strands(), **when,
            show_result=self.show_result.currentData(), confirm_answers=self.confirm.isChecked(),
            resume_days=self.resume_days.value(),
            quit_password=password if password else (None if self._exam else ""))

    # ------------------------------------------------------------------ pool and estimate
    def _refresh_pool(self) -> None:
        subject = self.subject.currentData()
        try:
            grades, strands = self._grades(), self._strands()
        except ValidationError:
            return
        if not subject:
            self.pool = 0
            self.pool_label.setText(self.tr("The school has no subjects yet: an administrator adds them "
                                            "under Subjects."))
            return
        admin = self._admin
        self._runner.read(lambda: admin.pool_summary(subject, grades, strands),
                          lambda counts: self._pool_loaded(subject, *counts),
                          lambda _f: None, key="exam-dialog-pool", owner=self)

    def _pool_loaded(self, subject: str, n: int, total: int) -> None:
        self.pool = n
        name = subject_label(subject)
        if n > 0:
            self.pool_label.setText(self.tr("%n item(s)", "", n))
            set_tone(self.pool_label, None)
        elif total > 0:
            self.pool_label.setText(self.tr("No questions of %1 match these grades and strands (%n "
                                            "question(s) in all): clear the grades or tick other "
                                            "strands.", "", total).replace("%1", name))
            set_tone(self.pool_label, "error")
        else:
            self.pool_label.setText(self.tr("The item bank has no questions of %1 yet. Ask an "
                                            "administrator to import them (Item bank → Import CSV), "
                                            "or choose another subject.").replace("%1", name))
            set_tone(self.pool_label, "error")
        self._design_changed()

    def _design_changed(self) -> None:
        try:
            cfg = self.config()
            grades, strands = self._grades(), self._strands()
        except ValidationError:
            return
        self.estimate.request(str(self.subject.currentData() or ""), cfg, grades, strands,
                              pool=max(self.pool, 0))

    @staticmethod
    def _no_simulation(*_args: Any, **_kwargs: Any) -> Any:
        raise ValidationError("The bank has no active items for this subject.", field="subject")

    # ------------------------------------------------------------------ actions
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
            if name in ("se_target", "estimator", "randomesque_k", "exposure_target", "content_targets",
                        "exposure_control"):
                self.advanced.setChecked(True)
            widget.setFocus()

    def submit(self) -> None:
        try:
            draft = self.draft()
            validate_draft(draft)
        except ValidationError as err:
            self.show_error(err)
            return
        self.estimate.stop()
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
