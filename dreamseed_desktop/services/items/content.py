"""Item text with formulas and images: the one parser of the content format (Qt-free).

The format is a small, documented subset (docs/items-content.md), not Markdown:

* ``$...$`` is a LaTeX formula (``\\$`` is a literal dollar sign);
* ``![alt text](asset:ID)`` is a picture stored in ``item_assets`` with its alternative text;
* everything else is plain text (line breaks kept; no HTML).

Used by validation (:func:`check_text`), the QTI import/export and the UI renderer, so all of
them agree on what a text means.
"""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET

from dreamseed_desktop.db.content import ASSET_MAX_BYTES, ASSET_MAX_SIDE, ASSET_MEDIA_TYPES
from dreamseed_desktop.services.core.errors import ValidationError

IMAGE_RE = re.compile(r"!\[([^\]]*)\]\(asset:([0-9]{1,18})\)")
MAX_ALT = 300


@dataclass(frozen=True)
class TextRun:
    text: str


@dataclass(frozen=True)
class MathRun:
    latex: str


@dataclass(frozen=True)
class ImageRun:
    asset_id: int
    alt: str


Run = TextRun | MathRun | ImageRun


def parse(text: str) -> tuple[Run, ...]:
    """Split ``text`` into plain-text, formula and image runs (adjacent text runs merged).

    An unmatched ``$`` is kept as text (the save-time check reports it)."""
    runs: list[Run] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            runs.append(TextRun("".join(buf)))
            buf.clear()

    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] == "$":
            buf.append("$")
            i += 2
            continue
        if ch == "$":
            end = _closing_dollar(text, i + 1)
            if end is not None and end > i + 1:
                flush()
                runs.append(MathRun(text[i + 1:end].strip()))
                i = end + 1
                continue
        if ch == "!":
            m = IMAGE_RE.match(text, i)
            if m:
                flush()
                runs.append(ImageRun(int(m.group(2)), m.group(1).strip()))
                i = m.end()
                continue
        buf.append(ch)
        i += 1
    flush()
    return tuple(runs)


def _closing_dollar(text: str, start: int) -> int | None:
    i = start
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            i += 2
            continue
        if text[i] == "$":
            return i
        i += 1
    return None


def asset_ids(text: str) -> tuple[int, ...]:
    """The picture ids a text refers to, in order of first use."""
    seen: dict[int, None] = {}
    for run in parse(text):
        if isinstance(run, ImageRun):
            seen.setdefault(run.asset_id, None)
    return tuple(seen)


def plain_text(text: str) -> str:
    """Words for a screen reader or a list cell: formulas as their LaTeX, pictures as their alt."""
    out: list[str] = []
    for run in parse(text):
        if isinstance(run, TextRun):
            out.append(run.text)
        elif isinstance(run, MathRun):
            out.append(run.latex)
        else:
            out.append(run.alt)
    return " ".join("".join(out).split())


def image_ref(asset_id: int, alt: str) -> str:
    """The text that inserts a picture (``]`` is not allowed in the alt text)."""
    return f"![{clean_alt(alt)}](asset:{int(asset_id)})"


def clean_alt(alt: str) -> str:
    alt = " ".join(str(alt).replace("]", ")").replace("[", "(").split())
    if not alt:
        raise ValidationError("Every picture needs a short description (alternative text) for "
                              "students who cannot see it.", field="alt")
    if len(alt) > MAX_ALT:
        raise ValidationError("The picture description is too long (at most {max_len} characters).",
                              params={"max_len": MAX_ALT}, field="alt")
    return alt


# ---------------------------------------------------------------------------------- formulas

def _ziamath() -> Any:
    import ziamath  # imported on first use: 0.2 s, not needed by screens without formulas
    ziamath.config.svg2 = False   # SVG 1.1 (xlink:href): QtSvg cannot draw <symbol>/<use href>
    return ziamath


_UNKNOWN_COMMAND = re.compile(r"<m[io][^>]*>(\\[A-Za-z]+)</m[io]>")


@lru_cache(maxsize=2048)
def latex_problem(latex: str) -> str | None:
    """None when ``latex`` renders; otherwise the reason (an unknown command or a syntax error)."""
    if not latex.strip():
        return "empty"
    zm = _ziamath()
    try:
        expr = zm.Latex(latex)
        mathml = expr.mathmlstr()
        expr.svg()
    except Exception as exc:  # noqa: BLE001 - ziamath/latex2mathml raise many kinds on bad input
        return type(exc).__name__
    unknown = _UNKNOWN_COMMAND.search(mathml)
    return unknown.group(1) if unknown else None


