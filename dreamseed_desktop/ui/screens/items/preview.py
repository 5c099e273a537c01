"""The editor's live preview: the item drawn by the test window itself (the same
:class:`~dreamseed_desktop.ui.exam_window.view.ExamWindow` students use), at a lab PC's screen
size, shown scaled to fit the preview pane."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from dreamseed_desktop.services.exams.api import PendingItem
from dreamseed_desktop.services.exams.media import ItemMedia, ItemPassage, ItemPicture
from dreamseed_desktop.ui.content.render import Picture
from dreamseed_desktop.ui.exam_window.view import ExamWindow

#: the lab PCs' usual screens
PREVIEW_SIZES: tuple[tuple[int, int], ...] = ((1366, 768), (1920, 1080))


class ItemPreview(QLabel):
    """Shows ``window.grab()`` of a test window that is never shown on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemPreview")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)       # scaled to fit; the editor fits a 150 % laptop screen
        self.exam_window = ExamWindow(self.tr("Preview"), kiosk=False)
        self.exam_window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.shot = QPixmap()
        self.destroyed.connect(self.exam_window.deleteLater)
        self.setAccessibleName(self.tr("Preview as students see it"))

    def show_item(self, stem: str, choices: tuple[str, ...], pictures: Mapping[int, Picture],
                  passage: tuple[str, str] | None, size: tuple[int, int]) -> None:
        media = ItemMedia(tuple(ItemPicture(i, p.media_type, p.data) for i, p in pictures.items()),
                          None if passage is None else ItemPassage(0, 1, passage[0], passage[1]))
        item = PendingItem(session_id=0, seq=1, item_id=0, stem=stem or " ", choices=choices, media=media)
        self.exam_window.resize(*size)
        if not self.exam_window.isVisible():
            self.exam_window.show()
        self.exam_window.show_item(item, 1)
        # new choice buttons are shown and laid out by posted events: run them (no user input)
        # before taking the picture
        for _ in range(3):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.shot = self.exam_window.grab()
        self._fit()

    def _fit(self) -> None:
        if self.shot.isNull():
            return
        self.setPixmap(self.shot.scaled(self.size() - QSize(4, 4), Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        super().resizeEvent(event)
        self._fit()

    def closeEvent(self, event: object) -> None:
        self.exam_window.close()
