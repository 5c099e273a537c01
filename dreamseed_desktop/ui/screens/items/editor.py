"""Item editor: stem and choices with LaTeX formulas and pictures, key, subject/grade/strand,
passage, IRT parameters, and a live preview in the test window itself.

Teachers write drafts of their own items and submit them for review; administrators publish
(save and approve) and approve or send back versions under review. Saving a version students
have already seen makes a new version (the server decides; the dialog says so).
Pictures are pasted (Ctrl+V of an image) or inserted from a file; each asks for a short
description (alternative text) first. Formulas are written as ``$\\frac{1}{2}$``.

Signals: ``saved(int)`` — the item id after a successful save or review.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.core.errors import DomainError
from dreamseed_desktop.services.items.authoring import ContentDraft, ContentVersionDTO, SavedVersion
from dreamseed_desktop.services.items.content import asset_ids, image_ref
from dreamseed_desktop.services.items.rules import MAX_CHOICES, MIN_CHOICES
from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.common.grades import fill_curriculum_combo
from dreamseed_desktop.ui.common.screen_fit import resize_to_fit
from dreamseed_desktop.ui.content.render import Picture
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.i18n import domain_message
from dreamseed_desktop.ui.screens.items.preview import PREVIEW_SIZES, ItemPreview
from dreamseed_desktop.ui.workers import Failure

PICTURE_FILTER = "*.png *.jpg *.jpeg *.svg"


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, b"PNG")
    return bytes(data.data())


class ContentEdit(QPlainTextEdit):
    """A text field that takes pasted pictures: ``picture_pasted(bytes)`` instead of text.

    Signals: ``picture_pasted(bytes)``."""

    picture_pasted = Signal(bytes)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Tab moves on to the next field (it typed a tab character and trapped a keyboard user)
        self.setTabChangesFocus(True)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # Qt API
        return source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt API
        if source.hasImage():
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.picture_pasted.emit(png_bytes(image))
                return
        super().insertFromMimeData(source)


class ItemEditor(QDialog):
    """Writes one item (``item_id`` None = a new one). See the module docstring."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, item_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemEditor")
        self.ctx = ctx
        self.item_id = item_id
        self.row_version: int | None = None
        self.loaded: ContentVersionDTO | None = None
        self.pictures: dict[int, Picture] = {}
        self.is_admin = ctx.is_admin
        self._catalog: Any = None
        self._passages: dict[int, Any] = {}
        self._new_version_of: int | None = None      # the version students had seen, after a save
        self.setWindowTitle(self.tr("New item") if item_id is None else self.tr("Edit item"))

        self.code = QLineEdit()
        self.code.setObjectName("codeEdit")
        self.subject = QComboBox()
        self.subject.setObjectName("subjectBox")
        self.grade = QComboBox()             # the curriculum grade (초1 … 고3; 고1 = 10)
        self.grade.setObjectName("gradeBox")
        fill_curriculum_combo(self.grade, self.tr("Any"))
        self.strand = QComboBox()
        self.strand.setObjectName("strandBox")
        self.strand.setEditable(True)
        self.passage = QComboBox()
        self.passage.setObjectName("passageBox")
        self.new_passage_button = QPushButton(self.tr("New passage…"))
        self.new_passage_button.setObjectName("newPassageButton")
        self.new_passage_button.clicked.connect(self.new_passage)
        self.stem = ContentEdit()
        self.stem.setObjectName("stemEdit")
        self.stem.setPlaceholderText(self.tr("Question text. Formulas: $\\frac{1}{2}$, $\\sqrt{x}$"))
        self.stem.picture_pasted.connect(lambda data: self.add_picture(data, self.stem))
        self.n_choices = QSpinBox()
        self.n_choices.setObjectName("choiceCount")
        self.n_choices.setRange(MIN_CHOICES, MAX_CHOICES)
        self.n_choices.setValue(4)
        self.choices: list[QLineEdit] = []
        self.choice_box = QVBoxLayout()
        self.key = QComboBox()
        self.key.setObjectName("keyBox")
        self.model_box = QComboBox()
        self.model_box.setObjectName("modelBox")
        self.model_box.addItems(["3PL", "2PL", "1PL"])
        self.a = self._param(0.01, 10.0, 1.0, "paramA")
        self.b = self._param(-10.0, 10.0, 0.0, "paramB")
        self.c = self._param(0.0, 0.99, 0.0, "paramC")
        self.picture_button = QPushButton(self.tr("Insert &picture…"))
        self.picture_button.setObjectName("pictureButton")
        self.picture_button.clicked.connect(self.insert_picture_file)
        self.status = QLabel()
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("G&rade:"), self.grade)
        form.addRow(self.tr("S&trand:"), self.strand)
        passage_row = QHBoxLayout()
        passage_row.addWidget(self.passage, 1)
        passage_row.addWidget(self.new_passage_button)
        passage_label = QLabel(self.tr("Passa&ge:"))
        passage_label.setBuddy(self.passage)
        form.addRow(passage_label, passage_row)
        form.addRow(self.tr("Q&uestion:"), self.stem)
        form.addRow(self.tr("&Number of choices:"), self.n_choices)
        form.addRow(self.choice_box)
        form.addRow(self.tr("Answer &key:"), self.key)
        if self.is_admin:
            params = QHBoxLayout()
            params.addWidget(self.model_box)
            for name, box in (("a", self.a), ("b", self.b), ("c", self.c)):
                params.addWidget(QLabel(name))
                params.addWidget(box)
            form.addRow(self.tr("Parameters:"), params)

        self.preview = ItemPreview(self)
        self.size_box = QComboBox()
        self.size_box.setObjectName("previewSize")
        for w, h in PREVIEW_SIZES:
            self.size_box.addItem(f"{w} × {h}", (w, h))
        self.size_box.currentIndexChanged.connect(lambda _i: self.schedule_preview())
        right = QWidget()
        rlay = QVBoxLayout(right)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Preview as students see it:")))
        top.addWidget(self.size_box)
        top.addStretch(1)
        rlay.addLayout(top)
        rlay.addWidget(self.preview, 1)

        left = QWidget()
        llay = QVBoxLayout(left)
        llay.addLayout(form)
        llay.addWidget(self.picture_button, 0, Qt.AlignmentFlag.AlignLeft)
        llay.addStretch(1)
        # the fields scroll on a small screen (1366×768 at 150 %) instead of pushing the
        # dialog off it; Tab scrolls the focused field into view
        left_scroll = QScrollArea()
        left_scroll.setObjectName("itemFields")
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left_scroll.setWidget(left)
        splitter = QSplitter()
        splitter.addWidget(left_scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.draft_button = QPushButton(self.tr("Save &draft"))
        self.draft_button.setObjectName("draftButton")
        self.review_button = QPushButton(self.tr("Submit for re&view"))
        self.review_button.setObjectName("reviewButton")
        self.publish_button = QPushButton(self.tr("Save and &approve"))
        self.publish_button.setObjectName("publishButton")
        self.approve_button = QPushButton(self.tr("Appro&ve"))
        self.approve_button.setObjectName("approveButton")
        self.send_back_button = QPushButton(self.tr("Send &back…"))
        self.send_back_button.setObjectName("sendBackButton")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.draft_button.clicked.connect(lambda: self.save("draft"))
        self.review_button.clicked.connect(lambda: self.save("review"))
        self.publish_button.clicked.connect(lambda: self.save("publish"))
        self.approve_button.clicked.connect(lambda: self.review(True))
        self.send_back_button.clicked.connect(lambda: self.review(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.draft_button, self.review_button, self.publish_button, self.approve_button,
                  self.send_back_button, close):
            buttons.addWidget(b)
        self.publish_button.setVisible(self.is_admin)
        self.review_button.setVisible(not self.is_admin)
        self.approve_button.hide()
        self.send_back_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        self.n_choices.valueChanged.connect(self._set_choice_count)
        self.stem.textChanged.connect(self.schedule_preview)
        self.passage.currentIndexChanged.connect(lambda _i: self.schedule_preview())
        self.subject.currentIndexChanged.connect(lambda _i: self._fill_strands())
        self._set_choice_count(4)
        self._fill_subjects()
        self._load_passages()
        if item_id is not None:
            self.code.setEnabled(False)
            self._load()
        resize_to_fit(self, 1500, 860)       # never off a 1366×768 laptop's screen

    # ------------------------------------------------------------------------------ building
    def _param(self, low: float, high: float, value: float, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setDecimals(3)
        box.setRange(low, high)
        box.setValue(value)
        return box

    def _set_choice_count(self, n: int) -> None:
        while len(self.choices) < n:
            edit = QLineEdit()
            edit.setObjectName(f"choice{len(self.choices) + 1}")
            edit.setPlaceholderText(self.tr("Choice %1").replace("%1", str(len(self.choices) + 1)))
            edit.setAccessibleName(edit.placeholderText())
            edit.textChanged.connect(self.schedule_preview)
            self.choices.append(edit)
            self.choice_box.addWidget(edit)
        for i, edit in enumerate(self.choices):
            edit.setVisible(i < n)
        key = self.key.currentData()
        self.key.clear()
        for i in range(1, n + 1):
            self.key.addItem(str(i), i)
        if isinstance(key, int) and key <= n:
            self.key.setCurrentIndex(key - 1)
        self.schedule_preview()

    def _fill_subjects(self) -> None:
        from dreamseed_desktop.ui.i18n import current_language

        def done(catalog: Any) -> None:
            current = self.subject.currentData()
            self.subject.clear()
            self._catalog = catalog
            for s in catalog.active():
                self.subject.addItem(s.name(current_language()), s.code)
            if current:
                self._select(self.subject, current)
            self._fill_strands()

        self._catalog = None
        self.ctx.runner.read(self.ctx.services.subjects.catalog, done, self._failed, owner=self)

    def _fill_strands(self) -> None:
        from dreamseed_desktop.ui.i18n import current_language

        text = self.strand.currentText()
        self.strand.clear()
        self.strand.addItem("", None)
        subject = self._catalog.get(self.subject.currentData()) if self._catalog else None
        for s in subject.active_strands() if subject else []:
            self.strand.addItem(s.name(current_language()), s.code)
        if text:
            self._select(self.strand, text)

    def _load_passages(self, select: int | None = None) -> None:
        def done(passages: Any) -> None:
            current = select if select is not None else self.passage.currentData()
            self.passage.blockSignals(True)
            self.passage.clear()
            self.passage.addItem(self.tr("(no passage)"), None)
            self._passages = {p.id: p for p in passages}
            for p in passages:
                self.passage.addItem(p.title, p.id)
            self.passage.blockSignals(False)
            if current is not None:
                self._select(self.passage, current)
            self._load_passage_pictures()

        self.ctx.runner.read(self.ctx.services.item_authoring.passages, done, self._failed, owner=self)

    def _load_passage_pictures(self) -> None:
        ids = [i for p in self._passages.values() for i in asset_ids(p.body) if i not in self.pictures]
        if ids:
            self.ctx.runner.read(lambda: self.ctx.services.item_authoring.images(ids), self._got_pictures,
                                 self._failed, owner=self)
        self.schedule_preview()

    @staticmethod
    def _select(box: QComboBox, value: object) -> None:
        i = box.findData(value)
        if i < 0 and isinstance(value, str):
            i = box.findText(value)
            if i < 0 and box.isEditable():
                box.setEditText(value)
                return
        if i >= 0:
            box.setCurrentIndex(i)

    # ------------------------------------------------------------------------------- loading
    def _load(self) -> None:
        service, items, item_id = self.ctx.services.item_authoring, self.ctx.services.items, self.item_id
        assert item_id is not None

        def work() -> tuple[Any, ContentVersionDTO, dict[int, Any]]:
            latest = service.latest(item_id)
            return items.get(item_id), latest, service.images_of(latest.stem, *latest.choices)

        self.ctx.runner.read(work, self._loaded, self._failed, owner=self)

    def _loaded(self, result: tuple[Any, ContentVersionDTO, dict[int, Any]]) -> None:
        item, version, images = result
        self.loaded, self.row_version = version, item.version
        self._got_pictures(images)
        self.code.setText(item.code)
        self._select(self.subject, item.subject)
        self.grade.setCurrentIndex(max(self.grade.findData(item.grade), 0) if item.grade else 0)
        if item.strand:
            self._select(self.strand, item.strand)
        self._select(self.model_box, item.model)
        self.a.setValue(item.a)
        self.b.setValue(item.b)
        self.c.setValue(item.c)
        self.stem.setPlainText(version.stem)
        self.n_choices.setValue(len(version.choices))
        for edit, text in zip(self.choices, version.choices):
            edit.setText(text)
        if version.key is not None:
            self.key.setCurrentIndex(version.key - 1)
        if version.passage_id is not None:
            self._select(self.passage, version.passage_id)
        reviewing = self.is_admin and version.status == "review"
        self.approve_button.setVisible(reviewing)
        self.send_back_button.setVisible(reviewing)
        self._say_version(version.version, version.status, version.review_note)
        self.schedule_preview()

    def _got_pictures(self, images: dict[int, Any]) -> None:
        for i, a in images.items():
            self.pictures[i] = Picture(a.media_type, a.data)
        self.schedule_preview()

    def _say_version(self, version: int, status: str, note: str | None = None) -> None:
        from dreamseed_desktop.ui.qtmodels.labels import label

        text = self.tr("Version %1 · %2").replace("%1", str(version)).replace("%2", label(status))
        if note:
            text += " · " + self.tr("Note from the reviewer: %1").replace("%1", note)
        if self._new_version_of is not None and version > self._new_version_of:
            # said after a save and kept when the item reloads after it
            text += " · " + self.tr(
                "Students had seen version %1, so your changes are a new version.").replace(
                "%1", str(self._new_version_of))
        self.status.setText(text)

    # ------------------------------------------------------------------------------ pictures
    def insert_picture_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Insert picture"), "",
                                              self.tr("Pictures (%1)").replace("%1", PICTURE_FILTER))
        if path:
            target = self.focusWidget()
            self.add_picture(Path(path).read_bytes(), target if isinstance(target, (QLineEdit, ContentEdit))
                             else self.stem)

    def add_picture(self, data: bytes, target: QLineEdit | ContentEdit,
                    alt: str | None = None) -> None:
        """Ask for the description, store the picture (checked by the service: type, size) and
        insert its reference at the cursor of ``target``."""
        if alt is None:
            alt, ok = QInputDialog.getText(self, self.tr("Picture description"),
                                           self.tr("Describe the picture for students who cannot see "
                                                   "it (alternative text):"))
            if not ok:
                return
        service = self.ctx.services.item_authoring
        text = alt

        def done(asset_id: int) -> None:
            self.pictures[asset_id] = _picture_from(data)
            ref = image_ref(asset_id, text)
            if isinstance(target, QLineEdit):
                target.insert(ref)
            else:
                target.insertPlainText(ref)
            self.schedule_preview()

        try:
            image_ref(0, text)          # the description is checked before the upload
        except DomainError as exc:
            messages.inform(self, self.tr("Picture description"), domain_message(exc))
            return
        self.ctx.runner.write(lambda: service.add_image(data), done, self._failed, owner=self)

    # ------------------------------------------------------------------------------- passages
    def new_passage(self) -> None:
        from dreamseed_desktop.ui.screens.items.passage_dialog import PassageDialog

        dialog = PassageDialog(self.ctx, self)
        dialog.saved.connect(lambda pid: self._load_passages(select=pid))
        dialog.open()

    # -------------------------------------------------------------------------------- preview
    def schedule_preview(self) -> None:
        self._timer.start()

    def current_choices(self) -> tuple[str, ...]:
        return tuple(e.text() for e in self.choices[:self.n_choices.value()])

    def update_preview(self) -> None:
        pid = self.passage.currentData()
        passage = self._passages.get(pid) if pid is not None else None
        size = self.size_box.currentData() or PREVIEW_SIZES[0]
        self.preview.show_item(self.stem.toPlainText(), self.current_choices(), self.pictures,
                               None if passage is None else (passage.title, passage.body), size)

    # ---------------------------------------------------------------------------------- saving
    def draft(self) -> ContentDraft:
        strand = self.strand.currentData() or (self.strand.currentText().strip() or None)
        return ContentDraft(stem=self.stem.toPlainText(), choices=self.current_choices(),
                            key=int(self.key.currentData() or 0), item_id=self.item_id,
                            expected_version=self.row_version,
                            code=self.code.text() if self.item_id is None else None,
                            subject=self.subject.currentData(), grade=self.grade.currentData(),
                            strand=strand, passage_id=self.passage.currentData())

    def save(self, action: str) -> None:
        draft = self.draft()
        authoring, items = self.ctx.services.item_authoring, self.ctx.services.items
        params = (self.model_box.currentText(), self.a.value(), self.b.value(), self.c.value())
        is_admin = self.is_admin

        def work() -> SavedVersion:
            saved = authoring.save(draft, action)
            if is_admin:
                current = items.get(saved.item_id)
                if (current.model, current.a, current.b, current.c) != params:
                    items.update(saved.item_id, current.version, model=params[0], a=params[1], b=params[2],
                                 c=params[3])
            return saved

        self.ctx.runner.write(work, self._saved, self._failed, owner=self)

    def _saved(self, saved: SavedVersion) -> None:
        first = self.loaded.version if self.loaded else None
        self.item_id = saved.item_id
        self.code.setEnabled(False)
        self.setWindowTitle(self.tr("Edit item"))
        self._new_version_of = first if first is not None and saved.version > first else None
        self._say_version(saved.version, saved.status)
        self._reload_after(saved.item_id)

    def review(self, approve: bool) -> None:
        if self.loaded is None or self.item_id is None:
            return
        note = ""
        if not approve:
            note, ok = QInputDialog.getText(self, self.tr("Send back"),
                                            self.tr("What should the author change?"))
            if not ok:
                return
        item_id, version = self.item_id, self.loaded.version
        service = self.ctx.services.item_authoring
        self.ctx.runner.write(lambda: service.review(item_id, version, approve=approve, note=note),
                              lambda _s: self._reload_after(item_id), self._failed, owner=self)

    def _reload_after(self, item_id: int) -> None:
        self.saved.emit(item_id)
        self.ctx.events.items_changed.emit()
        self._load()

    def _failed(self, failure: Failure) -> None:
        messages.show_failure(self, failure)


def _picture_from(data: bytes) -> Picture:
    from dreamseed_desktop.services.items.content import probe_image

    return Picture(probe_image(data).media_type, data)


def open_editor(ctx: AppContext, parent: QWidget, item_id: int | None = None,
                on_saved: Callable[[int], None] | None = None) -> ItemEditor:
    editor = ItemEditor(ctx, item_id, parent)
    # gone when closed, with its hidden preview test window (each edit kept both alive before)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if on_saved is not None:
        editor.saved.connect(on_saved)
    editor.open()
    return editor
