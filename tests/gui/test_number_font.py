"""Numbers in tables use a font whose decimal point cannot pass for a comma."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QFontInfo

from dreamseed_desktop.ui.fonts import KOREAN_FAMILY, NUMBER_FAMILIES, number_font
from dreamseed_desktop.ui.qtmodels.dto_table import Column, DtoTableModel


def test_numeric_cells_get_a_latin_number_font(qapp) -> None:
    model = DtoTableModel([Column("Name", lambda r: r[0]), Column("b", lambda r: r[1], align_right=True)])
    model.set_rows([("김민준", 1.518)])
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None          # text: the app font
    font = model.index(0, 1).data(Qt.ItemDataRole.FontRole)
    installed = [f for f in NUMBER_FAMILIES if f in QFontDatabase.families()]
    assert installed, "no Latin font for numbers on this machine"
    assert font.families() == [installed[0], KOREAN_FAMILY]
    assert QFontInfo(font).family() == installed[0]                          # really drawn with it
    assert number_font() is number_font()                                    # cached per base font
