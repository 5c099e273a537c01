#!/usr/bin/env python3
"""Draw the DreamSeed app icon (a sprout rising from a seed on a rounded tile) with QPainter.

    QT_QPA_PLATFORM=offscreen python packaging/make_icon.py

Writes packaging/icons/dreamseed.svg (vector, for Linux desktops) and dreamseed-<N>.png
(16…512 px) plus dreamseed.png (256 px); PyInstaller turns the PNG into .ico/.icns.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush, QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen,
)
from PySide6.QtSvg import QSvgGenerator  # noqa: E402

OUT = Path(__file__).resolve().parent / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def draw(p: QPainter, s: float) -> None:
    """Paint the icon into a square of side ``s``."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    tile = QRectF(0.04 * s, 0.04 * s, 0.92 * s, 0.92 * s)
    grad = QLinearGradient(tile.topLeft(), tile.bottomRight())
    grad.setColorAt(0.0, QColor("#2b6cb0"))
    grad.setColorAt(1.0, QColor("#1a365d"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad))
    p.drawRoundedRect(tile, 0.2 * s, 0.2 * s)

    # soil line
    p.setBrush(QColor("#f6e05e"))
    p.drawEllipse(QRectF(0.22 * s, 0.70 * s, 0.56 * s, 0.12 * s))

    # seed
    seed = QPainterPath()
    seed.moveTo(0.5 * s, 0.58 * s)
    seed.cubicTo(0.64 * s, 0.58 * s, 0.66 * s, 0.78 * s, 0.5 * s, 0.80 * s)
    seed.cubicTo(0.34 * s, 0.78 * s, 0.36 * s, 0.58 * s, 0.5 * s, 0.58 * s)
    p.setBrush(QColor("#c05621"))
    p.drawPath(seed)

    # stem
    pen = QPen(QColor("#68d391"), max(1.0, 0.045 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    stem = QPainterPath(QPointF(0.5 * s, 0.62 * s))
    stem.cubicTo(0.5 * s, 0.48 * s, 0.47 * s, 0.40 * s, 0.5 * s, 0.30 * s)
    p.drawPath(stem)

    # two leaves
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#9ae6b4"))
    left = QPainterPath(QPointF(0.49 * s, 0.42 * s))
    left.cubicTo(0.36 * s, 0.44 * s, 0.22 * s, 0.36 * s, 0.20 * s, 0.22 * s)
    left.cubicTo(0.34 * s, 0.20 * s, 0.47 * s, 0.28 * s, 0.49 * s, 0.42 * s)
    p.drawPath(left)
    p.setBrush(QColor("#68d391"))
    right = QPainterPath(QPointF(0.51 * s, 0.34 * s))
    right.cubicTo(0.56 * s, 0.20 * s, 0.70 * s, 0.12 * s, 0.82 * s, 0.16 * s)
    right.cubicTo(0.80 * s, 0.30 * s, 0.66 * s, 0.38 * s, 0.51 * s, 0.34 * s)
    p.drawPath(right)


def write_png(size: int, path: Path) -> None:
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    draw(p, float(size))
    p.end()
    if not img.save(str(path)):
        raise RuntimeError(f"could not write {path}")


def write_svg(path: Path, size: int = 256) -> None:
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(QSize(size, size))
    gen.setViewBox(QRectF(0, 0, size, size))
    gen.setTitle("DreamSeed Desktop")
    p = QPainter(gen)
    draw(p, float(size))
    p.end()


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    for n in SIZES:
        write_png(n, OUT / f"dreamseed-{n}.png")
    write_png(256, OUT / "dreamseed.png")
    write_svg(OUT / "dreamseed.svg")
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
