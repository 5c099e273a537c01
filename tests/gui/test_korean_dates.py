"""Dates as the user's language writes them (issue 15): "2026. 12. 4." and "2026. 12. 4. 14:05"
in Korean, ISO in English — in the tables (every datetime cell goes through ``display_text``),
the audit log's details, the exam dialog's date fields and the reports. The screen and dialog
walks (test_korean_everywhere, test_korean_dialogs) fail on any ISO or slashed date left."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from dreamseed_desktop.ui.dates import date_edit_format, date_text, datetime_edit_format, datetime_text
from dreamseed_desktop.ui.qtmodels.dto_table import display_text
from dreamseed_desktop.ui.reports.formatting import fmt_date
from tests.gui.test_korean_everywhere import FOREIGN_DATE

KST = timezone(timedelta(hours=9))


def test_korean_dates(korean) -> None:
    assert date_text(date(2026, 12, 4)) == "2026. 12. 4."
    assert date_text(date(2026, 3, 2)) == "2026. 3. 2."          # no leading zeros
    local = datetime(2026, 12, 4, 14, 5, 9)                        # naive: shown as it is
    assert datetime_text(local) == "2026. 12. 4. 14:05"
    assert datetime_text(local, seconds=True) == "2026. 12. 4. 14:05:09"
    aware = datetime(2026, 12, 4, 14, 5, tzinfo=KST)
    assert datetime_text(aware) == datetime_text(aware.astimezone())   # this PC's time zone
    assert display_text(aware) == datetime_text(aware)               # every table cell
    assert fmt_date(aware) == date_text(aware.astimezone())          # the PDFs
    assert datetime_text(None) == date_text(None) == "–"
    assert (date_edit_format(), datetime_edit_format()) == ("yyyy. M. d.", "yyyy. M. d. HH:mm")
    assert not FOREIGN_DATE.search(datetime_text(aware))


def test_english_dates_stay_iso() -> None:
    assert datetime_text(datetime(2026, 12, 4, 14, 5)) == "2026-12-04 14:05"
    assert date_text(date(2026, 12, 4)) == "2026-12-04"
    assert datetime_edit_format() == "yyyy-MM-dd HH:mm"


def test_the_walker_finds_foreign_dates() -> None:
    assert FOREIGN_DATE.findall("시작 2026-12-04 10:17") == ["2026-12-04"]
    assert FOREIGN_DATE.findall("12/04/2026") == ["12/04/2026"]
    assert FOREIGN_DATE.findall("2026. 12. 4. 10:17 · 1.518") == []


def test_dates_in_tables_use_the_number_font(korean) -> None:
    """The bundled Korean font draws a full stop like a comma at table size: date cells use the
    number font, as numbers do (2026. 12. 4. must not read 2026, 12, 4,)."""
    from types import SimpleNamespace

    from PySide6.QtCore import Qt

    from dreamseed_desktop.ui.fonts import number_font
    from dreamseed_desktop.ui.qtmodels.dto_table import Column, DtoTableModel

    model = DtoTableModel([Column("When", lambda r: r.at), Column("What", lambda r: r.what)])
    model.set_rows([SimpleNamespace(id=1, at=datetime(2026, 12, 4, 14, 5, tzinfo=KST), what="로그인")])
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) == number_font()
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
