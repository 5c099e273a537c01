"""Message boxes used by every screen (tests replace ``ask`` to answer confirmations).

``ask`` is looked up at call time, so a test can ``monkeypatch.setattr(messages, "ask", …)``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dreamseed_desktop.services.core.errors import Conflict
from dreamseed_desktop.ui.workers import Failure


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No question; No is the default button (destructive actions)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Indirection so tests can patch :func:`ask` once for all screens."""
    return ask(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setModal(True)
    box.open()


def show_failure(parent: QWidget | None, failure: Failure) -> None:
    """Non-blocking warning; a Conflict gets a title that says what happened."""
    if failure.cancelled:
        return
    error = failure.error
    # only the edit conflict (someone saved the record first) is "changed by someone else"; a
    # refused delete ("still has 30 students") is a Conflict too, and says so in its own words
    edited_meanwhile = isinstance(error, Conflict) and error.template == Conflict.default_message
    title = (QCoreApplication.translate("Messages", "Changed by someone else") if edited_meanwhile
             else QCoreApplication.translate("Messages", "Could not complete"))
    box = QMessageBox(QMessageBox.Icon.Warning, title, failure.message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("failureBox")
    box.open()
