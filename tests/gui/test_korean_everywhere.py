"""No English in the Korean UI: every screen of every role, walked widget by widget.

The walker reads what a user sees — labels, buttons, tabs, group titles, placeholders, column
headers, window titles, menu actions — and fails on a Latin word that is not a name, a code the
user typed, a unit, a key name or a term the school uses as is (CSV, PDF, θ, …).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from dreamseed_desktop.ui.main_window import MainWindow

#: words a Korean school uses as they are (file formats, key names, psychometric symbols, brands)
ALLOWED = {
    "dreamseed", "desktop", "csv", "pdf", "png", "xlsx", "xls", "neis", "excel", "qti", "enter", "esc",
    "ctrl", "alt", "shift", "tab", "pc", "id", "url", "irt", "cat", "eap", "map", "mle", "se",
    "dif", "ets", "mh", "rasch", "pl", "rmse", "infit", "outfit", "postgresql", "sql", "ip",
    "ok", "utf", "bom", "qt", "max", "min", "sd", "n", "p", "k", "z", "a", "b", "c", "d",
}
WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")
EMAIL = re.compile(r"\S+@\S+")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
#: a date as English or ISO writes it (2026-12-04, 12/04/2026); Korean writes 2026. 12. 4.
FOREIGN_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")


def english_words(text: str, data: set[str]) -> list[str]:
    """The Latin words of ``text`` that are not allowed (emails and the school's data are)."""
    text = EMAIL.sub(" ", re.sub(r"<[^>]+>", " ", text))     # rich text tags, e-mail addresses
    text = re.sub(r"&\w+;", " ", text)
    bad = []
    for word in WORD.findall(text):
        w = word.strip("'’-").lower()
        if len(w) <= 2 or w in ALLOWED or w in data:
            continue
        bad.append(word)
    return bad


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a user can read on ``root`` and its visible children."""
    widgets: Iterable[QWidget] = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow() and w.windowTitle():
            yield name + " title", w.windowTitle()
        if isinstance(w, QLabel):
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit):
            yield name + " placeholder", w.placeholderText()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name} tab {i}", w.tabText(i)
        elif isinstance(w, QComboBox) and not w.isEditable():
            yield name + " current", w.currentText()
        elif isinstance(w, QDateTimeEdit):
            yield name + " date", w.text()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            header = getattr(w, "horizontalHeader", None) or getattr(w, "header", None)
            columns = header().count() if header is not None else 0
            for col in range(columns):
                value = model.headerData(col, Qt.Orientation.Horizontal)
                if isinstance(value, str):
                    yield f"{name} header {col}", value
            # the cells the program words itself (actions, statuses, subjects) — user data is
            # allowed by ``school_data``
            parent = w.rootIndex()
            for row in range(min(model.rowCount(parent), 50)):
                for col in range(max(columns, 1)):
                    value = model.index(row, col, parent).data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        yield f"{name} cell {row},{col}", value
        tip = w.toolTip()
        if tip and w.isVisibleTo(root):
            yield name + " tooltip", tip
        for action in w.actions():
            if action.isVisible() and action.text():
                yield name + " action", action.text()


def school_data(school) -> set[str]:  # type: ignore[no-untyped-def]
    """Words the school typed (names, class names, subjects as stored, item codes …)."""
    words = {"test", "seoul"}     # the server label, the school's address
    for value in vars(school).values():
        for text in (value if isinstance(value, (list, tuple)) else [value]):
            if isinstance(text, str):
                words.update(w.lower() for w in WORD.findall(text))
    return words


#: table columns that show what the school wrote in English on purpose: the Subjects screen's
#: English name and code columns (subjects and strands)
DATA_COLUMNS = {"subjects": re.compile(r"#(listView|strandView) cell \d+,[23]$")}


def findings(window: MainWindow, data: set[str]) -> list[str]:
    out = []
    for key in window.keys():
        window.show_screen(key)
        window.ctx.runner.wait_idle(10000)
        QApplication.processEvents()
        for where, text in visible_texts(window):
            if key in DATA_COLUMNS and DATA_COLUMNS[key].search(where):
                continue
            bad = english_words(text, data) + FOREIGN_DATE.findall(text)
            if bad:
                out.append(f"{key}: {where}: {text!r} → {bad}")
    return out


@pytest.fixture
def qsettings(tmp_path):  # type: ignore[no-untyped-def]
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def test_the_walker_finds_english(qtbot) -> None:
    """The check itself: English text is found, Korean text, names and codes are not."""
    assert english_words("Pool size: 12 items", set()) == ["Pool", "size", "items"]
    assert english_words("문항 수 12 · CSV 내보내기 · θ = 0.5 (SE 0.3)", set()) == []
    assert english_words("김민준 <kim@school.kr>", set()) == []
    assert english_words("과목 math", set()) == ["math"]
    assert english_words("Seoul 고등학교", {"seoul"}) == []
    label = QLabel("<b>Start</b> 시험")
    qtbot.addWidget(label)
    assert [english_words(t, set()) for _w, t in visible_texts(label)] == [["Start"]]


@pytest.mark.slow
@pytest.mark.parametrize("who", ["admin", "teacher", "student"])
def test_no_english_on_any_screen(qtbot, korean, ctx_for, school, qsettings, who) -> None:
    login = {"admin": school.admin_email, "teacher": school.teacher_email, "student": "s1@school.kr"}[who]
    ctx = ctx_for(login)
    if who == "admin":     # work that the audit log then shows, in words
        services = ctx.services
        new = services.people.create_student("new1@school.kr", "신입생", 2, student_number="09001",
                                             organization_id=school.org_id)
        services.classes.create("2-1", 2, subject="math", teacher_id=school.teacher_id,
                                organization_id=school.org_id)
        services.enrollment.bulk_enroll(school.class_id, [school.student_ids[2], new.student_id])
    window = MainWindow(ctx, qsettings=qsettings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    found = findings(window, school_data(school))
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=10000)
    found += findings(window, school_data(school))        # again, with the loaded data
    assert not found, "\n".join(sorted(set(found)))


def test_start_up_and_connection_errors_in_korean(korean) -> None:
    from dreamseed_desktop.bootstrap.connection import explain_connection_error, schema_advice
    from dreamseed_desktop.db.migrate import SchemaStatus

    for raw in ('FATAL: password authentication failed for user "x"',
                'FATAL: database "d" does not exist', 'FATAL: role "r" does not exist',
                "could not translate host name \"nohost\"", "connection refused",
                "permission denied for table alembic_version"):
        text = explain_connection_error(RuntimeError(raw))
        assert HANGUL.search(text) and not english_words(text, {"dreamseed-admin", "upgrade", "db"}), text
    other = explain_connection_error(RuntimeError("SSL SYSCALL error: EOF detected"))
    assert other.startswith("연결하지 못했습니다")        # our sentence first, the server's words after
    for status in (SchemaStatus(current=None, head="0010", known=True),
                   SchemaStatus(current="0009", head="0010", known=True),
                   SchemaStatus(current="0099", head="0010", known=False),
                   SchemaStatus(current="0010", head="0010", known=True)):
        text = schema_advice(status)
        assert HANGUL.search(text) and not english_words(text, {"dreamseed-admin", "upgrade", "db",
                                                                  "dreamseed"}), text
