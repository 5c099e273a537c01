"""Large dialogs open inside the screen they open on (the item editor asked for 1500×860 and
opened partly off a 1366×768 laptop's screen). The test platform's offscreen screen (800×800)
is smaller than what the editor asks for."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from dreamseed_desktop.ui.screens.items.editor import ItemEditor


def test_the_item_editor_fits_the_screen(qtbot, ctx) -> None:
    editor = ItemEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    room = (editor.screen() or QApplication.primaryScreen()).availableGeometry()
    assert room.width() < 1500 and room.height() < 860        # smaller than what the editor asks for
    qtbot.waitUntil(lambda: editor.isVisible())
    assert editor.width() <= room.width() and editor.height() <= room.height(), \
        (editor.size(), editor.minimumSizeHint())
    # and a 1366×768 laptop at 150 % (911×512 logical, less a taskbar): the fields scroll
    need = editor.minimumSizeHint()
    assert need.width() <= 911 and need.height() <= 470, need
