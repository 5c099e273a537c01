"""The school's own fields (name, level 초/중/고, 학번 format with a live example), shared by
the first-run wizard and the school settings screen."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.school import (
    DEFAULT_STUDENT_NUMBER_FORMAT,
    SCHOOL_LEVELS,
    clean_number_format,
    current_school_year,
    format_student_number,
)
from dreamseed_desktop.ui.a11y.tones import set_tone
from dreamseed_desktop.ui.i18n import domain_message
from dreamseed_desktop.ui.qtmodels.labels import label


class SchoolFields(QWidget):
    """Name, level and 학번 format; ``changed`` whenever one of them changes.

    The example under the format shows what 1학년 1반 1번 (and 3학년 12반 34번) become, or
    why the format is not one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, name: str = "", level: str = "high",
                 number_format: str = DEFAULT_STUDENT_NUMBER_FORMAT) -> None:
        super().__init__(parent)
        self.name = QLineEdit(name)
        self.name.setObjectName("schoolNameEdit")
        self.name.setMaxLength(200)
        self.level = QComboBox()
        self.level.setObjectName("schoolLevelBox")
        for code in SCHOOL_LEVELS:
            self.level.addItem(label(code), code)
        self.level.setCurrentIndex(max(self.level.findData(level), 0))
        self.number_format = QLineEdit(number_format)
        self.number_format.setObjectName("numberFormatEdit")
        self.number_format.setMaxLength(12)
        self.example = QLabel()
        self.example.setObjectName("numberFormatExample")
        self.example.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        name_label = QLabel(self.tr("School &name:"))
        name_label.setBuddy(self.name)
        level_label = QLabel(self.tr("School &level:"))
        level_label.setBuddy(self.level)
        format_label = QLabel(self.tr("Student number &format:"))
        format_label.setBuddy(self.number_format)
        form.addRow(name_label, self.name)
        form.addRow(level_label, self.level)
        form.addRow(format_label, self.number_format)
        form.addRow("", self.example)
        self.name.textChanged.connect(lambda _t: self.changed.emit())
        self.level.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.number_format.textChanged.connect(lambda _t: self._follow_format())
        self._follow_format()

    def school_level(self) -> str:
        return str(self.level.currentData())

    def format_problem(self) -> str | None:
        """Why the format is not one (translated), or None."""
        try:
            clean_number_format(self.number_format.text())
        except ValidationError as exc:
            return domain_message(exc)
        return None

    def is_complete(self) -> bool:
        return bool(self.name.text().strip()) and self.format_problem() is None

    def _follow_format(self) -> None:
        problem = self.format_problem()
        if problem:
            set_tone(self.example, "error")
            self.example.setText(problem)
        else:
            fmt = clean_number_format(self.number_format.text())
            year = current_school_year()
            try:
                first = format_student_number(fmt, grade=1, class_no=1, seat_no=1, school_year=year)
                other = format_student_number(fmt, grade=3, class_no=12, seat_no=34, school_year=year)
                text = QCoreApplication.translate(
                    "SchoolFields", "Grade 1, class 1, number 1 → %1 · grade 3, class 12, number 34 → %2")
                self.example.setText(text.replace("%1", first or "").replace("%2", other or ""))
            except ValidationError:
                text = QCoreApplication.translate(
                    "SchoolFields", "Grade 1, class 1, number 1 → %1 · class 12 or number 34 do not fit: "
                    "make the C or N part longer")
                self.example.setText(text.replace("%1", format_student_number(
                    fmt, grade=1, class_no=1, seat_no=1, school_year=year) or ""))
            set_tone(self.example, "ok")
        self.changed.emit()
