"""Item text with formulas and pictures as a :class:`QTextDocument` (the test window's renderer).

Text is laid out by Qt (Korean, selection, screen readers); each ``$...$`` formula is an inline
image drawn from ziamath's SVG by :class:`QSvgRenderer` at the widget's device pixel ratio (so it
is crisp on any screen), lifted so that its baseline sits on the text's baseline; each
``![alt](asset:ID)`` picture is an image scaled to fit the available width (SVG pictures are
drawn at their displayed size × the pixel ratio too). Formula images are cached by (LaTeX, size,
pixel ratio, colour). See docs/items-content.md.
"""
from __future__ import annotations

import html
import math
import re
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QImage, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from dreamseed_desktop.services.items.content import (
    ImageRun,
    MathRun,
    TextRun,
    formula_svg,
    parse,
)
from dreamseed_desktop.ui.a11y.tones import tone_on

#: a picture never gets wider than this share of the text width (room for the margins)
FIT = 1.0
_CACHE_SIZE = 512
_VIEWBOX = re.compile(r'viewBox="([-0-9.eE]+) ([-0-9.eE]+) ([-0-9.eE]+) ([-0-9.eE]+)"')


@dataclass(frozen=True)
class Picture:
    """A picture's bytes as stored (``image/png``, ``image/jpeg`` or ``image/svg+xml``)."""

    media_type: str
    data: bytes


@dataclass(frozen=True)
class Formula:
    image: QImage          # device pixels, devicePixelRatio set
    width: float           # logical pixels
    height: float


_formulas: OrderedDict[tuple[str, float, float, str, float], Formula] = OrderedDict()


def has_rich_content(text: str) -> bool:
    """True when ``text`` has a formula or a picture (plain text keeps the simple label path)."""
    return any(not isinstance(r, TextRun) for r in parse(text))


def render_formula(latex: str, size_px: float, dpr: float, color: QColor, x_height: float) -> Formula:
    """The formula as an image for an inline ``vertical-align: middle`` slot of a text line.

    Qt centres such an image on a line ``x_height / 2`` above the baseline (its ascent is
    ``(h + x/2) / 2``); the image is padded so that the formula's own baseline lands exactly
    on the text's baseline."""
    key = (latex, round(size_px, 2), round(dpr, 3), color.name(), round(x_height, 2))
    hit = _formulas.get(key)
    if hit is not None:
        _formulas.move_to_end(key)
        return hit
    svg = formula_svg(latex, size_px)
    m = _VIEWBOX.search(svg)
    if m is None:
        raise ValueError("formula SVG without viewBox")
    _x0, y0, width, height = (float(v) for v in m.groups())
    ascent, descent = -y0, height + y0          # baseline is y = 0 in ziamath's drawing
    half_x = x_height / 2
    # with ascent_image = (h + half_x) / 2 the baseline sits (h + half_x) / 2 below the top
    pad_top = max(0.0, descent + half_x - ascent)
    pad_bottom = max(0.0, ascent - descent - half_x)
    total = ascent + descent + pad_top + pad_bottom
    if color != QColor(Qt.GlobalColor.black):
        svg = svg.replace("<svg ", f'<svg fill="{color.name()}" ', 1)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(max(1, math.ceil(width * dpr)), max(1, math.ceil(total * dpr)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    image.setDevicePixelRatio(dpr)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, pad_top, width, height))
    painter.end()
    formula = Formula(image, width, total)
    _formulas[key] = formula
    if len(_formulas) > _CACHE_SIZE:
        _formulas.popitem(last=False)
    return formula


def picture_image(picture: Picture, width: float, height: float, dpr: float) -> QImage:
    """The picture for a ``width`` × ``height`` logical slot (SVG drawn at that size × dpr)."""
    if picture.media_type == "image/svg+xml":
        renderer = QSvgRenderer(QByteArray(picture.data))
        image = QImage(max(1, math.ceil(width * dpr)), max(1, math.ceil(height * dpr)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        image.setDevicePixelRatio(dpr)
        return image
    image = QImage.fromData(picture.data)
    image.setDevicePixelRatio(max(1.0, image.width() / max(width, 1.0)))
    return image


def natural_size(picture: Picture) -> tuple[float, float]:
    if picture.media_type == "image/svg+xml":
        size = QSvgRenderer(QByteArray(picture.data)).defaultSize()
        return float(size.width()), float(size.height())
    image = QImage.fromData(picture.data)
    return float(image.width()), float(image.height())


class ContentDocument(QTextDocument):
    """A text document that shows item content; :meth:`set_content` lays it out for a width,
    a font and a device pixel ratio, and serves its images from memory (no files, no network)."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._images: dict[str, QImage] = {}
        self.missing: list[int] = []      # picture ids without data (shown as their alt text)

    def set_content(self, text: str, pictures: Mapping[int, Picture], *, font: QFont, dpr: float,
                    max_width: float, color: QColor | None = None, prefix_html: str = "",
                    zoom: float = 1.0, error_color: QColor | None = None) -> None:
        """Lay out ``text`` for ``max_width`` logical pixels; pictures are shown at their size
        times ``zoom`` (the test window's text zoom) but never wider than ``max_width``.
        A formula that cannot be drawn shows its source in ``error_color`` (default: the
        palette-derived error tone, readable on the page behind a text of ``color``)."""
        color = color or QColor(Qt.GlobalColor.black)
        if error_color is None:
            page = QColor(Qt.GlobalColor.white if color.lightness() < 128 else Qt.GlobalColor.black)
            error_color = tone_on("alert", [page])
        self.setDefaultFont(font)
        size_px = float(font.pixelSize()) if font.pixelSize() > 0 else float(QFontInfo(font).pixelSize())
        x_height = QFontMetricsF(font).xHeight()
        self._images.clear()
        self.missing = []
        parts: list[str] = [prefix_html]
        for n, run in enumerate(parse(text)):
            if isinstance(run, TextRun):
                parts.append(html.escape(run.text).replace("\n", "<br/>"))
            elif isinstance(run, MathRun):
                try:
                    f = render_formula(run.latex, size_px, dpr, color, x_height)
                except Exception:  # noqa: BLE001 - ziamath raises many kinds; only the editor's preview
                    # sees unchecked LaTeX (saved content was checked by the service)
                    parts.append(f'<span style="color: {error_color.name()};">'
                                 f'${html.escape(run.latex)}$</span>')
                    continue
                name = f"math:{n}"
                self._images[name] = f.image
                parts.append(f'<img src="{name}" width="{f.width:.2f}" height="{f.height:.2f}" '
                             f'style="vertical-align: middle" alt="{html.escape(run.latex)}"/>')
            elif isinstance(run, ImageRun):
                pic = pictures.get(run.asset_id)
                if pic is None:
                    self.missing.append(run.asset_id)
                    parts.append(f"[{html.escape(run.alt)}]")
                    continue
                w, h = natural_size(pic)
                scale = min(zoom, max_width * FIT / w) if w > 0 else 1.0
                w, h = max(1.0, w * scale), max(1.0, h * scale)
                name = f"asset:{run.asset_id}:{n}"
                self._images[name] = picture_image(pic, w, h, dpr)
                parts.append(f'<img src="{name}" width="{w:.0f}" height="{h:.0f}" alt="{html.escape(run.alt)}"/>')
        self.setHtml("".join(parts))
        self.setTextWidth(max_width)

    def loadResource(self, type_: int, url: QUrl | str) -> object:  # Qt API
        name = url.toString() if isinstance(url, QUrl) else str(url)
        image = self._images.get(name)
        if image is not None:
            return image
        return super().loadResource(type_, url)
