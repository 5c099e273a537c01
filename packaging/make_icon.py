#!/usr/bin/env python3
"""Render the app icon (resources/icons/dreamseed.svg, the one the GUI uses) to PNG sizes.

    QT_QPA_PLATFORM=offscreen python packaging/make_icon.py

Writes packaging/icons/dreamseed-<N>.png (16…512 px) and dreamseed.png (256 px): the PNGs go to
the Linux icon theme (hicolor), and PyInstaller turns dreamseed.png into .ico/.icns on
Windows/macOS. The SVG itself is installed as the scalable icon.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "dreamseed.svg"
OUT = Path(__file__).resolve().parent / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int, path: Path) -> None:
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not img.save(str(path)):
        raise RuntimeError(f"could not write {path}")


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    OUT.mkdir(parents=True, exist_ok=True)
    for n in SIZES:
        render(renderer, n, OUT / f"dreamseed-{n}.png")
    render(renderer, 256, OUT / "dreamseed.png")
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
