"""A4 PDF documents drawn with QPdfWriter/QPainter: header, text, tables, chart images.

Text is drawn word by word: the bundled NanumGothic maps the space *and* the control
characters to one glyph, so a drawn space would come out of the PDF's text layer as U+0001.
Leaving gaps instead makes viewers' copy/paste and search (and pdftotext) see real spaces.
Fonts are embedded by Qt; the bundled Korean font is used for every string.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from dreamseed_desktop.ui.dates import datetime_text
from dreamseed_desktop.ui.fonts import KOREAN_FAMILY

__all__ = ["PdfDocument"]

MM_PER_INCH = 25.4


class PdfDocument:
    """One A4 portrait PDF. Coordinates are in millimetres from the top-left of the printable
    area; ``y`` advances as content is added and a new page starts when content would not fit.

    Every page gets a header (school name left, date right, a rule) and a footer (title, page
    number). Call :meth:`finish` to close the file; it returns the page count.
    """

    MARGIN_MM = 15.0
    HEADER_MM = 12.0
    FOOTER_MM = 8.0

    def __init__(self, path: str | Path, title: str, school_name: str, generated_at: datetime,
                 resolution: int = 300) -> None:
        self.path = Path(path)
        self.title = title
        self.school_name = school_name
        self.generated_at = generated_at
        self.writer = QPdfWriter(str(self.path))
        self.writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.writer.setPageMargins(QMarginsF(*(self.MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter)
        self.writer.setResolution(resolution)
        self.writer.setTitle(title)
        self.writer.setCreator("DreamSeed Desktop")
        self.painter = QPainter(self.writer)
        self._dpmm = resolution / MM_PER_INCH
        rect = self.writer.pageLayout().paintRectPixels(resolution)
        self.width_mm = rect.width() / self._dpmm
        self.height_mm = rect.height() / self._dpmm
        self.pages = 1
        self.y = 0.0
        self._start_page()

    # ------------------------------------------------------------------ geometry helpers
    def px(self, mm: float) -> float:
        """Millimetres → device pixels."""
        return mm * self._dpmm

    def font(self, size_pt: float = 10.0, bold: bool = False) -> QFont:
        font = QFont(KOREAN_FAMILY)
        font.setPointSizeF(size_pt)
        font.setBold(bold)
        return font

    def line_height(self, size_pt: float) -> float:
        """Line height in mm for a font size."""
        return QFontMetricsF(self.font(size_pt), self.writer).height() / self._dpmm * 1.15

    def text_width(self, text: str, size_pt: float = 10.0, bold: bool = False) -> float:
        return QFontMetricsF(self.font(size_pt, bold), self.writer).horizontalAdvance(text) / self._dpmm

    @property
    def bottom(self) -> float:
        """Lowest y (mm) content may reach on a page."""
        return self.height_mm - self.FOOTER_MM

    def ensure_space(self, height_mm: float) -> None:
        """Start a new page unless ``height_mm`` fits below the current position."""
        if self.y + height_mm > self.bottom:
            self.new_page()

    # ------------------------------------------------------------------ drawing
    def draw_text(self, x_mm: float, y_mm: float, text: str, size_pt: float = 10.0,
                  bold: bool = False, color: str = "#000000", align_right: bool = False) -> None:
        """One line with its top at ``y_mm`` (word by word; see module docstring)."""
        font = self.font(size_pt, bold)
        metrics = QFontMetricsF(font, self.writer)
        self.painter.setFont(font)
        self.painter.setPen(QColor(color))
        x = self.px(x_mm)
        if align_right:
            x -= metrics.horizontalAdvance(text)
        baseline = self.px(y_mm) + metrics.ascent()
        pos = 0
        for word in text.split(" "):
            if word:
                self.painter.drawText(QPointF(x + metrics.horizontalAdvance(text[:pos]), baseline), word)
            pos += len(word) + 1

    def heading(self, text: str, size_pt: float = 14.0, keep_with_next_mm: float = 25.0) -> None:
        """A bold heading; starts a new page unless ``keep_with_next_mm`` of content fits too."""
        self.ensure_space(self.line_height(size_pt) * 2 + keep_with_next_mm)
        self.y += 2.0
        self.draw_text(0, self.y, text, size_pt, bold=True)
        self.y += self.line_height(size_pt) + 1.0

    def paragraph(self, text: str, size_pt: float = 10.0, color: str = "#000000") -> None:
        """Text wrapped at word boundaries to the page width."""
        words, line = text.split(" "), ""
        for word in words:
            trial = f"{line} {word}".strip()
            if line and self.text_width(trial, size_pt) > self.width_mm:
                self._line(line, size_pt, color)
                line = word
            else:
                line = trial
        if line:
            self._line(line, size_pt, color)

    def key_values(self, pairs: Sequence[tuple[str, str]], columns: int = 2, size_pt: float = 10.0) -> None:
        """Label: value pairs in a grid (labels grey, values bold)."""
        col_w = self.width_mm / columns
        h = self.line_height(size_pt) + 1.0
        for i in range(0, len(pairs), columns):
            self.ensure_space(h)
            for j, (label, value) in enumerate(pairs[i:i + columns]):
                x = j * col_w
                self.draw_text(x, self.y, label, size_pt, color="#555555")
                self.draw_text(x + col_w * 0.45, self.y, value, size_pt, bold=True)
            self.y += h

    def image(self, image: QImage, height_mm: float) -> None:
        """A chart image scaled to the page width (aspect kept; centred)."""
        ratio = image.width() / max(image.height(), 1)
        width_mm = min(self.width_mm, height_mm * ratio)
        height_mm = width_mm / ratio
        self.ensure_space(height_mm + 2)
        x = (self.width_mm - width_mm) / 2
        self.painter.drawImage(QRectF(self.px(x), self.px(self.y), self.px(width_mm), self.px(height_mm)),
                               image)
        self.y += height_mm + 3.0

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float], size_pt: float = 9.0, right_align: Sequence[int] = ()) -> None:
        """A table with relative column ``widths``; repeats the header after page breaks."""
        total = float(sum(widths))
        cols = [w / total * self.width_mm for w in widths]
        h = self.line_height(size_pt) + 1.2
        self.ensure_space(h * 2)
        self._table_row(headers, cols, h, size_pt, header=True, right_align=right_align)
        for n, row in enumerate(rows):
            if self.y + h > self.bottom:
                self.new_page()
                self._table_row(headers, cols, h, size_pt, header=True, right_align=right_align)
            self._table_row(row, cols, h, size_pt, shade=n % 2 == 1, right_align=right_align)
        self.y += 2.0

    def new_page(self) -> None:
        self._footer()
        self.writer.newPage()
        self.pages += 1
        self._start_page()

    def finish(self) -> int:
        """Close the document; returns the number of pages."""
        self._footer()
        self.painter.end()
        return self.pages

    # ------------------------------------------------------------------ internals
    def _line(self, text: str, size_pt: float, color: str) -> None:
        h = self.line_height(size_pt)
        self.ensure_space(h)
        self.draw_text(0, self.y, text, size_pt, color=color)
        self.y += h

    def _table_row(self, cells: Sequence[str], cols: Sequence[float], h: float, size_pt: float,
                   header: bool = False, shade: bool = False, right_align: Sequence[int] = ()) -> None:
        if header or shade:
            fill = QColor("#dde6f0") if header else QColor("#f4f6f8")
            self.painter.fillRect(QRectF(0, self.px(self.y), self.px(self.width_mm), self.px(h)), fill)
        x = 0.0
        for i, (cell, w) in enumerate(zip(cells, cols)):
            text = self._elide(str(cell), w - 2.0, size_pt, header)
            if i in right_align:
                self.draw_text(x + w - 1.0, self.y + 0.6, text, size_pt, bold=header, align_right=True)
            else:
                self.draw_text(x + 1.0, self.y + 0.6, text, size_pt, bold=header)
            x += w
        self.y += h

    def _elide(self, text: str, width_mm: float, size_pt: float, bold: bool) -> str:
        metrics = QFontMetricsF(self.font(size_pt, bold), self.writer)
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.px(width_mm))

    def _start_page(self) -> None:
        self.draw_text(0, 0, self.school_name, 9, bold=True, color="#333333")
        self.draw_text(self.width_mm, 0, datetime_text(self.generated_at), 9,
                       color="#333333", align_right=True)
        pen = QPen(QColor("#7a8ca0"))
        pen.setWidthF(self.px(0.3))
        self.painter.setPen(pen)
        rule = self.px(self.HEADER_MM - 6.0)
        self.painter.drawLine(QPointF(0, rule), QPointF(self.px(self.width_mm), rule))
        self.y = self.HEADER_MM - 3.0

    def _footer(self) -> None:
        y = self.height_mm - self.line_height(8)
        self.draw_text(0, y, self.title, 8, color="#666666")
        self.draw_text(self.width_mm, y, f"{self.pages}", 8, color="#666666", align_right=True)
