"""Save a file produced by a service (exports) with progress, Cancel and a clear outcome."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.workers import Progress


def ask_save_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested,
                                          QCoreApplication.translate("Files", "CSV files (*.csv)"))
    return Path(path) if path else None


def export_to_file(ctx: AppContext, parent: QWidget, produce: Callable[[], bytes | str], path: Path,
                   title: str, on_done: Callable[[str], None]) -> None:
    """Run ``produce`` on a worker, write its result to ``path`` (text as UTF-8 with BOM, so
    Excel reads Korean), then call ``on_done`` with a translated "Exported to …" message."""

    def work(progress: Progress) -> int:
        progress.report(0, 2, QCoreApplication.translate("Files", "Reading the data…"))
        data = produce()
        progress.check()
        progress.report(1, 2, QCoreApplication.translate("Files", "Writing the file…"))
        raw = data.encode("utf-8-sig") if isinstance(data, str) else data
        path.write_bytes(raw)
        return len(raw)

    ctx.runner.long(
        work,
        lambda _n: on_done(QCoreApplication.translate("Files", "Exported to %1").replace("%1", str(path))),
        lambda failure: messages.show_failure(parent, failure), title=title, parent=parent,
        write=False)
