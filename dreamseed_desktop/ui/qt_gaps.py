"""Texts of Qt's own dialogs that Qt's Korean catalog (``qtbase_ko.qm``) leaves in English.

Qt 6 added mnemonics to two labels of its file dialog ("&Look in:", "Files of &type:") and moved
the file-type names of its file lists ("Folder", "%1 File") to a new context; the Korean catalog
shipped with PySide6 still has only the old texts. Marking them here puts them in
our catalog (lupdate reads this module), and Qt asks every installed translator, so the file
dialog is Korean. ``tests/unit/test_translations.py`` opens Qt's dialogs in Korean and fails on
any English left, so a gap that a Qt upgrade opens shows up there: add it here.
"""
from __future__ import annotations

from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
)