@lru_cache(maxsize=4096)
def formula_svg(latex: str, size_px: float) -> str:
    """SVG 1.1 text of a formula at a font size of ``size_px`` (cached: same input, same text)."""
    return str(_ziamath().Latex(latex, size=size_px).svg())


def check_text(text: str, *, field: str, required: bool = True, max_len: int = 20000) -> str:
    """Normalise line ends, check length, formulas and picture references; raise with ``field``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if required and not text:
        raise ValidationError("This field is required.", field=field)
    if len(text) > max_len:
        raise ValidationError("Text is too long.", field=field)
    runs = parse(text)
    for run in runs:
        if isinstance(run, MathRun):
            problem = latex_problem(run.latex)
            if problem is not None:
                raise ValidationError("The formula ${formula}$ cannot be drawn ({problem}).",
                                      params={"formula": run.latex, "problem": problem}, field=field)
        elif isinstance(run, ImageRun):
            clean_alt(run.alt)
    if _unclosed_dollar(text):
        raise ValidationError("A formula is not closed: every $ needs a second $ (write \\$ for a "
                              "dollar sign).", field=field)
    return text


def _unclosed_dollar(text: str) -> bool:
    """A ``$`` that opens no formula (``\\$`` is a dollar sign, ``$…$`` a formula)."""
    i = 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] == "$":
            i += 2
            continue
        if text[i] == "$":
            end = _closing_dollar(text, i + 1)
            if end is None or end == i + 1:
                return True
            i = end + 1
            continue
        i += 1
    return False


# ------------------------------------------------------------------------------------ images

@dataclass(frozen=True)
class ImageInfo:
    media_type: str
    width: int
    height: int
    data: bytes


def probe_image(data: bytes) -> ImageInfo:
    """Media type and size from the file's own header (PNG, JPEG) or root element (SVG);
    an SVG is sanitised. Raises :class:`ValidationError` for anything else or too large."""
    if len(data) > ASSET_MAX_BYTES:
        raise ValidationError("An image may be at most 1 MB.", field="image")
    if not data:
        raise ValidationError("Images must be PNG, JPEG or SVG.", field="image")
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        info = ImageInfo("image/png", width, height, data)
    elif data.startswith(b"\xff\xd8"):
        width, height = _jpeg_size(data)
        info = ImageInfo("image/jpeg", width, height, data)
    else:
        info = _svg_info(data)
    if not (1 <= info.width <= ASSET_MAX_SIDE and 1 <= info.height <= ASSET_MAX_SIDE):
        raise ValidationError("An image may be at most 4096 pixels wide and high.", field="image")
    assert info.media_type in ASSET_MEDIA_TYPES
    return info


def _jpeg_size(data: bytes) -> tuple[int, int]:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            break
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        (length,) = struct.unpack(">H", data[i + 2:i + 4])
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    raise ValidationError("Images must be PNG, JPEG or SVG.", field="image")


_SVG_NS = "{http://www.w3.org/2000/svg}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_FORBIDDEN_SVG = {"script", "foreignObject", "iframe", "object", "embed", "audio", "video"}


def _svg_info(data: bytes) -> ImageInfo:
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except Exception as exc:
        raise ValidationError("Images must be PNG, JPEG or SVG.", field="image") from exc
    if root.tag not in (f"{_SVG_NS}svg", "svg"):
        raise ValidationError("Images must be PNG, JPEG or SVG.", field="image")
    for el in root.iter():
        local = str(el.tag).rsplit("}", 1)[-1]
        if local in _FORBIDDEN_SVG:
            raise ValidationError("This SVG picture contains scripts or embedded content and was refused.",
                                  field="image")
        for name, value in el.attrib.items():
            if name.rsplit("}", 1)[-1].lower().startswith("on"):
                raise ValidationError("This SVG picture contains scripts or embedded content and was refused.",
                                      field="image")
            if name in ("href", _XLINK_HREF) and not value.startswith("#"):
                raise ValidationError("This SVG picture refers to outside files; embed the picture instead.",
                                      field="image")
    width, height = _svg_size(root)
    return ImageInfo("image/svg+xml", width, height, data)


def _svg_size(root: Element) -> tuple[int, int]:
    def length(value: str | None) -> float | None:
        m = re.match(r"\s*([0-9.]+)\s*(px)?\s*$", value or "")
        return float(m.group(1)) if m else None

    w, h = length(root.get("width")), length(root.get("height"))
    if w is None or h is None:
        box = (root.get("viewBox") or "").replace(",", " ").split()
        if len(box) == 4:
            try:
                w, h = float(box[2]), float(box[3])
            except ValueError:
                w = h = None
    if not w or not h:
        raise ValidationError("An SVG picture needs a width and height (or a viewBox).", field="image")
    return max(1, round(w)), max(1, round(h))
