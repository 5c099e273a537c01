"""Create or edit a person; the fields follow the role (grade/number for students, subject
for teachers)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from dreamseed_desktop.services.core.passwords import password_problem
from dreamseed_desktop.services.people.query import PersonDTO
from dreamseed_desktop.services.people.service import PeopleService
from dreamseed_desktop.ui.common.form_dialog import FormDialog, combo_box, line_edit, spin_box
from dreamseed_desktop.ui.common.grades import WIDEST, follow_school_level
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.i18n import domain_text
from dreamseed_desktop.ui.qtmodels.labels import role_label
from dreamseed_desktop.ui.subject_names import subject_choices


class PersonDialog(FormDialog):
    """Fields: role (new only), name, email, password (new only), grade, student number,
    subject. ``saved(PersonDTO)`` on success."""

    def __init__(self, ctx: AppContext, person: PersonDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit person") if person else self.tr("New person"),
                         ctx.runner, parent)
        self._person = person
        role = person.role if person else "student"
        self.role_box: QComboBox = combo_box([(role_label(r), r) for r in ("student", "teacher", "admin")],
                                             role)
        self.add_field("role", self.tr("&Role"), self.role_box)
        self.role_box.setEnabled(person is None)
        self.add_field("name", self.tr("&Name"), line_edit(person.name if person else "", max_length=100),
                       required=True)
        self.email_edit = line_edit(person.email or "" if person else "", max_length=254)
        self.add_field("email", self.tr("E&mail"), self.email_edit)
        self.add_field("password", self.tr("&Password"), line_edit("", password=True, max_length=200))
        grade_box = spin_box(person.grade or 1 if person else 1, 1, WIDEST)
        self.add_field("grade", self.tr("&Grade"), grade_box)
        follow_school_level(ctx, self, [grade_box])         # 1–3 in a middle or high school
        none = self.tr("(none)")
        self.add_field("class_no", self.tr("&Class no."),
                       spin_box(person.class_no or 0 if person else 0, 0, 99, special=none))
        self.add_field("seat_no", self.tr("S&eat no."),
                       spin_box(person.seat_no or 0 if person else 0, 0, 999, special=none))
        number = line_edit(person.student_number if person else "", max_length=20)
        number.setPlaceholderText(self.tr("empty: made from grade, class and seat number"))
        self.add_field("student_number", self.tr("Student n&umber"), number)
        current_subject = person.subject if person else None
        self.add_field("subject", self.tr("&Subject"),
                       combo_box(subject_choices(current_subject, none_text=self.tr("(none)")),
                                 current_subject or ""))
        self.set_field_visible("password", person is None)
        self.role_box.currentIndexChanged.connect(lambda _i: self._follow_role())
        self._follow_role()
        service = ctx.services.people
        self.set_submit(lambda v: self._save(service, v))

    def _follow_role(self) -> None:
        role = self.role_box.currentData()
        self.set_field_visible("grade", role == "student")
        self.set_field_visible("class_no", role == "student")
        self.set_field_visible("seat_no", role == "student")
        self.set_field_visible("student_number", role == "student")
        self.set_field_visible("subject", role == "teacher")
        self.email_edit.setPlaceholderText(
            self.tr("may stay empty: students sign in with their student number") if role == "student"
            else self.tr("required: staff sign in with their email"))

    def validate(self, values: dict[str, Any]) -> bool:
        ok = super().validate(values)
        if values.get("role", self._person.role if self._person else "student") != "student" \
                and not (values.get("email") or "").strip():
            self.show_field_error("email", self.tr("Staff need an email address to sign in."))
            ok = False
        password = values.get("password") or ""
        if password:
            problem = password_problem(password)
            if problem:
                self.show_field_error("password", domain_text(problem))
                ok = False
        return ok

    def _save(self, service: PeopleService, v: dict[str, Any]) -> PersonDTO:
        person = self._person
        role = v["role"]
        profile: dict[str, Any] = {}
        if role == "student":
            profile = {"grade": v["grade"], "class_no": v["class_no"] or None,
                       "seat_no": v["seat_no"] or None}
            if v["student_number"] or person is not None:
                profile["student_number"] = v["student_number"] or None
        elif role == "teacher":
            profile = {"subject": v["subject"] or None}
        if person is None:
            return service.create(role, v["email"] or None, v["name"], password=v.get("password") or None,
                                  **profile)
        return service.update(person.id, person.version, name=v["name"], email=v["email"] or None, **profile)
