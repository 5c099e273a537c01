"""Classes (admin: all classes of the school; teacher: "My classes"), with a roster shortcut."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from dreamseed_desktop.ui.common.form_dialog import FormDialog, combo_box, line_edit, spin_box
from dreamseed_desktop.ui.common.grades import WIDEST, follow_school_level
from dreamseed_desktop.ui.common.list_screen import ListScreen
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.qtmodels.classes import ClassesModel
from dreamseed_desktop.ui.qtmodels.proxy import SearchProxy
from dreamseed_desktop.ui.subject_names import ensure_subject_names, subject_choices


def school_year_now() -> int:
    from dreamseed_desktop.services.classes.service import current_school_year

    return current_school_year()


class ClassDialog(FormDialog):
    """Name, grade, school year, subject and (admins) teacher of one class."""

    def __init__(self, ctx: AppContext, cls: Any | None, teachers: list[Any],
                 parent: QWidget | None = None, *, own_teacher_id: int | None = None) -> None:
        super().__init__(self.tr("Edit class") if cls else self.tr("New class"), ctx.runner, parent)
        self.add_field("name", self.tr("&Name"), line_edit(cls.name if cls else "", max_length=100),
                       required=True)
        grade_box = spin_box(cls.grade if cls else 1, 1, WIDEST)
        self.add_field("grade", self.tr("&Grade"), grade_box)
        follow_school_level(ctx, self, [grade_box])         # 1–3 in a middle or high school
        self.add_field("class_no", self.tr("Home&room class no."),
                       spin_box(cls.class_no or 0 if cls else 0, 0, 99, special=self.tr("(none)")))
        self.add_field("school_year", self.tr("School &year"),
                       spin_box(cls.school_year if cls else school_year_now(), 2000, 2100))
        current_subject = cls.subject if cls else None
        self.add_field("subject", self.tr("&Subject"),
                       combo_box(subject_choices(current_subject, none_text=self.tr("(none)")), current_subject or ""))
        choices: list[tuple[str, Any]] = [(self.tr("(no teacher)"), 0)]
        choices += [(t.name, t.teacher_id) for t in teachers if t.teacher_id]
        current = cls.teacher_id if cls else own_teacher_id
        self.teacher_box: QComboBox = combo_box(choices, current or 0)
        self.add_field("teacher_id", self.tr("&Teacher"), self.teacher_box)
        if own_teacher_id is not None:
            self.teacher_box.setEnabled(False)
        service = ctx.services.classes

        def save(v: dict[str, Any]) -> Any:
            teacher = v["teacher_id"] or None
            if cls is None:
                return service.create(v["name"], v["grade"], school_year=v["school_year"],
                                      subject=v["subject"] or None, teacher_id=teacher,
                                      class_no=v["class_no"] or None)
            return service.update(cls.id, cls.version, name=v["name"], grade=v["grade"],
                                  class_no=v["class_no"] or None,
                                  school_year=v["school_year"], subject=v["subject"] or None,
                                  teacher_id=teacher)

        self.set_submit(save)


class ClassesScreen(ListScreen):
    """Classes with teacher and student count. Teachers see only their own classes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.model = ClassesModel()
        self.proxy = SearchProxy()
        self.proxy.setSourceModel(self.model)
        title = self.tr("Classes") if ctx.is_admin else self.tr("My classes")
        super().__init__(ctx, title, self.proxy, parent)
        self._teachers: list[Any] = []
        self._own_teacher_id: int | None = None
        self.add_action(self.tr("&New…"), self.create_new, shortcut="Ctrl+N", name="newButton")
        self.add_action(self.tr("&Edit…"), self.edit, shortcut="Ctrl+E", needs_selection=True,
                        name="editButton")
        self.add_action(self.tr("&Roster…"), self.open_roster, shortcut="Ctrl+R",
                        needs_selection=True, name="rosterButton")
        if ctx.is_admin:
            self.add_action(self.tr("&Delete…"), self.delete, shortcut="Del", needs_selection=True,
                            name="deleteButton")
        ctx.events.classes_changed.connect(self.reload)
        ctx.events.subjects_changed.connect(self.reload)
        ensure_subject_names(ctx)
        ctx.events.enrollment_changed.connect(lambda _cid: self.reload())
        ctx.events.people_changed.connect(self.reload)

    def reload(self) -> None:
        ctx = self.ctx
        classes, people = ctx.services.classes, ctx.services.people
        admin, user_id = ctx.is_admin, ctx.identity.user_id

        def load() -> tuple[list[Any], list[Any], int | None]:
            own: int | None = None
            if not admin and user_id is not None:
                own = people.get(user_id).teacher_id
            teachers = list(people.list(role="teacher", active=True, limit=1000).items) if admin else []
            rows = classes.list(teacher_id=own) if not admin else classes.list()
            return rows, teachers, own

        ctx.runner.read(load, self._loaded, self.show_failure, key="classes", owner=self)

    def _loaded(self, result: tuple[list[Any], list[Any], int | None]) -> None:
        rows, self._teachers, self._own_teacher_id = result
        self.model.set_rows(rows)
        self.set_status(self.tr("%n class(es)", "", len(rows)))

    def activate_selected(self) -> None:
        self.open_roster()

    def dialog_for(self, cls: Any | None) -> ClassDialog:
        dialog = ClassDialog(self.ctx, cls, self._teachers, self,
                             own_teacher_id=None if self.ctx.is_admin else self._own_teacher_id)

        def on_saved(dto: object) -> None:
            self.model.upsert(dto)
            self.ctx.events.classes_changed.emit()

        dialog.saved.connect(on_saved)
        return dialog

    def create_new(self) -> None:
        self.dialog_for(None).open()

    def edit(self) -> None:
        rows = self.selected()
        if len(rows) == 1:
            self.dialog_for(rows[0]).open()

    def open_roster(self) -> None:
        rows = self.selected()
        if len(rows) == 1:
            self.ctx.events.open_class_requested.emit(rows[0].id)

    def delete(self) -> None:
        self.delete_selected(self.tr("Delete class"), self.tr("Delete the class “%1”?"),
                             self.ctx.services.classes.delete, self.ctx.events.classes_changed)


def create_screen(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return ClassesScreen(ctx, parent)
