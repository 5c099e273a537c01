"""The initial-password sheet in Korean: one page per class with 번호, 이름, 학번, password."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.reports.password_sheet import PasswordSheetRow, write_password_sheet
from tests.gui.reports.test_reports import pdf_text, render_first_page


def test_sheet_has_a_page_per_class_in_korean(qapp, tmp_path: Path) -> None:
    i18n.install_language("ko", qapp)
    try:
        rows = [PasswordSheetRow("1학년 2반", 2, "나학생", "10202", "kmtpa-48295"),
                PasswordSheetRow("1학년 1반", 1, "가학생", "10101", "abcde-23456"),
                PasswordSheetRow("1학년 2반", 1, "다학생", "10201", "qrstu-98765")]
        path = tmp_path / "sheet.pdf"
        pages = write_password_sheet(path, "서울고등학교", rows, datetime(2026, 3, 2, 9, 0))
        assert pages == 2
        n, text = pdf_text(path)
        assert n == 2
        assert "초기 비밀번호 — 1학년 1반" in text and "초기 비밀번호 — 1학년 2반" in text
        assert "가학생 10101 abcde-23456" in text
        # 번호 order within the class
        assert text.index("다학생") < text.index("나학생")
        assert "학번" in text and "로그인 화면" in text
        image = render_first_page(path, tmp_path / "page")
        assert not image.isNull()
    finally:
        i18n.install_language("en", qapp)
