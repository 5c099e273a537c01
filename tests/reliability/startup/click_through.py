"""Run ``dreamseed-desktop`` (``__main__.main``) with the given arguments, as a person would
see it: every message window that opens is recorded (title, text, a PNG) and closed with OK.
Prints one JSON line: the exit code and the windows. Used by test_startup_problems.py (also
inside a private mount namespace, where a read-only folder can be mounted)."""
from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def main() -> None:
    shot = os.environ.get("CLICK_THROUGH_PNG", "")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    seen: list[dict[str, str]] = []

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible() and not widget.property("seen"):
                widget.setProperty("seen", True)
                seen.append({"title": widget.windowTitle(), "text": widget.text(),
                             "icon": widget.icon().name})
                if shot and len(seen) == 1:
                    widget.grab().save(shot)
                widget.button(QMessageBox.StandardButton.Ok).click()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(100)
    from dreamseed_desktop.__main__ import main as app_main

    code = app_main(["dreamseed-desktop", *sys.argv[1:]])
    del app
    print(json.dumps({"code": code, "windows": seen}, ensure_ascii=False))


if __name__ == "__main__":
    main()
