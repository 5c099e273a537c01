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


def test_email_cells_get_the_number_font(qapp) -> None:
    """The Korean font draws "." like "," at table size: "minjun.kim@seoul-hs.kr" read as
    "minjun,kim@seoul-hs,kr" in the people and roster tables."""
    from dreamseed_desktop.ui.qtmodels.people import PEOPLE_COLUMNS
    from dreamseed_desktop.ui.qtmodels.roster import ROSTER_COLUMNS

    for columns in (PEOPLE_COLUMNS, ROSTER_COLUMNS):
        email = next(c for c in columns if c.header == "Email")
        assert email.latin
    model = DtoTableModel([Column("Email", lambda r: r[0], latin=True)])
    model.set_rows([("minjun.kim@seoul-hs.kr",)])
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) == number_font()


def test_the_sign_in_email_field_gets_the_number_font(qtbot) -> None:
    from dreamseed_desktop.ui.login_dialog import LoginDialog
    from dreamseed_desktop.ui.workers import TaskRunner

    runner = TaskRunner()
    try:
        dialog = LoginDialog(lambda e, p: None, runner, email="admin@seoul-hs.kr", language="ko",
                             server_label="이 PC")
        qtbot.addWidget(dialog)
        assert QFontInfo(dialog.email.font()).family() in NUMBER_FAMILIES
    finally:
        runner.shutdown()


def test_spin_boxes_and_chart_ticks_use_the_number_font(qapp) -> None:
    """Spin boxes and date fields (the psychometrics priors, "SD 1.50") and chart tick labels
    ("0.2") draw their numbers with the same Latin font as table cells."""
    from PySide6.QtWidgets import QDateEdit, QDoubleSpinBox, QLabel

    from dreamseed_desktop.ui.charts.bank_information import BankInformationChart
    from dreamseed_desktop.ui.fonts import load_bundled_fonts

    load_bundled_fonts(qapp)
    installed = [f for f in NUMBER_FAMILIES if f in QFontDatabase.families()]
    assert installed
    spin, date, label = QDoubleSpinBox(), QDateEdit(), QLabel("1.50")
    for widget in (spin, date, label):
        widget.ensurePolished()                # class fonts apply when a widget is polished (shown)
    assert QFontInfo(spin.font()).family() == installed[0]
    assert QFontInfo(date.font()).family() == installed[0]
    assert QFontInfo(label.font()).family() == KOREAN_FAMILY               # other widgets: unchanged
    chart = BankInformationChart()
    for axis in ("left", "bottom"):
        tick_font = chart.plot_item.getAxis(axis).style["tickFont"]
        assert tick_font is not None and QFontInfo(tick_font).family() == installed[0]
    chart.deleteLater()
